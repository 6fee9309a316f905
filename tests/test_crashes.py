"""Crashes: a subprocess is killed with SIGKILL at random points of an import, a reconcile
and a ledger export — 50 kills in all. After every kill the workspace passes SQLite's
integrity check, holds no half batch and no half ledger, its content is exactly what it was
before the operation or what the operation makes of it, no partial export file is left
beside the target once the next export runs, and that next run works.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from demo.generate import FILE_NAMES
from importers.service import import_demo_files, import_file, undo_batch
from ledger import lifecycle
from ledger.export import export
from models import open_workspace
from models.checksum import content_checksum
from models.sheets import PARTIAL_SUFFIX
from models.tables import AffiliatePayout, AuditEvent, ImportBatch, Ledger, LedgerLine, Report
from reconcile.service import reconcile
from tests.forkserver import CTX, child_env

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")

KILLS = {"import": 17, "reconcile": 17, "export": 16}
B, L, LL, R, P, A = (ImportBatch.__table__, Ledger.__table__, LedgerLine.__table__, Report.__table__,
                     AffiliatePayout.__table__, AuditEvent.__table__)



def _worker(op: str, target: str, arg: str, env: dict, pipe) -> None:  # runs in the child
    os.environ.update(env)
    ws = open_workspace(target, "checker")
    if op == "import":
        run = lambda: import_file(ws, arg, kind="claims")  # noqa: E731
    elif op == "reconcile":
        run = lambda: reconcile(ws)  # noqa: E731
    else:
        ledger_id, out = arg.split(":", 1)
        run = lambda: export(ws, int(ledger_id), out, bank_sheet=out.replace(".xlsx", "-bank.xlsx"))  # noqa: E731
    pipe.send("go")
    start = time.perf_counter()
    run()
    pipe.send(time.perf_counter() - start)


def _start(op: str, target: Path, arg: str):
    parent, child = CTX.Pipe()
    p = CTX.Process(target=_worker, args=(op, str(target), arg, child_env(), child))
    p.start()
    assert parent.poll(60) and parent.recv() == "go"
    return p, parent


def _run_killed(op: str, target: Path, arg: str, delay: float) -> bool:
    """SIGKILL the worker ``delay`` seconds into the operation; True if it had finished."""
    p, pipe = _start(op, target, arg)
    time.sleep(delay)
    p.kill()
    p.join(60)
    try:  # the operation had returned (the process may still have been killed on its way out)
        finished = isinstance(pipe.recv(), float)
    except EOFError:
        finished = False
    assert p.exitcode in ((0, -signal.SIGKILL) if finished else (-signal.SIGKILL,))
    return finished


def _timed_run(op: str, target: Path, arg: str) -> float:
    p, pipe = _start(op, target, arg)
    assert pipe.poll(300)
    seconds = pipe.recv()
    p.join(60)
    assert p.exitcode == 0
    return seconds


def _check_sound(path: Path) -> None:
    """SQLite's own check, and no half batch or half ledger."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    ws = open_workspace(path, "inspector")
    try:
        with ws.engine.connect() as conn:
            for batch in conn.execute(select(B).where(B.c.status == "committed")).mappings():
                table = R if batch["kind"] == "claims" else P
                stored = conn.execute(select(func.count()).where(table.c.batch_id == batch["id"])).scalar()
                assert stored == batch["rows_imported"], f"half batch {batch['id']}"
            for led in conn.execute(select(L)).mappings():
                n, total = conn.execute(select(func.count(), func.coalesce(func.sum(LL.c.amount_krw), 0))
                                        .where(LL.c.ledger_id == led["id"])).one()
                assert (n, total) == (led["line_count"], led["total_krw"]), f"half ledger {led['number']}"
    finally:
        ws.close()


def _delays(rng: random.Random, n: int, duration: float) -> list[float]:
    """Kill points spread over the first 90% of the operation as timed once beforehand (a
    later run is often faster than that cold one, so the last points may still land after
    the commit, which is a case worth having too)."""
    return [duration * (i + rng.random()) / n * 0.9 for i in range(n)]


@pytest.fixture
def demo_ws(tmp_path, demo_dir):
    path = tmp_path / "crash.sqlite3"
    ws = open_workspace(path, "tester")
    yield ws, path
    ws.close()


def test_sigkill_during_import_reconcile_and_export(demo_ws, demo_dir, tmp_path):
    ws, path = demo_ws
    rng = random.Random(1015)
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    register = demo_dir / FILE_NAMES["claims"]
    outcomes = {"finished": 0, "killed": 0, "partials": 0}

    def record(finished: bool) -> None:
        outcomes["finished" if finished else "killed"] += 1

    # --- import: the register lands whole or not at all --------------------------------
    duration = _timed_run("import", path, str(register))
    with ws.engine.connect() as conn:
        batch_id, whole = conn.execute(select(B.c.id, B.c.rows_imported)).one()
    undo_batch(ws, batch_id, "crash test reset")
    for delay in _delays(rng, KILLS["import"], duration):
        before = content_checksum(ws.engine)
        record(_run_killed("import", path, str(register), delay))
        _check_sound(path)
        with ws.engine.connect() as conn:
            live = conn.execute(select(B.c.id, B.c.rows_imported).where(B.c.status == "committed")).all()
        if live:  # killed after the commit: the batch is whole; take it back out for the next round
            assert live[0].rows_imported == whole
            undo_batch(ws, live[0].id, "crash test reset")
        else:
            assert content_checksum(ws.engine) == before
    assert import_file(ws, register, kind="claims").rows_imported == whole  # the next run works

    # --- reconcile: one transaction — committed whole, or nothing changed ----------------
    import_demo_files(ws, {k: demo_dir / v for k, v in FILE_NAMES.items()}, truth["entertainment_password"])
    duration = _timed_run("reconcile", path, "")
    for delay in _delays(rng, KILLS["reconcile"], duration):
        before, runs = content_checksum(ws.engine), _runs(ws)
        record(_run_killed("reconcile", path, "", delay))
        _check_sound(path)
        if _runs(ws) == runs:
            assert content_checksum(ws.engine) == before
        else:
            assert _runs(ws) == runs + 1
    reconcile(ws)

    # --- export: a target-named file is always whole; the ledger is exported only with it --
    r = lifecycle.prepare(ws)
    checker = open_workspace(path, "checker")
    lifecycle.approve(checker, r["ledger_id"])
    checker.close()
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out, bank = out_dir / "지급대장.xlsx", out_dir / "지급대장-bank.xlsx"
    duration = _timed_run("export", path, f"{r['ledger_id']}:{out}")
    for delay in _delays(rng, KILLS["export"], duration):
        _unexport(ws, r["ledger_id"], out_dir)
        record(_run_killed("export", path, f"{r['ledger_id']}:{out}", delay))
        _check_sound(path)
        with ws.engine.connect() as conn:
            status = conn.execute(select(L.c.status).where(L.c.id == r["ledger_id"])).scalar_one()
        visible = sorted(f.name for f in out_dir.iterdir() if not f.name.endswith(PARTIAL_SUFFIX))
        outcomes["partials"] += sum(1 for f in out_dir.iterdir() if f.name.endswith(PARTIAL_SUFFIX))
        if status == "exported":
            assert visible == [bank.name, out.name]
        for name in visible:  # whatever carries a target's name is a whole workbook
            assert load_workbook(out_dir / name, read_only=True).sheetnames
        export(ws, r["ledger_id"], out, bank_sheet=bank)  # the next run works, and sweeps
        assert sorted(f.name for f in out_dir.iterdir()) == [bank.name, out.name]
        rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("지급대장").to_python()
        assert len(rows) == r["lines"] + 2  # header, lines, 합계

    assert outcomes["finished"] + outcomes["killed"] == sum(KILLS.values())
    assert outcomes["partials"] > 0  # some kills left a temporary file, and the next run swept it
    print(outcomes)
    assert outcomes["killed"] >= 35, outcomes  # the kills really landed inside the operations


def _runs(ws) -> int:
    with ws.engine.connect() as conn:
        return conn.execute(select(func.count()).where(A.c.action == "reconcile.run")).scalar_one()


def _unexport(ws, ledger_id: int, out_dir: Path) -> None:
    """Test harness only: put the ledger back to approved and empty the folder, so that
    every kill lands in a first export (the product never un-exports a ledger)."""
    for f in out_dir.iterdir():
        f.unlink()
    with ws.writer().begin() as conn:
        conn.execute(L.update().where(L.c.id == ledger_id).values(status="approved", exported_at=None))
