"""Migrations on open: from empty, upgrade with a backup, refusal of a newer schema."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

import models.schema as schema
from models import open_workspace
from models.schema import NewerSchemaError, head_revision


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrates_from_empty(workspace):
    names = set(inspect(workspace.engine).get_table_names())
    assert {"import_batch", "report", "claimant", "affiliate_payout", "match", "policy_version",
            "outcome", "payable_line", "ledger", "ledger_line", "audit_event",
            "alembic_version"} <= names
    with workspace.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
    assert workspace.backup is None


def test_reopening_at_head_is_a_no_op(tmp_path):
    path = tmp_path / "w.sqlite3"
    open_workspace(path).close()
    ws = open_workspace(path)
    assert ws.backup is None
    ws.close()
    assert not list(tmp_path.glob("*.bak"))


def test_sqlite_pragmas(sqlite_workspace):
    with sqlite_workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "w.sqlite3"
    open_workspace(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    con.commit()
    con.close()
    before = _sha(path)
    with pytest.raises(NewerSchemaError, match="newer version of Recon1015"):
        open_workspace(path)
    assert _sha(path) == before
    assert not list(tmp_path.glob("*.bak"))


def test_upgrade_backs_up_first(tmp_path, monkeypatch):
    path = tmp_path / "w.sqlite3"
    ws = open_workspace(path, "kim")
    with ws.writer().begin() as conn:
        conn.execute(text(
            "INSERT INTO claimant (claimant_key, claimant_type, unidentifiable, flags) "
            "VALUES ('brn:1168200276', 'small_business', 0, '[]')"))
    ws.close()
    old_revision = head_revision()
    # a later release with one more migration opens the same file
    copy = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9999_test_next.py").write_text(textwrap.dedent(f'''
        from alembic import op
        import sqlalchemy as sa
        revision = "9999testnext"
        down_revision = "{old_revision}"
        branch_labels = None
        depends_on = None
        def upgrade():
            op.create_table("test_next", sa.Column("id", sa.Integer, primary_key=True))
        def downgrade():
            op.drop_table("test_next")
    '''))
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", copy)
    ws = open_workspace(path, "kim")
    try:
        assert ws.backup is not None and ws.backup.exists()
        assert "test_next" in inspect(ws.engine).get_table_names()
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999testnext"
    finally:
        ws.close()
    # the backup is the workspace as it was: old revision, same data, no new table
    con = sqlite3.connect(ws.backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_revision
    assert con.execute("SELECT claimant_key FROM claimant").fetchall() == [("brn:1168200276",)]
    assert not con.execute("SELECT name FROM sqlite_master WHERE name='test_next'").fetchall()
    con.close()


def test_not_a_workspace_is_a_clear_error(tmp_path):
    from models import WorkspaceError

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(WorkspaceError, match="not a Recon1015 workspace|Cannot open"):
        open_workspace(junk)


def test_migrations_match_the_models(workspace):
    """The migrations build exactly the schema the models describe (nothing left to autogenerate)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlmodel import SQLModel

    with workspace.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}),
                                SQLModel.metadata)
    assert diff == []


def test_report_links_survive_the_move_to_their_own_table(db_target):
    """0004 moves report → claimant links out of ``report``: a workspace reconciled at 0003
    keeps every link, every report and its constraints, on both backends."""
    from alembic import command

    from models.engine import make_engine, resolve_target, writer

    url = resolve_target(db_target)
    engine = make_engine(url)
    with writer(engine).begin() as conn:
        cfg = schema.alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(text("INSERT INTO import_batch (id, file_name, file_size, sha256, kind, profile, "
                          "sheets, rows_read, rows_imported, rows_rejected, operator, imported_at, status) "
                          "VALUES (1, 'f.xlsx', 1, 'x', 'claims', 'claims', '[]', 3, 3, 0, 'kim', "
                          "'2026-01-01', 'committed')"))
        conn.execute(text("INSERT INTO claimant (id, claimant_key, claimant_type, unidentifiable, flags) "
                          "VALUES (7, 'brn:1168200276', 'small_business', false, '[]')"))
        for i, cid in ((1, 7), (2, 7), (3, None)):
            conn.execute(text(
                "INSERT INTO report (id, batch_id, sheet, row_number, report_no, claimant_type, "
                "mobile_masked, brn_valid, service, company, paid_service, monetary_loss, evidence, "
                f"claimant_id) VALUES ({i}, 1, 's', {i + 1}, '1015-{i}', 'small_business', false, false, "
                f"'선물하기', '카카오', false, false, false, {cid or 'NULL'})"))
    engine.dispose()
    ws = open_workspace(db_target, "kim")
    try:
        with ws.engine.connect() as conn:
            assert conn.execute(text("SELECT report_id, claimant_id FROM report_claimant "
                                     "ORDER BY report_id")).all() == [(1, 7), (2, 7)]
            assert conn.execute(text("SELECT count(*) FROM report")).scalar() == 3
            columns = {c["name"] for c in inspect(conn).get_columns("report")}
            assert "claimant_id" not in columns and "report_no" in columns
        with pytest.raises(Exception, match="(?i)check|constraint"), ws.writer().begin() as conn:
            conn.execute(text("UPDATE report SET loss_krw = -1 WHERE id = 1"))
    finally:
        ws.close()
