"""Long work off the GUI thread, with a progress dialog that appears after ~0.5 s.

A service takes a ``models.progress.Progress``; here it is a ``QtProgress``
whose ``changed`` hook emits a signal (queued to the GUI thread). Cancel in the
dialog calls ``progress.cancel()``: the service raises ``Cancelled`` at its
next update and its transaction rolls back. Database work runs on one worker
at a time (a single-thread pool), so writes are serialised as in Anki.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.progress import Cancelled, Progress

SHOW_AFTER_MS = 500


class _Signals(QObject):
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()


class QtProgress(Progress):
    def __init__(self, signals: _Signals) -> None:
        super().__init__()
        self._signals = signals

    def changed(self) -> None:
        self._signals.progressed.emit(self.stage, self.done, self.total)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: QtProgress) -> None:
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as e:  # noqa: BLE001 - every failure goes to the one error display
            self.signals.failed.emit(e, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # database work is serialised
    return _pool


class Task(QObject):
    """Run ``fn(progress)`` on the worker; report back on the GUI thread.

    ``on_success(result)``, ``on_failure(exc)`` and ``on_cancel()`` run on the GUI
    thread. A progress dialog with Cancel appears if the work lasts longer than
    about half a second.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[[Progress], Any],
                 on_success: Callable[[Any], None] | None = None,
                 on_failure: Callable[[BaseException], None] | None = None,
                 on_cancel: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._parent, self._title = parent, title
        self._signals = _Signals()
        self.progress = QtProgress(self._signals)
        self._job = _Job(fn, self._signals, self.progress)
        self._on_success, self._on_failure, self._on_cancel = on_success, on_failure, on_cancel
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._last = ("", 0, 0)
        self._signals.progressed.connect(self._progressed)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._cancelled)
        self.running = False
        if parent is not None:  # a closed window's work is cancelled, not left to report to nobody
            parent.destroyed.connect(self.progress.cancel)

    def start(self) -> Task:
        self.running = True
        self._timer.start(SHOW_AFTER_MS)
        pool().start(self._job)
        return self

    @Slot()
    def _show_dialog(self) -> None:
        if not self.running:
            return
        d = QProgressDialog(self._title, self.tr("취소"), 0, 0, self._parent)
        d.setWindowTitle(self._title)
        d.setMinimumDuration(0)
        d.setAutoClose(False)
        d.setAutoReset(False)
        d.canceled.connect(self.cancel)
        self._dialog = d
        self._progressed(*self._last)
        d.show()

    def cancel(self) -> None:
        self.progress.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("취소하는 중…"))

    @Slot(str, int, int)
    def _progressed(self, stage: str, done: int, total: int) -> None:
        self._last = (stage, done, total)
        if self._dialog is None:
            return
        if stage:
            self._dialog.setLabelText(stage)
        self._dialog.setMaximum(max(total, 0))
        if total:
            self._dialog.setValue(min(done, total))

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._close()
        if self._on_success:
            self._on_success(result)
        self.finished.emit()

    @Slot(object, str)
    def _failed(self, exc: BaseException, tb: str) -> None:
        self._close()
        exc.__traceback_text__ = tb  # type: ignore[attr-defined]
        if self._on_failure:
            self._on_failure(exc)
        else:
            from desktop.errors import show_error

            show_error(self._parent, exc)
        self.finished.emit()

    @Slot()
    def _cancelled(self) -> None:
        self._close()
        if self._on_cancel:
            self._on_cancel()
        self.finished.emit()


def wait_for_idle(timeout_ms: int = 60_000) -> bool:
    """Tests and shutdown: wait until the worker is free."""
    return pool().waitForDone(timeout_ms)
