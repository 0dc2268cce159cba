"""spaCy models: loaded once, by a configurable name, from an installed package."""

from eventwire.nlp.model import load_model, resolve_model

__all__ = ["load_model", "resolve_model"]
