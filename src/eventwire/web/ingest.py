"""Uploads over the API: ``POST /api/ingest`` (only with ``serve --allow-ingest`` and a token).

The page's bytes come in the request body, never a path: the server writes them to a file of
its own choosing, ingests and processes it in the background, and reports progress at
``GET /api/jobs/{id}``. Bodies over the size limit are refused while being read.
"""

from __future__ import annotations

import secrets
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire import api
from eventwire.config import Settings
from eventwire.store.repository import Store

FORMATS = ("txt", "html", "jsonl", "warc", "warc.gz")


@dataclass(slots=True)
class Job:
    job_id: str
    name: str
    state: str = "queued"  # queued | running | done | failed
    done: int = 0
    total: int = 0
    result: dict[str, Any] = field(default_factory=dict)


class Uploads:
    """Background ingest+process jobs, one at a time (SQLite has one writer)."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._folder = Path(tempfile.mkdtemp(prefix="eventwire-uploads-"))

    def start(self, name: str, fmt: str, body: bytes) -> Job:
        job = Job(job_id="job_" + secrets.token_hex(8), name=name)
        path = self._folder / f"{job.job_id}.{fmt}"  # our name, the format the client declared
        path.write_bytes(body)
        self.jobs[job.job_id] = job
        threading.Thread(target=self._run, args=(job, path), daemon=True).start()
        return job

    def _run(self, job: Job, path: Path) -> None:
        with self._lock:
            job.state = "running"
            try:
                ingested = api.ingest(self.store, [path], settings=self.settings)

                def progress(done: int, total: int) -> None:
                    job.done, job.total = done, total

                report = api.process(self.store, settings=self.settings, progress=progress)
                job.result = {
                    "added": len(ingested.added),
                    "duplicates": len(ingested.duplicates),
                    "rejected": [r.reason for r in ingested.rejected + report.rejected],
                    "articles": report.articles,
                    "incidents": report.incidents,
                }
                job.state = "done"
            except Exception as exc:  # a job reports its failure; the server goes on
                job.state, job.result = "failed", {"error": str(exc)}
            finally:
                path.unlink(missing_ok=True)
