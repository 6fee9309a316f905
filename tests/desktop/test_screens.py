"""Committee, ledgers (maker-checker, export options, void), affiliate reports, audit log."""

from __future__ import annotations

import msoffcrypto
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog
from sqlalchemy import select

import desktop.ledgers as ledgers_mod
from desktop.committee import AuditPage, CommitteePage
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
    page.filter.setText("reconcile")
    assert 0 < page.table.rowCount() < total
    assert all("reconcile" in page.table.item(i, 3).text() or "reconcile" in page.table.item(i, 5).text()
               for i in range(page.table.rowCount()))
    assert page.verify() and "변조 없음" in page.verify_label.text()


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
