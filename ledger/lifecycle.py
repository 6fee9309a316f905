"""The payout ledger's lifecycle: prepare (maker) → approve (checker) → export → void.

* ``prepare`` gathers every live payable line not already in a live ledger into a
  new draft, numbers it (1015-L-0001 …), freezes what each line says (the
  snapshot) and what the ledger rests on (policy version, source batches,
  exclusions), and records control totals and who prepared it.
* ``approve`` must be done by another operator (also a CHECK in the database).
* Only an approved ledger is exported; once exported its lines are never
  changed here or put in another ledger (one live ledger line per claimant and
  programme is a unique index). A later change is a clawback, never an edit.
* ``void`` releases the lines, with a reason, audit-logged.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from models import audit
from models.bulk import fetch
from models.errors import InputRefused
from models.tables import (
    Claimant,
    Clawback,
    ImportBatch,
    Ledger,
    LedgerLine,
    Outcome,
    PayableLine,
    PolicyVersion,
    Report,
    ReportClaimant,
)
from models.workspace import Workspace

log = logging.getLogger(__name__)

PG_LEDGER_LOCK = 1015_0004
L, LL, PL = Ledger.__table__, LedgerLine.__table__, PayableLine.__table__
C, O, R, B = Claimant.__table__, Outcome.__table__, Report.__table__, ImportBatch.__table__
RC = ReportClaimant.__table__
PV, CB = PolicyVersion.__table__, Clawback.__table__
EXCLUSION_LABELS = {
    "covered_by_affiliate": "계열사 기지급",
    "no_loss": "매출손실 없음",
    "committee": "협의체 심의 대기",
    "unidentifiable": "신청인 확인 불가",
    "individual_review": "개별 검토 대상",
    "pay": "다른 지급대장에 포함",
}


@dataclass
class LedgerDraft:
    lines: list[dict[str, Any]]
    exclusions: list[dict[str, Any]]

    @property
    def total_krw(self) -> int:
        return sum(line["amount_krw"] for line in self.lines)


def _account_for(conn: Connection, claimant_ids: list[int]) -> dict[int, tuple]:
    """(bank code, ciphertext, last4, holder) of each claimant's account (latest report wins)."""
    out: dict[int, tuple] = {}
    for i in range(0, len(claimant_ids), 900):
        chunk = claimant_ids[i:i + 900]
        for cid, bank, enc, last4, holder in conn.execute(
                select(RC.c.claimant_id, R.c.bank_code, R.c.account_enc, R.c.account_last4,
                       R.c.account_holder).select_from(R.join(RC, RC.c.report_id == R.c.id))
                .where(RC.c.claimant_id.in_(chunk), R.c.account_enc.is_not(None))
                .order_by(R.c.received_at, R.c.id)):
            out[cid] = (bank, enc, last4, holder)
    return out


def _reports_for(conn: Connection) -> dict[int, list[str]]:
    reports: dict[int, list[str]] = {}
    for cid, no in fetch(conn, "SELECT link.claimant_id, report_no FROM report "
                               "JOIN report_claimant AS link ON link.report_id = report.id ORDER BY report_no"):
        reports.setdefault(cid, []).append(no)
    return reports


def gather(conn: Connection) -> LedgerDraft:
    """What a new ledger would hold now (nothing is written)."""
    taken = select(LL.c.payable_line_id).where(LL.c.released.is_(False))
    rows = conn.execute(
        select(PL.c.id.label("payable_line_id"), PL.c.claimant_id, PL.c.programme, PL.c.amount_krw,
               C.c.claimant_key, C.c.claimant_type, C.c.display_name, C.c.business_name, C.c.brn,
               O.c.tier, O.c.loss_krw, O.c.entitled_krw, O.c.offset_krw, O.c.explanation,
               PV.c.version.label("policy_version"))
        .select_from(PL.join(C, PL.c.claimant_id == C.c.id)
                     .join(O, PL.c.outcome_id == O.c.id, isouter=True)
                     .join(PV, PL.c.policy_version_id == PV.c.id))
        .where(PL.c.status == "live", PL.c.id.not_in(taken))
        .order_by(C.c.business_name, C.c.display_name, PL.c.id)).mappings().all()
    reports = _reports_for(conn)
    accounts = _account_for(conn, [r["claimant_id"] for r in rows])
    lines = []
    for r in rows:
        bank, enc, last4, holder = accounts.get(r["claimant_id"], (None, None, None, None))
        amount = r["amount_krw"]
        note = []
        if enc is None:
            note.append("계좌 정보 없음: 지급 전 확인 필요")
        if amount > 50_000:
            note.append("5만원 초과: 원천징수 대상 여부 확인")
        lines.append({
            "payable_line_id": r["payable_line_id"], "claimant_id": r["claimant_id"],
            "programme": r["programme"], "amount_krw": amount,
            "snapshot": {
                "claimant_key": r["claimant_key"], "claimant_type": r["claimant_type"],
                "name": r["display_name"], "business_name": r["business_name"], "brn": r["brn"],
                "reports": reports.get(r["claimant_id"], []), "tier": r["tier"],
                "loss_krw": r["loss_krw"], "entitled_krw": r["entitled_krw"] or amount,
                "offset_krw": r["offset_krw"] or 0, "payable_krw": amount, "withholding_krw": 0,
                "bank_code": bank, "account_enc": base64.b64encode(enc).decode() if enc else None,
                "account_last4": last4, "holder": holder, "explanation": r["explanation"],
                "policy_version": r["policy_version"], "note": "; ".join(note),
            }})
    in_lines = {line["claimant_id"] for line in lines}
    exclusions = []
    for r in conn.execute(
            select(C.c.id, C.c.claimant_key, C.c.claimant_type, C.c.display_name, C.c.business_name,
                   C.c.brn, O.c.kind, O.c.loss_krw, O.c.entitled_krw, O.c.offset_krw, O.c.explanation)
            .select_from(O.join(C, O.c.claimant_id == C.c.id))
            .where(O.c.programme.not_like("affiliate:%"),
                   (C.c.claimant_type == "small_business") | (O.c.kind == "unidentifiable"))
            .order_by(O.c.kind, C.c.business_name, C.c.display_name, C.c.id)).mappings():
        if r["kind"] == "pay" and r["id"] in in_lines:
            continue
        exclusions.append({
            "claimant_key": r["claimant_key"], "name": r["display_name"],
            "business_name": r["business_name"], "brn": r["brn"],
            "reports": reports.get(r["id"], []), "reason": EXCLUSION_LABELS.get(r["kind"], r["kind"]),
            "kind": r["kind"], "loss_krw": r["loss_krw"], "entitled_krw": r["entitled_krw"],
            "offset_krw": r["offset_krw"], "explanation": r["explanation"]})
    return LedgerDraft(lines, exclusions)


def lines_digest(lines: list[dict[str, Any]]) -> str:
    """SHA-256 over what each line pays to whom (stable across exports)."""
    h = hashlib.sha256()
    for n, line in enumerate(lines, 1):
        s = line["snapshot"]
        h.update(audit.canonical_json([n, s["claimant_key"], s["reports"], s["brn"], line["amount_krw"],
                                       s["bank_code"], s["account_last4"]]).encode("utf-8"))
    return h.hexdigest()


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LEDGER_LOCK})")


def preview(ws: Workspace) -> LedgerDraft:
    with ws.engine.connect() as conn:
        return gather(conn)


def prepare(ws: Workspace) -> dict[str, Any]:
    with ws.writer().begin() as conn:
        _lock(conn)
        draft = gather(conn)
        if not draft.lines:
            raise InputRefused("지급대장에 넣을 항목이 없습니다 (지급 대상이 없거나 모두 다른 지급대장에 있습니다). "
                               "먼저 reconcile 을 실행하세요.")
        count = conn.execute(select(func.count()).select_from(L)).scalar_one()
        number = f"1015-L-{count + 1:04d}"
        sources = [dict(r) for r in conn.execute(
            select(B.c.id, B.c.file_name, B.c.sha256, B.c.kind, B.c.rows_imported)
            .where(B.c.status == "committed").order_by(B.c.id)).mappings()]
        versions = sorted({line["snapshot"]["policy_version"] for line in draft.lines})
        details = {"policy_versions": versions, "sources": sources, "exclusions": draft.exclusions}
        ledger_id = conn.execute(L.insert().values(
            number=number, status="draft", prepared_by=ws.operator, prepared_at=datetime.now(UTC),
            line_count=len(draft.lines), total_krw=draft.total_krw,
            lines_sha256=lines_digest(draft.lines),
            details=json.dumps(details, ensure_ascii=False, default=str))).inserted_primary_key[0]
        conn.execute(LL.insert(), [
            {"ledger_id": ledger_id, "payable_line_id": line["payable_line_id"],
             "claimant_id": line["claimant_id"], "programme": line["programme"],
             "amount_krw": line["amount_krw"], "released": False,
             "snapshot": json.dumps(line["snapshot"], ensure_ascii=False)} for line in draft.lines])
        audit.append(conn, ws.operator, "ledger.prepare", entity="ledger", entity_id=ledger_id,
                     details={"number": number, "lines": len(draft.lines), "total_krw": draft.total_krw,
                              "exclusions": len(draft.exclusions)})
    log.info("ledger %s prepared by %s: %s lines, %s원, %s exclusions", number, ws.operator,
             f"{len(draft.lines):,}", f"{draft.total_krw:,}", f"{len(draft.exclusions):,}")
    return {"ledger_id": int(ledger_id), "number": number, "lines": len(draft.lines),
            "total_krw": draft.total_krw, "exclusions": len(draft.exclusions)}


def _ledger(conn: Connection, ledger_id: int) -> dict[str, Any]:
    row = conn.execute(select(L).where(L.c.id == ledger_id)).mappings().first()
    if row is None:
        raise InputRefused(f"지급대장 {ledger_id}이(가) 없습니다.")
    return dict(row)


def approve(ws: Workspace, ledger_id: int) -> dict[str, Any]:
    with ws.writer().begin() as conn:
        led = _ledger(conn, ledger_id)
        if led["status"] != "draft":
            raise InputRefused(f"지급대장 {led['number']}은(는) '{led['status']}' 상태라 승인할 수 없습니다 "
                               "(작성 중인 지급대장만 승인합니다).")
        if led["prepared_by"] == ws.operator:
            raise InputRefused(f"지급대장 {led['number']}은(는) {ws.operator}님이 작성했습니다. "
                               "작성자는 자기 지급대장을 승인할 수 없습니다 — 다른 담당자가 승인해야 합니다.")
        result = conn.execute(update(L).where(L.c.id == ledger_id, L.c.status == "draft",
                                              L.c.version == led["version"]).values(
            status="approved", approved_by=ws.operator, approved_at=datetime.now(UTC),
            version=led["version"] + 1))
        if result.rowcount != 1:
            raise InputRefused(f"지급대장 {led['number']}이(가) 방금 다른 곳에서 바뀌었습니다. 다시 확인하세요.")
        audit.append(conn, ws.operator, "ledger.approve", entity="ledger", entity_id=ledger_id,
                     details={"number": led["number"], "lines": led["line_count"],
                              "total_krw": led["total_krw"], "lines_sha256": led["lines_sha256"]})
    log.info("ledger %s approved by %s", led["number"], ws.operator)
    return {"ledger_id": ledger_id, "number": led["number"], "status": "approved"}


def void(ws: Workspace, ledger_id: int, reason: str) -> dict[str, Any]:
    if not reason or not reason.strip():
        raise InputRefused("지급대장을 취소하려면 사유가 필요합니다 (--reason).")
    with ws.writer().begin() as conn:
        led = _ledger(conn, ledger_id)
        if led["status"] == "void":
            raise InputRefused(f"지급대장 {led['number']}은(는) 이미 취소되었습니다.")
        if led["status"] == "exported":
            raise InputRefused(f"지급대장 {led['number']}은(는) 이미 내보내 회계로 넘어갔으므로 취소할 수 없습니다. "
                               "잘못 지급된 건은 환수(clawback)로 처리합니다.")
        changed = conn.execute(update(L).where(L.c.id == ledger_id, L.c.version == led["version"]).values(
            status="void", voided_at=datetime.now(UTC), void_reason=reason.strip(),
            version=led["version"] + 1)).rowcount
        if changed != 1:
            raise InputRefused(f"지급대장 {led['number']}이(가) 방금 다른 곳에서 바뀌었습니다. 다시 확인하세요.")
        released = conn.execute(update(LL).where(LL.c.ledger_id == ledger_id, LL.c.released.is_(False))
                                .values(released=True)).rowcount
        audit.append(conn, ws.operator, "ledger.void", entity="ledger", entity_id=ledger_id,
                     details={"number": led["number"], "previous_status": led["status"],
                              "lines_released": released}, reason=reason.strip())
    log.info("ledger %s voided by %s (%s lines released)", led["number"], ws.operator, released)
    return {"ledger_id": ledger_id, "number": led["number"], "status": "void", "lines_released": released}


def list_ledgers(ws: Workspace) -> list[dict[str, Any]]:
    with ws.engine.connect() as conn:
        return [{k: v for k, v in dict(r).items() if k != "details"}
                for r in conn.execute(select(L).order_by(L.c.id)).mappings()]


def list_clawbacks(ws: Workspace) -> list[dict[str, Any]]:
    with ws.engine.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(CB, L.c.number, C.c.claimant_key, C.c.display_name, C.c.business_name)
            .select_from(CB.join(L, CB.c.ledger_id == L.c.id).join(C, CB.c.claimant_id == C.c.id))
            .order_by(CB.c.id)).mappings()]


def ledger_lines(conn: Connection, ledger_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(select(LL.c.id, LL.c.claimant_id, LL.c.amount_krw, LL.c.snapshot)
                        .where(LL.c.ledger_id == ledger_id).order_by(LL.c.id)).mappings().all()
    return [{"id": r["id"], "claimant_id": r["claimant_id"], "amount_krw": r["amount_krw"],
             "snapshot": json.loads(r["snapshot"])} for r in rows]
