"""The claims model: a valid Qt model, and exactly what SQL says for every filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop.claims_model import ROLE_CLAIMANT, ROLE_ID, ClaimsModel
from models.browse import BrowseFilter


def test_model_passes_qtmodeltester(qtmodeltester, gui_ws, korean):
    model = ClaimsModel(gui_ws)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() > 1000


def _sql_ids(ws, where: str, params: dict) -> list[int]:
    with ws.engine.connect() as conn:
        return [r[0] for r in conn.execute(text(
            "SELECT r.id FROM report r LEFT JOIN report_claimant rc ON rc.report_id = r.id "
            "LEFT JOIN outcome o ON o.claimant_id = rc.claimant_id AND "
            "o.programme = CASE r.company WHEN '카카오' THEN 'kakao_1015' "
            "WHEN '카카오모빌리티' THEN 'affiliate:mobility' WHEN '카카오게임즈' THEN 'affiliate:games' "
            "WHEN '카카오엔터테인먼트' THEN 'affiliate:entertainment' WHEN '카카오페이' THEN 'affiliate:pay' END "
            f"WHERE {where} ORDER BY r.report_no, r.id"), params)]


def test_filters_and_search_equal_sql(gui_ws, korean):
    model = ClaimsModel(gui_ws)
    with gui_ws.engine.connect() as conn:
        name, mobile, brn = conn.execute(text(
            "SELECT name, mobile, brn FROM report WHERE brn IS NOT NULL AND name IS NOT NULL LIMIT 1")).one()
    cases = [
        (BrowseFilter(claimant_type="small_business"), "r.claimant_type = :v", {"v": "small_business"}),
        (BrowseFilter(company="카카오모빌리티"), "r.company = :v", {"v": "카카오모빌리티"}),
        (BrowseFilter(service="선물하기"), "r.service = :v", {"v": "선물하기"}),
        (BrowseFilter(outcome="pay"), "o.kind = :v", {"v": "pay"}),
        (BrowseFilter(search=name), "(r.name LIKE :v OR r.business_name LIKE :v OR r.report_no LIKE :v)",
         {"v": f"%{name}%"}),
        (BrowseFilter(search=mobile[-8:]), "(r.mobile LIKE :v OR r.report_no LIKE :v OR r.brn LIKE :b)",
         {"v": f"%{mobile[-8:]}%", "b": f"{mobile[-8:]}%"}),
        (BrowseFilter(search=f"{brn[:3]}-{brn[3:5]}-{brn[5:]}"),
         "(r.mobile LIKE :d OR r.report_no LIKE :v OR r.brn LIKE :b)",
         {"d": f"%{brn}%", "v": f"%{brn[:3]}-{brn[3:5]}-{brn[5:]}%", "b": f"{brn}%"}),
        (BrowseFilter(claimant_type="small_business", outcome="covered_by_affiliate"),
         "r.claimant_type = 'small_business' AND o.kind = 'covered_by_affiliate'", {}),
    ]
    for flt, where, params in cases:
        model.set_filter(flt)
        expected = _sql_ids(gui_ws, where, params)
        assert model.ids() == expected, flt
        assert expected, flt  # every case selects something
        assert [model.data(model.index(i, 0), ROLE_ID) for i in range(min(5, len(expected)))] == expected[:5]


def test_sorting_in_sql(gui_ws, korean):
    model = ClaimsModel(gui_ws)
    model.sort(9, Qt.SortOrder.DescendingOrder)  # 매출손실액
    losses = [model.data(model.index(i, 9), Qt.ItemDataRole.UserRole + 3) for i in range(20)]
    assert losses == sorted(losses, key=lambda v: (v is not None, v), reverse=True)


def test_masked_by_default_and_reveal_is_audited(gui_ws, korean):
    model = ClaimsModel(gui_ws)
    row = next(i for i in range(model.rowCount()) if model.data(model.index(i, 3)))
    masked = model.data(model.index(row, 3))
    assert "*" in masked and model.data(model.index(row, 5)).endswith("****")
    model.set_masked(False)
    assert "*" not in model.data(model.index(row, 3))
    with gui_ws.engine.connect() as conn:
        events = conn.execute(text("SELECT operator FROM audit_event WHERE action = 'personal_data.reveal'")).all()
    assert events == [("tester",)]
    assert model.data(model.index(row, 0), ROLE_CLAIMANT) is not None


def test_flags_read_as_words_and_never_show_another_claimants_phone(qtbot, gui_ws, korean):
    """A claimant's flags are stored as codes, and a shared phone names the other claimants by
    their keys (``mobile:010…``): the detail pane says what to check in words and names the
    other claimants by number, masked like the rest of the pane."""
    import json
    import re

    from desktop.browser import ClaimsBrowser
    from models.browse import claimant_detail

    browser = ClaimsBrowser(gui_ws)
    qtbot.addWidget(browser)
    with gui_ws.engine.connect() as conn:
        flagged = conn.execute(text("SELECT id, flags FROM claimant WHERE flags != '[]'")).all()
        codes = {json.loads(f)[0].split(":")[0] for _, f in flagged}
        assert {"phone_shared_with", "unidentifiable"} <= codes  # the demo has both
        for cid, flags in flagged:
            html = browser.render_detail(claimant_detail(conn, cid))
            assert "확인 필요" in html
            assert not re.search(r"phone_shared|unidentifiable|brn_check|several_mobiles|brn:|mobile:", html)
            for flag in json.loads(flags):
                if flag.startswith("phone_shared_with:"):
                    others = [conn.execute(text("SELECT id FROM claimant WHERE claimant_key = :k"),
                                           {"k": k}).scalar_one() for k in flag.split(":", 1)[1].split(",")]
                    assert all(f"신청인 {o}" in html for o in others)
        # a business sharing its phone with a person: the person's key holds the full number
        person = conn.execute(text(
            "SELECT id, claimant_key, mobile, display_name FROM claimant "
            "WHERE claimant_key LIKE 'mobile:%' AND business_name IS NULL AND display_name IS NOT NULL "
            "LIMIT 1")).one()
        business = flagged[0][0]
    with gui_ws.writer().begin() as conn:
        conn.execute(text("UPDATE claimant SET flags = :f WHERE id = :id"),
                     {"f": json.dumps([f"phone_shared_with:{person.claimant_key}"]), "id": business})
    with gui_ws.engine.connect() as conn:
        detail = claimant_detail(conn, business)
    masked = browser.render_detail(detail)
    assert f"신청인 {person.id}" in masked
    assert person.mobile not in masked and person.display_name not in masked
    browser.reveal.setChecked(True)  # 개인정보 보기: the clerk asked to see it (and it is audited)
    assert person.display_name in browser.render_detail(detail)
