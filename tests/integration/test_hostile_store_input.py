"""Hostile input to the ticket store, on SQLite and on PostgreSQL, through the sync client the app
uses: searches full of SQL and LIKE metacharacters, notes of every size and shape, contacts with
numbers that are not numbers. Nothing errors, nothing is injected, a wildcard matches only
itself; a text is stored whole or refused with its reason, never cut short."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from crm.limits import MAX_TEXT_CHARS, TextTooLong
from crm.search import SearchHit, search_cached
from tests.support.sync_lab import Central, Client, make_central, sync_client

pytestmark = pytest.mark.timeout(120)

LOGIN = "giulia.rossi"

# Contacts whose names hold the characters a search must take literally.
NAMES = [
    ("Sconto", "50% Rossi"),
    ("Under", "Score_Bianchi"),
    ("Back", "Slash\\Verdi"),
    ("Seamus", "O'Brien"),
    ("Quote", 'Mark"Neri'),
    ("Semi", "Colon;Gallo"),
    ("Dash", "Dash--Conti"),
    ("Star", "Star/*x*/Ferri"),
    ("Robert'); DROP TABLE contacts;--", "Tables"),
]
SUBJECTS = ["Rimborso del 100% richiesto", "Codice AB_12 non valido", "Percorso C:\\dati"]

QUERIES = [
    "%",
    "%%",
    "%rossi",
    "50%",
    "50%%",
    "_",
    "__",
    "score_",
    "score%",
    "\\",
    "\\\\",
    "slash\\",
    "\\%",
    "\\_",
    "%_%",
    "'",
    "''",
    "o'brien",
    '"',
    'mark"',
    ";",
    "colon;",
    "--",
    "dash--",
    "/*",
    "*/",
    "star/*x*/",
    "'; DROP TABLE contacts; --",
    "' OR '1'='1",
    '" OR 1=1 --',
    "Robert'); DELETE FROM tickets;--",
    "1; SELECT pg_sleep(5)",
    "x\x00y",
    "\x00",
    "%\x00%",
    "\x00rossi",
    "[a-z]*",
    "^.*$",
    "?",
    "*",
    "100%",
    "ab_12",
    "c:\\dati",
    "a" * 320,
    "a" * 321,
    "a" * 10_000,
    "%" * 100_000,
    "a" * 1_000_000,
    "\u202erossi",
    "😀",
    "Rossi %",
    "% Rossi",
]


@pytest.fixture
def central(store_url: str) -> Central:
    return make_central(store_url, [LOGIN])


def _note(body: str, ticket_uid: str | None = None) -> dict[str, Any]:
    return {
        "ticket_uid": ticket_uid,
        "kind": "note",
        "direction": "internal",
        "occurred_at": datetime.now(UTC).isoformat(),
        "body": body,
    }


def _pushed(client: Client) -> None:
    client.wait(lambda: client.sync.status.pending == 0, 20, "the outbox empty")


def _literal_hits(central: Central, needle: str) -> tuple[set[str], set[str]]:
    """What a search for needle must find: contacts whose first or last name starts with it,
    tickets whose subject contains it, compared in Python, where nothing is a wildcard."""
    needle = needle.replace("\x00", "").strip().lower()
    if not needle or len(needle) > 320:
        return set(), set()
    with central.engine.connect() as conn:
        contacts = conn.execute(text("SELECT uid, first_name, last_name FROM contacts")).all()
        tickets = conn.execute(
            text("SELECT t.uid, t.subject FROM tickets t JOIN contacts c ON c.id = t.contact_id")
        ).all()
    return (
        {
            uid
            for uid, first, last in contacts
            if first.lower().startswith(needle) or last.lower().startswith(needle)
        },
        {uid for uid, subject in tickets if needle in subject.lower()},
    )


def _same_up_to_the_limit(found: set[str], expected: set[str], limit: int = 20) -> bool:
    return found == expected if len(expected) <= limit else found < expected


def _plausible(hit: SearchHit, query: str) -> bool:
    """A hit shows the text searched for (name, e-mail, ticket number or subject)."""
    words = query.replace("\x00", "").strip().lower()
    shown = f"{hit.title} {hit.detail}".lower()
    return words in shown or all(part in shown for part in words.split(" ", 1))


def test_searches_full_of_metacharacters_find_only_what_they_say(
    central: Central, tmp_path: Path
) -> None:
    ticket = central.ticket(0)
    with sync_client(central, LOGIN, tmp_path, poll_interval_s=0.2) as client:
        for i, (first, last) in enumerate(NAMES):
            client.sync.write(
                "contact.create",
                {"uid": f"hostile-{i}", "first_name": first, "last_name": last,
                 "phones": [{"e164": f"+3906555{i:05d}"}]},
            )  # fmt: skip
        for subject in SUBJECTS:
            client.sync.write(
                "ticket.create",
                {"subject": subject, "contact_uid": "hostile-0",
                 "created_at": datetime.now(UTC).isoformat()},
            )  # fmt: skip
        _pushed(client)
        assert client.local.rejected() == []
        with central.engine.connect() as conn:
            before = conn.execute(
                text("SELECT (SELECT count(*) FROM contacts), (SELECT count(*) FROM tickets)")
            ).one()
        # A ticket of a contact, with a wildcard in its subject, for the ticket search.
        client.sync.write(
            "ticket.update",
            {"ticket_uid": ticket["uid"], "fields": {"subject": "Sconto del 50% e 10_000 punti"},
             "changed_at": datetime.now(UTC).isoformat()},
        )  # fmt: skip
        _pushed(client)
        client.sync.read_caller(ticket["e164"])  # the ticket's caller is now in the cache too

        tried = 0
        for query in QUERIES:
            started = time.monotonic()
            result = client.sync.search(query)
            took = time.monotonic() - started
            tried += 1
            assert result.source == "central", query[:40]  # no error, no fallback to the cache
            assert took < 2, (query[:40], took)
            assert all(_plausible(hit, query) for hit in result.hits), (query[:40], result.hits)
            contacts, tickets = _literal_hits(central, query)
            if " " not in query.strip():  # "First Last" queries also match the other order
                found = {h.uid for h in result.hits if h.kind == "contact"}
                assert _same_up_to_the_limit(found, contacts), query[:40]
            found = {h.uid for h in result.hits if h.kind == "ticket"}
            assert _same_up_to_the_limit(found, tickets), query[:40]
            offline = search_cached(client.local, query, None, 20)
            assert all(_plausible(hit, query) for hit in offline), (query[:40], offline)

        # A literal % finds the 50% contact and the tickets with a % in their subject, nothing
        # else; before, the % was stripped and "50%" found every name starting with "50".
        found = client.sync.search("50%")
        assert [h.title for h in found.hits if h.kind == "contact"] == ["Sconto 50% Rossi"]
        assert {h.title.split(" · ")[1] for h in found.hits if h.kind == "ticket"} == {
            "Sconto del 50% e 10_000 punti"
        }
        assert {h.title for h in client.sync.search("%").hits if h.kind == "contact"} == set()
        assert [h.title for h in client.sync.search("score_").hits] == ["Under Score_Bianchi"]
        assert [h.title for h in client.sync.search("slash\\").hits] == ["Back Slash\\Verdi"]
        assert [h.title for h in client.sync.search("o'brien").hits] == ["Seamus O'Brien"]
        (bobby,) = client.sync.search("Robert'); DROP").hits
        assert bobby.title == "Robert'); DROP TABLE contacts;-- Tables"  # stored as written
        with central.engine.connect() as conn:
            after = conn.execute(
                text("SELECT (SELECT count(*) FROM contacts), (SELECT count(*) FROM tickets)")
            ).one()
        assert tuple(after) == tuple(before)  # nothing dropped, nothing deleted
    print(f"\nsearch inputs tried on {central.engine.dialect.name}: {tried}")


def test_notes_are_stored_whole_or_refused_with_the_reason(central: Central, tmp_path: Path):
    ticket = central.ticket(1)
    # Exactly at the limit, with emoji (beyond the BMP), Arabic, accents and a newline.
    piece = "Grazie 😀 مرحبا è\n"
    longest = (piece * (MAX_TEXT_CHARS // len(piece) + 1))[:MAX_TEXT_CHARS]
    shapes = {
        "longest": longest,
        "emoji": "😀🔥💣" * 1000,
        "markup": "<b>bold</b> <script>x</script> %s %n {0} ' OR 1=1 --",
        "empty": "",
    }
    with sync_client(central, LOGIN, tmp_path, poll_interval_s=0.2) as client:
        for name, body in shapes.items():
            client.sync.write("interaction.append", {**_note(body, ticket["uid"]), "uid": name})
        # NUL cannot be stored by PostgreSQL: it is dropped, on both stores, and the rest kept.
        # (Before, the whole note, or the whole call logged with it, was refused on PostgreSQL.)
        with_nul = {**_note("be\x00fore\x00", ticket["uid"]), "uid": "nul"}
        client.sync.write("interaction.append", {**with_nul, "ivr_data": {"x\x00": "y\x00"}})
        refused = 0
        for size in (MAX_TEXT_CHARS + 1, 1_000_000, 10_000_000):
            pending = client.local.pending_count()
            with pytest.raises(TextTooLong) as excinfo:
                client.sync.write("interaction.append", _note("x" * size, ticket["uid"]))
            refused += 1
            assert excinfo.value.where == "body" and excinfo.value.length == size
            assert f"{MAX_TEXT_CHARS:,}" in str(excinfo.value)
            assert client.local.pending_count() == pending  # nothing of it was queued
        with pytest.raises(TextTooLong) as excinfo:
            client.sync.write(
                "interaction.append",
                {**_note("short", ticket["uid"]), "ivr_data": {"topic": "y" * 200_000}},
            )
        assert excinfo.value.where == "ivr_data.topic"
        _pushed(client)
        assert client.local.rejected() == []
    with central.engine.connect() as conn:
        stored = dict(
            conn.execute(text("SELECT uid, body FROM interactions WHERE uid IN "
                              "('longest', 'emoji', 'markup', 'empty', 'nul')")).all()
        )  # fmt: skip
        ivr = conn.execute(text("SELECT ivr_data FROM interactions WHERE uid = 'nul'")).scalar()
    for name, body in shapes.items():
        assert stored[name] == body, name  # every character, nothing cut
    assert len(stored["longest"]) == MAX_TEXT_CHARS
    assert stored["nul"] == "before"
    assert (ivr if isinstance(ivr, dict) else json.loads(ivr)) == {"x": "y"}
    print(f"\nnotes: {len(shapes) + 1} stored whole, {refused + 1} refused")


BAD_NUMBERS = [
    "",
    "+",
    "abc",
    "+39 06 1234 5678",
    "+39O612345678",
    "1" * 40,
    "+" + "1" * 40,
    "+390612345678\n",
    "'; DROP TABLE contact_phones; --",
    "+0612345678",
    None,
]


def test_a_contact_with_a_number_that_is_not_one_is_refused_with_the_reason(
    central: Central, tmp_path: Path
) -> None:
    with sync_client(central, LOGIN, tmp_path, poll_interval_s=0.2) as client:
        for number in BAD_NUMBERS:
            client.sync.write(
                "contact.create",
                {"uid": f"bad-{BAD_NUMBERS.index(number)}", "first_name": "Bad",
                 "last_name": "Number", "phones": [{"e164": number}]},
            )  # fmt: skip
        client.sync.write(
            "contact.create",
            {"uid": "good", "first_name": "Good", "last_name": "Number",
             "phones": [{"e164": "+390655501234"}]},
        )  # fmt: skip
        _pushed(client)
        rejected = client.local.rejected()
        assert len(rejected) == len(BAD_NUMBERS)
        assert all("not an E.164 number" in reason for _entry, reason in rejected)
        # ... and none of them lingers in the local cache as if it had been saved.
        assert [r.key for r in client.local.rows("contacts") if r.key.startswith("bad-")] == []
    with central.engine.connect() as conn:
        stored = conn.execute(text("SELECT uid FROM contacts WHERE last_name = 'Number'")).all()
        phones = conn.execute(
            text("SELECT count(*) FROM contact_phones WHERE e164 NOT LIKE '+%'")
        ).scalar()
    assert [uid for (uid,) in stored] == ["good"] and phones == 0
    print(f"\ncontact numbers refused: {len(BAD_NUMBERS)}")
