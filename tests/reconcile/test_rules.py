"""Each reconciliation rule, proved on a small hand-made world (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from models import audit
from models.errors import InputRefused
from models.tables import AffiliatePayout, Claimant, Match, Outcome, PayableLine
from reconcile.decisions import decide_committee, decide_match, review_queue
from reconcile.policy import default_policy_text, parse_policy

BRN_A, BRN_B, BRN_C = "116-82-00276", "134-86-72683", "220-81-62517"
C, O, M, P, PL = (t.__table__ for t in (Claimant, Outcome, Match, AffiliatePayout, PayableLine))


def claimant(ws, key):
    with ws.engine.connect() as conn:
        return conn.execute(select(C).where(C.c.claimant_key == key)).mappings().one()


def outcome(ws, key, programme="kakao_1015"):
    with ws.engine.connect() as conn:
        return conn.execute(select(O.c.kind, O.c.payable_krw, O.c.entitled_krw, O.c.offset_krw,
                                   O.c.explanation).select_from(O.join(C, O.c.claimant_id == C.c.id))
                            .where(C.c.claimant_key == key, O.c.programme == programme)).mappings().one()


def matches(ws):
    with ws.engine.connect() as conn:
        return sorted(conn.execute(select(P.c.partner_code, C.c.claimant_key, M.c.status, M.c.id)
                                   .select_from(M.join(P, M.c.payout_id == P.c.id)
                                                .join(C, M.c.claimant_id == C.c.id))).all())


def live_lines(ws):
    with ws.engine.connect() as conn:
        return conn.execute(select(PL.c.claimant_id, PL.c.amount_krw).where(PL.c.status == "live")).all()


def test_same_valid_brn_is_one_business_and_a_phone_never_merges_two(world):
    world.reports({"name": "김민용", "shop": "햇살네일", "brn": BRN_A, "mobile": "010-1111-2222", "loss": 100_000},
                  {"name": "김민용", "shop": "햇살네일", "brn": BRN_A.replace("-", ""), "service": "카카오맵",
                   "loss": 50_000},
                  {"name": "김민용", "shop": "햇살카페", "brn": BRN_B, "mobile": "010-1111-2222", "loss": 10_000})
    s = world.run()
    assert s.claimants_by_type["small_business"] == 2
    a, b = claimant(world.ws, "brn:1168200276"), claimant(world.ws, "brn:1348672683")
    assert "phone_shared_with:brn:1348672683" in json.loads(a["flags"])
    assert "phone_shared_with:brn:1168200276" in json.loads(b["flags"])
    assert outcome(world.ws, "brn:1168200276")["payable_krw"] == 30_000  # 150,000 in all


def test_people_by_mobile_else_kakao_and_unidentifiable(world):
    world.reports({"type": "일반이용자", "name": "이서연", "mobile": "010-2222-3333", "kakao": "Sy@kakao.com"},
                  {"type": "일반이용자", "name": "이서연", "kakao": "sy@kakao.com"},
                  {"type": "일반이용자", "name": "박지훈", "kakao": "jh@daum.net"},
                  {"type": "일반이용자", "name": "무명씨"})
    s = world.run()
    assert s.claimants_by_type["user"] == 3
    assert outcome(world.ws, "mobile:01022223333")["kind"] == "benefits_only"
    assert outcome(world.ws, "kakao:jh@daum.net")["kind"] == "benefits_only"
    with world.ws.engine.connect() as conn:
        anon = conn.execute(select(C).where(C.c.unidentifiable.is_(True))).mappings().one()
    assert anon["claimant_key"].startswith("report:") and "unidentifiable" in anon["flags"]
    assert s.outcomes["unidentifiable"] == 1


def test_loss_counts_distinct_reports_and_tiers(world):
    world.reports(
        {"name": "가", "brn": BRN_A, "loss": 200_000}, {"name": "가", "brn": BRN_A, "loss": 200_000},  # twice
        {"name": "나", "brn": BRN_B, "loss": 200_000},
        {"name": "나", "brn": BRN_B, "loss": 100_001, "service": "카카오맵"},
        {"name": "다", "brn": BRN_C, "loss": 300_000, "service": "카카오T"},  # an affiliate's service
        {"name": "다", "brn": BRN_C, "loss": 300_000},
        {"name": "라", "brn": "124-81-00998", "loss": None},
    )
    world.run()
    a = outcome(world.ws, "brn:1168200276")
    assert (a["kind"], a["payable_krw"]) == ("pay", 30_000)
    assert a["explanation"] == "매출손실 200,000원 → 30,000원 구간 → 지급 30,000원"
    b = outcome(world.ws, "brn:1348672683")
    assert (b["kind"], b["payable_krw"]) == ("pay", 50_000)  # 300,001
    assert outcome(world.ws, "brn:2208162517")["payable_krw"] == 30_000  # the 카카오T report is not Kakao's
    assert outcome(world.ws, "brn:1248100998")["kind"] == "no_loss"
    assert outcome(world.ws, "brn:2208162517", "affiliate:mobility")["kind"] == "open_at_affiliate"


def test_committee_then_payable(world):
    world.reports({"name": "가", "shop": "큰가게", "brn": BRN_A, "loss": 1_200_000})
    world.run()
    assert outcome(world.ws, "brn:1168200276")["kind"] == "committee"
    assert live_lines(world.ws) == []
    cid = claimant(world.ws, "brn:1168200276")["id"]
    with pytest.raises(InputRefused, match="회의 번호"):
        decide_committee(world.ws, cid, 400_000, " ")
    decide_committee(world.ws, cid, 400_000, "제3차 협의체")
    world.run()
    o = outcome(world.ws, "brn:1168200276")
    assert (o["kind"], o["payable_krw"]) == ("pay", 400_000) and "제3차 협의체" in o["explanation"]
    assert live_lines(world.ws) == [(cid, 400_000)]


def test_offset_and_the_explanation(world):
    world.reports({"name": "김민용", "shop": "햇살PC방", "brn": BRN_A, "mobile": "010-1111-2222", "loss": 420_000})
    world.games({"shop": "햇살PC방", "brn": BRN_A, "name": "김민용", "amount": "30,000원"})
    s = world.run()
    o = outcome(world.ws, "brn:1168200276")
    assert o["explanation"] == "매출손실 420,000원 → 50,000원 구간; 카카오게임즈 지급 30,000원 차감 → 지급 20,000원"
    assert (o["payable_krw"], o["offset_krw"]) == (20_000, 30_000)
    assert s.krw_kept == 30_000 and s.krw_payable == 20_000


def test_covered_by_affiliate(world):
    world.reports({"name": "김", "brn": BRN_A, "loss": 100_000})
    world.games({"shop": "가게", "brn": BRN_A, "amount": 50_000})
    world.run()
    o = outcome(world.ws, "brn:1168200276")
    assert (o["kind"], o["payable_krw"]) == ("covered_by_affiliate", 0)
    assert live_lines(world.ws) == []


@pytest.mark.parametrize("rule, kind, pay", [("exclude", "covered_by_affiliate", 0), ("allow", "pay", 50_000),
                                             ("offset", "pay", 42_450)])
def test_overlap_rule_is_policy_data(world, rule, kind, pay):
    doc = default_policy_text().replace(
        '[affiliate_programmes.mobility]\nlabel = "카카오모빌리티 1015 보상"\ncompany = "카카오모빌리티"\noverlap = "offset"',
        f'[affiliate_programmes.mobility]\nlabel = "카카오모빌리티 1015 보상"\ncompany = "카카오모빌리티"\noverlap = "{rule}"',
    ).replace('version = "1015-default-2022-12-29"', f'version = "test-{rule}"')
    policy = parse_policy(doc)
    world.reports({"name": "김민용", "brn": BRN_A, "mobile": "010-1111-2222", "loss": 400_000})
    world.mobility({"name": "김민용", "mobile": "010-1111-2222", "amount": 7_550})
    world.run(policy)
    o = outcome(world.ws, "brn:1168200276")
    assert (o["kind"], o["payable_krw"]) == (kind, pay)


def test_other_tiers_run_without_code_changes(world):
    doc = default_policy_text().replace("max_loss = 300_000, amount = 30_000", "max_loss = 100_000, amount = 10_000") \
        .replace('version = "1015-default-2022-12-29"', 'version = "test-tiers"')
    world.reports({"name": "가", "brn": BRN_A, "loss": 90_000}, {"name": "나", "brn": BRN_B, "loss": 200_000})
    world.run(parse_policy(doc))
    assert outcome(world.ws, "brn:1168200276")["payable_krw"] == 10_000
    assert outcome(world.ws, "brn:1348672683")["payable_krw"] == 50_000


def test_policy_version_cannot_be_reused_for_other_content(world):
    world.run()
    doc = default_policy_text().replace("amount = 30_000", "amount = 31_000")
    with pytest.raises(InputRefused, match="이미 다른 내용"):
        world.run(parse_policy(doc))


def test_users_and_enterprises(world):
    world.reports({"type": "일반이용자", "name": "가", "mobile": "010-1000-0001", "loss": 900_000},
                  {"type": "중대형기업", "name": "나", "shop": "(주)큰회사", "brn": BRN_A, "loss": 9_000_000})
    s = world.run()
    assert outcome(world.ws, "mobile:01010000001")["kind"] == "benefits_only"
    assert outcome(world.ws, "brn:1168200276")["kind"] == "individual_review"
    assert s.krw_payable == 0


def test_affiliate_owned_reports_settled_or_open(world):
    world.reports({"type": "소상공인", "name": "김기사", "mobile": "010-3000-0001", "service": "카카오T"},
                  {"type": "소상공인", "name": "이기사", "mobile": "010-3000-0002", "service": "카카오T 대리"})
    world.mobility({"name": "김기사", "mobile": "010-3000-0001", "amount": 7_550})
    world.run()
    assert outcome(world.ws, "mobile:01030000001", "affiliate:mobility")["kind"] == "settled_by_affiliate"
    assert outcome(world.ws, "mobile:01030000002", "affiliate:mobility")["kind"] == "open_at_affiliate"
    with world.ws.engine.connect() as conn:  # affiliate-only claimants have no Kakao outcome
        assert conn.execute(select(O.c.id).where(O.c.programme == "kakao_1015")).all() == []


def test_candidates_and_what_is_never_matched(world):
    world.reports(
        {"name": "김민용", "brn": BRN_A, "mobile": "010-1111-2222", "loss": 100_000},
        {"name": "이서연", "brn": BRN_B, "mobile": "010-3333-5678", "loss": 100_000},
        {"name": "이서연", "brn": BRN_C, "mobile": "010-4444-5678", "loss": 100_000},
    )
    world.mobility(
        {"code": "SAME", "name": "김민용", "mobile": "1011112222", "amount": 7_550},      # sure (lost 0)
        {"code": "DIFF", "name": "박지훈", "mobile": "010-1111-2222", "amount": 7_550},   # name differs
        {"code": "MASK", "name": "김민용", "mobile": "010-****-2222", "amount": 4_260},   # masked
        {"code": "TWO", "name": "이서연", "mobile": "010-****-5678", "amount": 4_260},    # fits two
        {"code": "NAME", "name": "김민용", "mobile": "010-9999-9999", "amount": 7_550},   # name alone
        {"code": "TYPO", "name": "김민영", "mobile": "010-1111-2222", "amount": 7_550},   # one-jamo typo
    )
    world.run()
    got = {(code, key): status for code, key, status, _ in matches(world.ws)}
    assert got[("SAME", "brn:1168200276")] == "sure"
    assert got[("DIFF", "brn:1168200276")] == "candidate"
    assert got[("MASK", "brn:1168200276")] == "candidate"
    assert got[("TWO", "brn:1348672683")] == got[("TWO", "brn:2208162517")] == "candidate"
    assert got[("TYPO", "brn:1168200276")] == "sure"
    assert not any(code == "NAME" for code, _ in got)
    queue = review_queue(world.ws)
    assert [q["score"] for q in queue] == sorted((q["score"] for q in queue), reverse=True)
    assert any("성명 불일치" in " ".join(q["reasons"]) for q in queue)


def test_decisions_survive_reruns_and_new_imports(world):
    world.reports({"name": "김민용", "brn": BRN_A, "mobile": "010-1111-2222", "loss": 100_000})
    world.mobility({"code": "DIFF", "name": "박지훈", "mobile": "010-1111-2222", "amount": 7_550},
                   {"code": "SURE", "name": "김민용", "mobile": "010-1111-2222", "amount": 4_260})
    world.run()
    m = {code: mid for code, _, _, mid in matches(world.ws)}
    decide_match(world.ws, m["DIFF"], "same", "배우자 명의")
    decide_match(world.ws, m["SURE"], "different", "동명이인 확인")
    world.run()
    world.reports({"name": "딴사람", "brn": BRN_B, "loss": 100_000})  # a new import
    world.run()
    world.run()
    got = {code: status for code, _, status, _ in matches(world.ws)}
    assert got == {"DIFF": "confirmed", "SURE": "rejected"}  # the sure match stays rejected
    o = outcome(world.ws, "brn:1168200276")
    assert o["payable_krw"] == 30_000 - 7_550


def test_one_live_payable_line_and_changes_void_the_old(world):
    world.reports({"name": "김", "brn": BRN_A, "mobile": "010-1111-2222", "loss": 100_000})
    world.run()
    first = live_lines(world.ws)
    world.mobility({"name": "김", "mobile": "010-1111-2222", "amount": 7_550})
    world.run()
    now = live_lines(world.ws)
    assert len(first) == len(now) == 1 and now[0][1] == 22_450
    with world.ws.engine.connect() as conn:
        assert conn.execute(select(PL.c.amount_krw).where(PL.c.status == "void")).scalars().all() == [30_000]


def test_every_decision_is_audited_and_tampering_is_named(world):
    world.reports({"name": "김", "brn": BRN_A, "mobile": "010-1111-2222", "loss": 100_000})
    world.mobility({"name": "박", "mobile": "010-1111-2222", "amount": 7_550})
    world.run()
    decide_match(world.ws, matches(world.ws)[0][3], "different")
    with world.ws.engine.connect() as conn:
        actions = [a for (a,) in conn.execute(text("SELECT action FROM audit_event ORDER BY id"))]
        assert audit.verify(conn).ok
    assert {"import.commit", "payable.create", "reconcile.run", "review.decide"} <= set(actions)
    with world.ws.writer().begin() as conn:
        conn.execute(text("UPDATE audit_event SET operator = 'mallory' WHERE action = 'payable.create'"))
    with world.ws.engine.connect() as conn:
        check = audit.verify(conn)
        bad_id = conn.execute(text("SELECT id FROM audit_event WHERE action = 'payable.create'")).scalar()
    assert not check.ok and check.first_broken_id == bad_id


def _links(ws) -> dict[str, str]:
    with ws.engine.connect() as conn:
        return dict(conn.execute(text(
            "SELECT r.report_no, c.claimant_key FROM report r JOIN report_claimant l ON l.report_id = r.id "
            "JOIN claimant c ON c.id = l.claimant_id")).all())


def test_reports_follow_their_claimant_through_merges_and_undone_imports(world):
    """A new report that joins two identities moves an old report to a claimant made in the
    same run; undoing that import moves it back; claimants left without reports go."""
    from importers.service import list_batches, undo_batch

    world.reports({"no": "A1", "name": "김하나", "mobile": "010-5555-0001", "kakao": "hana@k.com", "loss": 1})
    world.run()
    assert _links(world.ws) == {"A1": "mobile:01055550001"}
    world.reports({"no": "B1", "name": "김하나", "mobile": "010-1111-0001", "kakao": "hana@k.com", "loss": 1})
    s = world.run()
    assert _links(world.ws) == {"A1": "mobile:01011110001", "B1": "mobile:01011110001"}
    assert s.changes["reports_linked"] == 2 and s.changes["claimants_removed"] == 1
    undo_batch(world.ws, list_batches(world.ws)[-1]["id"], "잘못 받은 파일")
    assert _links(world.ws) == {"A1": "mobile:01011110001"}  # B1 went with its batch
    world.run()
    assert _links(world.ws) == {"A1": "mobile:01055550001"}
    with world.ws.engine.connect() as conn:
        assert conn.execute(select(Claimant.__table__.c.claimant_key)).scalars().all() == ["mobile:01055550001"]
