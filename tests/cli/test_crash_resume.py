"""kill -9 in the middle of `process`, then run it again: nothing lost, nothing duplicated."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_PAGES = 400


@pytest.mark.slow
def test_process_survives_kill_9(shared: Path, tmp_path: Path):
    batch = tmp_path / "gva.jsonl"
    with (
        (shared / "datasets/gva/articles.jsonl").open(encoding="utf-8") as src,
        batch.open("w") as dst,
    ):
        for n, line in enumerate(src):
            if n == N_PAGES:
                break
            dst.write(line)
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "eventwire"]
    ingest = subprocess.run(
        [*cmd, "ingest", str(batch), "--db", str(db)], capture_output=True, text=True
    )
    assert ingest.returncode == 0, ingest.stderr
    with sqlite3.connect(db) as conn:
        pages = conn.execute("select count(*) from documents where status='pending'").fetchone()[0]
        stored = conn.execute("select count(*) from documents").fetchone()[0]
    assert pages > 300

    proc = subprocess.Popen(
        [*cmd, "process", "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    done_at_kill = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with sqlite3.connect(db, timeout=30) as conn:
            done_at_kill = conn.execute(
                "select count(*) from documents where processed_at is not null and parent_id is null"
            ).fetchone()[0]
        if done_at_kill >= 50:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:  # pages may have committed between the last look and the kill
        done_at_kill = conn.execute(
            "select count(*) from documents where processed_at is not null and parent_id is null"
        ).fetchone()[0]
    assert 0 < done_at_kill < pages, "the kill must land in the middle of the run"

    resumed = subprocess.run([*cmd, "process", "--db", str(db)], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    with sqlite3.connect(db) as conn:
        statuses = dict(
            conn.execute(
                "select status, count(*) from documents where parent_id is null group by status"
            ).fetchall()
        )
        orphans = conn.execute(
            "select count(*) from documents c left join documents p on c.parent_id = p.document_id "
            "where c.parent_id is not null and p.status != 'split'"
        ).fetchone()[0]
        dup_parts = conn.execute(
            "select count(*) from (select parent_id, part from documents where parent_id is not null "
            "group by parent_id, part having count(*) > 1)"
        ).fetchone()[0]
        # Incident mentions of a page are written in the page's transaction: none from a page
        # the kill interrupted, none twice, and every one linked to an incident.
        stray = conn.execute(
            "select count(*) from mentions m join documents d on d.document_id = m.document_id "
            "where d.processed_at is null"
        ).fetchone()[0]
        unlinked = conn.execute(
            "select count(*) from mentions where incident_id is null"
        ).fetchone()[0]
        n_mentions = conn.execute("select count(*) from mentions").fetchone()[0]
    assert statuses.get("pending", 0) == 0
    assert sum(statuses.values()) == stored, "every stored item is still there exactly once"
    assert orphans == 0 and dup_parts == 0
    assert stray == 0 and unlinked == 0 and n_mentions > 0
    resumed_pages = int(resumed.stdout.split("process: ")[1].split(" page")[0])
    assert resumed_pages == pages - done_at_kill, "the resumed run does exactly what was left"
