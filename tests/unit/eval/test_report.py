from rich.console import Console

from eventwire.eval.report import table


def test_a_figure_a_system_cannot_give_shows_as_a_dash_not_nan():
    result = {
        "dataset": "gva",
        "documents": 2,
        "systems": {"eventwire": {"accuracy": {"date": 0.5}, "b3": 0.9}, "alone": {"b3": 0.7}},
    }
    console = Console(record=True, width=80)
    console.print(table(result))
    out = console.export_text()
    assert "nan" not in out
    assert "accuracy date" in out and "0.500" in out and "—" in out and "0.700" in out
