"""Tables of evaluation results: systems side by side, one row per figure."""

from __future__ import annotations

from typing import Any

from rich.table import Table


def _flatten(prefix: str, value: Any, out: dict[str, float]) -> None:
    if isinstance(value, dict):
        for key, sub in value.items():
            _flatten(f"{prefix} {key}".strip(), sub, out)
    elif isinstance(value, float):
        out[prefix] = value


def table(result: dict[str, Any]) -> Table:
    """Every float figure of every system, systems as columns."""
    systems = list(result["systems"])
    flat = {name: {} for name in systems}  # type: dict[str, dict[str, float]]
    for name in systems:
        _flatten("", result["systems"][name], flat[name])
    title = f"{result['dataset']}: {result.get('documents', '?')} documents"
    tab = Table(title=title)
    tab.add_column("figure")
    for name in systems:
        tab.add_column(name, justify="right")
    for key in flat[systems[0]]:
        # a figure a system has no way to give (a baseline that finds no dates) shows as "—"
        tab.add_row(key, *(f"{flat[n][key]:.3f}" if key in flat[n] else "—" for n in systems))
    return tab
