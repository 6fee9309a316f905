"""Bulk reads and writes through the DB-API, for the services that move many rows.

The ORM is for single records and queries; loading a register or syncing
80,000 outcomes goes through ``executemany`` on the connection's own cursor,
with values already in the form the database takes (see ``db_datetime``).
"""

from __future__ import annotations

import gc
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
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


_JSON_INSERT = sqlite3.sqlite_version_info >= (3, 38)  # the ->> operator


def _done() -> None:
    return None


def json_insert(conn: Connection, table: str, columns: list[str],
                rows: list[tuple]) -> tuple[str, tuple] | None:
    """``rows`` as one SQLite statement, ``INSERT … SELECT … FROM json_each(?)`` with the rows
    as one JSON array; None on PostgreSQL, on an SQLite older than 3.38, or for values JSON
    cannot carry (bytes, NaN)."""
    if not rows or conn.dialect.name != "sqlite" or not _JSON_INSERT:
        return None
    try:
        payload = json.dumps(rows, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None
    values = ", ".join(f"value ->> {i}" for i in range(len(columns)))
    return (f"INSERT INTO {table} ({', '.join(columns)}) SELECT {values} FROM json_each(?)",
            (payload,))


@contextmanager
def in_background(conn: Connection, statements: list[tuple[str, tuple]]) -> Iterator[Callable[[], None]]:
    """Run ``statements`` in order in a worker thread, on ``conn``'s own connection and
    transaction, while the caller goes on computing. The body gets ``wait``, to call before
    it uses ``conn`` again (leaving the block waits too).

    Each statement must be one long step for SQLite (an INSERT … SELECT, an UPDATE … FROM):
    SQLite releases the GIL for the whole of it, so the statement and the caller's Python
    use both cores. (``executemany`` in a thread would take the GIL back for every row and
    starve behind the busy caller.) If the body fails, a running statement is interrupted and
    the error is the body's; the caller's transaction rolls everything back as usual."""
    if not statements:
        yield _done
        return
    raw = conn.connection.dbapi_connection

    def run() -> None:
        cur = raw.cursor()
        try:
            for sql, params in statements:
                cur.execute(sql, params)
        finally:
            cur.close()

    worker = ThreadPoolExecutor(1, thread_name_prefix="recon1015-sql")
    future = worker.submit(run)
    worker.shutdown(wait=False)
    try:
        yield future.result
    except BaseException:
        if not future.done():
            raw.interrupt()
        try:
            future.result()
        except Exception:  # noqa: BLE001 - interrupted or failed: the body's error is the one to report
            pass
        raise
    future.result()


def new_ids(conn: Connection, table: str, n: int) -> list[int] | range:
    """Ids for ``n`` rows this writing transaction is about to insert into ``table`` (whose
    key is ``id``), so that it knows them without reading the rows back. On SQLite, the ids
    it would give them itself: the writer holds the database's lock, so nothing else can
    take them. On PostgreSQL, drawn from the table's id sequence."""
    if n <= 0:
        return range(0)
    if conn.dialect.name == "sqlite":
        start = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").scalar_one()
        return range(start, start + n)
    return [i for (i,) in conn.exec_driver_sql(
        f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)", (n,))]


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
