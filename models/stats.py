"""Figures of what a workspace holds, computed in SQL (the seed's table and more)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select

from models.domain import KAKAO
from models.tables import AffiliatePayout, Claimant, ImportBatch, Report
from models.workspace import Workspace


def _pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


def workspace_stats(ws: Workspace) -> dict[str, Any]:
    r = Report.__table__.c
    p = AffiliatePayout.__table__.c
    b = ImportBatch.__table__.c
    is_kakao = r.company == KAKAO
    with ws.engine.connect() as conn:
        row = conn.execute(
            select(
                func.count(),
                func.sum(case((is_kakao, 1), else_=0)),
                func.sum(case((is_kakao & (r.claimant_type == "user"), 1), else_=0)),
                func.sum(case((is_kakao & (r.claimant_type == "small_business"), 1), else_=0)),
                func.sum(case((is_kakao & (r.claimant_type == "enterprise"), 1), else_=0)),
                func.sum(case((is_kakao & r.paid_service, 1), else_=0)),
                func.sum(case((is_kakao & ~r.paid_service & r.monetary_loss, 1), else_=0)),
            ).select_from(Report.__table__)
        ).one()
        total, kakao, users, sbs, ents, paid, free_monetary = (int(v or 0) for v in row)
        payouts = {
            aff: {"rows": int(n), "krw": int(krw or 0)}
            for aff, n, krw in conn.execute(
                select(p.affiliate, func.count(), func.sum(p.amount_krw)).group_by(p.affiliate)
            )
        }
        batches = conn.execute(
            select(func.count()).select_from(ImportBatch.__table__).where(b.status == "committed")
        ).scalar_one()
        claimants = conn.execute(select(func.count()).select_from(Claimant.__table__)).scalar_one()
    by_type = {"user": users, "small_business": sbs, "enterprise": ents}
    return {
        "workspace": ws.name,
        "batches": int(batches),
        "reports_total": total,
        "reports_kakao": kakao,
        "reports_kakao_pct": _pct(kakao, total),
        "reports_affiliate": total - kakao,
        "reports_affiliate_pct": _pct(total - kakao, total),
        "kakao_by_type": by_type,
        "kakao_by_type_pct": {k: _pct(v, kakao) for k, v in by_type.items()},
        "kakao_paid_service": paid,
        "kakao_paid_service_pct": _pct(paid, kakao),
        "kakao_free_monetary": free_monetary,
        "kakao_free_monetary_pct": _pct(free_monetary, kakao),
        "affiliate_payouts": payouts,
        "claimants": int(claimants),
    }


def format_stats(s: dict[str, Any]) -> str:
    t, tp = s["kakao_by_type"], s["kakao_by_type_pct"]
    lines = [
        f"Workspace: {s['workspace']}  ({s['batches']} import batches)",
        f"Reports (접수)              {s['reports_total']:>9,}",
        f"  Kakao                     {s['reports_kakao']:>9,}  {s['reports_kakao_pct']:5.1f}%",
        f"  affiliates                {s['reports_affiliate']:>9,}  {s['reports_affiliate_pct']:5.1f}%",
        "Kakao reports by claimant type",
        f"  general users (일반이용자)  {t['user']:>9,}  {tp['user']:5.1f}%",
        f"  small businesses (소상공인) {t['small_business']:>9,}  {tp['small_business']:5.1f}%",
        f"  mid/large (중대형기업)      {t['enterprise']:>9,}  {tp['enterprise']:5.1f}%",
        f"  paid-service damage       {s['kakao_paid_service']:>9,}  {s['kakao_paid_service_pct']:5.1f}%",
        f"  free, money mentioned     {s['kakao_free_monetary']:>9,}  {s['kakao_free_monetary_pct']:5.1f}%",
        f"Claimants (신청인)           {s['claimants']:>9,}",
    ]
    if s["affiliate_payouts"]:
        lines.append("Affiliate payouts (계열사 지급 내역)")
        for aff, v in sorted(s["affiliate_payouts"].items()):
            lines.append(f"  {aff:<24} {v['rows']:>9,} rows {v['krw']:>14,}원")
    return "\n".join(lines)
