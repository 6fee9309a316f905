"""The collector pause that bulk jobs share (models.bulk.paused_gc)."""

from __future__ import annotations

import gc
import threading

import pytest

from models.bulk import paused_gc


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
