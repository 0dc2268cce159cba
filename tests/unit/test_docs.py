"""Every command is in the README and every error code in docs/errors.md."""

from __future__ import annotations

from pathlib import Path

from eventwire import errors
from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_every_cli_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    assert names, "no commands found"
    for name in names:
        assert f"`eventwire {name}" in readme, f"eventwire {name} is not in the README"


def test_every_error_code_is_documented():
    doc = (ROOT / "docs/errors.md").read_text(encoding="utf-8")
    kinds = [
        k
        for k in vars(errors).values()
        if isinstance(k, type) and issubclass(k, errors.EventwireError)
    ]
    for kind in kinds:
        if kind is errors.EventwireError:
            continue
        assert f"| {kind.code} | {kind.__name__} | {kind.exit_code} |" in doc
