"""The 지급대장 workbook and the bank transfer sheet, written with openpyxl's write-only mode.

The big sheets' rows (ledger lines, exclusions, transfers) are written as XML text by
``models.sheets.FastRows`` and spliced into the parts openpyxl saved with the headers,
widths, filters, frozen panes and print setup. Their text cells are inline strings, text by
construction: an input that starts with =, +, -, @, a tab or a CR is never a formula (the
small sheets get the same from ``text_cell``). The only formulas are the 합계 row's SUMs,
which we write ourselves.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from importers.normalize import format_brn, mask_name
from models.domain import BANKS, CLAIMANT_TYPES_KO
from models.sheets import FastRows, Formula, splice_rows, style_id, text_cell

LEDGER_COLUMNS = ("번호", "접수번호", "성명/상호", "사업자등록번호", "지급사유", "매출손실액", "산정액",
                  "차감액", "지급액", "원천징수액", "은행", "계좌번호", "예금주", "비고")
MONEY_COLS = (5, 6, 7, 8, 9)  # 0-based: 매출손실액 … 원천징수액
BANK_COLUMNS = ("입금은행코드", "입금계좌번호", "이체금액", "예상예금주", "받는분 통장표시")
BANK_MEMO = "카카오1015보상"
MAX_WIDTH = 60


@dataclass
class LedgerView:
    """What the workbook shows, in display order (accounts already decrypted or masked)."""

    number: str
    info: dict[str, Any]
    lines: list[dict[str, Any]]  # snapshot + account (text) + amount
    exclusions: list[dict[str, Any]]
    masked: bool = False


def _styles(wb: Workbook) -> None:
    thin = Side(style="thin", color="999999")
    wb.add_named_style(NamedStyle(name="r1015_head", font=Font(bold=True),
                                  fill=PatternFill("solid", fgColor="DDEBF7"),
                                  border=Border(bottom=thin), alignment=Alignment(horizontal="center",
                                                                                  vertical="center")))
    wb.add_named_style(NamedStyle(name="r1015_money", number_format="#,##0"))
    wb.add_named_style(NamedStyle(name="r1015_total", font=Font(bold=True), number_format="#,##0",
                                  border=Border(top=thin)))


def _money(ws, value) -> WriteOnlyCell:
    """A single money cell (for the small sheets; the big ones are FastRows)."""
    c = WriteOnlyCell(ws, value=value)
    c.style = "r1015_money"
    return c


def _width(values: list[str]) -> float:
    """Display width with Hangul counted double, as spreadsheets draw it."""
    def w(s: str) -> int:
        return sum(2 if ord(ch) > 0x1100 else 1 for ch in s)
    return min(MAX_WIDTH, max((w(v) for v in values), default=4) + 2)


def _set_widths(ws, rows: list[list[str]]) -> None:
    for j in range(max((len(r) for r in rows), default=0)):
        ws.column_dimensions[get_column_letter(j + 1)].width = _width([r[j] for r in rows if j < len(r)])


def _print_setup(ws, title_rows: str, header: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = title_rows
    ws.oddHeader.left.text = header
    ws.oddHeader.right.text = "&D"
    ws.oddFooter.center.text = "&P / &N"


def _name_cell(line: dict[str, Any], masked: bool) -> str:
    business, name = line.get("business_name"), line.get("name")
    if business:
        return business
    return (mask_name(name) if masked else name) or ""


def _ledger_rows(view: LedgerView) -> list[list[Any]]:
    rows = []
    for n, line in enumerate(view.lines, 1):
        bank = line.get("bank_code")
        rows.append([
            n, ", ".join(line["reports"]), _name_cell(line, view.masked),
            format_brn(line["brn"]) if line.get("brn") else "", line.get("tier") or "",
            line.get("loss_krw") or 0, line.get("entitled_krw") or 0, line.get("offset_krw") or 0,
            line["payable_krw"], line.get("withholding_krw") or 0,
            BANKS.get(bank, bank or ""), line.get("account") or "",
            (mask_name(line["holder"]) if view.masked else line["holder"]) if line.get("holder") else "",
            line.get("note") or "",
        ])
    return rows


def write_ledger(view: LedgerView, path, on_row: Callable[[int], None] | None = None) -> None:
    wb = Workbook(write_only=True)
    _styles(wb)
    ws = wb.create_sheet("지급대장")
    rows = _ledger_rows(view)
    widths = [[str(v) if not isinstance(v, int) else f"{v:,}" for v in r] for r in rows[:2000]]
    _set_widths(ws, [list(LEDGER_COLUMNS), *widths])
    ws.freeze_panes = "A2"
    last = len(rows) + 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(LEDGER_COLUMNS))}{last}"
    _print_setup(ws, "1:1", f"지급대장 {view.number}" + (" (마스킹 사본)" if view.masked else ""))
    ws.append([text_cell(ws, h, style="r1015_head") for h in LEDGER_COLUMNS])
    money = style_id(ws, "r1015_money")
    fast = FastRows(2, len(LEDGER_COLUMNS), {j: money for j in MONEY_COLS})
    for i, r in enumerate(rows):
        fast.append(r)
        if on_row and i % 1000 == 0:
            on_row(i)
    total_style = style_id(ws, "r1015_total")
    total: list[Any] = ["합계"] + [None] * (len(LEDGER_COLUMNS) - 1)
    for j in MONEY_COLS:
        col = get_column_letter(j + 1)
        total[j] = Formula(f"SUM({col}2:{col}{last})")
    fast.append(total, {j: total_style for j in (0, *MONEY_COLS)})

    _summary_sheet(wb, view)
    excluded = _exclusion_sheet(wb, view)
    _info_sheet(wb, view)
    wb.save(path)
    splice_rows(Path(path), {1: fast, 3: excluded})


def _summary_sheet(wb: Workbook, view: LedgerView) -> None:
    ws = wb.create_sheet("요약")
    ws.column_dimensions["A"].width = 40
    for col in "BCD":
        ws.column_dimensions[col].width = 18
    ws.append([text_cell(ws, "지급 구간별", style="r1015_head"), text_cell(ws, "인원", style="r1015_head"),
               text_cell(ws, "지급액", style="r1015_head"), text_cell(ws, "차감액", style="r1015_head")])
    by_tier: dict[str, list[int]] = {}
    for line in view.lines:
        t = by_tier.setdefault(line.get("tier") or "-", [0, 0, 0])
        t[0] += 1
        t[1] += line["payable_krw"]
        t[2] += line.get("offset_krw") or 0
    for tier, (n, krw, off) in sorted(by_tier.items()):
        ws.append([text_cell(ws, tier), n, _money(ws, krw), _money(ws, off)])
    ws.append([])
    ws.append([text_cell(ws, "신청인 구분별", style="r1015_head"), text_cell(ws, "인원", style="r1015_head"),
               text_cell(ws, "지급액", style="r1015_head")])
    by_type: dict[str, list[int]] = {}
    for line in view.lines:
        t = by_type.setdefault(CLAIMANT_TYPES_KO.get(line.get("claimant_type"), "-"), [0, 0])
        t[0] += 1
        t[1] += line["payable_krw"]
    for ctype, (n, krw) in sorted(by_type.items()):
        ws.append([text_cell(ws, ctype), n, _money(ws, krw)])
    ws.append([])
    ws.append([text_cell(ws, "통제 합계 (값)", style="r1015_head"), text_cell(ws, "", style="r1015_head")])
    total = sum(line["payable_krw"] for line in view.lines)
    for label, value in (("지급 건수", len(view.lines)), ("지급액 합계", total),
                         ("차감액 합계", sum(line.get("offset_krw") or 0 for line in view.lines)),
                         ("원천징수액 합계", sum(line.get("withholding_krw") or 0 for line in view.lines)),
                         ("제외 인원", len(view.exclusions))):
        ws.append([text_cell(ws, label), _money(ws, value)])
    reasons = Counter(e["reason"] for e in view.exclusions)
    ws.append([])
    ws.append([text_cell(ws, "제외 사유별", style="r1015_head"), text_cell(ws, "인원", style="r1015_head")])
    for reason, n in sorted(reasons.items()):
        ws.append([text_cell(ws, reason), n])
    _print_setup(ws, "1:1", f"지급대장 {view.number} 요약")


def _exclusion_sheet(wb: Workbook, view: LedgerView) -> FastRows:
    ws = wb.create_sheet("제외내역")
    head = ("번호", "접수번호", "성명/상호", "사업자등록번호", "제외 사유", "매출손실액", "산정액", "차감액", "설명")
    rows = []
    for n, e in enumerate(view.exclusions, 1):
        rows.append([n, ", ".join(e["reports"]), _name_cell(e, view.masked),
                     format_brn(e["brn"]) if e.get("brn") else "", e["reason"],
                     e.get("loss_krw") or 0, e.get("entitled_krw") or 0, e.get("offset_krw") or 0,
                     e.get("explanation") or ""])
    _set_widths(ws, [list(head), *[[str(v) for v in r] for r in rows[:2000]]])
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:I{len(rows) + 1}"
    ws.append([text_cell(ws, h, style="r1015_head") for h in head])
    money = style_id(ws, "r1015_money")
    fast = FastRows(2, len(head), {j: money for j in (5, 6, 7)})
    for r in rows:
        fast.append(r)
    _print_setup(ws, "1:1", f"지급대장 {view.number} 제외내역")
    return fast


def _info_sheet(wb: Workbook, view: LedgerView) -> None:
    ws = wb.create_sheet("정보")
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 16
    ws.column_dimensions["D"].width = 12
    info = view.info
    for label, value in (("지급대장 번호", view.number), ("정책 버전", ", ".join(info["policy_versions"])),
                         ("작성자", info["prepared_by"]), ("작성 일시", info["prepared_at"]),
                         ("승인자", info["approved_by"] or ""), ("승인 일시", info["approved_at"] or ""),
                         ("지급 건수", info["line_count"]), ("지급액 합계", info["total_krw"]),
                         ("지급 내역 SHA-256", info["lines_sha256"]),
                         ("사본 구분", "마스킹 사본 (외부 공유용)" if view.masked else "원본 (회계 전용)")):
        ws.append([text_cell(ws, label, style="r1015_head"),
                   _money(ws, value) if isinstance(value, int) else text_cell(ws, str(value))])
    ws.append([])
    ws.append([text_cell(ws, h, style="r1015_head") for h in ("원본 파일", "SHA-256", "종류", "행 수")])
    for s in info["sources"]:
        ws.append([text_cell(ws, s["file_name"]), text_cell(ws, s["sha256"]), text_cell(ws, s["kind"]),
                   s["rows_imported"]])


def write_bank_sheet(view: LedgerView, path) -> None:
    """The bulk-transfer upload: codes and accounts are text cells, never numbers."""
    wb = Workbook(write_only=True)
    _styles(wb)
    ws = wb.create_sheet("대량이체")
    for col, w in zip("ABCDE", (14, 24, 14, 20, 18), strict=True):
        ws.column_dimensions[col].width = w
    ws.append([text_cell(ws, h, style="r1015_head") for h in BANK_COLUMNS])
    fast = FastRows(2, len(BANK_COLUMNS), {2: style_id(ws, "r1015_money")})
    for line in view.lines:
        if not line.get("account"):
            continue
        fast.append([line["bank_code"] or "", line["account"], line["payable_krw"], line.get("holder") or "",
                     BANK_MEMO])
    wb.save(path)
    splice_rows(Path(path), {1: fast})
