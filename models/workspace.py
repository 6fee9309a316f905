"""Opening a workspace: resolve the target, connect, migrate, remember the operator."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, exc
from sqlalchemy.engine import URL

from models.engine import describe, make_engine, resolve_target, sqlite_path, writer
from models.errors import WorkspaceError
from models.schema import upgrade

ENV_OPERATOR = "RECON1015_OPERATOR"


def default_operator() -> str:
    name = os.environ.get(ENV_OPERATOR)
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no user database entry
        return "unknown"


@dataclass
class Workspace:
    url: URL
    engine: Engine
    operator: str
    backup: Path | None = field(default=None)

    @property
    def name(self) -> str:
        return describe(self.url)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def writer(self) -> Engine:
        """Engine for a writing transaction (SQLite: BEGIN IMMEDIATE)."""
        return writer(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(target: str | os.PathLike[str] | None = None,
                   operator: str | None = None, *, migrate: bool = True) -> Workspace:
    url = resolve_target(target)
    engine = make_engine(url)
    try:
        backup = upgrade(engine, url) if migrate else None
    except exc.OperationalError as e:
        engine.dispose()
        raise WorkspaceError(f"Cannot open workspace {describe(url)}: {e.orig}") from None
    except exc.DatabaseError as e:
        engine.dispose()
        raise WorkspaceError(
            f"{describe(url)} is not a Recon1015 workspace or is damaged: {e.orig}") from None
    except Exception:
        engine.dispose()
        raise
    return Workspace(url=url, engine=engine, operator=operator or default_operator(), backup=backup)
