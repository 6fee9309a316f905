"""Helpers that write real spreadsheet files for the importer tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import msoffcrypto.format.ooxml
import pytest
from openpyxl import Workbook

PAY_HEADERS = ["가맹점ID", "가맹점명", "사업자등록번호", "대표자명", "연락처", "지원금액", "지급일자"]
PAY_ROWS = [
    ["MCH1", "햇살네일", "116-82-00276", "김민용", "010-1234-5678", "50,000", "20221220"],
    ["MCH2", "바른국밥", "134-86-72683", "이서연", "010-2222-3333", "30,000원", "2022.12.21"],
    ["MCH3", "푸른피자", "220-81-62517", "박지훈", "010-4444-5555", "￦20,000", "2022/12/22"],
]


def write_xlsx(path: Path, sheets: dict[str, list[list]], hidden: tuple[str, ...] = (),
               merge_title: bool = False) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        if merge_title and rows:
            ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(rows[-1])))
        if name in hidden:
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


def titled(headers: list, rows: list[list], title="지급 내역", total_col: int | None = None) -> list[list]:
    out = [[title], ["작성일: 2023.01.20 / 작성부서: 정산팀"], [], headers, *rows]
    if total_col is not None:
        total = [None] * len(headers)
        total[0] = "합계"
        out.append(total)
    out += [[], ["※ 개인정보 포함"]]
    return out


def write_csv(path: Path, rows: list[list], encoding: str, delimiter: str = ",") -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def encrypt(src: Path, dst: Path, password: str) -> Path:
    with open(src, "rb") as f, open(dst, "wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(f).encrypt(password, out)
    return dst


@pytest.fixture
def pay_xlsx(tmp_path) -> Path:
    return write_xlsx(tmp_path / "pay.xlsx", {"지원금": titled(PAY_HEADERS, PAY_ROWS, total_col=5)},
                      merge_title=True)
