"""The main window, the wizard, language, drag and drop, cancel."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QWizard

import desktop.import_wizard as wizard_mod
import desktop.main_window as mw_mod
from demo.generate import FILE_NAMES
from desktop import i18n
from desktop.main_window import MainWindow
from desktop.tasks import wait_for_idle
from models import open_workspace
from models.checksum import content_checksum


@pytest.fixture
def window(qtbot, gui_ws, korean):
    w = MainWindow(gui_ws)
    qtbot.addWidget(w)
    w.show()
    return w


def test_korean_by_default_then_english(qtbot, qapp, gui_ws, korean):
    w = MainWindow(gui_ws)
    qtbot.addWidget(w)
    assert w.tabs.tabText(0) == "대시보드" and w.menuBar().actions()[0].text() == "파일(&F)"
    assert w.browser.model.headerData(0, Qt.Orientation.Horizontal) == "접수번호"
    i18n.install(qapp, "en")
    english = MainWindow(gui_ws, "en")
    qtbot.addWidget(english)
    assert english.tabs.tabText(0) == "Dashboard" and english.menuBar().actions()[0].text() == "&File"
    assert english.browser.model.headerData(0, Qt.Orientation.Horizontal) == "Report no."
    assert english.dashboard.figures["reports_total"].text() == w.dashboard.figures["reports_total"].text()
    english.history.refresh()
    assert english.history.table.item(0, 2).text() == "Claims register"


def test_import_history_names_the_kind_of_each_batch(window):
    window.history.refresh()
    kinds = [window.history.table.item(i, 2).text() for i in range(window.history.table.rowCount())]
    assert kinds == ["피해 접수 내역", "카카오모빌리티", "카카오게임즈", "카카오페이", "카카오엔터테인먼트"]
    from importers.service import list_batches

    assert window.history.table.item(0, 4).text() == f"{list_batches(window.ws)[0]['rows_imported']:,}"
    assert window.history.table.item(0, 4).textAlignment() & Qt.AlignmentFlag.AlignRight


def test_dashboard_shows_the_seed_table_and_outcomes(window):
    f = window.dashboard.figures
    assert f["reports_total"].text() == "1,051" or int(f["reports_total"].text().replace(",", "")) > 1000
    assert "%" in f["reports_kakao"].text() and f["krw_payable"].text().endswith("원")
    assert int(f["review_pending"].text().replace(",", "")) > 0


def test_search_box_filters(qtbot, window):
    window.focus_search()
    assert window.tabs.currentWidget() is window.browser
    first = window.browser.model.rowCount()
    qtbot.keyClicks(window.browser.search, "1015-00001")
    qtbot.keyClick(window.browser.search, Qt.Key.Key_Return)
    assert 0 < window.browser.model.rowCount() < first


def test_shortcuts(window):
    assert window.act_open.shortcut().toString() == "Ctrl+O"
    assert window.act_import.shortcut().toString() == "Ctrl+I"
    assert window.act_search.shortcut().toString() == "Ctrl+F"
    assert window.act_refresh.shortcut().toString() == "F5"


def _finish_wizard(qtbot, wiz: QWizard) -> None:
    qtbot.waitUntil(lambda: wiz.files_page.isComplete(), timeout=30_000)
    wiz.next()  # preview
    wiz.next()  # checking report
    wiz.next()  # commit
    qtbot.waitUntil(lambda: wiz.commit_page.isComplete(), timeout=60_000)


def test_wizard_end_to_end_on_the_demo_files(qtbot, window, demo_dir, monkeypatch, tmp_path):
    fresh = open_workspace(tmp_path / "fresh.sqlite3", "tester")
    w = MainWindow(fresh)
    qtbot.addWidget(w)
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    asked = []

    def password(parent, title, label, echo=None, *a, **k):
        asked.append(label)
        return (truth["entertainment_password"] if len(asked) > 1 else "wrong"), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(password))
    paths = [str(demo_dir / FILE_NAMES[k]) for k in ("claims", "mobility", "games", "pay", "entertainment")]
    monkeypatch.setattr(mw_mod.QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (paths, "")))
    w.import_files()
    wiz = w.wizard
    _finish_wizard(qtbot, wiz)
    assert len(asked) == 2 and "암호가 맞지 않습니다" in asked[1]  # asked again after a wrong password
    kinds = [e.plan.profile.name for e in wiz.entries]
    assert kinds == ["claims", "mobility", "games", "pay", "entertainment"]
    text = wiz.commit_page.result.toPlainText()
    assert text.count("✔") == 5, text
    wiz.accept()
    wait_for_idle()
    fresh.close()


def test_wizard_refusal_leaves_database_unchanged(qtbot, window, gui_ws, demo_dir):
    before = content_checksum(gui_ws.engine)
    window.import_files([str(demo_dir / FILE_NAMES["pay"])])  # already imported: refused at commit
    _finish_wizard(qtbot, window.wizard)
    assert "이미 가져온 파일" in window.wizard.commit_page.result.toPlainText()
    assert content_checksum(gui_ws.engine) == before
    window.wizard.reject()


def test_mapping_can_be_edited_and_saved(qtbot, window, demo_dir, monkeypatch):
    window.import_files([str(demo_dir / FILE_NAMES["pay"])])
    wiz = window.wizard
    qtbot.waitUntil(lambda: wiz.files_page.isComplete(), timeout=30_000)
    wiz.next()
    page = wiz.preview_page
    assert page.mapping.rowCount() >= 7 and page.preview.rowCount() > 0
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("페이 기본", True)))
    saved = page.save_mapping()
    doc = json.loads(saved.read_text(encoding="utf-8"))
    assert doc["profile"] == "pay" and "amount" in doc["columns"].values()
    # the saved mapping is offered, and reading with it gives the same rows
    page.saved.setCurrentIndex(page.saved.findText("페이 기본"))
    page.use_saved()
    qtbot.waitUntil(lambda: wiz.files_page.isComplete(), timeout=30_000)
    entry = wiz.entries[0]
    assert entry.mapping is not None and entry.mapping.name == "페이 기본"
    assert entry.plan.rows_read > 0 and not entry.plan.errors
    wiz.reject()


def _unknown_layout(path):
    """A games payout sheet whose headers no profile knows: 매장 번호, PC방 상호 and
    보상 지급액(원) are nobody's synonyms (대표자, 사업자번호, 연락처 and 지급일 are)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "12월 지급"
    ws.append(["카카오게임즈 PC방 보상 지급 현황"])
    ws.append(["작성일", "2022-12-28"])
    ws.append([])
    ws.append(["매장 번호", "PC방 상호", "대표자", "사업자번호", "연락처", "보상 지급액(원)", "지급일"])
    rows = [("PC-101", "행복PC방", "김민수", "116-82-00276", "010-1234-5678", 50000, "2022-12-20"),
            ("PC-102", "즐거운PC방", "이영희", "134-86-72683", "010-2345-6789", "30,000원", "2022.12.21"),
            ("PC-103", "신나는PC방", "박철수", "220-81-62517", "010-3456-7890", 40000, "20221222")]
    for r in rows:
        ws.append(list(r))
    ws.append(["합계", None, None, None, None, 120000])
    wb.save(path)
    return len(rows)


def test_a_layout_no_profile_knows_is_mapped_in_the_wizard(qtbot, window, gui_ws, monkeypatch, tmp_path):
    """The file is read, its rows seen; the clerk picks the kind and the header row, gives
    the unknown columns their fields (the known ones come chosen), applies, saves the mapping
    and imports. The saved mapping reads the file the same way from the command line."""
    from sqlalchemy import select

    from importers.service import plan_import
    from models.tables import AffiliatePayout

    path = tmp_path / "게임즈_12월.xlsx"
    n = _unknown_layout(path)
    window.import_files([str(path)])
    wiz = window.wizard
    qtbot.waitUntil(lambda: wiz.files_page.isComplete(), timeout=30_000)
    entry = wiz.entries[0]
    assert entry.plan is None and entry.unmatched
    assert "다음 화면에서 열을 맞추세요" in wiz.files_page.table.item(0, 4).text()
    assert "매장 번호" in wiz.files_page.details.text()  # the whole message, headers seen and all
    wiz.next()
    page = wiz.preview_page
    assert page.new_bar.isVisibleTo(page) and page.file_box.count() == 1
    page.kind_box.setCurrentIndex(page.kind_box.findData("games"))
    assert page.header_box.currentText().startswith("12월 지급 · 4행: 매장 번호")  # the widest row
    headers = [page.mapping.item(j, 0).text() for j in range(page.mapping.rowCount())]
    chosen = {h: page.mapping.cellWidget(j, 1).currentData() for j, h in enumerate(headers)}
    assert chosen == {"매장 번호": None, "PC방 상호": None, "대표자": "representative", "사업자번호": "brn",
                      "연락처": "mobile", "보상 지급액(원)": None, "지급일": "paid_on"}
    assert page.preview.rowCount() == n + 1  # the rows below it (the 합계 line too), in their columns
    total = [page.preview.item(n, j).text() if page.preview.item(n, j) else "" for j in range(7)]
    assert total == ["합계", "", "", "", "", "120000", ""][:len(total)] and total[5] == "120000"
    for header, field in (("매장 번호", "partner_code"), ("PC방 상호", "business_name")):
        box = page.mapping.cellWidget(headers.index(header), 1)
        box.setCurrentIndex(box.findData(field))
    page.apply_mapping()  # a required field is still missing: nothing is read
    assert entry.plan is None and "필수 항목이 빠졌습니다" in wiz.notes[-1] and "환산금액" in wiz.notes[-1]
    box = page.mapping.cellWidget(headers.index("보상 지급액(원)"), 1)
    box.setCurrentIndex(box.findData("amount"))
    page.apply_mapping()
    qtbot.waitUntil(lambda: entry.plan is not None, timeout=30_000)
    assert entry.plan.profile.name == "games" and entry.plan.rows_read == n and not entry.plan.errors
    assert not page.new_bar.isVisibleTo(page)  # now a known layout: the usual mapping screen
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("게임즈 12월", True)))
    saved = page.save_mapping()
    wiz.next()  # checking report
    wiz.next()  # commit
    qtbot.waitUntil(lambda: wiz.commit_page.isComplete(), timeout=60_000)
    assert wiz.commit_page.result.toPlainText().count("✔") == 1
    with gui_ws.engine.connect() as conn:
        batch = entry.result["batch_id"]
        P = AffiliatePayout.__table__
        amounts = conn.execute(select(P.c.amount_krw).where(P.c.batch_id == batch).order_by(P.c.row_number)).scalars().all()
    assert amounts == [50000, 30000, 40000]
    wiz.accept()
    # the saved mapping is what `recon1015 import --mapping FILE` takes
    from importers.profiles import Mapping

    again = plan_import(path, mapping=Mapping.load(saved))
    assert again.profile.name == "games" and again.rows_read == n


def test_window_geometry_is_remembered(qtbot, gui_ws, korean):
    first = MainWindow(gui_ws)
    qtbot.addWidget(first)
    first.resize(701, 555)  # the offscreen screen is 800 pixels wide
    first.show()
    first.close()
    second = MainWindow(gui_ws)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (701, 555)


def test_cancel_leaves_database_unchanged(qtbot, window, gui_ws, demo_dir, tmp_path):
    from tests.importers.conftest import PAY_HEADERS, write_xlsx

    rows = [[f"M{i}", f"가게{i}", "", "김", f"010-1234-{i:04d}", "10,000", "20221220"] for i in range(3000)]
    path = write_xlsx(tmp_path / "big.xlsx", {"s": [PAY_HEADERS, *rows]})
    before = content_checksum(gui_ws.engine)
    window.import_files([str(path)])
    wiz = window.wizard
    qtbot.waitUntil(lambda: wiz.files_page.isComplete(), timeout=30_000)
    wiz.next()
    wiz.next()
    entry = wiz.entries[0]
    real = wizard_mod.commit_import

    def slow_commit(ws, plan, set_aside, progress):
        progress.cancel()  # the clerk pressed Cancel while it ran
        return real(ws, plan, set_aside=set_aside, progress=progress)

    wizard_mod.commit_import, restore = slow_commit, real
    try:
        wiz.next()
        qtbot.waitUntil(lambda: wiz.commit_page.isComplete(), timeout=30_000)
    finally:
        wizard_mod.commit_import = restore
    assert "취소했습니다" in wiz.commit_page.result.toPlainText()
    assert content_checksum(gui_ws.engine) == before
    assert entry.plan is not None
    wiz.reject()


def test_drop_starts_the_wizard(qtbot, window, demo_dir):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(demo_dir / FILE_NAMES["games"]))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.wizard.isVisible()
    assert [e.path.name for e in window.wizard.entries] == [FILE_NAMES["games"]]
    qtbot.waitUntil(lambda: window.wizard.files_page.isComplete(), timeout=30_000)
    window.wizard.reject()


def test_reconcile_runs_off_the_gui_thread(qtbot, window):
    task = window.run_reconcile()
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert "대사 완료" in window.statusBar().currentMessage()


def test_app_demo_builds_the_default_workspace_once(qtbot, monkeypatch, korean):
    import desktop.app as app_mod
    from models.engine import default_workspace_path

    calls = []
    real = app_mod.demo_workspace

    def counted(scale):
        calls.append(scale)
        return real(scale)

    monkeypatch.setattr(app_mod, "demo_workspace", counted)
    app = app_mod.App(["recon1015-gui", "--demo", "--demo-scale", "0.01", "--lang", "ko"])
    window = app.start()
    qtbot.addWidget(window)
    assert window.ws.path == default_workspace_path()
    window.tabs.setCurrentWidget(window.browser)
    assert window.browser.model.rowCount() == 1051
    again = app_mod.App(["recon1015-gui", "--demo", "--demo-scale", "0.01"]).start()
    qtbot.addWidget(again)
    again.ensure_loaded(again.browser)
    assert again.browser.model.rowCount() == 1051  # not built twice
    window.ws.close()
    again.ws.close()


def test_screens_load_when_first_shown(qtbot, gui_ws, korean):
    w = MainWindow(gui_ws)
    qtbot.addWidget(w)
    assert w.browser.model.rowCount() == 0 and w.review.model.rowCount() == 0
    w.tabs.setCurrentWidget(w.review)
    assert w.review.model.rowCount() > 0
    w.tabs.setCurrentWidget(w.browser)
    assert w.browser.model.rowCount() > 1000
