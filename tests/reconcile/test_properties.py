"""Hypothesis properties of reconciliation on generated small worlds."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import open_workspace
from models.tables import AffiliatePayout, Claimant, Match, Outcome, PayableLine
from reconcile.decisions import decide_match
from reconcile.policy import load_policy

from .conftest import World

BRNS = ["1168200276", "1348672683", "2208162517", "1248100998"]
NAMES = ["김민용", "이서연", "박지훈", "최유나"]
PHONES = ["01011112222", "01033335678", "01044445678", "01055556666"]
POLICY = load_policy()
SETTINGS = settings(max_examples=12, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

reports = st.lists(st.fixed_dictionaries({
    "who": st.integers(0, 3), "loss": st.one_of(st.none(), st.integers(1, 90) .map(lambda k: k * 10_000)),
    "service": st.sampled_from(["카카오톡", "카카오맵", "선물하기"]),
}), min_size=1, max_size=6)
payouts = st.lists(st.fixed_dictionaries({
    "who": st.integers(0, 3), "how": st.sampled_from(["brn", "phone", "masked", "other_name"]),
    "amount": st.sampled_from([4_260, 7_550, 30_000, 50_000, 150_000]),
}), max_size=5)


def _build(tmp: Path, reps, pays) -> World:
    ws = open_workspace(tmp / "w.sqlite3", "clerk")
    w = World(ws, tmp)
    w.reports(*[{"name": NAMES[r["who"]], "brn": BRNS[r["who"]], "mobile": PHONES[r["who"]],
                 "loss": r["loss"], "service": r["service"]} for r in reps])
    games = [p for p in pays if p["how"] == "brn"]
    mob = [p for p in pays if p["how"] != "brn"]
    if games:
        w.games(*[{"shop": "가게", "brn": BRNS[p["who"]], "amount": p["amount"]} for p in games])
    if mob:
        w.mobility(*[{"name": NAMES[p["who"]] if p["how"] != "other_name" else "홍길동",
                      "mobile": PHONES[p["who"]] if p["how"] != "masked" else "010-****-" + PHONES[p["who"]][-4:],
                      "amount": p["amount"]} for p in mob])
    return w


def _state(ws):
    with ws.engine.connect() as conn:
        o = Outcome.__table__
        c = Claimant.__table__
        outcomes = sorted(conn.execute(select(c.c.claimant_key, o.c.programme, o.c.kind, o.c.payable_krw,
                                              o.c.explanation).select_from(o.join(c, o.c.claimant_id == c.c.id))).all())
        m = Match.__table__
        matches = sorted(conn.execute(select(m.c.payout_id, m.c.claimant_id, m.c.status, m.c.score)).all())
        pl = PayableLine.__table__
        lines = sorted(conn.execute(select(pl.c.claimant_id, pl.c.amount_krw).where(pl.c.status == "live")).all())
    return outcomes, matches, lines


@SETTINGS
@given(reports, payouts)
def test_reconciling_twice_gives_the_same_result(reps, pays):
    with tempfile.TemporaryDirectory() as d:
        w = _build(Path(d), reps, pays)
        w.run()
        first = _state(w.ws)
        w.run()
        assert _state(w.ws) == first
        w.ws.close()


@SETTINGS
@given(reports, payouts)
def test_an_unrelated_payout_changes_nothing_else(reps, pays):
    with tempfile.TemporaryDirectory() as d:
        w = _build(Path(d), reps, pays)
        w.run()
        before = _state(w.ws)
        w.mobility({"name": "남남", "mobile": "010-7777-8888", "amount": 50_000})
        w.run()
        after = _state(w.ws)
        assert after[0] == before[0] and after[2] == before[2]
        assert after[1] == before[1]  # the new row matched nobody
        w.ws.close()


@SETTINGS
@given(reports, payouts)
def test_offset_never_pays_beyond_the_entitlement(reps, pays):
    with tempfile.TemporaryDirectory() as d:
        w = _build(Path(d), reps, pays)
        w.run()
        with w.ws.engine.connect() as conn:
            o, m = Outcome.__table__, Match.__table__
            p = AffiliatePayout.__table__
            paid: dict[int, int] = {}
            for cid, amount in conn.execute(select(m.c.claimant_id, p.c.amount_krw).select_from(
                    m.join(p, m.c.payout_id == p.c.id)).where(m.c.status.in_(("sure", "confirmed")))):
                paid[cid] = paid.get(cid, 0) + amount
            rows = conn.execute(select(o.c.claimant_id, o.c.entitled_krw, o.c.payable_krw, o.c.kind)
                                .where(o.c.programme == POLICY.programme)).all()
        for cid, entitled, payable, kind in rows:
            affiliates = paid.get(cid, 0)
            if kind == "pay":
                assert payable + affiliates <= entitled
            if affiliates >= entitled:
                assert payable == 0  # affiliates alone already paid as much or more
        w.ws.close()


@SETTINGS
@given(reports, payouts, st.data())
def test_a_confirmed_different_is_never_overridden(reps, pays, data):
    with tempfile.TemporaryDirectory() as d:
        w = _build(Path(d), reps, pays)
        w.run()
        with w.ws.engine.connect() as conn:
            ids = conn.execute(select(Match.__table__.c.id)).scalars().all()
        if not ids:
            w.ws.close()
            return
        chosen = data.draw(st.sampled_from(sorted(ids)))
        decide_match(w.ws, chosen, "different")
        with w.ws.engine.connect() as conn:
            m = Match.__table__
            pair = conn.execute(select(m.c.payout_id, m.c.claimant_id).where(m.c.id == chosen)).one()
        for _ in range(2):
            w.run()
            with w.ws.engine.connect() as conn:
                status = conn.execute(select(m.c.status).where(m.c.payout_id == pair[0],
                                                               m.c.claimant_id == pair[1])).scalar_one()
            assert status == "rejected"
        w.ws.close()


@settings(SETTINGS, max_examples=5)
@given(reports, payouts)
def test_the_background_json_path_writes_what_the_plain_path_writes(reps, pays):
    """On SQLite the rows go through one background writer as JSON statements; where that
    path is not available (PostgreSQL, an old SQLite) they are written plainly. Both store the
    same claimants, links, matches, outcomes and payable lines, run after run."""
    import models.bulk as bulk

    def state(w):
        with w.ws.engine.connect() as conn:
            links = sorted(conn.exec_driver_sql(
                "SELECT r.id, c.claimant_key, c.claimant_type, c.display_name, c.business_name, c.brn, "
                "c.mobile, c.kakao_account, c.unidentifiable, c.flags FROM report r "
                "JOIN report_claimant l ON l.report_id = r.id JOIN claimant c ON c.id = l.claimant_id").all())
        return _state(w.ws), links

    states = []
    for json_path in (True, False):
        with tempfile.TemporaryDirectory() as d:
            w = _build(Path(d), reps, pays)
            saved = bulk._JSON_INSERT
            bulk._JSON_INSERT = json_path
            try:
                w.run()
                first = state(w)
                w.mobility({"name": NAMES[0], "mobile": PHONES[0], "amount": 7_550})  # a second run with news
                w.run()
                states.append((first, state(w)))
            finally:
                bulk._JSON_INSERT = saved
                w.ws.close()
    assert states[0] == states[1]
