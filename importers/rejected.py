"""The rejected-rows workbook: the rows set aside, with their original cells and the reason."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Font

from models.sheets import temp_path_beside, text_cell

if TYPE_CHECKING:
    from importers.service import Plan


def write_rejected_tmp(plan: Plan, target: Path) -> tuple[Path, Path]:
    """Write the workbook to a temporary file beside ``target``; the caller renames it
    into place once the import has committed (or deletes it if it did not)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_beside(target)
    try:
        wb = Workbook(write_only=True)
        bold = Font(bold=True)
        by_sheet: dict[str, list] = {}
        for table, i, reasons in plan.rejected:
            by_sheet.setdefault(table.sheet.name, []).append((table, i, reasons))
        for sheet_name, items in by_sheet.items():
            ws = wb.create_sheet(title=(sheet_name or "CSV")[:31])
            headers = items[0][0].headers
            ws.append([text_cell(ws, h, font=bold) for h in ["원본 행", *headers, "오류 사유"]])
            for table, i, reasons in items:
                row = table.data[i]
                ws.append([table.row_numbers[i], *[text_cell(ws, v) for v in row[:len(headers)]],
                           text_cell(ws, "; ".join(reasons))])
        wb.save(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, target
