"""What sign-out may delete: counted from the agent's outbox file itself, so a session that never
had a sync client (its store failed at start) does not delete writes or notes kept there."""

from __future__ import annotations

from crm.local_store import LocalStore
from softphone.desk import remove_agent_files, writes_left
from softphone.paths import app_paths
from softphone.sync_service import local_store_path

URL = "postgresql://anna.bianchi@127.0.0.1:5432/tickets"


def test_a_waiting_write_and_a_draft_note_keep_the_outbox_file_and_nothing_else() -> None:
    paths = app_paths().ensure()
    journal = local_store_path(paths.data_dir, URL, "anna.bianchi")
    local = LocalStore(journal)
    local.enqueue("interaction.append", {"body": "kept from an earlier offline sign-out"})
    local.save_draft("call-1", "the note being typed", {"number": "+390612345678"})
    local.close()
    assert writes_left(paths, URL, "anna.bianchi") == 2
    remove_agent_files(paths, URL, "anna.bianchi", keep_outbox=True)
    assert journal.exists() and journal.stat().st_mode & 0o077 == 0
    assert not any(p.name.endswith(".cache.sqlite3") for p in paths.data_dir.iterdir())


def test_an_empty_outbox_file_counts_nothing_and_goes() -> None:
    paths = app_paths().ensure()
    journal = local_store_path(paths.data_dir, URL, "marco.verdi")
    LocalStore(journal).close()
    assert writes_left(paths, URL, "marco.verdi") == 0
    assert writes_left(paths, URL, "nobody") == 0  # no file at all
    remove_agent_files(paths, URL, "marco.verdi", keep_outbox=False)
    assert not any(paths.data_dir.glob(f"{journal.stem}*"))
