"""The audit log: append-only and hash-chained.

Each event's ``hash`` is SHA-256 over its own content and its predecessor's
hash, so editing, deleting or inserting an event anywhere breaks the chain
from that point, and ``verify`` names the first broken link. ``prev_hash`` is
UNIQUE in the database, so two writers can never both extend the same event:
one of them fails and retries, and the chain stays a chain.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

from sqlalchemy import Connection, select

from models.bulk import db_datetime, insert_rows, json_insert
from models.tables import AuditEvent

GENESIS = "0" * 64
PG_AUDIT_LOCK = 1015_0002
_t = AuditEvent.__table__


_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
# The same encoding, made once: ``JSONEncoder.encode`` builds its C encoder anew on every call,
# which is most of the cost of hashing twenty thousand small events.
try:
    _canonical_chunks = c_make_encoder(None, str, encode_basestring, None, ":", ",", True, False, True)
except TypeError:  # no C accelerator, or another signature: the encoder as it is
    _canonical_chunks = None


def canonical_json(value: Any) -> str:
    if _canonical_chunks is None or isinstance(value, (str, int, float)) or value is None:
        return _CANONICAL.encode(value)
    return "".join(_canonical_chunks(value, 0))


def event_hash(
    prev_hash: str,
    at: datetime,
    operator: str,
    action: str,
    entity: str | None,
    entity_id: str | None,
    details: str,
    reason: str | None,
) -> str:
    return _digest(prev_hash, at.astimezone(UTC).isoformat(timespec="microseconds"), operator,
                   action, entity, entity_id, details, reason)


def _digest(prev_hash: str, at_iso: str, operator: str, action: str, entity: str | None,
            entity_id: str | None, details: str, reason: str | None) -> str:
    fields = (prev_hash, at_iso, operator, action, entity, entity_id, details, reason)
    try:  # the canonical JSON of a list of strings and nulls, written out directly
        payload = "[" + ",".join(["null" if f is None else encode_basestring(f) for f in fields]) + "]"
    except TypeError:  # not a string: the encoder decides
        payload = _CANONICAL.encode(list(fields))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: Connection,
    operator: str,
    action: str,
    *,
    entity: str | None = None,
    entity_id: Any = None,
    details: dict[str, Any] | None = None,
    reason: str | None = None,
) -> str:
    """Append one event inside the caller's (writing) transaction; returns its hash."""
    chain = Chain(conn, operator)
    chain.add([{"action": action, "entity": entity, "entity_id": entity_id, "details": details,
                "reason": reason}])
    chain.write(conn)
    return chain.last_hash


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    events: int
    first_broken_id: int | None = None
    problem: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "events": self.events,
                "first_broken_id": self.first_broken_id, "problem": self.problem}


def verify(conn: Connection) -> ChainCheck:
    prev = GENESIS
    count = 0
    rows = conn.execute(select(_t).order_by(_t.c.id)).mappings()
    for row in rows:
        count += 1
        if row["prev_hash"] != prev:
            return ChainCheck(False, count, row["id"],
                              f"event {row['id']} does not follow the event before it "
                              f"(an event was removed, inserted or reordered)")
        expected = event_hash(prev, row["at"], row["operator"], row["action"], row["entity"],
                              row["entity_id"], row["details"], row["reason"])
        if row["hash"] != expected:
            return ChainCheck(False, count, row["id"],
                              f"event {row['id']} was changed after it was written")
        prev = row["hash"]
    return ChainCheck(True, count)


_COLUMNS = ["at", "operator", "action", "entity", "entity_id", "details", "reason", "prev_hash", "hash"]


class Chain:
    """Events to append, hashed as they are added and written in one statement.

    Made inside the writing transaction: it takes the chain's end (and, on PostgreSQL, the
    audit lock) at once, so events can be added in several steps before ``write``."""

    def __init__(self, conn: Connection, operator: str) -> None:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_AUDIT_LOCK})")
        self._prev = conn.execute(select(_t.c.hash).order_by(_t.c.id.desc()).limit(1)).scalar() or GENESIS
        self._operator = operator
        at = datetime.now(UTC)
        self._at_iso, self._at_db = at.isoformat(timespec="microseconds"), db_datetime(conn, at)
        self.rows: list[tuple] = []

    def add(self, events: list[dict[str, Any]]) -> None:
        """Hash events (dicts with action, entity, entity_id, details, reason), in order."""
        encode, operator, at_iso, at_db = canonical_json, self._operator, self._at_iso, self._at_db
        prev, rows = self._prev, self.rows
        for e in events:
            entity_id = e.get("entity_id")
            entity_id = None if entity_id is None else str(entity_id)
            action, entity, reason = e["action"], e.get("entity"), e.get("reason")
            details_json = encode(e.get("details") or {})
            digest = _digest(prev, at_iso, operator, action, entity, entity_id, details_json, reason)
            rows.append((at_db, operator, action, entity, entity_id, details_json, reason, prev, digest))
            prev = digest
        self._prev = prev

    @property
    def last_hash(self) -> str:
        """The hash of the last event added (the chain's end when written)."""
        return self._prev

    def statement(self, conn: Connection) -> tuple[str, tuple] | None:
        """The events added so far as one statement (``bulk.json_insert``), handed to the
        caller to run before anything later is written — on SQLite, in the background; they
        are then no longer this chain's to write. None where ``write`` must write them."""
        statement = json_insert(conn, _t.name, _COLUMNS, self.rows)
        if statement is not None:
            self.rows = []
        return statement

    def write(self, conn: Connection) -> int:
        insert_rows(conn, _t.name, _COLUMNS, self.rows)
        n = len(self.rows)
        self.rows = []
        return n


def record_reveal(ws, screen: str, **details: Any) -> None:
    """A clerk asked to see personal data unmasked on ``screen`` (a desktop screen or a
    command's list): one ``personal_data.reveal`` event, in a transaction of its own."""
    with ws.writer().begin() as conn:
        append(conn, ws.operator, "personal_data.reveal", entity=screen, details=details)


def append_many(conn: Connection, operator: str, events: list[dict[str, Any]]) -> int:
    """Append several events (dicts with action, entity, entity_id, details, reason) in order,
    chained, in one statement. Returns how many were written."""
    if not events:
        return 0
    chain = Chain(conn, operator)
    chain.add(events)
    return chain.write(conn)
