"""The committee queue (협의체 심의)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.claims_model import won
from desktop.errors import show_error
from importers.normalize import format_brn, mask_name
from models import Recon1015Error
from models.workspace import Workspace
from reconcile.decisions import committee_queue, decide_committee


def _item(text: object, data: object = None, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class CommitteePage(QWidget):
    def __init__(self, ws: Workspace, parent=None, load: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("committee")
        self.table.setHorizontalHeaderLabels([self.tr("신청인"), self.tr("상호/성명"), self.tr("사업자등록번호"),
                                              self.tr("접수"), self.tr("매출손실액"), self.tr("증빙"),
                                              self.tr("결정")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.amount = QSpinBox(self)
        self.amount.setObjectName("committeeAmount")
        self.amount.setRange(0, 100_000_000)
        self.amount.setSingleStep(10_000)
        self.amount.setSuffix(self.tr("원"))
        self.amount.setGroupSeparatorShown(True)
        self.amount.setToolTip(self.tr("협의체가 승인한 금액"))
        self.reference = QLineEdit(self)
        self.reference.setObjectName("committeeRef")
        self.reference.setPlaceholderText(self.tr("회의 번호 (예: 제3차 협의체)"))
        self.reference.setToolTip(self.tr("결정한 회의의 번호"))
        self.save = QPushButton(self.tr("결정 기록"), self)
        self.save.setToolTip(self.tr("선택한 신청인의 협의체 결정을 기록합니다 (다음 대사에서 지급 대상이 됩니다)"))
        self.save.clicked.connect(self.decide)
        self.summary = QLabel(self)
        form = QHBoxLayout()
        for w in (QLabel(self.tr("승인 금액"), self), self.amount, QLabel(self.tr("회의 번호"), self),
                  self.reference, self.save):
            form.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        if load:
            self.reload()

    def reload(self) -> None:
        rows = committee_queue(self.ws)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            d = r["decision"]
            values = [_item(r["claimant_id"], r["claimant_id"]), _item(r["business_name"] or mask_name(r["display_name"])),
                      _item(format_brn(r["brn"]) if r["brn"] else ""), _item(r["reports"], right=True),
                      _item(won(r["loss_krw"]), right=True), _item("Y" if r["evidence"] else "N"),
                      _item(self.tr("{0} ({1})").format(won(d["amount_krw"]), d["reference"]) if d
                            else self.tr("심의 대기"))]
            for j, item in enumerate(values):
                self.table.setItem(i, j, item)
        waiting = sum(1 for r in rows if not r["decision"])
        self.summary.setText(self.tr("심의 대기 {0}명, 결정 {1}명").format(waiting, len(rows) - waiting))

    def decide(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        claimant_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        try:
            decide_committee(self.ws, claimant_id, self.amount.value(), self.reference.text())
        except Recon1015Error as e:
            show_error(self, e)
            return False
        self.reload()
        return True
