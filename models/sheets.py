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
from openpyxl.cell.cell import ERROR_CODES

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def needs_text_cell(value: object) -> bool:
    """Would openpyxl store this string as something other than text (a formula, an error)?"""
    return isinstance(value, str) and ((len(value) > 1 and value.startswith("=")) or value in ERROR_CODES)


def text_cell(ws, value: object, **style) -> object:
    """``value`` ready for a write-only row: formula-looking text stays text.

    openpyxl turns a string into a formula only when it starts with "=" (and into an
    error for "#N/A" and the like); those get an explicit text cell. Other strings
    are stored as text already, so they go in as they are (much faster)."""
    if not style and not needs_text_cell(value):
        return value
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    for k, v in style.items():
        setattr(cell, k, v)
    return cell


class StyledCells:
    """Cells of a few named styles for one write-only sheet, styled once and shared."""

    def __init__(self, ws, *styles: str) -> None:
        self.ws = ws
        self._arrays = {}
        for name in styles:
            template = WriteOnlyCell(ws)
            template.style = name
            self._arrays[name] = template._style

    def cell(self, value: object, style: str) -> WriteOnlyCell:
        c = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str):
            c.data_type = "s"
        c._style = self._arrays[style]
        return c

    def row_cells(self, style: str, columns) -> dict[int, WriteOnlyCell]:
        """One styled cell per column, to be refilled row after row. A write-only sheet
        serialises a row as soon as it is appended, so reusing the objects is safe and
        spares creating (and styling) a cell for every value."""
        return {j: self.cell(None, style) for j in columns}


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
