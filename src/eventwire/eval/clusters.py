"""Clustering scores for coreference: B-cubed, MUC, CEAF-e and their mean, CoNLL F1.

Clusterings are maps item -> cluster label over the same items.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping
from itertools import permutations


def _groups(labels: Mapping[Hashable, Hashable]) -> list[set[Hashable]]:
    out: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, label in labels.items():
        out[label].add(item)
    return list(out.values())


def _f(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def bcubed(
    gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]
) -> dict[str, float]:
    g = {i: s for s in _groups(gold) for i in s}
    p = {i: s for s in _groups(pred) for i in s}
    items = list(gold)
    prec = sum(len(g[i] & p[i]) / len(p[i]) for i in items) / len(items) if items else 0.0
    rec = sum(len(g[i] & p[i]) / len(g[i]) for i in items) / len(items) if items else 0.0
    return _f(prec, rec)


def muc(gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> dict[str, float]:
    def score(key: list[set[Hashable]], other: Mapping[Hashable, Hashable]) -> float:
        num = den = 0
        for s in key:
            parts = {other[i] for i in s}
            num += len(s) - len(parts)
            den += len(s) - 1
        return num / den if den else 0.0

    return _f(score(_groups(pred), gold), score(_groups(gold), pred))


def _best_alignment(sim: list[list[float]]) -> float:
    """Largest total similarity of a one-to-one alignment (small matrices, exact; else greedy)."""
    rows, cols = len(sim), len(sim[0]) if sim else 0
    if rows == 0 or cols == 0:
        return 0.0
    if rows <= 7 and cols <= 7:
        if rows > cols:
            sim = [list(c) for c in zip(*sim, strict=True)]
            rows, cols = cols, rows
        return max(
            sum(sim[r][c] for r, c in enumerate(perm)) for perm in permutations(range(cols), rows)
        )
    cells = sorted(
        ((v, r, c) for r, row in enumerate(sim) for c, v in enumerate(row)), reverse=True
    )
    used_r: set[int] = set()
    used_c: set[int] = set()
    total = 0.0
    for v, r, c in cells:
        if r not in used_r and c not in used_c:
            used_r.add(r)
            used_c.add(c)
            total += v
    return total


def ceafe(gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """Entity CEAF with phi4; the alignment is solved per connected part of the overlap graph."""
    gs, ps = _groups(gold), _groups(pred)
    where_p = {i: n for n, s in enumerate(ps) for i in s}
    # connected parts: gold and predicted entities that share an item
    parent = list(range(len(gs) + len(ps)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for n, s in enumerate(gs):
        for i in s:
            parent[find(n)] = find(len(gs) + where_p[i])
    parts: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for n in range(len(gs)):
        parts[find(n)][0].append(n)
    for n in range(len(ps)):
        parts[find(len(gs) + n)][1].append(n)
    total = 0.0
    for g_ids, p_ids in parts.values():
        sim = [[2 * len(gs[a] & ps[b]) / (len(gs[a]) + len(ps[b])) for b in p_ids] for a in g_ids]
        total += _best_alignment(sim)
    return _f(total / len(ps) if ps else 0.0, total / len(gs) if gs else 0.0)


def conll(
    gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]
) -> dict[str, object]:
    scores = {"b3": bcubed(gold, pred), "muc": muc(gold, pred), "ceafe": ceafe(gold, pred)}
    mean = sum(s["f1"] for s in scores.values()) / 3
    return {**scores, "conll f1": round(mean, 4)}
