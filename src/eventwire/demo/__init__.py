"""The bundled demo corpus: short articles written for eventwire (facts may be real; the
sentences are the project's own), with the noise real pages carry."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def corpus_path() -> Path:
    return Path(str(files("eventwire.demo").joinpath("corpus")))
