"""The Qt binding must not leak references to None (PySide6 6.12.0 did, on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem


def test_void_calls_keep_none_alive(qapp):
    table, label = QTableWidget(2, 2), QLabel()
    before = sys.getrefcount(None)
    for _ in range(20_000):
        table.setItem(1, 1, QTableWidgetItem("x"))
        label.setText("a")
    assert sys.getrefcount(None) - before > -1_000, "this PySide6 build leaks references to None"
