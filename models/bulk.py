"""Bulk reads and writes through the DB-API, for the services that move many rows.

The ORM is for single records and queries; loading a register or syncing
80,000 outcomes goes through ``executemany`` on the connection's own cursor,
with values already in the form the database takes (see ``db_datetime``).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection


def placeholders(conn: Connection, n: int) -> str:
    return ", ".join(["?"] * n) if conn.dialect.paramstyle == "qmark" else ", ".join(["%s"] * n)


def mark(conn: Connection) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def db_datetime(conn: Connection, dt: datetime) -> Any:
    """An aware datetime as SQLAlchemy's UTCDateTime would bind it on this database."""
    utc = dt.astimezone(UTC)
    if conn.dialect.name == "sqlite":
        return utc.replace(tzinfo=None).isoformat(" ", "microseconds")
    return utc


def db_bool(conn: Connection, value: bool) -> Any:
    return (1 if value else 0) if conn.dialect.name == "sqlite" else bool(value)


def fetch(conn: Connection, sql: str, params: tuple = ()) -> list[tuple]:
    """Plain tuples straight from the driver's cursor, inside ``conn``'s transaction."""
    cur = conn.connection.cursor()
    try:
        cur.execute(sql, params)
        return cur.fetchall()
    finally:
        cur.close()


def insert_rows(conn: Connection, table: str, columns: list[str], rows: list[tuple],
                chunk: int = 10_000) -> None:
    if not rows:
        return
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders(conn, len(columns))})"
    for i in range(0, len(rows), chunk):
        conn.exec_driver_sql(sql, rows[i:i + chunk])


def update_rows(conn: Connection, table: str, columns: list[str], rows: list[tuple],
                key: str = "id", chunk: int = 10_000) -> None:
    """rows: (value for each column…, key value)."""
    if not rows:
        return
    m = mark(conn)
    sql = f"UPDATE {table} SET {', '.join(f'{c} = {m}' for c in columns)} WHERE {key} = {m}"
    for i in range(0, len(rows), chunk):
        conn.exec_driver_sql(sql, rows[i:i + chunk])


_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Suspend Python's cyclic garbage collector for a bulk job.

    Loading a register or reconciling it makes a few million small objects that live
    until the job ends; the collector would walk all of them again and again (about a
    fifth of a full reconcile) and free none, because they hold no reference cycles.
    Reference counting still frees everything as usual. Nested and concurrent jobs
    (worker threads in the GUI) share one pause; the last to finish restores the
    collector as it was."""
    global _gc_depth, _gc_was_enabled
    with _gc_lock:
        if _gc_depth == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_depth += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_depth -= 1
            if _gc_depth == 0 and _gc_was_enabled:
                gc.enable()
