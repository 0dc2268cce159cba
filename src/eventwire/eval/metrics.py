"""Scores shared by the evaluation tasks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PRF:
    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "predicted": self.n_pred,
                "gold": self.n_gold}  # fmt: skip


Span = tuple[int, int]


def match_spans(gold: Sequence[Span], pred: Sequence[Span], strict: bool) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index): identical spans when ``strict``, else
    overlapping ones, each side used once, in reading order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            if pi in used:
                continue
            if (ps, pe) == (gs, ge) if strict else (ps < ge and gs < pe):
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs
