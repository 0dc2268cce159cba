"""The CLI as a user runs it: a real subprocess, a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


def ew(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def test_run_on_the_seeds_is_idempotent_and_exports(seeds: Path, tmp_path: Path):
    db = str(tmp_path / "seeds.db")
    first = ew("run", str(seeds), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "ingest: 5 new page(s), 0 already ingested, 0 rejected" in first.stdout
    assert "process: 5 page(s) -> 6 article(s) (1 page(s) split)" in first.stdout
    second = ew("run", str(seeds), "--db", db)
    assert second.returncode == 0
    assert "ingest: 0 new page(s), 5 already ingested" in second.stdout
    assert "process: 0 page(s)" in second.stdout
    with sqlite3.connect(db) as conn:
        assert (
            conn.execute("select count(*) from documents").fetchone()[0] == 7
        )  # 5 pages + 2 parts
    out = tmp_path / "docs.jsonl"
    exported = ew(
        "export", "--what", "documents", "--format", "jsonl", "--out", str(out), "--db", db
    )
    assert exported.returncode == 0, exported.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    processed = [r for r in rows if r["status"] == "processed"]
    assert len(processed) == 6
    assert {r["source_path"] for r in rows} == {str(p) for p in seeds.glob("*.txt")}
    # The Pentagon's tally, as two outlets reported it, side by side.
    claims = ew("export", "--what", "claims", "--format", "csv", "--db", db)
    assert claims.returncode == 0, claims.stderr
    tallies = list(csv.DictReader(io.StringIO(claims.stdout)))
    sixty_six = [r for r in tallies if r["value"] == "66" and r["what"] == "attacks"]
    assert len(sixty_six) == 2 and {r["since"] for r in sixty_six} == {"2023-10-17"}
    assert any(r["value"] == "140" and r["attributed_to"] == "Pentagon" for r in tallies)
    geo = ew("export", "--what", "incidents", "--format", "geojson", "--db", db)
    features = json.loads(geo.stdout)["features"]
    assert any(f["properties"]["n_sources"] == 3 for f in features)


def test_bad_input_batch_goes_on_with_one_line_per_rejection(tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text(
        "BASRA: Gunmen shot dead a tribal leader outside his home on Friday, police said. " * 2
    )
    (pages / "empty.txt").write_text("")
    (pages / "binary.html").write_bytes(bytes(range(256)) * 10)
    (pages / "broken.jsonl").write_text('{"id": "x", "text": "oops\n{"id": "y"}\n')
    (pages / "cut.warc.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    db = str(tmp_path / "bad.db")
    result = ew("run", str(pages), "--db", db)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr + result.stdout
    rejected = [ln for ln in result.stderr.splitlines() if ln.startswith("rejected: ")]
    assert len(rejected) == 5, result.stderr
    assert any("empty file" in ln for ln in rejected)
    assert any("binary data" in ln for ln in rejected)
    assert any("line 1: invalid JSON" in ln for ln in rejected)
    assert any("WARC file is truncated or malformed" in ln for ln in rejected)
    assert "1 new page(s), 0 already ingested, 5 rejected" in result.stdout
    again = ew("run", str(pages), "--db", db)
    assert "0 new page(s), 6 already ingested, 0 rejected" in again.stdout
    with sqlite3.connect(db) as conn:
        counts = dict(conn.execute("select status, count(*) from documents group by status"))
    assert counts == {"processed": 1, "rejected": 5}


def test_user_errors_are_one_line_and_an_exit_code(tmp_path: Path):
    missing = ew("ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db"))
    assert missing.returncode == 1
    assert missing.stderr.strip().startswith("error: path not found:")
    bad_date = ew(
        "ingest", str(tmp_path), "--published", "22/11/2023", "--db", str(tmp_path / "x.db")
    )
    assert bad_date.returncode == 2
    assert bad_date.stderr.strip() == (
        "error: [E005] --published '22/11/2023' is not a date. Fix: write it as YYYY-MM-DD."
    )
    bad_db = ew("status", "--db", str(tmp_path / "no" / "such" / "dir.db"))
    assert bad_db.returncode == 1 and bad_db.stderr.count("\n") == 1
    assert "Traceback" not in missing.stderr + bad_date.stderr + bad_db.stderr


def test_db_defaults_to_environment_then_current_folder(tmp_path: Path):
    import os

    page = tmp_path / "p.txt"
    page.write_text("MOSUL: A mortar round hit a house on Monday, wounding three people. " * 2)
    env = {**os.environ, "EVENTWIRE_DB": str(tmp_path / "env.db")}
    assert ew("run", str(page), env=env).returncode == 0
    assert (tmp_path / "env.db").exists()
    env.pop("EVENTWIRE_DB")
    assert ew("run", str(page), cwd=tmp_path, env=env).returncode == 0
    assert (tmp_path / "eventwire.db").exists()


def test_published_and_outlet_flags_override_the_page(seeds: Path, tmp_path: Path):
    db = str(tmp_path / "o.db")
    seed = seeds / "002_249214cac3478a04.txt"
    result = ew(
        "run", str(seed), "--db", db, "--outlet", "Rudaw English", "--published", "2024-07-31"
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "select outlet, published, published_explicit, published_evidence from documents"
        ).fetchone()
    assert row == ("Rudaw English", "2024-07-31", 1, "given by --published")


@pytest.mark.slow
def test_demo_builds_a_fresh_database(tmp_path: Path):
    result = ew("demo", "--db", str(tmp_path / "demo.db"))
    assert result.returncode == 0, result.stderr
    assert "process: 10 page(s) -> 11 article(s) (1 page(s) split), 0 rejected" in result.stdout
    for outlet in (
        "Tigris Ledger",
        "Euphrates Wire",
        "Gulf Observer",
        "Crescent Daily",
        "Frontline Monitor",
    ):
        assert outlet in result.stdout
    assert "line 5: no 'text' or 'html' field" in result.stdout
    # the Tower 22 attack, told by three of the demo's pages, is one incident
    assert "Tower 22" in result.stdout and "eventwire serve --db" in result.stdout
    rerun = ew("demo", "--db", str(tmp_path / "demo.db"))
    assert "ingest: 10 new page(s)" in rerun.stdout, "the demo starts from a fresh database"


def test_version_names_the_resolved_spacy_model(tmp_path: Path):
    import os

    ok = ew("version")
    assert ok.returncode == 0 and "spaCy model en_core_web_sm -> " in ok.stdout
    env = {**os.environ, "EVENTWIRE_SPACY_MODEL": "xx_missing_model"}
    missing = ew("version", env=env)
    assert missing.returncode == 1
    assert missing.stderr.startswith(
        "error: [E002] spaCy model 'xx_missing_model' is not installed."
    )


def test_eval_prints_a_table_and_writes_json(shared: Path, tmp_path: Path):
    out = tmp_path / "te.json"
    ok = ew(
        "eval", "tempeval3", "--data", str(shared / "datasets"), "--limit", "3", "--json", str(out)
    )
    assert ok.returncode == 0, ok.stderr
    assert "relaxed f1" in ok.stdout and "dateparser" in ok.stdout
    result = json.loads(out.read_text())
    assert result["documents"] == 3 and set(result["systems"]) == {"eventwire", "dateparser"}
    unknown = ew("eval", "nonsense")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == (
        "error: [E005] unknown dataset 'nonsense'. "
        "Fix: choose one of: tempeval3, geo, gva, quotes, quotes-train, gvdb."
    )
    missing = ew("eval", "tempeval3", "--data", str(tmp_path / "none"))
    assert missing.returncode == 2 and "not found" in missing.stderr


def test_extract_shows_incidents_without_storing(seeds: Path, tmp_path: Path):
    seed = next(seeds.glob("001_*.txt"))
    table = ew("extract", str(seed), cwd=tmp_path)
    assert table.returncode == 0, table.stderr
    assert "Air/drone strike" in table.stdout and "Jurf al-Nasr" in table.stdout
    assert not list(tmp_path.iterdir()), "extract stores nothing"
    as_json = ew("extract", str(seed), "--json")
    (article,) = json.loads(as_json.stdout)
    main = article["incidents"][0]
    assert (main["event_date"], main["location"], main["fatalities_best"]) == (
        "2023-11-22",
        "Jurf al-Nasr",
        8,
    )
    assert main["record"]["claims"][0]["attributed_to"] == "Popular Mobilization Forces"


def test_extract_from_stdin_with_a_publication_date(tmp_path: Path):
    text = "Gunmen killed three shepherds near Kirkuk late Monday, police said.\n"
    with_date = subprocess.run(
        [sys.executable, "-m", "eventwire", "extract", "-", "--published", "2024-03-06", "--json"],
        input=text, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert with_date.returncode == 0, with_date.stderr
    (m,) = json.loads(with_date.stdout)[0]["incidents"]
    assert m["event_date"] == "2024-03-04" and m["fatalities_best"] == 3
    undated = subprocess.run(
        [sys.executable, "-m", "eventwire", "extract", "-", "--json"],
        input=text, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    (m,) = json.loads(undated.stdout)[0]["incidents"]
    assert m["event_date"] is None, "no publication date: the weekday stays unresolved"
    bad = ew("extract", str(tmp_path / "missing.txt"))
    assert bad.returncode != 0 and "no such file" in bad.stderr and "Traceback" not in bad.stderr


def test_two_workers_give_the_same_database_as_one(shared: Path, tmp_path: Path):
    batch = tmp_path / "gva.jsonl"
    with (shared / "datasets/gva/articles.jsonl").open(encoding="utf-8") as src:
        batch.write_text("".join(next(src) for _ in range(48)), encoding="utf-8")
    tables = {}
    for workers in (1, 2):
        db = str(tmp_path / f"w{workers}.db")
        assert ew("ingest", str(batch), "--db", db).returncode == 0
        done = ew("process", "--db", db, "--workers", str(workers))
        assert done.returncode == 0, done.stderr
        with sqlite3.connect(db) as conn:
            tables[workers] = [
                sorted(conn.execute(q).fetchall())
                for q in (
                    "select document_id, status, n_chars from documents",
                    "select mention_id, incident_id, event_date, fatalities_best from mentions",
                    "select statement_id, speaker, quote from statements",
                    "select incident_id, event_date, location, fatalities_best from incidents",
                )
            ]
    assert tables[1] == tables[2]
    assert len(tables[1][1]) > 20, "mentions were extracted"


def test_serve_answers_over_http(seeds: Path, tmp_path: Path):
    import socket
    import time
    import urllib.request

    db = str(tmp_path / "serve.db")
    assert ew("run", str(seeds), "--db", db).returncode == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        body = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=2) as r:
                    body = json.loads(r.read())
                break
            except OSError:
                time.sleep(0.2)
        assert body is not None and body["incidents"] >= 5
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/openapi.json", timeout=2) as r:
            assert "/api/incidents" in json.loads(r.read())["paths"]
    finally:
        server.terminate()
        server.wait(timeout=10)
