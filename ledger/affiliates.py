"""`recon1015 report affiliates OUTDIR`: one workbook per affiliate, for it to act on.

* 미결 신고 — reports about its services that are still open (not in its payout sheet);
* 카카오 지급 대상 — its payouts to claimants Kakao also pays, with the offset;
* 미매칭 지급 — its rows that matched nobody (or still wait for a clerk);
* 가져오기 제외 — its import batches and how many rows were set aside.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from sqlalchemy import and_, select

from importers.normalize import format_brn
from ledger.workbook import _set_widths, _styles
from models.domain import COMPANIES, local_time
from models.sheets import StyledCells, atomic_write, text_cell
from models.tables import AffiliatePayout, Claimant, ImportBatch, Match, Outcome, Report, ReportClaimant
from models.workspace import Workspace

R, P, C, M, O, B = (t.__table__ for t in (Report, AffiliatePayout, Claimant, Match, Outcome, ImportBatch))
RC = ReportClaimant.__table__
AFFILIATES = ("mobility", "games", "entertainment", "pay")


def _phone(m: str | None) -> str:
    return f"{m[:3]}-{m[3:-4]}-{m[-4:]}" if m and len(m) in (10, 11) and m.isdigit() else (m or "")


def _sheet(wb: Workbook, title: str, head: list[str], rows: list[list[Any]], money: set[int]) -> None:
    ws = wb.create_sheet(title)
    _set_widths(ws, [head, *[[str(v) if v is not None else "" for v in r] for r in rows[:2000]]])
    ws.freeze_panes = "A2"
    ws.append([text_cell(ws, h, style="r1015_head") for h in head])
    cells = StyledCells(ws, "r1015_money")
    for r in rows:
        ws.append([cells.cell(v, "r1015_money") if j in money and v is not None else text_cell(ws, v)
                   for j, v in enumerate(r)])


def affiliate_report(ws: Workspace, affiliate: str) -> dict[str, list[list[Any]]]:
    company = COMPANIES[affiliate]
    with ws.engine.connect() as conn:
        open_reports = [list(r) for r in conn.execute(
            select(R.c.report_no, R.c.received_at, R.c.claimant_type, R.c.name, R.c.business_name,
                   R.c.mobile, R.c.brn, R.c.service, R.c.loss_krw, R.c.description)
            .select_from(R.join(RC, RC.c.report_id == R.c.id)
                         .join(O, and_(O.c.claimant_id == RC.c.claimant_id,
                                       O.c.programme == f"affiliate:{affiliate}")))
            .where(R.c.company == company, O.c.kind == "open_at_affiliate").order_by(R.c.report_no))]
        for r in open_reports:
            r[1] = local_time(r[1])
            r[5] = _phone(r[5])
            r[6] = format_brn(r[6]) if r[6] else ""
        kakao_pays = [list(r) for r in conn.execute(
            select(P.c.sheet, P.c.row_number, P.c.partner_code,
                   P.c.payee_name, P.c.business_name, P.c.amount_krw, C.c.display_name,
                   C.c.business_name.label("cb"), O.c.entitled_krw, O.c.offset_krw, O.c.payable_krw,
                   O.c.explanation)
            .select_from(P.join(M, M.c.payout_id == P.c.id).join(C, M.c.claimant_id == C.c.id)
                         .join(O, and_(O.c.claimant_id == C.c.id, O.c.programme.not_like("affiliate:%"))))
            .where(P.c.affiliate == affiliate, M.c.status.in_(("sure", "confirmed")),
                   O.c.kind.in_(("pay", "covered_by_affiliate")))
            .order_by(P.c.sheet, P.c.row_number))]
        matched = select(M.c.payout_id).where(M.c.status.in_(("sure", "confirmed")))
        pending = {pid for (pid,) in conn.execute(select(M.c.payout_id).where(M.c.status == "candidate"))}
        unmatched = []
        for r in conn.execute(
                select(P.c.id, P.c.sheet, P.c.row_number, P.c.partner_code, P.c.payee_name,
                       P.c.business_name, P.c.representative, P.c.mobile, P.c.brn, P.c.amount_krw)
                .where(P.c.affiliate == affiliate, P.c.id.not_in(matched))
                .order_by(P.c.sheet, P.c.row_number)):
            unmatched.append([r.sheet, r.row_number, r.partner_code, r.payee_name or r.business_name,
                              r.representative, _phone(r.mobile), format_brn(r.brn) if r.brn else "",
                              r.amount_krw, "담당자 검토 대기" if r.id in pending else "일치하는 신청인 없음"])
        batches = [[b.id, b.file_name, b.sha256, b.rows_read, b.rows_imported, b.rows_rejected,
                    local_time(b.imported_at), b.operator]
                   for b in conn.execute(select(B).where(B.c.kind == affiliate, B.c.status == "committed")
                                         .order_by(B.c.id))]
    return {"open_reports": open_reports, "kakao_pays": kakao_pays, "unmatched": unmatched,
            "batches": batches}


def write_affiliate_reports(ws: Workspace, outdir: str | os.PathLike[str]) -> list[dict[str, Any]]:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for affiliate in AFFILIATES:
        data = affiliate_report(ws, affiliate)
        company = COMPANIES[affiliate]

        def write(path: Path, data=data) -> None:
            wb = Workbook(write_only=True)
            _styles(wb)
            _sheet(wb, "미결 신고", ["접수번호", "접수일시", "신청인구분", "성명", "상호", "휴대전화",
                                  "사업자등록번호", "서비스", "매출손실액", "피해내용"],
                   data["open_reports"], {8})
            _sheet(wb, "카카오 지급 대상", ["시트", "행", "코드", "수령인", "상호", "계열사 지급액",
                                        "신청인", "신청인 상호", "카카오 산정액", "차감액", "카카오 지급액", "설명"],
                   data["kakao_pays"], {5, 8, 9, 10})
            _sheet(wb, "미매칭 지급", ["시트", "행", "코드", "수령인/상호", "대표자", "휴대전화",
                                     "사업자등록번호", "지급액", "상태"], data["unmatched"], {7})
            _sheet(wb, "가져오기 제외", ["배치", "파일", "SHA-256", "읽은 행", "가져온 행", "제외한 행",
                                      "가져온 일시", "담당자"], data["batches"], set())
            wb.save(path)

        path = atomic_write(out / f"{company}_1015_대사결과.xlsx", write)
        written.append({"affiliate": affiliate, "file": str(path),
                        **{k: len(v) for k, v in data.items()}})
    return written
