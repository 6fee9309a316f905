"""`recon1015 backup`: the copy holds the same content; restoring it gives the workspace back."""

from __future__ import annotations

import shutil
import subprocess
import uuid

import pytest
from sqlalchemy import create_engine, text

from importers.service import import_file
from models import open_workspace
from models.backup import backup
from models.checksum import content_checksum
from tests.importers.conftest import PAY_HEADERS, PAY_ROWS, titled, write_xlsx


def _fill(ws, tmp_path):
    import_file(ws, write_xlsx(tmp_path / "pay.xlsx", {"s": titled(PAY_HEADERS, PAY_ROWS)}))


def test_backup_and_restore(workspace, tmp_path, db_target):
    _fill(workspace, tmp_path)
    out = tmp_path / "backup.bin"
    if not workspace.is_sqlite and not shutil.which("pg_dump"):
        pytest.skip("pg_dump is not installed")
    backup(workspace, out)
    if workspace.is_sqlite:
        restored = open_workspace(out, "tester")
        after = content_checksum(restored.engine)
        restored.close()
    else:
        base = db_target.rsplit("/", 1)[0]
        name = f"r1015_restore_{uuid.uuid4().hex[:8]}"
        admin = create_engine(base + "/postgres", isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = base + "/" + name
        subprocess.run([shutil.which("pg_restore"), "--no-owner", "--dbname",
                        url.replace("postgresql+psycopg", "postgresql"), str(out)], check=True,
                       capture_output=True)
        engine = create_engine(url)
        after = content_checksum(engine)
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
    # the backup itself was audit-logged after the copy: the copy is the state before that event
    with workspace.engine.connect() as conn:
        last = conn.execute(text("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1")).scalar()
    assert last == "workspace.backup"
    # the content when the copy was taken: everything but the backup's own audit event
    with workspace.writer().begin() as conn:
        conn.execute(text("DELETE FROM audit_event WHERE action = 'workspace.backup'"))
    assert after == content_checksum(workspace.engine)


def test_cli_backup(tmp_path, capsys):
    from cli.main import main

    db = tmp_path / "w.sqlite3"
    assert main(["--db", str(db), "init"]) == 0
    assert main(["--db", str(db), "backup", str(tmp_path / "copy.sqlite3"), "--json"]) == 0
    assert (tmp_path / "copy.sqlite3").exists() and '"backup"' in capsys.readouterr().out
