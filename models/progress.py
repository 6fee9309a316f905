"""A Qt-free progress and cancellation interface for long work.

Services take a ``Progress`` and call ``progress.update(done, total)`` now and
then; each call raises ``Cancelled`` once cancellation was asked for, so the
service's transaction rolls back and leaves nothing behind. The GUI adapts it
to a progress bar on a worker thread; the CLI uses ``Progress()`` (silent) or
a subclass that prints.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user cancelled; nothing was written."""


class Progress:
    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.stage = ""

    # --- called by the service -------------------------------------------
    def stage_started(self, stage: str, total: int = 0) -> None:
        self.stage, self.done, self.total = stage, 0, total
        self.check()
        self.changed()

    def update(self, done: int, total: int | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        self.check()
        self.changed()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    # --- called by the front end -------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def changed(self) -> None:
        """Hook for front ends: progress moved. Called on the worker's thread."""
