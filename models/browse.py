"""Queries behind the claims browser: ids in order, rows by id, one claimant in full.

Filtering and sorting happen in SQL; a front end holds only the ordered ids and
fetches the rows it shows (as Anki's browser does). Nothing here knows Qt.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, case, literal, or_, select

from models.domain import COMPANIES, KAKAO
from models.tables import AffiliatePayout, Claimant, Match, Outcome, PolicyVersion, Report, ReportClaimant

R, O, C, M, P = (t.__table__ for t in (Report, Outcome, Claimant, Match, AffiliatePayout))
RC = ReportClaimant.__table__
PV = PolicyVersion.__table__
KAKAO_PROGRAMME = "kakao_1015"
COLUMNS = ("report_no", "received_at", "claimant_type", "name", "business_name", "mobile", "brn",
           "service", "company", "loss_krw", "outcome")

# the outcome that speaks for a report: Kakao's programme, or the owning affiliate's
_programme = case(*((R.c.company == name, literal(f"affiliate:{code}"))
                    for code, name in COMPANIES.items() if code != "kakao"),
                  else_=literal(KAKAO_PROGRAMME))
_joined = R.join(RC, RC.c.report_id == R.c.id, isouter=True).join(
    O, and_(O.c.claimant_id == RC.c.claimant_id, O.c.programme == _programme), isouter=True)
_SORT = {"report_no": R.c.report_no, "received_at": R.c.received_at, "claimant_type": R.c.claimant_type,
         "name": R.c.name, "business_name": R.c.business_name, "mobile": R.c.mobile, "brn": R.c.brn,
         "service": R.c.service, "company": R.c.company, "loss_krw": R.c.loss_krw, "outcome": O.c.kind}


@dataclass(frozen=True)
class BrowseFilter:
    claimant_type: str | None = None  # user / small_business / enterprise
    company: str | None = None  # Korean name as in the register
    service: str | None = None
    outcome: str | None = None  # outcome kind, or "none" for not yet reconciled
    search: str = ""  # name, phone, BRN or report number

    def where(self):
        conds = []
        if self.claimant_type:
            conds.append(R.c.claimant_type == self.claimant_type)
        if self.company:
            conds.append(R.c.company == self.company)
        if self.service:
            conds.append(R.c.service == self.service)
        if self.outcome == "none":
            conds.append(O.c.kind.is_(None))
        elif self.outcome:
            conds.append(O.c.kind == self.outcome)
        text = self.search.strip()
        if text:
            digits = re.sub(r"[\s\-]", "", text)
            if digits.isdigit():
                alts = [R.c.mobile.contains(digits, autoescape=True),
                        R.c.report_no.contains(text, autoescape=True)]
                if len(digits) >= 3:
                    alts.append(R.c.brn.startswith(digits, autoescape=True))
                conds.append(or_(*alts))
            else:
                conds.append(or_(R.c.name.contains(text, autoescape=True),
                                 R.c.business_name.contains(text, autoescape=True),
                                 R.c.report_no.contains(text, autoescape=True)))
        return and_(*conds) if conds else None


def report_ids(conn: Connection, flt: BrowseFilter = BrowseFilter(), sort: str = "report_no",
               descending: bool = False) -> list[int]:
    col = _SORT.get(sort, R.c.report_no)
    stmt = select(R.c.id).select_from(_joined)
    where = flt.where()
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(col.desc() if descending else col.asc(), R.c.id)
    return list(conn.execute(stmt).scalars())


def report_rows(conn: Connection, ids: list[int]) -> dict[int, tuple]:
    """id -> (values in COLUMNS order, claimant_id)."""
    out: dict[int, tuple] = {}
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        for row in conn.execute(
                select(R.c.id, R.c.report_no, R.c.received_at, R.c.claimant_type, R.c.name,
                       R.c.business_name, R.c.mobile, R.c.brn, R.c.service, R.c.company, R.c.loss_krw,
                       O.c.kind, RC.c.claimant_id).select_from(_joined).where(R.c.id.in_(chunk))):
            out[row[0]] = (tuple(row[1:12]), row[12])
    return out


def choices(conn: Connection) -> dict[str, list[str]]:
    """The values a filter can take, as they occur in the workspace."""
    return {
        "company": [v for (v,) in conn.execute(select(R.c.company).distinct().order_by(R.c.company))],
        "service": [v for (v,) in conn.execute(select(R.c.service).distinct().order_by(R.c.service))],
        "outcome": [v for (v,) in conn.execute(select(O.c.kind).distinct().order_by(O.c.kind))],
    }


def claimant_detail(conn: Connection, claimant_id: int) -> dict[str, Any] | None:
    c = conn.execute(select(C).where(C.c.id == claimant_id)).mappings().first()
    if c is None:
        return None
    reports = [dict(r) for r in conn.execute(
        select(R.c.id, R.c.report_no, R.c.received_at, R.c.service, R.c.company, R.c.paid_service,
               R.c.monetary_loss, R.c.loss_krw, R.c.description, R.c.name, R.c.mobile)
        .select_from(R.join(RC, RC.c.report_id == R.c.id))
        .where(RC.c.claimant_id == claimant_id).order_by(R.c.report_no)).mappings()]
    payouts = [dict(r) for r in conn.execute(
        select(M.c.id.label("match_id"), M.c.status, M.c.score, M.c.reasons, P.c.affiliate, P.c.sheet,
               P.c.row_number, P.c.payee_name, P.c.business_name, P.c.amount_krw, P.c.paid_on)
        .select_from(M.join(P, M.c.payout_id == P.c.id))
        .where(M.c.claimant_id == claimant_id).order_by(M.c.status, P.c.affiliate)).mappings()]
    for p in payouts:
        p["reasons"] = json.loads(p["reasons"])
    outcomes = [dict(r) for r in conn.execute(
        select(O.c.programme, O.c.kind, O.c.loss_krw, O.c.tier, O.c.entitled_krw, O.c.offset_krw,
               O.c.payable_krw, O.c.explanation, PV.c.version.label("policy_version"))
        .select_from(O.join(PV, O.c.policy_version_id == PV.c.id))
        .where(O.c.claimant_id == claimant_id).order_by(O.c.programme)).mappings()]
    return {"claimant": dict(c), "flags": _flags(conn, json.loads(c["flags"])), "reports": reports,
            "payouts": payouts, "outcomes": outcomes}


def _flags(conn: Connection, flags: list[str]) -> list[dict[str, Any]]:
    """A claimant's flags for a reader: ``{"code": …}``, and for a phone shared with other
    claimants the claimants it is shared with (id, type, names, BRN) in place of their keys,
    which carry the full phone number."""
    out: list[dict[str, Any]] = []
    for flag in flags:
        code, _, rest = flag.partition(":")
        item: dict[str, Any] = {"code": code}
        if code == "phone_shared_with":
            keys = [k for k in rest.split(",") if k]
            item["claimants"] = [dict(r) for r in conn.execute(
                select(C.c.id, C.c.claimant_type, C.c.display_name, C.c.business_name, C.c.brn)
                .where(C.c.claimant_key.in_(keys)).order_by(C.c.id)).mappings()]
        out.append(item)
    return out


def is_kakao(company: str | None) -> bool:
    return company == KAKAO
