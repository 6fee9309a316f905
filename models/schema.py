"""The one place that knows the schema version: Alembic migrations, applied on open.

* A workspace at an older revision is copied to a backup file, then upgraded.
* A workspace whose revision this build does not know was written by a newer
  Recon1015 and is refused, untouched.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.engine import URL

from models.engine import sqlite_path, writer
from models.errors import WorkspaceError

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
PG_MIGRATION_LOCK = 1015_0001


class NewerSchemaError(WorkspaceError):
    pass


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy a SQLite database through the online backup API (consistent under WAL)."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def backup_sqlite(path: Path, revision: str | None) -> Path:
    """The copy made before a migration, beside the workspace."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.{revision or 'none'}.{stamp}.bak")
    copy_sqlite(path, target)
    return target


def upgrade(engine: Engine, url: URL) -> Path | None:
    """Bring the workspace to this build's schema. Returns the backup made, if any."""
    scripts = script_directory()
    head = head_revision()
    with engine.connect() as conn:
        current = current_revision(conn)
    if current == head:
        return None
    if current is not None:
        try:
            scripts.get_revision(current)
        except Exception:
            raise NewerSchemaError(
                f"This workspace was written by a newer version of Recon1015 "
                f"(schema {current}; this version knows up to {head}). "
                f"Open it with that version, or update Recon1015."
            ) from None
    backup = None
    path = sqlite_path(url)
    if current is not None and path is not None and path.exists():
        backup = backup_sqlite(path, current)
    with writer(engine).begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})")
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
