"""Scoring a reconciled workspace against the demo's ground truth (tests and benchmarks).

The truth names claimants by the generator's identity keys; a reconciled
claimant is tied to a truth claimant through the reports they share.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models.tables import AffiliatePayout, Match, Outcome, Report, ReportClaimant
from models.workspace import Workspace

SURE_CASES = ("reporter", "sure_brn", "sure_phone", "sure_phone_fallback")
AMBIGUOUS_CASES = ("ambiguous_name_differs", "ambiguous_masked", "ambiguous_two")


@dataclass
class Score:
    sure_tp: int = 0
    sure_fp: list = field(default_factory=list)
    sure_fn: list = field(default_factory=list)
    ambiguous_auto: list = field(default_factory=list)
    ambiguous_missing: list = field(default_factory=list)
    namesake_matched: list = field(default_factory=list)
    payable_wrong: list = field(default_factory=list)
    claimants_scored: int = 0

    @property
    def sure_precision(self) -> float:
        return self.sure_tp / (self.sure_tp + len(self.sure_fp)) if self.sure_tp or self.sure_fp else 1.0

    @property
    def sure_recall(self) -> float:
        return self.sure_tp / (self.sure_tp + len(self.sure_fn)) if self.sure_tp or self.sure_fn else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"sure_precision": self.sure_precision, "sure_recall": self.sure_recall,
                "sure_tp": self.sure_tp, "sure_fp": len(self.sure_fp), "sure_fn": len(self.sure_fn),
                "ambiguous_auto": len(self.ambiguous_auto),
                "ambiguous_missing": len(self.ambiguous_missing),
                "namesake_matched": len(self.namesake_matched),
                "payable_wrong": len(self.payable_wrong), "claimants_scored": self.claimants_scored}


def _truth_to_claimant(ws: Workspace, truth: dict) -> dict[str, int]:
    r = Report.__table__
    with ws.engine.connect() as conn:
        links = ReportClaimant.__table__
        by_report = dict(conn.execute(select(r.c.report_no, links.c.claimant_id)
                                      .select_from(r.join(links, links.c.report_id == r.c.id))).all())
    out: dict[str, int] = {}
    for key, c in truth["claimants"].items():
        ids = {by_report.get(no) for no in c["reports"]} - {None}
        if len(ids) == 1:
            out[key] = ids.pop()
    return out


def payout_ids(ws: Workspace) -> dict[tuple[str, str, int], int]:
    p = AffiliatePayout.__table__
    with ws.engine.connect() as conn:
        return {(a, s, n): i for i, a, s, n in conn.execute(
            select(p.c.id, p.c.affiliate, p.c.sheet, p.c.row_number))}


def truthful_decisions(ws: Workspace, truth: dict) -> list[tuple[int, str]]:
    """(match id, same|different) for every candidate, as a clerk who knows the truth decides."""
    t2c = _truth_to_claimant(ws, truth)
    pid = payout_ids(ws)
    m = Match.__table__
    with ws.engine.connect() as conn:
        cands = conn.execute(select(m.c.id, m.c.payout_id, m.c.claimant_id)
                             .where(m.c.status == "candidate")).all()
    want = {pid[(p["affiliate"], p["sheet"], p["row"])]: t2c.get(p["claimant"]) if p["claimant"] else None
            for p in truth["payouts"]}
    return [(mid, "same" if want.get(payout) == cid else "different") for mid, payout, cid in cands]


def score(ws: Workspace, truth_path: Path, check_payable: bool = True) -> Score:
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    t2c = _truth_to_claimant(ws, truth)
    pid = payout_ids(ws)
    m = Match.__table__
    with ws.engine.connect() as conn:
        matches = defaultdict(list)
        for payout, cid, status in conn.execute(select(m.c.payout_id, m.c.claimant_id, m.c.status)
                                                .where(m.c.payout_id.is_not(None))):
            matches[payout].append((cid, status))
    s = Score()
    for p in truth["payouts"]:
        payout = pid[(p["affiliate"], p["sheet"], p["row"])]
        got = matches.get(payout, [])
        sure = [cid for cid, st in got if st == "sure"]
        want = t2c.get(p["claimant"]) if p["claimant"] else None
        where = (p["affiliate"], p["sheet"], p["row"], p["case"])
        if p["case"] in SURE_CASES:
            if sure == [want]:
                s.sure_tp += 1
            else:
                s.sure_fn.append(where)
                s.sure_fp += [where for cid in sure if cid != want]
        else:
            s.sure_fp += [where for _ in sure]
        if p["case"] in AMBIGUOUS_CASES:
            if sure:
                s.ambiguous_auto.append(where)
            if want is not None and want not in [cid for cid, _ in got]:
                s.ambiguous_missing.append(where)
        if p["case"] == "namesake" and got:
            s.namesake_matched.append(where)
    if check_payable:
        o = Outcome.__table__
        with ws.engine.connect() as conn:
            outcomes = {cid: (kind, pay) for cid, kind, pay in conn.execute(
                select(o.c.claimant_id, o.c.kind, o.c.payable_krw).where(o.c.programme == "kakao_1015"))}
        for key, c in truth["claimants"].items():
            if "outcome" not in c or key not in t2c:
                continue
            s.claimants_scored += 1
            kind, pay = outcomes.get(t2c[key], (None, None))
            want_pay = c["payable_krw"] or 0
            if kind != c["outcome"] or (pay or 0) != want_pay:
                s.payable_wrong.append((key, c["outcome"], c["payable_krw"], kind, pay))
    return s
