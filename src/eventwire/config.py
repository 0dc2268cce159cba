"""One settings object, built from defaults, the environment and explicit overrides, passed
explicitly to every stage (no module-level configuration)."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

from eventwire.errors import ConfigError

DEFAULT_DB = "eventwire.db"
MAX_PAGE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a run can be told. Environment variables: ``EVENTWIRE_<FIELD>`` upper-cased."""

    db: str = DEFAULT_DB
    spacy_model: str = "en_core_web_sm"
    max_page_bytes: int = MAX_PAGE_BYTES
    min_article_chars: int = 80
    gazetteer_files: str = ""  # extra curated gazetteer files, separated by os.pathsep
    actor_files: str = ""  # extra actor dictionary files, separated by os.pathsep

    def extra_files(self, name: str) -> tuple[str, ...]:
        value: str = getattr(self, name)
        return tuple(p for p in value.split(os.pathsep) if p)

    @classmethod
    def load(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then ``EVENTWIRE_*`` variables, then non-None keyword overrides."""
        env = dict(os.environ) if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"EVENTWIRE_{f.name.upper()}")
            if raw is None or raw == "":
                continue
            if f.type in ("int", int):
                try:
                    values[f.name] = int(raw)
                except ValueError:
                    raise ConfigError(
                        f"EVENTWIRE_{f.name.upper()}={raw!r} is not a whole number.",
                        fix=f"set EVENTWIRE_{f.name.upper()} to a number, or unset it.",
                    ) from None
            else:
                values[f.name] = raw
        settings = replace(cls(), **values)
        return settings.with_overrides(**overrides)

    def with_overrides(self, **overrides: Any) -> Settings:
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}.")
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})
