"""The review queue: keys decide, Ctrl+Z undoes, decisions survive reconcile, bulk confirm."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.review import ROLE_MATCH, ReviewPage
from models.tables import Match, MatchDecision
from reconcile.service import reconcile

M, MD = Match.__table__, MatchDecision.__table__


def _status(ws, match_id):
    with ws.engine.connect() as conn:
        return conn.execute(select(M.c.status).where(M.c.id == match_id)).scalar_one()


def _decisions(ws):
    with ws.engine.connect() as conn:
        return conn.execute(select(MD.c.decision)).scalars().all()


def test_keys_decide_and_undo_restores(qtbot, gui_ws, korean):
    page = ReviewPage(gui_ws)
    qtbot.addWidget(page)
    page.show()
    scores = [r["score"] for r in page.model.rows]
    assert scores and scores == sorted(scores, reverse=True)
    total = len(page.model.rows)
    assert page.progress.text() == f"0 / {total} 검토 완료"
    first = page.current_id()
    assert "점수" in page.compare.toHtml()
    page.table.setFocus()
    page.note.setText("전화로 확인")  # (QTest cannot type Hangul key by key)
    qtbot.keyClick(page.table, Qt.Key.Key_Y)
    assert _status(gui_ws, first) == "confirmed" and _decisions(gui_ws) == ["same"]
    assert page.progress.text().startswith("1 / ")
    assert first not in [r["id"] for r in page.model.rows]
    page.undo_stack.undo()  # Ctrl+Z
    assert _status(gui_ws, first) == "candidate" and _decisions(gui_ws) == []
    assert page.progress.text() == f"0 / {total} 검토 완료"
    page.table.selectRow(0)
    second = page.current_id()
    qtbot.keyClick(page.table, Qt.Key.Key_S)
    assert page.current_id() != second and _decisions(gui_ws) == []
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    assert _status(gui_ws, second) == "rejected"


def test_a_decision_survives_reconcile(qtbot, gui_ws, korean):
    page = ReviewPage(gui_ws)
    qtbot.addWidget(page)
    chosen = page.current_id()
    page.decide("different")
    reconcile(gui_ws)
    reconcile(gui_ws)
    assert _status(gui_ws, chosen) == "rejected"
    page.reload()
    assert chosen not in [r["id"] for r in page.model.rows]


def test_bulk_confirm_and_filters(qtbot, gui_ws, korean, monkeypatch):
    page = ReviewPage(gui_ws)
    qtbot.addWidget(page)
    n = len(page.model.rows)
    page.band_box.setCurrentIndex(page.band_box.findData("high"))
    assert all(r["score"] >= 0.7 for r in page.model.rows)
    page.band_box.setCurrentIndex(0)
    assert len(page.model.rows) == n
    page.affiliate_box.setCurrentIndex(1)
    aff = page.affiliate_box.currentData()
    assert page.model.rows and all(r["affiliate"] == aff for r in page.model.rows)
    page.affiliate_box.setCurrentIndex(0)
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    ids = [page.model.data(i, ROLE_MATCH) for i in page.table.selectionModel().selectedRows()]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert page.bulk_confirm() == 0
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert page.bulk_confirm() == len(ids) == 2
    assert {_status(gui_ws, i) for i in ids} == {"confirmed"}
    page.undo_stack.undo()  # one undo takes back the whole bulk confirmation
    assert {_status(gui_ws, i) for i in ids} == {"candidate"}


def test_masked_phones_are_compared_on_the_visible_digits():
    from desktop.review import aligned_phones, visible_agree

    a, b = aligned_phones("010****2170", "01054862170")
    assert (a, b) == ("010-****-2170", "010-****-2170") and visible_agree(a, b)
    a, b = aligned_phones("010****2170", "01054869999")
    assert not visible_agree(a, b)
    a, b = aligned_phones("01011112222", "01011112222")
    assert a == b == "010-1111-****"


def test_names_are_masked_in_the_comparison_until_revealed(qtbot, gui_ws, korean):
    """The comparison masks names like the queue beside it; 개인정보 보기 shows them and is
    audit-logged; a difference is highlighted from the full names either way."""
    from importers.normalize import mask_name
    from models.tables import AuditEvent

    page = ReviewPage(gui_ws)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    r = page.model.rows[0]
    payee = r["payee_name"] or r["representative"]
    assert payee and r["display_name"]
    html = page.compare.toHtml()
    assert mask_name(payee) in html and payee not in html and r["display_name"] not in html
    page.reveal.setChecked(True)
    html = page.compare.toHtml()
    assert payee in html and r["display_name"] in html
    with gui_ws.engine.connect() as conn:
        entity = conn.execute(select(AuditEvent.__table__.c.entity).where(
            AuditEvent.__table__.c.action == "personal_data.reveal")).scalar_one()
    assert entity == "review_queue"
    # names that differ only where a mask hides them are highlighted all the same
    page.reveal.setChecked(False)
    name = r["display_name"]
    assert len(name) >= 3
    page.model.rows[0] = {**r, "payee_name": name[0] + "X" + name[2:], "representative": None}
    html = page.comparison_html(page.model.rows[0])
    name_row = next(tr for tr in html.split("<tr") if "ffe4c4" in tr)
    assert html.count("ffe4c4") == 1 and name_row.count(mask_name(name)) == 2  # both read 이*훈


def test_a_payout_without_a_name_leaves_the_business_names_whole(qtbot, gui_ws, korean):
    page = ReviewPage(gui_ws)
    qtbot.addWidget(page)
    r = {**page.model.rows[0], "payee_name": None, "representative": None, "business_name": None}
    assert r["claimant_business"]
    assert r["claimant_business"] in page.comparison_html(r)
