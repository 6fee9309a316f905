"""Clerks' decisions: review (same / different) and committee amounts.

Decisions are stored by stable keys — the payout row's content key and the
claimant's identity key — not by row ids, so they survive every later run of
reconcile, including runs after new imports. Each one is audit-logged with the
operator and the time. Amounts follow at the next ``reconcile``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, update

from models import audit
from models.errors import InputRefused
from models.tables import (
    AffiliatePayout,
    Claimant,
    CommitteeDecision,
    Match,
    MatchDecision,
    Outcome,
    Report,
    ReportClaimant,
)
from models.workspace import Workspace
from reconcile.matching import PayoutRow
from reconcile.policy import load_policy

M, P, C = Match.__table__, AffiliatePayout.__table__, Claimant.__table__
MD, CD, O, R = MatchDecision.__table__, CommitteeDecision.__table__, Outcome.__table__, Report.__table__
RC = ReportClaimant.__table__
DECISIONS = ("same", "different")


def _payout_row(conn, payout_id: int) -> PayoutRow:
    cols = [P.c.id, P.c.affiliate, P.c.programme, P.c.amount_krw, P.c.partner_code, P.c.payee_name,
            P.c.business_name, P.c.representative, P.c.brn, P.c.brn_valid, P.c.mobile,
            P.c.mobile_masked, P.c.sheet, P.c.row_number, P.c.paid_on]
    return PayoutRow(*conn.execute(select(*cols).where(P.c.id == payout_id)).one())


def _upsert_decision(conn, payout_key: str, claimant_key: str, decision: str, operator: str,
                     note: str | None, now: datetime) -> None:
    existing = conn.execute(select(MD.c.id).where(MD.c.payout_key == payout_key,
                                                  MD.c.claimant_key == claimant_key)).scalar()
    values = {"decision": decision, "operator": operator, "decided_at": now, "note": note}
    if existing is None:
        conn.execute(MD.insert().values(payout_key=payout_key, claimant_key=claimant_key, **values))
    else:
        conn.execute(update(MD).where(MD.c.id == existing).values(**values))


def decide_match(ws: Workspace, match_id: int, decision: str, note: str | None = None) -> dict[str, Any]:
    if decision not in DECISIONS:
        raise InputRefused("판단은 same(동일인) 또는 different(다른 사람)입니다.")
    now = datetime.now(UTC)
    with ws.writer().begin() as conn:
        match = conn.execute(select(M).where(M.c.id == match_id)).mappings().first()
        if match is None or match["payout_id"] is None:
            raise InputRefused(f"검토 항목 {match_id}이(가) 없습니다 (reconcile 후 번호가 바뀌었을 수 있습니다; "
                               "review list 로 다시 확인하세요).")
        payout = _payout_row(conn, match["payout_id"])
        claimant_key = conn.execute(select(C.c.claimant_key).where(C.c.id == match["claimant_id"])).scalar_one()
        previous = match["status"]
        _upsert_decision(conn, payout.key, claimant_key, decision, ws.operator, note, now)
        status = "confirmed" if decision == "same" else "rejected"
        conn.execute(update(M).where(M.c.id == match_id).values(
            status=status, decided_by=ws.operator, decided_at=now, note=note))
        siblings: dict[int, str] = {}
        if decision == "same":  # a payout matches at most one claimant
            siblings = dict(conn.execute(select(M.c.id, M.c.status).where(
                M.c.payout_id == match["payout_id"], M.c.id != match_id,
                M.c.status.in_(("sure", "candidate", "confirmed")))).all())
            if siblings:
                conn.execute(update(M).where(M.c.id.in_(list(siblings))).values(status="rejected"))
        audit.append(conn, ws.operator, "review.decide", entity="match", entity_id=match_id,
                     details={"payout_id": match["payout_id"], "payout_key": payout.key,
                              "claimant_key": claimant_key, "decision": decision,
                              "previous_status": previous}, reason=note)
    return {"match_id": match_id, "decision": decision, "status": status,
            "claimant_key": claimant_key, "previous_status": previous,
            "previous_decision": None, "siblings": siblings}


def undo_decision(ws: Workspace, decided: dict[str, Any]) -> None:
    """Take back a decision ``decide_match`` returned: the pair is undecided again and the
    statuses are as they were. Audit-logged like the decision itself."""
    match_id = decided["match_id"]
    with ws.writer().begin() as conn:
        match = conn.execute(select(M).where(M.c.id == match_id)).mappings().first()
        if match is None:
            raise InputRefused(f"검토 항목 {match_id}이(가) 없습니다 (그 사이 reconcile 이 실행되었습니다).")
        payout = _payout_row(conn, match["payout_id"])
        conn.execute(MD.delete().where(MD.c.payout_key == payout.key,
                                       MD.c.claimant_key == decided["claimant_key"]))
        conn.execute(update(M).where(M.c.id == match_id).values(
            status=decided["previous_status"], decided_by=None, decided_at=None, note=None))
        for sid, status in decided.get("siblings", {}).items():
            conn.execute(update(M).where(M.c.id == sid).values(status=status))
        audit.append(conn, ws.operator, "review.undo", entity="match", entity_id=match_id,
                     details={"claimant_key": decided["claimant_key"], "undone": decided["decision"],
                              "restored_status": decided["previous_status"]})


def decide_many(ws: Workspace, decisions: list[tuple[int, str]], note: str | None = None) -> int:
    for match_id, decision in decisions:
        decide_match(ws, match_id, decision, note)
    return len(decisions)


def review_queue(ws: Workspace, include_decided: bool = False) -> list[dict[str, Any]]:
    """Candidates, highest score first, with both sides for the comparison."""
    stmt = (select(M.c.id, M.c.score, M.c.method, M.c.reasons, M.c.status, M.c.decided_by,
                   P.c.affiliate, P.c.sheet, P.c.row_number, P.c.payee_name, P.c.business_name,
                   P.c.representative, P.c.mobile, P.c.brn, P.c.amount_krw,
                   C.c.id.label("claimant_id"), C.c.claimant_key, C.c.display_name,
                   C.c.business_name.label("claimant_business"), C.c.mobile.label("claimant_mobile"),
                   C.c.brn.label("claimant_brn"))
            .select_from(M.join(P, M.c.payout_id == P.c.id).join(C, M.c.claimant_id == C.c.id))
            .order_by(M.c.score.desc(), M.c.id))
    stmt = stmt.where(M.c.status.in_(("candidate", "confirmed", "rejected")) if include_decided
                      else M.c.status == "candidate")
    with ws.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
    for r in rows:
        r["reasons"] = json.loads(r["reasons"])
    return rows


def review_progress(ws: Workspace) -> dict[str, int]:
    with ws.engine.connect() as conn:
        counts = dict(conn.execute(select(M.c.status, func.count()).group_by(M.c.status)).all())
        decided = conn.execute(select(func.count()).select_from(M).where(M.c.decided_by.is_not(None))).scalar_one()
    pending = counts.get("candidate", 0)
    return {"pending": pending, "decided": decided, "total": pending + decided}


def committee_queue(ws: Workspace, policy_programme: str | None = None) -> list[dict[str, Any]]:
    programme = policy_programme or load_policy().programme
    with ws.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(
            select(C.c.id.label("claimant_id"), C.c.claimant_key, C.c.display_name, C.c.business_name,
                   C.c.brn, O.c.loss_krw, O.c.kind, O.c.explanation)
            .select_from(O.join(C, O.c.claimant_id == C.c.id))
            .where(O.c.programme == programme, O.c.tier.like("협의체%"))
            .order_by(O.c.loss_krw.desc(), C.c.id)).mappings()]
        decided = {r.claimant_key: dict(r._mapping) for r in conn.execute(
            select(CD).where(CD.c.programme == programme))}
        linked = R.join(RC, RC.c.report_id == R.c.id)
        evidence, reports = {}, {}
        for cid, any_evidence, n in conn.execute(
                select(RC.c.claimant_id, func.max(R.c.evidence), func.count()).select_from(linked)
                .group_by(RC.c.claimant_id)):
            evidence[cid], reports[cid] = any_evidence, n
    for r in rows:
        d = decided.get(r["claimant_key"])
        r["decision"] = {k: d[k] for k in ("amount_krw", "reference", "operator", "decided_at")} if d else None
        r["evidence"] = bool(evidence.get(r["claimant_id"]))
        r["reports"] = reports.get(r["claimant_id"], 0)
    return rows


def decide_committee(ws: Workspace, claimant_id: int, amount_krw: int, reference: str,
                     programme: str | None = None) -> dict[str, Any]:
    programme = programme or load_policy().programme
    if amount_krw < 0:
        raise InputRefused("금액은 0원 이상이어야 합니다.")
    if not reference or not reference.strip():
        raise InputRefused("협의체 결정에는 회의 번호(--ref)가 필요합니다.")
    now = datetime.now(UTC)
    with ws.writer().begin() as conn:
        row = conn.execute(select(C.c.claimant_key, O.c.tier).select_from(
            C.join(O, (O.c.claimant_id == C.c.id) & (O.c.programme == programme), isouter=True))
            .where(C.c.id == claimant_id)).first()
        if row is None:
            raise InputRefused(f"신청인 {claimant_id}이(가) 없습니다.")
        if not (row.tier or "").startswith("협의체"):
            raise InputRefused(f"신청인 {claimant_id}은(는) 협의체 심의 대상이 아닙니다 (최고 구간 이하).")
        existing = conn.execute(select(CD.c.id, CD.c.amount_krw).where(
            CD.c.claimant_key == row.claimant_key, CD.c.programme == programme)).first()
        values = {"amount_krw": amount_krw, "reference": reference.strip(), "operator": ws.operator,
                  "decided_at": now}
        if existing is None:
            conn.execute(CD.insert().values(claimant_key=row.claimant_key, programme=programme, **values))
        else:
            conn.execute(update(CD).where(CD.c.id == existing.id).values(**values))
        audit.append(conn, ws.operator, "committee.decide", entity="claimant", entity_id=claimant_id,
                     details={"claimant_key": row.claimant_key, "amount_krw": amount_krw,
                              "reference": reference.strip(),
                              "previous_amount_krw": existing.amount_krw if existing else None})
    return {"claimant_id": claimant_id, "amount_krw": amount_krw, "reference": reference.strip()}
