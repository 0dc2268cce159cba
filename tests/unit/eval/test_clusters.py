from eventwire.eval.clusters import bcubed, ceafe, conll, muc

GOLD = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
PRED = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}


def test_hand_computed_scores():
    b3 = bcubed(GOLD, PRED)
    assert (b3["precision"], b3["recall"]) == (0.7333, 0.7333)
    m = muc(GOLD, PRED)
    assert (m["precision"], m["recall"]) == (0.6667, 0.6667)
    # CEAF-e, phi4: best alignment {a,b,c}-{a,b} (0.8) and {d,e}-{c,d,e} (0.8)
    c = ceafe(GOLD, PRED)
    assert (c["precision"], c["recall"]) == (0.8, 0.8)


def test_perfect_and_singletons():
    perfect = conll(GOLD, GOLD)
    assert perfect["conll f1"] == 1.0
    alone = conll(GOLD, {k: k for k in GOLD})
    assert alone["b3"]["precision"] == 1.0 and alone["muc"]["f1"] == 0.0  # type: ignore[index]
