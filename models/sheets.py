"""Spreadsheet output primitives shared by every writer (rejected rows, ledgers, reports).

* ``text_cell``: any text that a spreadsheet would take for a formula (starting
  with =, +, -, @, a tab or a CR) is written as a text cell, never a formula.
* ``atomic_write``: write to a temporary file in the target folder, then
  rename it into place; a failure leaves no partial file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from openpyxl.cell import WriteOnlyCell

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def text_cell(ws, value: object, **style) -> WriteOnlyCell:
    """A write-only cell holding ``value``; formula-looking text stays text."""
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


def mark_text(cell) -> None:
    if isinstance(cell.value, str):
        cell.data_type = "s"


def temp_path_beside(target: Path) -> Path:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".tmp")
    os.close(fd)
    return Path(tmp)


def atomic_write(target: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` then rename tmp onto ``target``; nothing is left on failure."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_beside(target)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
