"""Spreadsheet output primitives shared by every writer (rejected rows, ledgers, reports).

* ``text_cell``: any text that a spreadsheet would take for a formula (starting
  with =, +, -, @, a tab or a CR) is written as a text cell, never a formula.
* ``atomic_write``: write to a temporary file in the target folder, then
  rename it into place; a failure leaves no partial file, and what a killed
  writer left behind is swept by the next writer of the same target.
"""

from __future__ import annotations

import glob
import io
import os
import re
import socket
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.utils import get_column_letter

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


def _style_array(ws, name: str):
    """The style a named style gives a cell of ``ws`` (openpyxl's StyleArray)."""
    template = WriteOnlyCell(ws)
    template.style = name
    return template._style


class StyledCells:
    """Cells of a few named styles for one write-only sheet, styled once and shared."""

    def __init__(self, ws, *styles: str) -> None:
        self.ws = ws
        self._arrays = {name: _style_array(ws, name) for name in styles}

    def cell(self, value: object, style: str) -> WriteOnlyCell:
        c = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str):
            c.data_type = "s"
        c._style = self._arrays[style]
        return c


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


# --- fast rows: big sheets written as XML text and spliced into the saved workbook ----------
#
# openpyxl builds an object per cell (30-40 µs each). For the ledger's big sheets the rows
# are written here as SpreadsheetML text instead — numbers as <v>, text as inline strings
# (text by construction, so "=…" is never a formula), styles by the id openpyxl gave them —
# and spliced into the sheet part openpyxl wrote with the header, widths, filters, panes and
# print setup. Everything else about the workbook stays openpyxl's.

_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def style_id(ws, name: str) -> int:
    """The cell-format (xf) index a named style gets in ``ws``'s workbook."""
    return ws.parent._cell_styles.add(_style_array(ws, name))


class FastRows:
    """Rows of one sheet as XML text, from ``first_row`` on. ``styles`` maps a 0-based
    column to the xf index its cells get (``append`` may give a row its own map)."""

    def __init__(self, first_row: int, width: int, styles: dict[int, int] | None = None) -> None:
        self.next_row = first_row
        self.styles = styles or {}
        self.letters = [get_column_letter(j + 1) for j in range(width)]
        self.parts: list[str] = []

    def append(self, values: list, styles: dict[int, int] | None = None) -> None:
        r = self.next_row
        styles = self.styles if styles is None else styles
        cells = []
        for j, v in enumerate(values):
            if v is None or v == "":
                continue
            ref = f"{self.letters[j]}{r}"
            s = styles.get(j)
            sa = f' s="{s}"' if s is not None else ""
            if v.__class__ is int or v.__class__ is float:
                cells.append(f'<c r="{ref}"{sa}><v>{v}</v></c>')
            elif v.__class__ is Formula:
                cells.append(f'<c r="{ref}"{sa}><f>{v.text.translate(_XML_ESCAPES)}</f></c>')
            else:
                text = str(v)
                if _ILLEGAL_XML.search(text):
                    text = _ILLEGAL_XML.sub("", text)
                cells.append(f'<c r="{ref}"{sa} t="inlineStr"><is><t xml:space="preserve">'
                             f'{text.translate(_XML_ESCAPES)}</t></is></c>')
        self.parts.append(f'<row r="{r}">{"".join(cells)}</row>')
        self.next_row += 1

    @property
    def last_row(self) -> int:
        return self.next_row - 1

    def xml(self) -> str:
        return "".join(self.parts)


@dataclass(frozen=True)
class Formula:
    """A formula we write ourselves (the only kind a ledger has: the 합계 row's SUMs)."""

    text: str


def splice_rows(path: Path, sheets: dict[int, FastRows]) -> None:
    """Put each sheet's fast rows at the end of its <sheetData> in the workbook openpyxl
    saved at ``path`` (sheet parts are numbered in creation order, from 1), and fix the
    sheet's dimension. ``path`` is rewritten in place: it is the writer's temporary file."""
    parts = {f"xl/worksheets/sheet{i}.xml": rows for i, rows in sheets.items()}
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            rows = parts.get(info.filename)
            if rows is not None:
                xml = data.decode("utf-8")
                if "</sheetData>" in xml:
                    end = xml.rindex("</sheetData>")
                    xml = xml[:end] + rows.xml() + xml[end:]
                else:
                    xml = re.sub(r"<sheetData\s*/>", lambda _: f"<sheetData>{rows.xml()}</sheetData>", xml, count=1)
                ref = f"A1:{rows.letters[-1]}{max(rows.last_row, 1)}"
                xml = re.sub(r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{ref}"/>', xml, count=1)
                data = xml.encode("utf-8")
            out.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())
