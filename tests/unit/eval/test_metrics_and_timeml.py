from __future__ import annotations

from pathlib import Path

from eventwire.eval.metrics import PRF, match_spans
from eventwire.eval.tempeval import TimeMLDoc, parse_timeml, score

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2023-11-22" functionInDocument="CREATION_TIME">20231122</TIMEX3></DCT>
<TEXT>
Jets <EVENT eid="e1">struck</EVENT> targets <TIMEX3 tid="t1" type="DATE" value="2023-11-21">late Tuesday</TIMEX3> &amp; again <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3> later.
</TEXT>
</TimeML>
"""


def test_timeml_offsets_point_into_the_plain_text(tmp_path: Path):
    path = tmp_path / "X1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = parse_timeml(path)
    assert doc.dct.isoformat() == "2023-11-22"
    assert "<" not in doc.text and "&amp;" not in doc.text and "& again" in doc.text
    assert [(doc.text[t.start : t.end], t.type, t.value) for t in doc.timexes] == [
        ("late Tuesday", "DATE", "2023-11-21"),
        ("two days", "DURATION", "P2D"),
    ]


def test_span_matching_is_one_to_one():
    gold = [(0, 10), (20, 30)]
    assert match_spans(gold, [(0, 10), (21, 25)], strict=True) == [(0, 0)]
    assert match_spans(gold, [(0, 10), (21, 25)], strict=False) == [(0, 0), (1, 1)]
    assert match_spans(gold, [(5, 25)], strict=False) == [(0, 0)]


def test_prf_arithmetic():
    total = PRF(3, 4, 6) + PRF(1, 1, 2)
    assert (total.precision, total.recall, round(total.f1, 4)) == (0.8, 0.5, 0.6154)
    assert PRF(0, 0, 0).f1 == 0.0


def test_score_counts_values_and_types(tmp_path: Path):
    path = tmp_path / "X1.tml"
    path.write_text(TML, encoding="utf-8")
    doc: TimeMLDoc = parse_timeml(path)
    first = doc.timexes[0]
    total, errors = score([doc], lambda d: [(first.start, first.end, "2023-11-20")])
    assert (total.strict.tp, total.relaxed.tp, total.value.tp) == (1, 1, 0)
    assert total.by_type_recall["DATE"].recall == 1.0
    assert total.by_type_recall["DURATION"].recall == 0.0
    assert errors == [{"doc": "X1", "dct": "2023-11-22", "text": "late Tuesday",
                       "gold": "2023-11-21", "predicted": "2023-11-20"}]  # fmt: skip
