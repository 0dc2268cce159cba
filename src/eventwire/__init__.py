"""eventwire: raw news pages in, a source-attributed database of violent incidents out.

from eventwire import open_store, ingest, process

with open_store("eventwire.db") as store:
    ingest(store, ["pages/"])
    process(store)
    for doc in store.iter_documents(status="processed"):
        print(doc.published, doc.title)
"""

__version__ = "0.1.0"

from eventwire.api import ingest, open_store, process
from eventwire.config import Settings
from eventwire.errors import EventwireError
from eventwire.records import Article, Document, PageInput, Rejection, Status
from eventwire.store.repository import Store

__all__ = [
    "Article",
    "Document",
    "EventwireError",
    "PageInput",
    "Rejection",
    "Settings",
    "Status",
    "Store",
    "__version__",
    "ingest",
    "open_store",
    "process",
]
