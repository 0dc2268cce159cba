"""Throughput and memory of `process` (cleaning, incident extraction, storing) and of linking
on GVA pages, against spaCy's own `nlp.pipe` over the same clean texts with the same model, at
1x, 2x and 4x the pages to show how each stage's cost grows.

    .venv/bin/python bench/throughput.py [--pages 300] [--scales 1,2,4] [--shared ../shared]

Run by hand; prints figures and ratios measured in this run, never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

from eventwire import Settings, Status, ingest, process
from eventwire.clean.language import detect_language
from eventwire.extract.article import NLP_EXCLUDE, Extractor
from eventwire.link import link
from eventwire.nlp import load_model
from eventwire.store.repository import Store


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_scale(
    rows: list[dict[str, str]], tmp: Path, settings: Settings, workers: int = 1
) -> dict[str, float]:
    pages = tmp / f"pages_{len(rows)}.jsonl"
    with pages.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps({"id": r["id"], "url": r["uri"], "text": r["content"],
                                 "published": r["dct"]}) + "\n")  # fmt: skip
    with Store.open(str(tmp / f"bench_{len(rows)}_{workers}.db")) as store:
        t0 = time.perf_counter()
        ingest(store, [pages], settings=settings)
        t_ingest = time.perf_counter() - t0
        t0 = time.perf_counter()
        rep = process(store, settings=settings, link_after=False, workers=workers)
        t_process = time.perf_counter() - t0
        t0 = time.perf_counter()
        linked = link(store)
        t_link = time.perf_counter() - t0
        texts = [d.text or "" for d in store.iter_documents(Status.PROCESSED)]
    words = sum(len(t.split()) for t in texts)
    return {"pages": len(rows), "articles": rep.articles, "words": words,
            "mentions": linked.mentions, "incidents": linked.incidents,
            "ingest_s": t_ingest, "process_s": t_process, "link_s": t_link,
            "texts": texts}  # type: ignore[dict-item]  # fmt: skip


def spacy_rate(texts: list[str], name: str, exclude: tuple[str, ...], n_process: int = 1) -> float:
    nlp = load_model(name, exclude)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=n_process):
        pass
    return len(texts) / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=os.environ.get("EVENTWIRE_SHARED", "../shared"))
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--scales", default="1,2,4")
    args = parser.parse_args()
    src = Path(args.shared) / "datasets/gva/articles.jsonl"
    rows = [r for r in map(json.loads, src.open(encoding="utf-8")) if r.get("content", "").strip()]
    settings = Settings()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}; spaCy model {settings.spacy_model}")  # fmt: skip
    t0 = time.perf_counter()
    Extractor.load(settings)  # the model and gazetteer, loaded once per process
    detect_language("The language identifier's model, also loaded once per process.")
    print(
        f"loading the spaCy model, the gazetteer index and the language identifier: "
        f"{time.perf_counter() - t0:.1f} s "
        "(once per process; not counted below)"
    )
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for scale in (int(s) for s in args.scales.split(",")):
            r = run_scale(rows[: args.pages * scale], Path(tmp), settings)
            results.append(r)
            print(f"{scale}x: {r['pages']} pages, {r['articles']} articles, {r['words']} words, "
                  f"{r['mentions']} mentions -> {r['incidents']} incidents | ingest "
                  f"{r['ingest_s']:.1f} s, process {r['process_s']:.1f} s "
                  f"({r['articles'] / r['process_s']:.1f} articles/s, "
                  f"{r['words'] / r['process_s']:.0f} words/s), link {r['link_s']:.2f} s | "
                  f"peak RSS {peak_mb():.0f} MB")  # fmt: skip
    texts: list[str] = results[0]["texts"]  # type: ignore[assignment]
    ours = results[0]["articles"] / results[0]["process_s"]
    same = spacy_rate(texts, settings.spacy_model, NLP_EXCLUDE)
    full = spacy_rate(texts, settings.spacy_model, ())
    two = spacy_rate(texts, settings.spacy_model, NLP_EXCLUDE, n_process=2)
    print(f"spaCy nlp.pipe on the same {len(texts)} clean texts: {same:.1f} articles/s with the "
          f"components eventwire uses, {full:.1f} with the whole pipeline (parser included), "
          f"{two:.1f} with n_process=2")  # fmt: skip
    print(
        f"ratio eventwire process / raw spaCy (same components): {ours / same:.2f}; "
        f"/ whole pipeline: {ours / full:.2f}; spaCy n_process=2 / 1: {two / same:.2f}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        two = run_scale(rows[: args.pages * 2], Path(tmp), settings, workers=2)
    one = next((r for r in results if r["pages"] == args.pages * 2), None)
    if one:
        print(f"process --workers 2 on {two['pages']} pages: {two['process_s']:.1f} s "
              f"(model loaded in each worker, counted) vs {one['process_s']:.1f} s with one: "
              f"ratio {one['process_s'] / two['process_s']:.2f}")  # fmt: skip
    base = results[0]
    for r in results[1:]:
        k = r["pages"] / base["pages"]
        grow = {s: r[f"{s}_s"] / base[f"{s}_s"] for s in ("ingest", "process", "link")}
        print(f"{k:.0f}x pages: " + ", ".join(f"{s} x{g:.1f}" for s, g in grow.items()))


if __name__ == "__main__":
    main()
