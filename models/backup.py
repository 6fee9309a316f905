"""`recon1015 backup OUT`: a consistent copy of the workspace.

* SQLite: the online backup API (consistent while clerks keep working; WAL included), written
  to a temporary file beside OUT and renamed into place. Restore: use the copy as the
  workspace (`--db OUT`), or copy it over the old file while Recon1015 is closed.
* PostgreSQL: `pg_dump --format=custom`. Restore: `pg_restore --clean --dbname URL OUT`.

Bank account numbers stay encrypted in the copy; the key is not in it (see README).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from models import audit
from models.errors import WorkspaceError
from models.schema import copy_sqlite
from models.sheets import atomic_write
from models.workspace import Workspace


def backup(ws: Workspace, out: str | os.PathLike[str]) -> Path:
    target = Path(out)
    if ws.is_sqlite:
        atomic_write(target, lambda tmp: copy_sqlite(ws.path, tmp))
    else:
        pg_dump = shutil.which("pg_dump")
        if pg_dump is None:
            raise WorkspaceError("pg_dump 이 없어 팀 데이터베이스를 백업할 수 없습니다 (PostgreSQL 클라이언트를 설치하세요).")
        url = ws.url.set(drivername="postgresql").render_as_string(hide_password=False)

        def write(tmp: Path) -> None:
            result = subprocess.run([pg_dump, "--format=custom", "--file", str(tmp), "--dbname", url],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                raise WorkspaceError(f"pg_dump 이 실패했습니다: {result.stderr.strip()[:500]}")

        atomic_write(target, write)
    with ws.writer().begin() as conn:
        audit.append(conn, ws.operator, "workspace.backup", details={"file": target.name,
                                                                      "bytes": target.stat().st_size})
    return target
