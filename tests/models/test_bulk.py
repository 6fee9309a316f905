"""models.bulk: the collector pause that bulk jobs share, and statements run in a worker
thread beside the caller's Python."""

from __future__ import annotations

import gc
import sqlite3
import threading
import time

import pytest
from sqlalchemy import create_engine

from models.bulk import NewIds, in_background, insert_rows, factored, json_insert, json_insert_factored, paused_gc


@pytest.fixture(autouse=True)
def _collector_restored():
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


def test_paused_inside_and_restored_after_even_on_error():
    gc.enable()
    with pytest.raises(RuntimeError), paused_gc():
        assert not gc.isenabled()
        raise RuntimeError("the job failed")
    assert gc.isenabled()


def test_nested_jobs_share_one_pause():
    gc.enable()
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the inner job must not re-enable the collector under the outer one"
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    with paused_gc():
        pass
    assert not gc.isenabled()


def test_concurrent_jobs_in_threads_restore_once_the_last_ends():
    gc.enable()
    first_in, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first():
        with paused_gc():
            first_in.set()
            second_done.wait(5)
            seen.append(gc.isenabled())  # the second job ended; this one still runs

    t = threading.Thread(target=first)
    t.start()
    first_in.wait(5)
    with paused_gc():
        pass
    second_done.set()
    t.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_used_as_a_decorator_pauses_each_call():
    gc.enable()

    @paused_gc()
    def job() -> bool:
        return gc.isenabled()

    assert job() is False and job() is False
    assert gc.isenabled()


# --- writing in a worker thread --------------------------------------------------------------

ROWS = [("김민영", 30_000, None, True, "010-1234-5678"), ("㈜ 카카오 \"따옴표\"", 0, "메모\n둘째 줄", False, ""),
        ("emoji 🙂 and \\ backslash", -5, "x", True, None)]
COLS = ["name", "amount", "note", "flag", "phone"]


@pytest.fixture
def engine(tmp_path):
    eng = create_engine(f"sqlite:///{tmp_path / 'bulk.sqlite3'}")
    with eng.begin() as conn:
        for t in ("a", "b"):
            conn.exec_driver_sql(f"CREATE TABLE {t} (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                                 "amount INTEGER, note VARCHAR, flag BOOLEAN, phone VARCHAR)")
    yield eng
    eng.dispose()


def _rows(conn, table):
    return conn.exec_driver_sql(f"SELECT name, amount, note, flag, phone, typeof(amount), typeof(flag) "
                                f"FROM {table} ORDER BY id").all()


def test_json_insert_stores_what_executemany_stores(engine):
    with engine.begin() as conn:
        insert_rows(conn, "a", COLS, ROWS)
        statement = json_insert(conn, "b", COLS, ROWS)
        assert statement is not None
        conn.exec_driver_sql(*statement)
        assert _rows(conn, "b") == _rows(conn, "a")


def test_factored_json_insert_stores_what_executemany_stores(engine):
    """Rows sharing their last values, inserted through the table of distinct remainders:
    the same values, the same types, in the same order."""
    rows = [(f"name {i}", i, *ROWS[i % 3][2:]) for i in range(500)]
    with engine.begin() as conn:
        insert_rows(conn, "a", COLS, rows)
        own, shared = factored(rows, 2)
        assert len(shared) == 3 and own[4] == ("name 4", 4, 1)
        statements = json_insert_factored(conn, "b", COLS, own, shared)
        assert statements is not None
        for sql, params in statements:
            conn.exec_driver_sql(sql, params)
        assert _rows(conn, "b") == _rows(conn, "a")
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_temp_master").scalar() == 0


def test_json_insert_declines_what_json_cannot_carry(engine):
    with engine.begin() as conn:
        assert json_insert(conn, "a", ["name"], [(b"\x00bytes",)]) is None
        assert json_insert(conn, "a", ["amount"], [(float("nan"),)]) is None
        assert json_insert(conn, "a", ["name"], []) is None


def test_background_insert_lands_in_the_callers_transaction(engine):
    with engine.connect() as conn:
        with conn.begin() as tx:
            with in_background(conn, [json_insert(conn, "a", COLS, ROWS * 1000)]) as wait:
                busy = sum(range(200_000))  # the caller computes meanwhile
                wait()
            assert busy and conn.exec_driver_sql("SELECT count(*) FROM a").scalar() == 3000
            tx.rollback()
        assert conn.exec_driver_sql("SELECT count(*) FROM a").scalar() == 0


def test_a_failing_body_interrupts_and_reports_its_own_error(engine):
    with engine.connect() as conn:
        with pytest.raises(KeyError, match="the body's"), conn.begin():
            with in_background(conn, [json_insert(conn, "a", COLS, ROWS * 20_000)]):
                raise KeyError("the body's")
        assert conn.exec_driver_sql("SELECT count(*) FROM a").scalar() == 0


def test_statements_added_while_running_run_in_order(engine):
    with engine.connect() as conn, conn.begin():
        with in_background(conn, [json_insert(conn, "a", COLS, ROWS * 5000)]) as job:
            job.add([("INSERT INTO b (name, amount) SELECT name, count(*) FROM a GROUP BY name", ())])
            job.add([])
        assert conn.exec_driver_sql("SELECT sum(amount) FROM b").scalar() == 15_000


def test_a_failing_body_drops_the_statements_still_queued(engine):
    ran: list[int] = []
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.create_function("queued_ran", 0, lambda: ran.append(1))
        raw.create_function("busy", 0, lambda: time.sleep(0.3))  # no interrupt cuts this short
        with pytest.raises(KeyError), conn.begin():
            with in_background(conn, [("SELECT busy()", ())]) as job:
                job.add([json_insert(conn, "a", COLS, ROWS), ("SELECT queued_ran()", ())])
                raise KeyError("cancelled")
        assert conn.exec_driver_sql("SELECT count(*) FROM a").scalar() == 0
    assert ran == []


def test_a_failing_statement_is_raised_at_wait(engine):
    with engine.connect() as conn, conn.begin():
        with pytest.raises(sqlite3.IntegrityError), \
                in_background(conn, [("INSERT INTO a (name) VALUES (NULL)", ())]) as wait:
            time.sleep(0.01)
            wait()


# --- ids known before the rows are written -----------------------------------------------------


def test_new_ids_are_the_ids_the_rows_get_and_never_reused(workspace):
    """Rows inserted with the ids ``NewIds`` gives land under them, on both backends, and a
    later insert — with or without explicit ids — never collides with them."""
    with workspace.writer().begin() as conn:
        ids = NewIds(conn, "policy_version")
        first = list(ids.take(3))
        assert len(set(first)) == 3
        for i, pid in enumerate(first):
            conn.exec_driver_sql(
                "INSERT INTO policy_version (id, version, sha256, document, applied_at) VALUES "
                f"({pid}, 'v{i}', 'h{i}', '{{}}', '2026-01-01')")
        assert not list(ids.take(0))
        second = list(ids.take(2)) + list(NewIds(conn, "policy_version").take(2))
        assert not set(second) & set(first)
    with workspace.writer().begin() as conn:
        stored = {v: i for i, v in conn.exec_driver_sql("SELECT id, version FROM policy_version")}
        assert [stored[f"v{i}"] for i in range(3)] == first
        auto = conn.exec_driver_sql("INSERT INTO policy_version (version, sha256, document, applied_at) "
                                    "VALUES ('auto', 'ha', '{}', '2026-01-01') RETURNING id").scalar_one()
        assert auto not in first
