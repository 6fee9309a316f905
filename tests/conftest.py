"""Shared fixtures: workspaces on SQLite and (when a server is given) PostgreSQL.

PostgreSQL cases run when ``RECON1015_TEST_PG_URL`` names a server database
(``.ci/run`` starts one); elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from models import open_workspace

PG_ENV = "RECON1015_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Never touch the real user data/config directories or the user's env."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("RECON1015_DB", raising=False)
    monkeypatch.setenv("RECON1015_OPERATOR", "tester")


def _fresh_pg_database(base_url: str) -> str:
    """Create a uniquely named database on the test server; returns its URL."""
    name = f"r1015_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base_url.rsplit("/", 1)[0] + "/" + name


def _drop_pg_database(base_url: str, url: str) -> None:
    name = url.rsplit("/", 1)[1]
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request, tmp_path) -> str:
    """A fresh, empty workspace target on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "workspace.sqlite3")
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL case skipped: set {PG_ENV} to a server URL "
                    "(postgresql+psycopg://user@host/db); .ci/run starts one")
    url = _fresh_pg_database(base)
    yield url
    _drop_pg_database(base, url)


@pytest.fixture
def workspace(db_target):
    ws = open_workspace(db_target, "tester")
    yield ws
    ws.close()


@pytest.fixture
def sqlite_workspace(tmp_path):
    ws = open_workspace(tmp_path / "workspace.sqlite3", "tester")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory) -> Path:
    """The demo files at 5% scale, written once per test session."""
    from demo.files import write_demo

    out = tmp_path_factory.mktemp("demo")
    write_demo(out, scale=0.05, seed=1015)
    return out
