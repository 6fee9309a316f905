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
