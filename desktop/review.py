"""The review queue (검토 대기): candidates by score, side by side, decided by key.

Y = same person (동일인), N = different (다른 사람), S = skip; an optional note goes with
each decision. Ctrl+Z undoes the last decision (a QUndoStack over the Qt-free
``decide_match`` / ``undo_decision``). Amounts follow at the next reconcile.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.claims_model import reason_text, won
from desktop.dashboard import affiliate_name
from desktop.errors import show_error
from importers.normalize import format_brn, mask_name, mask_phone
from models import Recon1015Error, audit
from models.workspace import Workspace
from reconcile.decisions import decide_match, review_progress, review_queue, undo_decision

ROLE_MATCH = Qt.ItemDataRole.UserRole + 1
BANDS = {"high": (0.7, 1.01), "mid": (0.5, 0.7), "low": (0.0, 0.5)}


class QueueModel(QAbstractTableModel):
    """The open candidates (a few hundred at most), highest score first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("점수"), self.tr("계열사"), self.tr("지급 내역"), self.tr("신청인")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == ROLE_MATCH:
            return r["id"]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        payee = r["payee_name"] or r["business_name"] or r["representative"] or ""
        return [f"{r['score']:.2f}", affiliate_name(r["affiliate"]), mask_name(payee) if payee else "",
                r["claimant_business"] or mask_name(r["display_name"] or "") or ""][index.column()]


class _Decision(QUndoCommand):
    def __init__(self, page: ReviewPage, match_id: int, decision: str, note: str | None) -> None:
        super().__init__(page.decision_text(match_id, decision))
        self.page, self.match_id, self.decision, self.note = page, match_id, decision, note
        self.result: dict[str, Any] | None = None

    def redo(self) -> None:
        self.result = decide_match(self.page.ws, self.match_id, self.decision, self.note)
        self.page.reload()

    def undo(self) -> None:
        if self.result is not None:
            undo_decision(self.page.ws, self.result)
        self.page.reload()


class ReviewPage(QWidget):
    decided = Signal()

    def __init__(self, ws: Workspace, parent=None, load: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self.model = QueueModel(self)
        self.affiliate_box = QComboBox(self)
        self.affiliate_box.setToolTip(self.tr("계열사로 거르기"))
        self.band_box = QComboBox(self)
        self.band_box.setToolTip(self.tr("점수 구간으로 거르기"))
        self.band_box.addItem(self.tr("모든 점수"), None)
        self.band_box.addItem(self.tr("0.7 이상"), "high")
        self.band_box.addItem(self.tr("0.5–0.7"), "mid")
        self.band_box.addItem(self.tr("0.5 미만"), "low")
        self.progress = QLabel(self)
        self.progress.setObjectName("reviewProgress")
        self.reveal = QCheckBox(self.tr("개인정보 보기"), self)
        self.reveal.setObjectName("reviewReveal")
        self.reveal.setToolTip(self.tr("비교 화면에 이름을 가리지 않고 보여 줍니다. 볼 때마다 감사 기록에 남습니다."))
        self.table = QTableView(self)
        self.table.setObjectName("reviewQueue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare = QTextBrowser(self)
        self.compare.setObjectName("comparison")
        self.compare.setToolTip(self.tr("신청인과 지급 내역을 나란히 봅니다. 다른 값은 강조됩니다."))
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("메모 (선택)"))
        self.note.setToolTip(self.tr("판단과 함께 감사 기록에 남습니다"))
        self.same = QPushButton(self.tr("동일인 (Y)"), self)
        self.different = QPushButton(self.tr("다른 사람 (N)"), self)
        self.skip = QPushButton(self.tr("건너뛰기 (S)"), self)
        self.bulk = QPushButton(self.tr("선택 항목 모두 동일인…"), self)
        self.bulk.setToolTip(self.tr("선택한 후보를 한꺼번에 동일인으로 확인합니다 (확인 후)"))
        for b, tip in ((self.same, self.tr("같은 사람입니다")), (self.different, self.tr("다른 사람입니다")),
                       (self.skip, self.tr("다음 후보로 넘어갑니다"))):
            b.setToolTip(tip)
        top = QHBoxLayout()
        top.addWidget(self.affiliate_box)
        top.addWidget(self.band_box)
        top.addStretch(1)
        top.addWidget(self.reveal)
        top.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        for b in (self.same, self.different, self.skip, self.bulk):
            buttons.addWidget(b)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.compare, 1)
        rl.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 680])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.table.installEventFilter(self)  # Y / N / S while the queue has the focus
        self.same.clicked.connect(lambda: self.decide("same"))
        self.different.clicked.connect(lambda: self.decide("different"))
        self.skip.clicked.connect(self.next_row)
        self.bulk.clicked.connect(self.bulk_confirm)
        self.affiliate_box.currentIndexChanged.connect(self.reload)
        self.band_box.currentIndexChanged.connect(self.reload)
        self.reveal.toggled.connect(self.set_revealed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        self._all: list[dict[str, Any]] = []
        if load:
            self.reload()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.table and event.type() == QEvent.Type.KeyPress \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            action = {Qt.Key.Key_Y: lambda: self.decide("same"), Qt.Key.Key_N: lambda: self.decide("different"),
                      Qt.Key.Key_S: self.next_row}.get(Qt.Key(event.key()))
            if action is not None:
                action()
                return True
        return super().eventFilter(obj, event)

    # --- data ---------------------------------------------------------------------------
    def reload(self) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self._all = review_queue(self.ws)
        affiliates = sorted({r["affiliate"] for r in self._all})
        current = self.affiliate_box.currentData()
        self.affiliate_box.blockSignals(True)
        self.affiliate_box.clear()
        self.affiliate_box.addItem(self.tr("모든 계열사"), None)
        for a in affiliates:
            self.affiliate_box.addItem(affiliate_name(a), a)
        self.affiliate_box.setCurrentIndex(max(0, self.affiliate_box.findData(current)))
        self.affiliate_box.blockSignals(False)
        aff, band = self.affiliate_box.currentData(), self.band_box.currentData()
        rows = [r for r in self._all if (aff is None or r["affiliate"] == aff)
                and (band is None or BANDS[band][0] <= r["score"] < BANDS[band][1])]
        self.model.set_rows(rows)
        p = review_progress(self.ws)
        self.progress.setText(self.tr("{0} / {1} 검토 완료").format(f"{p['decided']:,}", f"{p['total']:,}"))
        if rows:
            self.table.selectRow(min(row, len(rows) - 1))
        self.show_current()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROLE_MATCH) if index.isValid() else None

    # --- decisions -------------------------------------------------------------------------
    def decision_text(self, match_id: int, decision: str) -> str:
        """The undo stack's name for a decision (Work → Undo shows it)."""
        label = {"same": self.tr("동일인"), "different": self.tr("다른 사람")}.get(decision, decision)
        return self.tr("검토 {0}: {1}").format(match_id, label)

    def decide(self, decision: str) -> None:
        match_id = self.current_id()
        if match_id is None:
            return
        try:
            self.undo_stack.push(_Decision(self, match_id, decision, self.note.text().strip() or None))
        except Recon1015Error as e:
            show_error(self, e)
            self.reload()
            return
        self.note.clear()
        self.decided.emit()

    def next_row(self) -> None:
        row = self.table.currentIndex().row()
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def bulk_confirm(self) -> int:
        ids = [self.model.data(i, ROLE_MATCH) for i in self.table.selectionModel().selectedRows()]
        if not ids:
            return 0
        answer = QMessageBox.question(self, self.tr("한꺼번에 확인"),
                                      self.tr("선택한 {0}건을 모두 동일인으로 확인할까요?").format(len(ids)))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        self.undo_stack.beginMacro(self.tr("{0}건 한꺼번에 확인").format(len(ids)))
        try:
            for match_id in ids:
                self.undo_stack.push(_Decision(self, match_id, "same", self.note.text().strip() or None))
        finally:
            self.undo_stack.endMacro()
        self.decided.emit()
        return len(ids)

    # --- comparison ------------------------------------------------------------------------------
    def set_revealed(self, on: bool) -> None:
        """Names are masked in the comparison like everywhere else; a reveal is audit-logged.
        The highlight of values that differ always compares the full values."""
        if on:
            audit.record_reveal(self.ws, "review_queue", rows_in_view=self.model.rowCount())
        self.show_current()

    def show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.compare.setHtml(self.tr("<p>검토할 후보가 없습니다.</p>"))
            return
        self.compare.setHtml(self.comparison_html(self.model.rows[index.row()]))

    def comparison_html(self, r: dict[str, Any]) -> str:
        phone_a, phone_b = aligned_phones(r["mobile"], r["claimant_mobile"])
        name_a, name_b = r["payee_name"] or r["representative"] or "", r["display_name"] or ""
        pairs = [  # (label, payout side, claimant side)
            (self.tr("성명"), name_a, name_b),
            (self.tr("상호"), r["business_name"] or "", r["claimant_business"] or ""),
            (self.tr("휴대전화"), phone_a, phone_b),
            (self.tr("사업자등록번호"), format_brn(r["brn"]) if r["brn"] else "",
             format_brn(r["claimant_brn"]) if r["claimant_brn"] else ""),
        ]
        rows = []
        masked = not self.reveal.isChecked()
        for i, (label, a, b) in enumerate(pairs):
            differ = bool(a and b and not visible_agree(a, b))
            style = " style='background:#ffe4c4'" if differ else ""
            if masked and i == 0:  # the names
                a, b = mask_name(a) or "", mask_name(b) or ""
            rows.append(f"<tr{style}><th align='left'>{_esc(label)}</th><td>{_esc(a)}</td><td>{_esc(b)}</td></tr>")
        score, payout, claimant = self.tr("점수"), self.tr("지급 내역"), self.tr("신청인")
        return (
            f"<h3>{_esc(score)} {r['score']:.2f}</h3>"
            f"<p>{_esc('; '.join(map(reason_text, r['reasons'])))}</p>"
            f"<table cellspacing='6'><tr><th></th><th>{_esc(payout)} "
            f"({_esc(affiliate_name(r['affiliate']))} {_esc(r['sheet'] or '')} {r['row_number']}, "
            f"{won(r['amount_krw'])})</th><th>{_esc(claimant)} {r['claimant_id']}</th></tr>"
            + "".join(rows) + "</table>")


def visible_agree(a: str, b: str) -> bool:
    """Do two values agree wherever both show a character (masks hide the rest)?"""
    if len(a) != len(b):
        return a.replace("*", "") == b.replace("*", "")
    return all(x == y or "*" in (x, y) for x, y in zip(a, b, strict=True))


def aligned_phones(payout: str | None, claimant: str | None) -> tuple[str, str]:
    """Both phones shown with the same digits hidden: where the payout's mobile is masked,
    the claimant's is masked in the same places, so the visible digits can be compared;
    otherwise both follow the usual convention (010-1234-****)."""
    def fmt(v: str) -> str:
        return f"{v[:3]}-{v[3:-4]}-{v[-4:]}" if len(v) in (10, 11) else v

    if not payout or not claimant:
        return (fmt(payout) if payout and "*" in payout else mask_phone(payout) or "",
                mask_phone(claimant) or "")
    if "*" in payout and len(payout) == len(claimant):
        shown = "".join("*" if p == "*" else c for p, c in zip(payout, claimant, strict=True))
        return fmt(payout), fmt(shown)
    return mask_phone(payout), mask_phone(claimant)


def _esc(s: object) -> str:
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") if s is not None else ""
