"""The main window: workspace, dashboard, claims browser, import history."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.browser import ClaimsBrowser
from desktop.dashboard import Dashboard
from desktop.errors import show_error
from desktop.i18n import LANGUAGES
from desktop.import_wizard import KIND_LABELS, kind_label
from desktop.audit_log import CHANGE_LABELS, AuditPage
from desktop.committee import CommitteePage
from desktop.ledgers import LedgersPage
from desktop.review import ReviewPage
from desktop.tasks import Task
from importers.service import list_batches, undo_batch
from models import Recon1015Error, open_workspace
from models.engine import describe, resolve_target
from models.workspace import Workspace
from reconcile.service import reconcile
from models.domain import local_time

MAX_RECENT = 8
SPREADSHEETS = "*.xlsx *.xlsm *.xls *.ods *.csv"


def settings() -> QSettings:
    return QSettings("Recon1015", "Recon1015")


class ImportHistory(QWidget):
    """Every batch, with undo."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("batches")
        self.table.setHorizontalHeaderLabels([self.tr("배치"), self.tr("상태"), self.tr("종류"), self.tr("파일"),
                                              self.tr("가져온 행"), self.tr("따로 둔 행"), self.tr("가져온 일시"),
                                              self.tr("담당자")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.undo = QPushButton(self.tr("가져오기 취소…"), self)
        self.undo.setToolTip(self.tr("선택한 배치와 그 행을 지웁니다 (승인된 지급대장에 없을 때만)"))
        self.undo.clicked.connect(self.undo_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.undo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        batches = list_batches(self.window_.ws)
        self.table.setRowCount(len(batches))
        numbers = {0, 4, 5}
        for i, b in enumerate(batches):
            values = [str(b["id"]), self.tr("가져옴") if b["status"] == "committed" else self.tr("취소됨"),
                      kind_label(b["kind"]) if b["kind"] in KIND_LABELS else b["kind"], b["file_name"],
                      f"{b['rows_imported']:,}", f"{b['rows_rejected']:,}" if b["rows_rejected"] else "",
                      local_time(b["imported_at"]), b["operator"]]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, b["id"])
                if j in numbers:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)

    def undo_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        batch_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        reason, ok = QInputDialog.getText(self, self.tr("가져오기 취소"),
                                          self.tr("배치 {0}을(를) 취소하는 사유:").format(batch_id))
        if not ok:
            return
        try:
            undo_batch(self.window_.ws, batch_id, reason)
        except Recon1015Error as e:
            show_error(self, e)
            return
        self.window_.statusBar().showMessage(self.tr("배치 {0}을(를) 취소했습니다").format(batch_id), 5000)
        self.changed.emit()


class MainWindow(QMainWindow):
    languageRequested = Signal(str)
    workspaceRequested = Signal(str)

    def __init__(self, ws: Workspace, language: str = "ko") -> None:
        super().__init__()
        self.ws = ws
        self.language = language
        self.tasks: list[Task] = []
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Recon1015 — {0}").format(ws.name))
        self.setAcceptDrops(True)
        self.tabs = QTabWidget(self)
        self.dashboard = Dashboard(ws, self)
        # every other screen reads its data when it is first shown, so the window opens fast
        self.browser = ClaimsBrowser(ws, self, load=False)
        self.history = ImportHistory(self)
        self.review = ReviewPage(ws, self, load=False)
        self.committee = CommitteePage(ws, self, load=False)
        self.ledgers = LedgersPage(ws, self, load=False)
        self.audit = AuditPage(ws, self, load=False)
        self._loaded: set[QWidget] = {self.dashboard}
        self.tabs.addTab(self.dashboard, self.tr("대시보드"))
        self.tabs.addTab(self.browser, self.tr("접수 내역"))
        self.tabs.addTab(self.review, self.tr("검토 대기"))
        self.tabs.addTab(self.committee, self.tr("협의체 심의"))
        self.tabs.addTab(self.ledgers, self.tr("지급대장"))
        self.tabs.addTab(self.history, self.tr("가져오기 기록"))
        self.tabs.addTab(self.audit, self.tr("감사 기록"))
        for i in range(self.tabs.count()):  # Alt+1 … Alt+7 reach every screen
            self.addAction(self._action(self.tabs.tabText(i), lambda _=False, n=i: self.tabs.setCurrentIndex(n),
                                        f"Alt+{i + 1}"))
        self.setCentralWidget(self.tabs)
        self.operator_label = QLabel(self)
        self.workspace_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.workspace_label)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.history.changed.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _: self.ensure_loaded(self.tabs.currentWidget()))
        self._menus()
        self._update_labels()
        self._restore()

    # --- menus and shortcuts -------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        a = QAction(text, self)
        if shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        a.setToolTip(tip or text)
        a.setStatusTip(tip or text)
        a.triggered.connect(slot)
        return a

    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("파일(&F)"))
        self.act_new = self._action(self.tr("새 작업 파일…"), self.new_workspace, QKeySequence.StandardKey.New)
        self.act_open = self._action(self.tr("작업 파일 열기…"), self.open_workspace, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu(self.tr("최근 작업 파일"))
        file.addAction(self.act_new)
        file.addAction(self.act_open)
        file.addMenu(self.recent_menu)
        file.addAction(self._action(self.tr("팀 데이터베이스 연결…"), self.connect_team,
                                    tip=self.tr("PostgreSQL 주소로 팀이 함께 쓰는 데이터베이스에 연결합니다")))
        file.addSeparator()
        file.addAction(self._action(self.tr("종료"), self.close, QKeySequence.StandardKey.Quit))
        work = bar.addMenu(self.tr("작업(&W)"))
        self.act_import = self._action(self.tr("가져오기…"), self.import_files, "Ctrl+I",
                                       self.tr("접수 내역이나 계열사 지급 내역 파일을 가져옵니다"))
        self.act_reconcile = self._action(self.tr("대사 실행"), self.run_reconcile, "Ctrl+R",
                                          self.tr("지급 내역을 신청인과 맞추고 지급액을 계산합니다"))
        self.act_refresh = self._action(self.tr("새로 고침"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.act_undo = self.review.undo_stack.createUndoAction(self, self.tr("되돌리기"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        for a in (self.act_import, self.act_reconcile, self.act_refresh):
            work.addAction(a)
        work.addSeparator()
        work.addAction(self.act_undo)
        view = bar.addMenu(self.tr("보기(&V)"))
        self.act_search = self._action(self.tr("검색"), self.focus_search, QKeySequence.StandardKey.Find)
        view.addAction(self.act_search)
        lang = view.addMenu(self.tr("언어"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            a = QAction(name, self, checkable=True)
            a.setChecked(code == self.language)
            a.setData(code)
            a.triggered.connect(lambda _=False, c=code: self.languageRequested.emit(c))
            group.addAction(a)
            lang.addAction(a)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for target in settings().value("recent", [], list) or []:
            a = QAction(target, self)
            a.triggered.connect(lambda _=False, t=target: self.workspaceRequested.emit(t))
            self.recent_menu.addAction(a)
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def _update_labels(self) -> None:
        self.operator_label.setText(self.tr("담당자: {0}").format(self.ws.operator))
        self.workspace_label.setText(self.ws.name)

    # --- workspace --------------------------------------------------------------------
    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("새 작업 파일"), str(Path.home() / "recon1015.sqlite3"),
                                              self.tr("작업 파일 (*.sqlite3)"))
        if path:
            self.workspaceRequested.emit(path)

    def open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("작업 파일 열기"), str(Path.home()),
                                              self.tr("작업 파일 (*.sqlite3);;모든 파일 (*)"))
        if path:
            self.workspaceRequested.emit(path)

    def connect_team(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("팀 데이터베이스"),
                                       self.tr("PostgreSQL 주소 (postgresql+psycopg://사용자@서버/DB):"))
        if ok and url.strip():
            self.workspaceRequested.emit(url.strip())

    # --- work ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.browser)
        self.browser.search.setFocus()
        self.browser.search.selectAll()

    def _reload(self, page: QWidget) -> None:
        if page is self.dashboard or page is self.history:
            page.refresh()
        else:
            page.reload()

    def ensure_loaded(self, page: QWidget) -> None:
        if page is not None and page not in self._loaded:
            self._loaded.add(page)
            self._reload(page)

    def refresh(self) -> None:
        """Reload the screens already shown (the others load when first opened)."""
        for page in list(self._loaded):
            self._reload(page)

    def run_task(self, title: str, fn, on_success=None) -> Task:
        task = Task(self, title, fn, on_success=on_success,
                    on_cancel=lambda: self.statusBar().showMessage(self.tr("취소했습니다. 저장된 것은 없습니다."), 5000))
        self.tasks.append(task)
        task.finished.connect(lambda: self.tasks.remove(task) if task in self.tasks else None)
        return task.start()

    def run_reconcile(self) -> Task:
        def done(summary) -> None:
            self.refresh()
            self.last_summary = summary
            self.statusBar().showMessage(
                self.tr("대사 완료: 지급 대상 {0}명, {1}원, 검토 대기 {2}건").format(
                    f"{summary.outcomes['pay']:,}", f"{summary.krw_payable:,}", f"{summary.matches['candidate']:,}"),
                10_000)
            changed = {k: v for k, v in summary.changes.items() if v}
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("대사 완료"),
                              self.tr("지난 대사 이후 바뀐 것:") + "\n" + ("\n".join(
                                  f"  {self.tr(CHANGE_LABELS.get(k, k))}: {v:,}" for k, v in changed.items())
                                  or self.tr("  없음")), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("reconcileSummary")
            box.open()
            self.summary_box = box

        return self.run_task(self.tr("대사하는 중…"), lambda p: reconcile(self.ws, progress=p), done)

    def import_files(self, paths: list[str] | None = None) -> None:
        from desktop.import_wizard import ImportWizard

        if not paths:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("가져올 파일"), str(Path.home()),
                                                    self.tr("스프레드시트 ({0})").format(SPREADSHEETS))
            if not paths:
                return
        wizard = ImportWizard(self.ws, [Path(p) for p in paths], self)
        wizard.finished.connect(lambda _: self.refresh())
        wizard.open()
        self.wizard = wizard

    # --- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    # --- state ------------------------------------------------------------------------------
    def _restore(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if any(t.running for t in self.tasks):
            answer = QMessageBox.question(self, self.tr("Recon1015"),
                                          self.tr("작업이 진행 중입니다. 취소하고 닫을까요?"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            for t in self.tasks:
                t.cancel()
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        super().closeEvent(event)


def remember(target: str) -> None:
    s = settings()
    recent = [t for t in (s.value("recent", [], list) or []) if t != target]
    s.setValue("recent", [target, *recent][:MAX_RECENT])
    s.setValue("last_workspace", target)


def open_target(target: str, operator: str) -> Workspace:
    ws = open_workspace(target, operator)
    remember(describe(resolve_target(target)) if "://" not in target else target)
    return ws
