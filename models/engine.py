"""Where the workspace lives and how to connect to it.

A *target* is what the user gives with ``--db`` or ``RECON1015_DB``: a file
path (the embedded SQLite workspace) or a SQLAlchemy URL such as
``postgresql+psycopg://user@host/db`` for a team database. With neither, the
workspace is ``recon1015.sqlite3`` in the user data directory.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

APP_NAME = "Recon1015"
ENV_DB = "RECON1015_DB"
DEFAULT_FILE_NAME = "recon1015.sqlite3"
SQLITE_BUSY_TIMEOUT_MS = 30_000


def default_workspace_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE_NAME


def resolve_target(target: str | os.PathLike[str] | None = None) -> URL:
    """Turn a ``--db`` value (or the environment, or the default) into a URL."""
    if target is None:
        target = os.environ.get(ENV_DB) or default_workspace_path()
    text = os.fspath(target)
    if "://" in text:
        return make_url(text)
    path = Path(text).expanduser().resolve()
    return URL.create("sqlite", database=str(path))


def sqlite_path(url: URL) -> Path | None:
    """The workspace file for a SQLite URL, else None."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """A human-readable name for the workspace, with any password hidden."""
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def _sqlite_on_connect(dbapi_connection, _record) -> None:  # pragma: no cover - trivial
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_on_begin(conn) -> None:
    # pysqlite's own transaction handling is disabled (isolation_level=None) so
    # that BEGIN is ours. Writers ask for IMMEDIATE (see ``writer``): it takes
    # the write lock up front, so concurrent writers queue on busy_timeout
    # instead of failing mid-transaction. Readers stay DEFERRED and, under WAL,
    # never wait for a writer.
    if conn.get_execution_options().get("begin_immediate"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def writer(engine: Engine) -> Engine:
    """The engine to use for a transaction that writes (takes the lock up front)."""
    return engine.execution_options(begin_immediate=True)


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, "isolation_level": None},
            hide_parameters=True,  # a database error must not quote a claimant's data
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)
