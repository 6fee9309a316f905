"""What the dashboard shows of reconciliation: outcomes, money, the review queue."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from models.tables import Match, Outcome
from models.workspace import Workspace

O, M = Outcome.__table__, Match.__table__


def outcome_summary(ws: Workspace, programme: str = "kakao_1015") -> dict[str, Any]:
    with ws.engine.connect() as conn:
        kinds = {k: {"claimants": int(n), "krw": int(krw or 0)} for k, n, krw in conn.execute(
            select(O.c.kind, func.count(), func.sum(O.c.payable_krw)).group_by(O.c.kind))}
        kept = conn.execute(select(func.sum(O.c.offset_krw)).where(O.c.programme == programme)).scalar() or 0
        by_tier = {t or "-": {"claimants": int(n), "krw": int(krw or 0)} for t, n, krw in conn.execute(
            select(O.c.tier, func.count(), func.sum(O.c.payable_krw))
            .where(O.c.programme == programme, O.c.kind == "pay").group_by(O.c.tier))}
        by_affiliate: dict[str, dict[str, int]] = {}
        for prog, kind, n in conn.execute(
                select(O.c.programme, O.c.kind, func.count()).where(O.c.programme.like("affiliate:%"))
                .group_by(O.c.programme, O.c.kind)):
            by_affiliate.setdefault(prog.split(":", 1)[1], {})[kind] = int(n)
        queue = dict(conn.execute(select(M.c.status, func.count()).group_by(M.c.status)).all())
    return {"kinds": kinds, "krw_payable": kinds.get("pay", {}).get("krw", 0), "krw_kept": int(kept),
            "by_tier": by_tier, "by_affiliate": by_affiliate,
            "review": {"pending": int(queue.get("candidate", 0)),
                       "decided": int(queue.get("confirmed", 0) + queue.get("rejected", 0)),
                       "sure": int(queue.get("sure", 0))}}
