"""Spreadsheet output primitives shared by every writer (rejected rows, ledgers, reports).

* ``text_cell``: any text that a spreadsheet would take for a formula (starting
  with =, +, -, @, a tab or a CR) is written as a text cell, never a formula.
* ``atomic_write``: write to a temporary file in the target folder, then
  rename it into place; a failure leaves no partial file, and what a killed
  writer left behind is swept by the next writer of the same target.
"""

from __future__ import annotations

import glob
import os
import re
import socket
import sys
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


PARTIAL_SUFFIX = ".recon1015-partial"


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_partials(target: Path) -> list[Path]:
    """Remove what a killed writer left beside ``target``: temporary files named for this
    target, made on this machine by a process that no longer runs. Returns what it removed."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(.+)-(\d+)\.[^.]+{re.escape(PARTIAL_SUFFIX)}$")
    host = socket.gethostname()
    removed = []
    for p in target.parent.glob(f".{glob.escape(target.name)}.*{PARTIAL_SUFFIX}"):
        m = pattern.match(p.name)
        if m and m.group(1) == host and not _pid_alive(int(m.group(2))):
            p.unlink(missing_ok=True)
            removed.append(p)
    return removed


def temp_path_beside(target: Path) -> Path:
    """A new temporary file in ``target``'s folder, named for the target, this machine and
    this process, so that a later writer can recognise and remove it if this one is killed."""
    sweep_partials(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{socket.gethostname()}-{os.getpid()}.",
                               suffix=PARTIAL_SUFFIX)
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
