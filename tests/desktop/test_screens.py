"""Committee, ledgers (maker-checker, export options, void), affiliate reports, audit log."""

from __future__ import annotations

import msoffcrypto
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog
from sqlalchemy import select

import desktop.ledgers as ledgers_mod
from desktop.audit_log import AuditPage
from desktop.committee import CommitteePage
from desktop.ledgers import LedgersPage
from desktop.main_window import MainWindow
from models import open_workspace
from models.tables import CommitteeDecision, Ledger
from reconcile.service import reconcile


def _yes(monkeypatch, answer=True):
    monkeypatch.setattr(ledgers_mod, "ask", lambda *a, **k: answer)


def test_committee_decision(qtbot, gui_ws, korean):
    page = CommitteePage(gui_ws)
    qtbot.addWidget(page)
    assert page.table.rowCount() > 0 and "심의 대기" in page.summary.text()
    page.table.selectRow(0)
    claimant_id = page.table.item(0, 0).text()
    page.amount.setValue(700_000)
    page.reference.setText("")
    assert not page.decide()  # a reference is required
    page.reference.setText("제1차 협의체")
    assert page.decide()
    with gui_ws.engine.connect() as conn:
        d = conn.execute(select(CommitteeDecision.__table__)).mappings().one()
    assert d["amount_krw"] == 700_000 and d["reference"] == "제1차 협의체"
    s = reconcile(gui_ws)
    assert s.changes.get("payable_created", 0) >= 1
    page.reload()
    assert any("700,000원" in page.table.item(i, 6).text() for i in range(page.table.rowCount()))
    assert claimant_id


def test_committee_masks_a_name_shown_for_want_of_a_business_name(qtbot, gui_ws, korean):
    from sqlalchemy import text

    from importers.normalize import mask_name

    first = CommitteePage(gui_ws)
    qtbot.addWidget(first)
    claimant_id = int(first.table.item(0, 0).text())
    with gui_ws.writer().begin() as conn:
        name = conn.execute(text("SELECT display_name FROM claimant WHERE id = :i"), {"i": claimant_id}).scalar()
        conn.execute(text("UPDATE claimant SET business_name = NULL WHERE id = :i"), {"i": claimant_id})
    first.reload()
    row = next(i for i in range(first.table.rowCount()) if first.table.item(i, 0).text() == str(claimant_id))
    assert len(name) >= 2 and first.table.item(row, 1).text() == mask_name(name) != name


def test_prepare_preview_shows_the_lines(qtbot, gui_ws, korean):
    from ledger import lifecycle

    draft = lifecycle.preview(gui_ws)
    dialog = ledgers_mod.PreparePreview(draft)
    qtbot.addWidget(dialog)
    assert dialog.lines.rowCount() == len(draft.lines) > 0
    assert f"{len(draft.lines):,}명" in dialog.summary.text() and "제외" in dialog.summary.text()
    assert dialog.lines.item(0, 4).text().endswith("원")


def test_ledger_maker_checker_export_and_void(qtbot, gui_ws, korean, monkeypatch, tmp_path):
    maker = LedgersPage(gui_ws)
    qtbot.addWidget(maker)
    _yes(monkeypatch)
    shown = []
    monkeypatch.setattr(ledgers_mod, "confirm_prepare", lambda parent, draft: shown.append(draft) or False)
    assert not maker.prepare() and maker.table.rowCount() == 0  # cancelled at the preview
    monkeypatch.setattr(ledgers_mod, "confirm_prepare", lambda parent, draft: True)
    assert maker.prepare()
    assert shown and shown[0].lines
    assert maker.table.rowCount() == 1 and maker.table.item(0, 1).text() == "작성"
    maker.table.selectRow(0)
    errors = []
    monkeypatch.setattr(ledgers_mod, "show_error", lambda parent, exc: errors.append(str(exc)))
    assert not maker.approve()  # the preparer may not approve
    assert errors and "작성자는 자기 지급대장을 승인할 수 없습니다" in errors[0]
    checker_ws = open_workspace(gui_ws.path, "checker")
    checker = LedgersPage(checker_ws)
    qtbot.addWidget(checker)
    checker.table.selectRow(0)
    assert checker.approve() and checker.table.item(0, 1).text() == "승인"
    out = tmp_path / "지급대장.xlsx"

    def accept(dialog):
        dialog.path.setText(str(out))
        dialog.password.setText("pw-1015")
        dialog.bank.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ledgers_mod.ExportDialog, "exec", accept)
    opened = []
    monkeypatch.setattr(ledgers_mod, "open_folder", lambda path: opened.append(path))
    checker.table.selectRow(0)
    assert checker.export(), errors
    assert out.exists() and (tmp_path / "지급대장_대량이체.xlsx").exists()
    with open(out, "rb") as f:
        assert msoffcrypto.OfficeFile(f).is_encrypted()
    assert opened == [tmp_path]
    assert checker.table.item(0, 1).text() == "내보냄"
    masked = tmp_path / "masked.xlsx"

    def accept_masked(dialog):
        dialog.path.setText(str(masked))
        dialog.mask.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ledgers_mod.ExportDialog, "exec", accept_masked)
    checker.table.selectRow(0)
    assert checker.export()
    from openpyxl import load_workbook

    sheet = load_workbook(masked)["지급대장"]
    accounts = [r[11] for r in sheet.iter_rows(min_row=2, values_only=True) if r[11]]
    assert accounts and all(a.startswith("********") for a in accounts)
    assert not (tmp_path / "masked_대량이체.xlsx").exists()  # no bank sheet with a masked copy
    checker.table.selectRow(0)
    assert not checker.void_button.isEnabled() and checker.export_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("은행 반려", True)))
    assert not checker.void()  # exported: refused, the lines stay in this ledger
    assert "환수" in errors[-1]
    with gui_ws.engine.connect() as conn:
        assert conn.execute(select(Ledger.__table__.c.status)).scalar_one() == "exported"
    checker_ws.close()


def test_affiliate_reports_from_the_gui(qtbot, gui_ws, korean, monkeypatch, tmp_path):
    page = LedgersPage(gui_ws)
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    assert page.affiliate_reports()
    assert len(list(tmp_path.glob("*_1015_대사결과.xlsx"))) == 4


def test_audit_log_filters_and_verifies(qtbot, gui_ws, korean):
    page = AuditPage(gui_ws)
    qtbot.addWidget(page)
    total = page.table.rowCount()
    assert total > 0
    page.filter.setText("reconcile")  # the stored code still finds its events, once typing stops
    qtbot.waitUntil(lambda: 0 < page.table.rowCount() < total, timeout=5_000)
    assert all(page.table.item(i, 3).toolTip().startswith("reconcile") for i in range(page.table.rowCount()))
    assert {page.table.item(i, 3).text() for i in range(page.table.rowCount())} == {"대사 실행"}
    assert page.verify() and "변조 없음" in page.verify_label.text()


def test_audit_log_reads_in_words_and_masks_phones(qtbot, gui_ws, korean):
    """Actions, subjects and details in words; a phone a clerk wrote in a note is masked."""
    from sqlalchemy import text

    from importers.normalize import format_brn
    from reconcile.decisions import decide_match

    with gui_ws.engine.connect() as conn:
        match_id, mobile, key = conn.execute(text(
            "SELECT m.id, c.mobile, c.claimant_key FROM match m JOIN claimant c ON c.id = m.claimant_id "
            "WHERE m.status = 'candidate' AND c.mobile IS NOT NULL LIMIT 1")).one()
    dashed = f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}"
    decide_match(gui_ws, match_id, "same", note=f"전화 확인 {dashed}")
    page = AuditPage(gui_ws)
    qtbot.addWidget(page)
    page.filter.setText("검토 판단")  # the words on screen find the code review.decide
    page.filter.returnPressed.emit()
    assert page.table.rowCount() == 1
    row = [page.table.item(0, j).text() for j in range(6)]
    assert row[3] == "검토 판단" and row[4] == f"검토 항목 {match_id}"
    assert "판단: 동일인" in row[5] and "이전 상태: 검토 대기" in row[5]
    assert f"신청인: 사업자 {format_brn(key.split(':')[1])}" in row[5]
    assert f"사유: 전화 확인 {dashed[:9]}****" in row[5] and mobile[7:] not in row[5]
    page.filter.setText("지급대장 작성")
    page.filter.returnPressed.emit()
    assert page.table.rowCount() == 0  # the fixture has no ledger
    page.filter.setText("")
    page.filter.returnPressed.emit()
    assert page.count_label.text().startswith(f"{page.table.rowCount():,}건 중")


def test_audit_details_mask_a_phone_in_a_claimant_key(qapp, korean):
    from desktop.audit_log import claimant_key_label, details_text

    shown = details_text({"claimant_key": "mobile:01041257713", "decision": "different",
                          "previous_status": "sure", "amount_krw": 300000, "masked": False,
                          "filter": {"search": "010 4125 7713", "company": None}}, "확인함")
    assert shown == ("신청인: 휴대전화 010-4125-****; 판단: 다른 사람; 이전 상태: 확실한 일치; 금액: 300,000원; "
                     "가림: 아니오; 거르기: (검색 010-4125-****); 사유: 확인함")
    assert details_text({"search": "850101-1234567"}, "주민번호 8501011234567 받음") == \
        "검색: ******-*******; 사유: 주민번호 ******-******* 받음"
    assert claimant_key_label("brn:1234567891") == "사업자 123-45-67891"
    assert claimant_key_label("kakao:hong.gd") == "카카오계정 ho*****"


def test_every_screen_has_a_key_and_reconcile_reports_changes(qtbot, gui_ws, korean):
    w = MainWindow(gui_ws)
    qtbot.addWidget(w)
    keys = {a.shortcut().toString() for a in w.actions()}
    assert {f"Alt+{i}" for i in range(1, w.tabs.count() + 1)} <= keys
    task = w.run_reconcile()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert w.summary_box.objectName() == "reconcileSummary" and "바뀐 것" in w.summary_box.text()
    w.summary_box.close()


@pytest.mark.parametrize("tab", range(7))
def test_each_tab_opens(qtbot, gui_ws, korean, tab):
    w = MainWindow(gui_ws)
    qtbot.addWidget(w)
    w.show()
    w.tabs.setCurrentIndex(tab)
    assert w.tabs.currentWidget().isVisible()


def test_clawbacks_mask_whoever_has_no_business_name(qtbot, gui_ws, korean, monkeypatch):
    rows = [{"number": "1015-L-0001", "business_name": None, "display_name": "김민용",
             "claimant_key": "mobile:01011112222", "amount_paid_krw": 30_000, "amount_krw": 30_000,
             "reason": "계열사 지급 확인"},
            {"number": "1015-L-0001", "business_name": None, "display_name": None,
             "claimant_key": "mobile:01033334444", "amount_paid_krw": 50_000, "amount_krw": 20_000,
             "reason": "계열사 지급 확인"}]
    monkeypatch.setattr(ledgers_mod.lifecycle, "list_clawbacks", lambda ws: rows)
    page = LedgersPage(gui_ws)
    qtbot.addWidget(page)
    assert [page.clawbacks.item(i, 1).text() for i in range(2)] == ["김*용", "휴대전화 010-3333-****"]
