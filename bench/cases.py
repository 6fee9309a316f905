"""Benchmark cases. Each runs in a fresh process (see bench.run) and returns the
seconds of the measured part; setup (reading inputs) is not timed.

The *floors* are the bare costs every speed goal is a ratio of:
* ``floor_calamine_read``: python-calamine reading the register workbook;
* ``floor_sqlite_executemany``: raw sqlite3 executemany of the same rows;
* ``floor_openpyxl_write``: openpyxl write-only writing the same cells.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from python_calamine import CalamineWorkbook

CASES: dict[str, Callable[[dict], float]] = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


def _register_rows(ctx: dict) -> list[list]:
    wb = CalamineWorkbook.from_path(ctx["files"]["claims"])
    return wb.get_sheet_by_index(0).to_python(skip_empty_area=False)


@case
def floor_calamine_read(ctx: dict) -> float:
    t = time.perf_counter()
    rows = _register_rows(ctx)
    elapsed = time.perf_counter() - t
    assert len(rows) > ctx["counts"]["reports_total"]
    return elapsed


@case
def floor_sqlite_executemany(ctx: dict) -> float:
    rows = _register_rows(ctx)
    header_at = next(i for i, r in enumerate(rows) if r and r[0] == "접수번호")
    data = [tuple(r) for r in rows[header_at + 1:] if str(r[0]).startswith("1015-")]
    ncols = len(data[0])
    with tempfile.TemporaryDirectory() as d:
        con = sqlite3.connect(Path(d) / "floor.sqlite3", isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(ncols))})")
        sql = f"INSERT INTO t VALUES ({', '.join('?' * ncols)})"
        data = [tuple(str(v) if hasattr(v, "isoformat") else v for v in r) for r in data]
        t = time.perf_counter()
        con.execute("BEGIN")
        con.executemany(sql, data)
        con.execute("COMMIT")
        elapsed = time.perf_counter() - t
        assert con.execute("SELECT count(*) FROM t").fetchone()[0] == ctx["counts"]["reports_total"]
        con.close()
    return elapsed


@case
def floor_openpyxl_write(ctx: dict) -> float:
    from openpyxl import Workbook

    rows = _register_rows(ctx)
    with tempfile.TemporaryDirectory() as d:
        t = time.perf_counter()
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("floor")
        for r in rows:
            ws.append(r)
        wb.save(Path(d) / "floor.xlsx")
        return time.perf_counter() - t


def _fresh_workspace(d: str):
    from models import open_workspace
    from models.crypto import workspace_vault

    ws = open_workspace(Path(d) / "bench.sqlite3", "bench")
    with ws.writer().begin() as conn:  # the workspace's key exists before a clerk imports
        workspace_vault(conn)
    return ws


def _workspace_rows(ctx: dict, d: str) -> tuple[list[tuple], str]:
    """The import's own converted rows of the register, and the path of a fresh workspace
    holding the batch they would belong to (batch 1)."""
    from importers.service import _storage_columns, plan_import

    ws = _fresh_workspace(d)
    plan = plan_import(ctx["files"]["claims"])
    with ws.writer().begin() as conn:
        rows = list(zip(*_storage_columns(conn, plan)))
        conn.exec_driver_sql(
            "INSERT INTO import_batch (id, file_name, file_size, sha256, kind, profile, sheets, "
            "rows_read, rows_imported, rows_rejected, operator, imported_at, status) VALUES "
            "(1, 'f', 1, 'x', 'claims', 'claims', '[]', 0, 0, 0, 'b', '2023-01-01', 'committed')")
    ws.close()
    return rows, str(Path(d) / "bench.sqlite3")


def _report_insert_sql() -> str:
    from importers.service import REPORT_COLUMNS

    return (f"INSERT INTO report (batch_id, {', '.join(REPORT_COLUMNS)}) "
            f"VALUES (1, {', '.join('?' * len(REPORT_COLUMNS))})")


def _raw_connection(path: str) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=NORMAL")
    return con


@case
def floor_sqlite_executemany_workspace(ctx: dict) -> float:
    """Informational floor: the import's own converted rows, by raw sqlite3 executemany,
    into the workspace's real ``report`` table (its columns, constraints and indexes)."""
    with tempfile.TemporaryDirectory() as d:
        rows, path = _workspace_rows(ctx, d)
        con = _raw_connection(path)
        t = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.executemany(_report_insert_sql(), rows)
        con.execute("COMMIT")
        elapsed = time.perf_counter() - t
        con.close()
        return elapsed


# Probes: not goals, but the measurements behind a design choice. They show why the import
# reads, then converts, then inserts, with nothing running beside the insert.

@case
def probe_insert_json_workspace(ctx: dict) -> float:
    """The same rows as ``floor_sqlite_executemany_workspace`` in one statement
    (``models.bulk.json_insert``: the rows as one JSON array), the only way an insert runs
    outside the GIL from start to end and so could overlap the conversion. The encrypted
    account column is left empty: JSON cannot carry bytes."""
    from importers.service import REPORT_COLUMNS
    from models import open_workspace
    from models.bulk import json_insert

    with tempfile.TemporaryDirectory() as d:
        rows, path = _workspace_rows(ctx, d)
        blob = REPORT_COLUMNS.index("account_enc")
        rows = [(1, *r[:blob], None, *r[blob + 1:]) for r in rows]
        ws = open_workspace(Path(path), "bench")
        with ws.writer().begin() as conn:
            t = time.perf_counter()
            sql, params = json_insert(conn, "report", ["batch_id", *REPORT_COLUMNS], rows)
            conn.exec_driver_sql(sql, params)
            elapsed = time.perf_counter() - t
            assert conn.exec_driver_sql("SELECT count(*) FROM report").scalar() == len(rows)
        ws.close()
        return elapsed


PROBE_ROWS = 2_000


@case
def probe_insert_beside_python(ctx: dict) -> float:
    """The first 2,000 of those rows by executemany in a thread while the main thread runs
    Python (as converting the next rows would): sqlite3 lets go of the GIL around every
    row's step and must win it back from the busy thread each time. Compare with
    ``floor_sqlite_executemany_workspace``, which inserts 105,116 rows."""
    import threading

    with tempfile.TemporaryDirectory() as d:
        rows, path = _workspace_rows(ctx, d)
        con = _raw_connection(path)
        done = threading.Event()

        def insert():
            con.execute("BEGIN IMMEDIATE")
            con.executemany(_report_insert_sql(), rows[:PROBE_ROWS])
            con.execute("COMMIT")
            done.set()

        worker = threading.Thread(target=insert)
        t = time.perf_counter()
        worker.start()
        n = 0
        while not done.is_set():
            n += 1  # pure Python work, as a conversion loop is
        elapsed = time.perf_counter() - t
        worker.join()
        con.close()
        return elapsed


@case
def import_register(ctx: dict) -> float:
    """`recon1015 import` of the register: read, find the table, normalize, check, commit."""
    from importers.service import import_file

    with tempfile.TemporaryDirectory() as d:
        ws = _fresh_workspace(d)
        t = time.perf_counter()
        result = import_file(ws, ctx["files"]["claims"])
        elapsed = time.perf_counter() - t
        assert result.rows_imported == ctx["counts"]["reports_total"]
        ws.close()
        return elapsed


def _cached_workspace(ctx: dict, d: str, name: str, build, operator: str = "bench"):
    """A copy of a workspace built once per demo by ``build(path)`` (setup, not timed)."""
    import shutil

    from models import open_workspace

    cached = Path(ctx["dir"]) / f"{name}.sqlite3"
    if not cached.exists():
        with tempfile.TemporaryDirectory() as work:
            built = build(work)
            shutil.copy(built, cached)
    target = Path(d) / f"{name}.sqlite3"
    shutil.copy(cached, target)
    return open_workspace(target, operator)


def _imported_workspace(ctx: dict, d: str):
    """The full demo imported."""
    from demo.generate import FILE_NAMES
    from importers.service import import_demo_files

    def build(work: str) -> Path:
        ws = _fresh_workspace(work)
        import_demo_files(ws, {k: Path(ctx["dir"]) / v for k, v in FILE_NAMES.items()}, ctx["password"])
        ws.close()
        return ws.path

    return _cached_workspace(ctx, d, "imported", build)


@case
def reconcile_first(ctx: dict) -> float:
    """The first reconcile of the full demo: 105,116 reports and all four affiliate files."""
    from reconcile.service import reconcile

    with tempfile.TemporaryDirectory() as d:
        ws = _imported_workspace(ctx, d)
        t = time.perf_counter()
        s = reconcile(ws)
        elapsed = time.perf_counter() - t
        assert s.matches["sure"] > 0
        ws.close()
        return elapsed


@case
def reconcile_again(ctx: dict) -> float:
    """A second reconcile with nothing new (what a clerk runs after a few decisions)."""
    from reconcile.service import reconcile

    with tempfile.TemporaryDirectory() as d:
        ws = _imported_workspace(ctx, d)
        reconcile(ws)
        t = time.perf_counter()
        reconcile(ws)
        elapsed = time.perf_counter() - t
        ws.close()
        return elapsed


def _approved_ledger(ctx: dict, d: str):
    """The full demo reconciled, with ledger 1 prepared and approved."""
    from ledger import lifecycle
    from models import open_workspace
    from reconcile.service import reconcile

    def build(work: str) -> Path:
        ws = _imported_workspace(ctx, work)
        reconcile(ws)
        r = lifecycle.prepare(ws)
        ws.close()
        checker = open_workspace(ws.path, "checker")
        lifecycle.approve(checker, r["ledger_id"])
        checker.close()
        return ws.path

    return _cached_workspace(ctx, d, "approved", build, operator="checker")


@case
def ledger_export(ctx: dict) -> float:
    """Exporting the full demo's ledger (지급대장: four sheets, decrypting every account)."""
    from ledger.export import export

    with tempfile.TemporaryDirectory() as d:
        ws = _approved_ledger(ctx, d)
        t = time.perf_counter()
        export(ws, 1, Path(d) / "ledger.xlsx")
        elapsed = time.perf_counter() - t
        ws.close()
        return elapsed


@case
def floor_openpyxl_ledger_cells(ctx: dict) -> float:
    """The floor for the export: openpyxl write-only writing the same cells, values only."""
    from openpyxl import Workbook, load_workbook

    from ledger.export import export

    with tempfile.TemporaryDirectory() as d:
        ws = _approved_ledger(ctx, d)
        export(ws, 1, Path(d) / "ledger.xlsx")
        ws.close()
        src = load_workbook(Path(d) / "ledger.xlsx", read_only=True)
        sheets = {name: [list(r) for r in src[name].iter_rows(values_only=True)] for name in src.sheetnames}
        src.close()
        t = time.perf_counter()
        wb = Workbook(write_only=True)
        for name, rows in sheets.items():
            sh = wb.create_sheet(name)
            for r in rows:
                sh.append(r)
        wb.save(Path(d) / "floor.xlsx")
        return time.perf_counter() - t


@case
def gui_window_shown(ctx: dict) -> float:
    """The main window on the full demo workspace, offscreen: constructed and shown."""
    return _gui(ctx, "shown")


@case
def gui_claims_first_paint(ctx: dict) -> float:
    """Opening the claims tab: loading the 105,116 ordered ids and painting the first rows."""
    return _gui(ctx, "paint")


@case
def gui_search(ctx: dict) -> float:
    """A search in the claims browser (a name), until the table has its new rows."""
    return _gui(ctx, "search")


@case
def gui_scroll_to_end(ctx: dict) -> float:
    """Scrolling to the last row and painting it."""
    return _gui(ctx, "scroll")


def _gui(ctx: dict, what: str) -> float:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from desktop import i18n
    from desktop.main_window import MainWindow

    i18n.install(app, "ko")
    with tempfile.TemporaryDirectory() as d:
        ws = _approved_ledger(ctx, d)
        t = time.perf_counter()
        w = MainWindow(ws)
        w.show()
        app.processEvents()
        shown = time.perf_counter() - t
        if what == "shown":
            w.close()
            ws.close()
            return shown
        t = time.perf_counter()  # a click on the tab: the ids load, then the first rows paint
        w.tabs.setCurrentWidget(w.browser)
        w.browser.table.viewport().grab()
        paint = time.perf_counter() - t
        if what == "paint":
            result = paint
        elif what == "search":
            t = time.perf_counter()
            w.browser.search.setText("김민")
            w.browser.apply_filter()
            w.browser.table.viewport().grab()
            result = time.perf_counter() - t
            assert w.browser.model.rowCount() > 0
        else:
            t = time.perf_counter()
            w.browser.table.scrollToBottom()
            w.browser.table.viewport().grab()
            result = time.perf_counter() - t
        w.close()
        ws.close()
        return result
