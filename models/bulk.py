"""Bulk reads and writes through the DB-API, for the services that move many rows.

The ORM is for single records and queries; loading a register or syncing
80,000 outcomes goes through ``executemany`` on the connection's own cursor,
with values already in the form the database takes (see ``db_datetime``).
"""

from __future__ import annotations

import gc
import json
import queue
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
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


def json_statements(conn: Connection) -> bool:
    """Whether this database takes rows as JSON in one statement (SQLite 3.38 or later)."""
    return conn.dialect.name == "sqlite" and _JSON_INSERT


def json_insert(conn: Connection, table: str, columns: list[str],
                rows: list[tuple]) -> tuple[str, tuple] | None:
    """``rows`` as one SQLite statement, ``INSERT … SELECT … FROM json_each(?)`` with the rows
    as one JSON array; None on PostgreSQL, on an SQLite older than 3.38, or for values JSON
    cannot carry (bytes, NaN)."""
    if not rows or not json_statements(conn):
        return None
    try:
        payload = json.dumps(rows, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None
    values = ", ".join(f"value ->> {i}" for i in range(len(columns)))
    return (f"INSERT INTO {table} ({', '.join(columns)}) SELECT {values} FROM json_each(?)",
            (payload,))


def factored(rows: list[tuple], own: int) -> tuple[list[tuple], list[tuple]]:
    """``rows`` as (each row's first ``own`` values and the number of its remainder, the
    distinct remainders), for ``json_insert_factored``."""
    shared: dict[tuple, int] = {}
    mine = []
    for r in rows:
        rest = r[own:]
        k = shared.get(rest)
        if k is None:
            k = shared[rest] = len(shared)
        mine.append((*r[:own], k))
    return mine, list(shared)


def json_insert_factored(conn: Connection, table: str, columns: list[str], own_rows: list[tuple],
                         shared_rows: list[tuple]) -> list[tuple[str, tuple]] | None:
    """Like ``json_insert``, for rows that share most of their values (86,780 outcomes hold
    3,700 distinct ones): each of ``own_rows`` is a row's own values (the first columns) and
    the number of its remainder in ``shared_rows`` (the remaining columns). The remainders go
    to a temporary table once, and SQLite parses a few bytes per row instead of all of it.
    Returns the statements, to run in order (None where ``json_insert`` gives None)."""
    if not own_rows or not json_statements(conn):
        return None
    try:
        shared_json = json.dumps(shared_rows, ensure_ascii=False, allow_nan=False)
        own_json = json.dumps(own_rows, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        return None
    temp = f"_shared_{table}"
    own = len(own_rows[0]) - 1
    rest = [f"v{i}" for i in range(len(columns) - own)]
    mine = ", ".join(f"row.value ->> {i}" for i in range(own))
    theirs = ", ".join(f"{temp}.{c}" for c in rest)
    return [
        (f"CREATE TEMP TABLE {temp} (k INTEGER PRIMARY KEY, {', '.join(rest)})", ()),
        (f"INSERT INTO {temp} SELECT key, {', '.join(f'value ->> {i}' for i in range(len(rest)))} "
         "FROM json_each(?)", (shared_json,)),
        # CROSS JOIN: the JSON rows are the outer loop, in their order
        (f"INSERT INTO {table} ({', '.join(columns)}) SELECT {mine}, {theirs} FROM json_each(?) AS row "
         f"CROSS JOIN {temp} ON {temp}.k = row.value ->> {own}", (own_json,)),
        (f"DROP TABLE {temp}", ()),
    ]


class Background:
    """SQL statements run in order by a worker thread on one connection (see
    ``in_background``). ``add`` queues more while it runs; calling it waits for all of them
    and raises the first statement's error, if any."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._future: Future | None = None
        self._stopped = False

    def add(self, statements: list[tuple[str, tuple]]) -> None:
        if not statements:
            return
        if self._future is None:
            worker = ThreadPoolExecutor(1, thread_name_prefix="recon1015-sql")
            self._future = worker.submit(self._run)
            worker.shutdown(wait=False)
        for statement in statements:
            self._queue.put(statement)

    def _run(self) -> None:
        cur = self._raw.cursor()
        try:
            while (statement := self._queue.get()) is not None and not self._stopped:
                cur.execute(*statement)
        finally:
            cur.close()

    def __call__(self) -> None:
        future, self._future = self._future, None
        if future is not None:
            self._queue.put(None)
            future.result()

    def abandon(self) -> None:
        """Stop at once: the statement running is interrupted, the queued ones never run."""
        future, self._future = self._future, None
        if future is None:
            return
        self._stopped = True
        self._queue.put(None)
        while not future.done():  # a statement starting just now clears an earlier interrupt
            self._raw.interrupt()
            wait([future], timeout=0.01)
        try:
            future.result()
        except Exception:  # noqa: BLE001 - interrupted or failed: the caller's error is the one to report
            pass


@contextmanager
def in_background(conn: Connection, statements: list[tuple[str, tuple]]) -> Iterator[Background]:
    """Run ``statements`` in order in a worker thread, on ``conn``'s own connection and
    transaction, while the caller goes on computing. The body gets the ``Background`` job:
    ``job.add(more)`` queues statements behind them, and ``job()`` waits, to be called before
    the body uses ``conn`` again (leaving the block waits too).

    Each statement must be one long step for SQLite (an INSERT … SELECT, an UPDATE … FROM):
    SQLite releases the GIL for the whole of it, so the statement and the caller's Python
    use both cores. (``executemany`` in a thread would take the GIL back for every row and
    starve behind the busy caller.) If the body fails, a running statement is interrupted,
    the queued ones are dropped and the error is the body's; the caller's transaction rolls
    everything back as usual."""
    job = Background(conn.connection.dbapi_connection)
    job.add(statements)
    try:
        yield job
    except BaseException:
        job.abandon()
        raise
    job()


class NewIds:
    """Ids for rows this writing transaction is about to insert into ``table`` (keyed by
    ``id``), so that it knows them without reading the rows back — and before they are
    written. On SQLite, the ids it would give them itself, counted from the largest when
    this is made: the writer holds the database's lock, and nothing else in the transaction
    may insert into the table meanwhile. On PostgreSQL, drawn from the table's sequence when
    taken."""

    def __init__(self, conn: Connection, table: str) -> None:
        self._conn, self._table = conn, table
        self._next: int | None = None
        if conn.dialect.name == "sqlite":
            self._next = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").scalar_one()

    def take(self, n: int) -> Sequence[int]:
        if n <= 0:
            return range(0)
        if self._next is not None:
            start = self._next
            self._next += n
            return range(start, start + n)
        return [i for (i,) in self._conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{self._table}', 'id')) FROM generate_series(1, %s)", (n,))]


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
