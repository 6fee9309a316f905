"""Ledgers (지급대장): prepare with a preview, approve (maker-checker), export, void; clawbacks;
the affiliate reports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.audit_log import claimant_key_label
from desktop.claims_model import won
from desktop.committee import _item
from desktop.errors import show_error
from importers.normalize import mask_name
from ledger import lifecycle
from ledger.affiliates import write_affiliate_reports
from ledger.export import export
from models import Recon1015Error
from models.workspace import Workspace
from models.domain import local_time

def ask(parent, title: str, text: str) -> bool:
    """A yes/no question (one place, so tests answer it without touching Qt's classes)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


STATUS = {"draft": QT_TRANSLATE_NOOP("LedgersPage", "작성"), "approved": QT_TRANSLATE_NOOP("LedgersPage", "승인"),
          "exported": QT_TRANSLATE_NOOP("LedgersPage", "내보냄"),
          "void": QT_TRANSLATE_NOOP("LedgersPage", "취소(무효)")}
# why a claimant stays out of a ledger, by outcome (ledger.lifecycle.EXCLUSION_LABELS in Korean)
EXCLUDED = {"covered_by_affiliate": QT_TRANSLATE_NOOP("LedgersPage", "계열사 기지급"),
            "no_loss": QT_TRANSLATE_NOOP("LedgersPage", "매출손실 없음"),
            "committee": QT_TRANSLATE_NOOP("LedgersPage", "협의체 심의 대기"),
            "unidentifiable": QT_TRANSLATE_NOOP("LedgersPage", "신청인 확인 불가"),
            "individual_review": QT_TRANSLATE_NOOP("LedgersPage", "개별 검토 대상"),
            "pay": QT_TRANSLATE_NOOP("LedgersPage", "다른 지급대장에 포함")}


class ExportDialog(QDialog):
    """Where to write, and how: masked copy, password, bank transfer sheet."""

    def __init__(self, number: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("지급대장 {0} 내보내기").format(number))
        self.setObjectName("exportDialog")
        folder = Path.home()
        self.path = QLineEdit(str(folder / f"지급대장_{number}.xlsx"), self)
        self.path.setToolTip(self.tr("지급대장 파일"))
        browse = QPushButton(self.tr("찾아보기…"), self)
        browse.clicked.connect(self._browse)
        self.mask = QCheckBox(self.tr("마스킹 사본 (회계 밖 공유용)"), self)
        self.mask.setToolTip(self.tr("이름은 김*용, 계좌는 끝 4자리만 보입니다"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("비워 두면 암호 없음"))
        self.password.setToolTip(self.tr("Excel과 LibreOffice가 열 때 묻는 암호"))
        self.bank = QCheckBox(self.tr("대량이체 파일도 만들기"), self)
        self.bank.setToolTip(self.tr("은행 대량이체 업로드 양식 (원본에만)"))
        self.mask.toggled.connect(lambda on: self.bank.setEnabled(not on))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("파일"), row)
        form.addRow("", self.mask)
        form.addRow(self.tr("암호"), self.password)
        form.addRow("", self.bank)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("지급대장 저장"), self.path.text(),
                                              self.tr("Excel 통합문서 (*.xlsx)"))
        if path:
            self.path.setText(path)

    def options(self) -> dict:
        out = Path(self.path.text())
        bank = out.with_name(f"{out.stem}_대량이체.xlsx")
        return {"out": out, "mask": self.mask.isChecked(), "password": self.password.text() or None,
                "bank_sheet": bank if self.bank.isChecked() and not self.mask.isChecked() else None}


class PreparePreview(QDialog):
    """What a new ledger would hold — its lines, count, total and exclusions — before saving."""

    def __init__(self, draft, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preparePreview")
        self.setWindowTitle(self.tr("지급대장 작성"))
        self.lines = QTableWidget(len(draft.lines), 5, self)
        self.lines.setObjectName("previewLines")
        self.lines.setHorizontalHeaderLabels([self.tr("번호"), self.tr("상호/성명"), self.tr("지급 구간"),
                                              self.tr("차감액"), self.tr("지급액")])
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for i, line in enumerate(draft.lines):
            snap = line["snapshot"]
            for j, v in enumerate([i + 1, snap["business_name"] or mask_name(snap["name"] or ""), snap["tier"] or "",
                                   won(snap["offset_krw"]), won(line["amount_krw"])]):
                self.lines.setItem(i, j, _item(v, right=j >= 3))
        reasons: dict[str, int] = {}
        for e in draft.exclusions:
            label = QCoreApplication.translate("LedgersPage", EXCLUDED[e["kind"]]) if e["kind"] in EXCLUDED \
                else e["reason"]
            reasons[label] = reasons.get(label, 0) + 1
        self.summary = QLabel(self.tr("{0}명, 합계 {1}. 제외 {2}명: {3}").format(
            f"{len(draft.lines):,}", won(draft.total_krw), f"{len(draft.exclusions):,}",
            ", ".join(f"{k} {v:,}" for k, v in sorted(reasons.items())) or "-"), self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("작성"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)


def confirm_prepare(parent, draft) -> bool:
    """Show the preview; True when the clerk saves (one place, replaceable in tests)."""
    return PreparePreview(draft, parent).exec() == QDialog.DialogCode.Accepted


class LedgersPage(QWidget):
    def __init__(self, ws: Workspace, parent=None, load: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("ledgers")
        self.table.setHorizontalHeaderLabels([self.tr("번호"), self.tr("상태"), self.tr("인원"), self.tr("지급액"),
                                              self.tr("작성자"), self.tr("승인자"), self.tr("작성 일시")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.clawbacks = QTableWidget(0, 5, self)
        self.clawbacks.setObjectName("clawbacks")
        self.clawbacks.setHorizontalHeaderLabels([self.tr("지급대장"), self.tr("신청인"), self.tr("지급액"),
                                                  self.tr("환수액"), self.tr("사유")])
        self.clawbacks.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.clawbacks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QHBoxLayout()
        self.prepare_button = self._button(self.tr("지급대장 작성…"), self.prepare,
                                           self.tr("지급 대상 중 아직 지급대장에 없는 항목을 모읍니다"))
        self.approve_button = self._button(self.tr("승인"), self.approve,
                                           self.tr("선택한 지급대장을 승인합니다 (작성자는 승인할 수 없습니다)"))
        self.export_button = self._button(self.tr("내보내기…"), self.export,
                                          self.tr("승인된 지급대장을 Excel로 내보냅니다"))
        self.void_button = self._button(self.tr("취소(무효)…"), self.void,
                                        self.tr("선택한 지급대장을 취소하고 항목을 풀어 줍니다"))
        self.reports_button = self._button(self.tr("계열사 보고서…"), self.affiliate_reports,
                                           self.tr("계열사마다 미결 신고, 차감, 미매칭 내역 통합문서를 씁니다"))
        for b in (self.prepare_button, self.approve_button, self.export_button, self.void_button,
                  self.reports_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("환수 (지급 후 중복 확인)"), self))
        layout.addWidget(self.clawbacks, 1)
        if load:
            self.reload()

    def _button(self, text: str, slot, tip: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def reload(self) -> None:
        ledgers = lifecycle.list_ledgers(self.ws)
        self.table.setRowCount(len(ledgers))
        for i, x in enumerate(ledgers):
            status = _item(self.tr(STATUS.get(x["status"], x["status"])))
            status.setData(Qt.ItemDataRole.UserRole, x["status"])
            values = [_item(x["number"], x["id"]), status,
                      _item(f"{x['line_count']:,}", right=True), _item(won(x["total_krw"]), right=True),
                      _item(x["prepared_by"]), _item(x["approved_by"] or ""),
                      _item(local_time(x["prepared_at"]))]
            for j, item in enumerate(values):
                self.table.setItem(i, j, item)
        self._update_buttons()
        claws = lifecycle.list_clawbacks(self.ws)
        self.clawbacks.setRowCount(len(claws))
        for i, c in enumerate(claws):
            who = c["business_name"] or mask_name(c["display_name"]) or claimant_key_label(c["claimant_key"])
            for j, v in enumerate([c["number"], who,
                                   won(c["amount_paid_krw"]), won(c["amount_krw"]), c["reason"]]):
                self.clawbacks.setItem(i, j, _item(v))

    def _update_buttons(self) -> None:
        """Offer what the selected ledger's state allows: approve a draft, export an approved
        (or re-export an exported) one, void one not yet exported."""
        row = self.table.currentRow()
        item = self.table.item(row, 1) if row >= 0 else None
        status = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.approve_button.setEnabled(status == "draft")
        self.export_button.setEnabled(status in ("approved", "exported"))
        self.void_button.setEnabled(status in ("draft", "approved"))

    def selected(self) -> tuple[int, str] | None:
        row = self.table.currentRow()
        if row < 0:
            return None
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole), item.text()

    def _run(self, fn) -> bool:
        try:
            fn()
        except Recon1015Error as e:
            show_error(self, e)
            return False
        self.reload()
        return True

    def prepare(self) -> bool:
        draft = lifecycle.preview(self.ws)
        if not draft.lines:
            show_error(self, Recon1015Error(self.tr("지급대장에 넣을 항목이 없습니다. 먼저 대사를 실행하세요.")))
            return False
        if not confirm_prepare(self, draft):
            return False
        return self._run(lambda: lifecycle.prepare(self.ws))

    def approve(self) -> bool:
        sel = self.selected()
        return bool(sel) and self._run(lambda: lifecycle.approve(self.ws, sel[0]))

    def void(self) -> bool:
        sel = self.selected()
        if not sel:
            return False
        reason, ok = QInputDialog.getText(self, self.tr("지급대장 취소"),
                                          self.tr("{0}을(를) 취소하는 사유:").format(sel[1]))
        return ok and self._run(lambda: lifecycle.void(self.ws, sel[0], reason))

    def export(self) -> bool:
        sel = self.selected()
        if not sel:
            return False
        dialog = ExportDialog(sel[1], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        o = dialog.options()
        if not self._run(lambda: export(self.ws, sel[0], o["out"], mask=o["mask"], password=o["password"],
                                        bank_sheet=o["bank_sheet"])):
            return False
        if ask(self, self.tr("내보내기 완료"), self.tr("{0}에 썼습니다. 폴더를 열까요?").format(o["out"])):
            open_folder(o["out"].parent)
        return True

    def affiliate_reports(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self, self.tr("계열사 보고서를 쓸 폴더"), str(Path.home()))
        if not folder:
            return False
        return self._run(lambda: write_affiliate_reports(self.ws, folder))
