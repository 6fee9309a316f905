"""Writing the demo world to files shaped like the ones clerks really receive."""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import msoffcrypto.format.ooxml
import xlsxwriter
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from demo.generate import (
    FILE_NAMES,
    REGISTER_HEADERS,
    DemoData,
    PayoutRow,
    amount_value,
    build,
    claimant_truth,
    demo_password,
    register_counts,
)
from models.progress import Progress
from models.sheets import atomic_write

FIXED_TIME = datetime(2023, 1, 20, 9, 0, 0)


@dataclass
class DemoResult:
    directory: Path
    files: dict[str, Path]
    password: str
    counts: dict[str, int]
    payout_rows: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"dir": str(self.directory), "files": {k: str(v) for k, v in self.files.items()},
                "entertainment_password": self.password, "counts": self.counts,
                "payout_rows": self.payout_rows}

    def describe(self) -> str:
        c = self.counts
        lines = [f"Demo files written to {self.directory}:"]
        lines += [f"  {kind:<14} {path.name}" for kind, path in self.files.items()]
        lines.append(f"Register: {c['reports_total']:,} reports ({c['reports_kakao']:,} Kakao, "
                     f"{c['reports_affiliate']:,} affiliates)")
        lines.append("Payout rows: " + ", ".join(f"{k} {v:,}" for k, v in self.payout_rows.items()))
        lines.append(f"The Entertainment workbook is encrypted; its password is: {self.password}")
        return "\n".join(lines)


def _atomic_bytes(path: Path, data: bytes) -> None:
    atomic_write(path, lambda tmp: tmp.write_bytes(data))


def write_register(data: DemoData, path: Path, progress: Progress | None = None) -> int:
    """The register as Kakao's own export: a title, an extraction line, then the table."""
    rows = data.register_rows()
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"constant_memory": True, "in_memory": True})
    wb.set_properties({"title": "1015 피해접수 내역", "created": FIXED_TIME})
    ws = wb.add_worksheet("접수내역")
    bold = wb.add_format({"bold": True, "font_size": 14})
    head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    when = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    money = wb.add_format({"num_format": "#,##0"})
    ws.merge_range(0, 0, 0, 8, "1015 서비스 장애 피해 접수 내역 (카카오 공식 채널)", bold)
    ws.write_string(1, 0, "추출일시: 2022-11-07 09:00 / 작성부서: 1015 피해지원 TF")
    ws.write_row(3, 0, REGISTER_HEADERS, head)
    ws.freeze_panes(4, 0)
    r = 4
    for i, row in enumerate(rows):
        for c, v in enumerate(row):
            if v is None:
                continue
            if c == 1:
                ws.write_datetime(r, c, v, when)
            elif c == 13:
                ws.write_number(r, c, v, money)
            else:
                ws.write_string(r, c, v)
        r += 1
        if progress and i % 5000 == 0:
            progress.update(i, len(rows))
    ws.write_string(r + 1, 0, "합계")
    ws.write_string(r + 1, 1, f"{len(rows):,}건")
    ws.write_string(r + 3, 0, "※ 개인정보 포함: 업무 목적 외 사용 금지")
    wb.close()
    _atomic_bytes(path, buf.getvalue())
    return len(rows)


def _titled_sheet(ws, title: str, meta: str, headers: list[str]) -> int:
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.append([meta])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(headers))
    ws.append([])
    ws.append(headers)
    for c in range(1, len(headers) + 1):
        ws.cell(4, c).font = Font(bold=True)
    return 5  # first data row


def _write_payout_sheet(ws, rows: list[PayoutRow], title: str, meta: str, amount_col: str,
                        notes: list[str]) -> None:
    headers = list(rows[0].values) if rows else []
    r = _titled_sheet(ws, title, meta, headers)
    total = 0
    for p in rows:
        ws.append([p.values[h] for h in headers])
        p.sheet, p.row = ws.title, r
        total += amount_value(p.values[amount_col])
        r += 1
    for c, h in enumerate(headers, 1):
        if h in ("지급일",):
            for row in ws.iter_rows(min_row=5, max_row=r - 1, min_col=c, max_col=c):
                for cell in row:
                    if isinstance(cell.value, datetime):
                        cell.number_format = "yyyy-mm-dd"
    total_row = ["합계"] + [None] * (len(headers) - 1)
    total_row[headers.index(amount_col)] = total
    ws.append(total_row)
    ws.append([])
    for n in notes:
        ws.append([n])


def _fixed_props(wb: Workbook) -> None:
    wb.properties.creator = "Recon1015 demo"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME


def _save_openpyxl(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_mobility(rows: list[PayoutRow], path: Path) -> None:
    wb = Workbook()
    _fixed_props(wb)
    ws = wb.active
    ws.title = "지급내역"
    _write_payout_sheet(ws, rows, "카카오모빌리티 1015 장애 보상 지급 내역",
                        "작성일: 2023.01.20    작성부서: 드라이버서비스팀", "지급액",
                        ["※ 프로 멤버십 기사: 6일분 이용료를 포인트로 지급 (택시 7,550원, 대리 4,260원)",
                         "※ 가맹택시(블루·벤티·블랙)는 별도 기준에 따라 지급"])
    _atomic_bytes(path, _save_openpyxl(wb))


def write_games(rows: list[PayoutRow], path: Path) -> None:
    wb = Workbook()
    _fixed_props(wb)
    ws = wb.active
    ws.title = "PC방 보상"
    _write_payout_sheet(ws, rows, "카카오게임즈 PC방 파트너 1015 장애 보상 내역",
                        "작성일 2023-01-10 / 작성부서 PC방사업팀", "환산금액",
                        ["※ 혜택은 원화 환산 금액 기준"])
    hidden = wb.create_sheet("원본(작업용)")
    hidden.append(["상호", "사업자번호", "메모"])
    hidden.append(["테스트PC방", "000-00-00000", "작업용 시트: 가져오지 말 것"])
    hidden.sheet_state = "hidden"
    _atomic_bytes(path, _save_openpyxl(wb))


def write_pay(rows: list[PayoutRow], path: Path) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["카카오페이 가맹점 1015 장애 지원금 지급 내역"])
    w.writerow([])
    headers = list(rows[0].values) if rows else []
    w.writerow(headers)
    line = 4
    for p in rows:
        w.writerow(["" if p.values[h] is None else p.values[h] for h in headers])
        p.sheet, p.row = "", line
        line += 1
    _atomic_bytes(path, buf.getvalue().encode("cp949"))


def write_entertainment(rows: list[PayoutRow], path: Path, password: str) -> None:
    wb = Workbook()
    _fixed_props(wb)
    first = wb.active
    first.title = "웹툰·페이지"
    melon = wb.create_sheet("멜론")
    split = len(rows) * 3 // 5
    for ws, part, unit in ((first, rows[:split], "웹툰·페이지사업부"), (melon, rows[split:], "멜론사업부")):
        _write_payout_sheet(ws, part, f"카카오엔터테인먼트 파트너 1015 보상 내역 ({unit})",
                            f"작성일 2023/01/15  작성부서 {unit}", "지급액",
                            ["※ 개인 파트너는 휴대전화, 사업자 파트너는 사업자등록번호 기준"])
    hidden = wb.create_sheet("검토용")
    hidden.append(["파트너코드", "메모"])
    hidden.sheet_state = "hidden"
    plain = _save_openpyxl(wb)
    out = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    _atomic_bytes(path, out.getvalue())


def truth_document(data: DemoData, counts: dict[str, int], password: str) -> dict[str, Any]:
    return {
        "seed": data.seed,
        "scale": data.scale,
        "entertainment_password": password,
        "files": FILE_NAMES,
        "counts": counts,
        "payouts": [
            {"affiliate": p.affiliate, "sheet": p.sheet, "row": p.row, "claimant": p.truth,
             "case": p.case}
            for aff in ("mobility", "games", "pay", "entertainment") for p in data.payouts[aff]
        ],
        "claimants": claimant_truth(data),
    }


def _existing(files: dict[str, Path], seed: int, scale: float) -> DemoResult | None:
    if not all(p.exists() for p in files.values()):
        return None
    try:
        truth = json.loads(files["truth"].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if truth.get("seed") != seed or truth.get("scale") != scale:
        return None
    rows: dict[str, int] = {}
    for p in truth["payouts"]:
        rows[p["affiliate"]] = rows.get(p["affiliate"], 0) + 1
    return DemoResult(files["truth"].parent, files, truth["entertainment_password"],
                      truth["counts"], rows)


def write_demo(directory: str | os.PathLike[str], scale: float = 1.0, seed: int = 1015,
               progress: Progress | None = None) -> DemoResult:
    progress = progress or Progress()
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    files = {k: out / v for k, v in FILE_NAMES.items()}
    existing = _existing(files, seed, scale)
    if existing is not None:
        return existing  # the same seed and scale give the same data: keep the files as they are
    progress.stage_started("Generating the synthetic claimants and reports")
    data = build(seed, scale)
    password = demo_password(seed)
    progress.stage_started("Writing the claims register", len(data.reports))
    write_register(data, files["claims"], progress)
    progress.stage_started("Writing the affiliate payout sheets")
    write_mobility(data.payouts["mobility"], files["mobility"])
    write_games(data.payouts["games"], files["games"])
    write_pay(data.payouts["pay"], files["pay"])
    write_entertainment(data.payouts["entertainment"], files["entertainment"], password)
    counts = register_counts(data.register_rows())
    truth = truth_document(data, counts, password)
    _atomic_bytes(files["truth"], json.dumps(truth, ensure_ascii=False, indent=1).encode())
    return DemoResult(out, files, password, counts,
                      {k: len(v) for k, v in data.payouts.items()})
