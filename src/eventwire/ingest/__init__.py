"""Ingest: files and folders of pages in, ``PageInput`` items or ``Rejection`` lines out."""

from eventwire.ingest.readers import kind_of, read_path, walk

__all__ = ["kind_of", "read_path", "walk"]
