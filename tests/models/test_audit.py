"""The audit log's hash chain: appends, verification, tampering and forks."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, exc, insert, select, update

from models import audit
from models.tables import AuditEvent

T = AuditEvent.__table__


def _events(ws, n=4):
    for i in range(n):
        with ws.writer().begin() as conn:
            audit.append(conn, "kim", "test.event", entity="thing", entity_id=i,
                         details={"i": i, "이름": "값"}, reason=None if i % 2 else "why")


def test_chain_verifies(workspace):
    _events(workspace)
    with workspace.engine.connect() as conn:
        check = audit.verify(conn)
        rows = conn.execute(select(T).order_by(T.c.id)).mappings().all()
    assert check.ok and check.events == 4
    assert rows[0]["prev_hash"] == audit.GENESIS
    assert all(b["prev_hash"] == a["hash"] for a, b in zip(rows, rows[1:]))


def test_edited_event_is_named(workspace):
    _events(workspace)
    with workspace.engine.connect() as conn:
        third = conn.execute(select(T.c.id).order_by(T.c.id).offset(2).limit(1)).scalar()
    with workspace.writer().begin() as conn:
        conn.execute(update(T).where(T.c.id == third).values(details='{"i":99}'))
    with workspace.engine.connect() as conn:
        check = audit.verify(conn)
    assert not check.ok and check.first_broken_id == third
    assert "changed" in check.problem


def test_deleted_event_is_named(workspace):
    _events(workspace)
    with workspace.engine.connect() as conn:
        ids = conn.execute(select(T.c.id).order_by(T.c.id)).scalars().all()
    with workspace.writer().begin() as conn:
        conn.execute(delete(T).where(T.c.id == ids[1]))
    with workspace.engine.connect() as conn:
        check = audit.verify(conn)
    assert not check.ok and check.first_broken_id == ids[2]


def test_chain_cannot_fork(workspace):
    _events(workspace, 1)
    with workspace.engine.connect() as conn:
        last = conn.execute(select(T.c.hash)).scalar()
    with pytest.raises(exc.IntegrityError):
        with workspace.writer().begin() as conn:
            conn.execute(insert(T).values(
                at=conn.execute(select(T.c.at)).scalar(), operator="lee", action="fork",
                details="{}", prev_hash=audit.GENESIS, hash="f" * 64))
    assert last


# --- the hash's encoding never changes ------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(_json_values)
def test_canonical_json_is_the_canonical_encoder(value):
    """The encoder made once writes exactly what a fresh ``JSONEncoder`` would: every stored
    event's details and hash depend on it."""
    fresh = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    assert audit.canonical_json(value) == fresh.encode(value)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | st.text(), min_size=8, max_size=8))
def test_event_digest_is_sha256_of_the_canonical_list(fields):
    fresh = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    fields[0] = fields[0] or "0" * 64
    expected = hashlib.sha256(fresh.encode(fields).encode("utf-8")).hexdigest()
    assert audit._digest(*fields) == expected
