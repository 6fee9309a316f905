"""The import wizard: files → detected kind (and password) → preview and mapping →
checking report → commit with progress → summary. Nothing is written before the last page."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QHBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.errors import describe
from desktop.i18n import StoredText
from desktop.tasks import Task
from importers.profiles import KINDS, PROFILES, Mapping, match_columns
from importers.reading import PasswordRequired, WrongPassword
from importers.service import ImportRefused, NoHeaderFound, Plan, commit_import, plan_import
from models.errors import InputRefused
from models.workspace import Workspace

KIND_LABELS = {
    "claims": QT_TRANSLATE_NOOP("ImportWizard", "피해 접수 내역"),
    "games": QT_TRANSLATE_NOOP("ImportWizard", "카카오게임즈"),
    "mobility": QT_TRANSLATE_NOOP("ImportWizard", "카카오모빌리티"),
    "entertainment": QT_TRANSLATE_NOOP("ImportWizard", "카카오엔터테인먼트"),
    "pay": QT_TRANSLATE_NOOP("ImportWizard", "카카오페이"),
}


# What the importers say of a row (importers/columns.py and service.py write it in Korean;
# the rejected-rows workbook keeps it so). Each template is its own Korean source; a {reason},
# {where} or {sheet} inside is itself one of them, the other fields are values from the file.
ISSUES = (
    QT_TRANSLATE_NOOP("Issues", "금액을 읽을 수 없습니다: {reason}"),
    QT_TRANSLATE_NOOP("Issues", "음수 금액"), QT_TRANSLATE_NOOP("Issues", "숫자가 아님"),
    QT_TRANSLATE_NOOP("Issues", "원 단위 미만 금액"), QT_TRANSLATE_NOOP("Issues", "비정상적으로 큰 금액 (1조원 초과)"),
    QT_TRANSLATE_NOOP("Issues", "날짜를 읽을 수 없습니다 ({reason})"),
    QT_TRANSLATE_NOOP("Issues", "없는 날짜"), QT_TRANSLATE_NOOP("Issues", "없는 시각"),
    QT_TRANSLATE_NOOP("Issues", "날짜 범위를 벗어남"), QT_TRANSLATE_NOOP("Issues", "날짜 형식이 아님"),
    QT_TRANSLATE_NOOP("Issues", "사업자등록번호 검증번호가 맞지 않습니다: 값은 보관하지만 확실한 식별 키로 쓰지 않습니다"),
    QT_TRANSLATE_NOOP("Issues", "사업자등록번호가 마스킹되어 있어 식별에 쓰지 않습니다"),
    QT_TRANSLATE_NOOP("Issues", "사업자등록번호 형식이 아닙니다 (XXX-XX-XXXXX)"),
    QT_TRANSLATE_NOOP("Issues", "휴대전화 번호가 아닙니다 (010-XXXX-XXXX)"),
    QT_TRANSLATE_NOOP("Issues", "계좌번호를 읽을 수 없습니다 ({reason})"),
    QT_TRANSLATE_NOOP("Issues", "숫자로 저장되어 자릿수가 사라졌을 수 있습니다. 텍스트로 보내 주세요"),
    QT_TRANSLATE_NOOP("Issues", "계좌번호 형식이 아닙니다"),
    QT_TRANSLATE_NOOP("Issues", "신청인구분 '{value}'을(를) 알 수 없습니다 (일반이용자/소상공인/중대형기업)"),
    QT_TRANSLATE_NOOP("Issues", "담당회사 '{value}'을(를) 알 수 없습니다"),
    QT_TRANSLATE_NOOP("Issues", "Y 또는 N이어야 합니다 (값을 비워 둡니다)"),
    QT_TRANSLATE_NOOP("Issues", "은행 '{value}'을(를) 알 수 없습니다 (은행명 또는 3자리 은행코드)"),
    QT_TRANSLATE_NOOP("Issues", "알려진 머리글이 없어 이 시트는 가져오지 않았습니다"),
    QT_TRANSLATE_NOOP("Issues", "주민등록번호 열은 가져오지 않았습니다 (저장 금지)"),
    QT_TRANSLATE_NOOP("Issues", "주민등록번호로 보이는 값이 있어 이 열은 가져오지 않았습니다 ({where}). "
                                "값은 저장하지도 표시하지도 않습니다."),
    QT_TRANSLATE_NOOP("Issues", "{row}행 외 {n}건"), QT_TRANSLATE_NOOP("Issues", "{row}행"),
    QT_TRANSLATE_NOOP("Issues", "표 밖의 메모로 보고 건너뛴 행: '{value}'"),
    QT_TRANSLATE_NOOP("Issues", "값이 너무 깁니다 ({n}자; 최대 {max}자)"),
    QT_TRANSLATE_NOOP("Issues", "필수 값이 비어 있습니다"),
    QT_TRANSLATE_NOOP("Issues", "신청인을 알아볼 정보(휴대전화·사업자등록번호·계정·성명)가 하나도 없습니다"),
    QT_TRANSLATE_NOOP("Issues", "접수번호 {value}이(가) 이 파일의 {sheet} {row}행에도 있습니다"),
    QT_TRANSLATE_NOOP("Issues", "시트 '{value}'"),
    QT_TRANSLATE_NOOP("Issues", "서비스 '{value}'의 담당회사를 알 수 없습니다 (담당회사 열이 필요합니다)"),
    QT_TRANSLATE_NOOP("Issues", "계좌번호는 있는데 은행이 없습니다"),
)
_NESTED = {"reason", "where", "sheet"}
ISSUE_TEXT = StoredText("Issues", ISSUES, {"row": r"[\d,]+", "n": r"[\d,]+", "max": r"[\d,]+"},
                        lambda name, text: issue_text(text) if name in _NESTED else text)


def issue_text(message: str) -> str:
    """An import issue's message in the interface's language; the values quoted from the
    file stay as they are, and a message no template knows is shown as written."""
    return ISSUE_TEXT(message).replace("  ", " ")


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("ImportWizard", KIND_LABELS[kind])


def cell_text(value: object) -> str:
    """A cell as the file holds it; whole numbers without Excel's '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def mappings_dir() -> Path:
    return Path(platformdirs.user_config_dir("Recon1015", appauthor=False)) / "mappings"


@dataclass
class Entry:
    path: Path
    kind: str | None = None
    password: str | None = None
    mapping: Mapping | None = None
    plan: Plan | None = None
    refused: str | None = None
    result: dict | None = field(default=None)
    # no header a profile knows: what was seen, for the clerk to map (NoHeaderFound.sheets)
    unmatched: list | None = None


class FilesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("가져올 파일"))
        self.setSubTitle(self.tr("파일마다 알아낸 종류를 확인하세요. 종류를 바꾸면 다시 읽습니다."))
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("files")
        self.table.setHorizontalHeaderLabels([self.tr("파일"), self.tr("종류"), self.tr("행"),
                                              self.tr("오류"), self.tr("상태")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 230)
        self.details = QLabel(self)
        self.details.setObjectName("fileDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_details(row))
        self._busy = False

    def initializePage(self) -> None:
        self.table.setRowCount(len(self.w.entries))
        for i, e in enumerate(self.w.entries):
            self.table.setItem(i, 0, QTableWidgetItem(e.path.name))
            box = QComboBox(self.table)
            box.setToolTip(self.tr("이 파일의 종류"))
            box.addItem(self.tr("자동 감지"), None)
            for k in KINDS:
                box.addItem(kind_label(k), k)
            box.currentIndexChanged.connect(lambda _=0, row=i, b=box: self._kind_changed(row, b.currentData()))
            self.table.setCellWidget(i, 1, box)
        self.plan_all()

    def _kind_changed(self, row: int, kind: str | None) -> None:
        entry = self.w.entries[row]
        if entry.kind != kind:
            entry.kind, entry.mapping = kind, None
            self.plan_all([row])

    def plan_all(self, rows: list[int] | None = None) -> None:
        rows = list(range(len(self.w.entries))) if rows is None else rows
        self._busy = True
        self.completeChanged.emit()
        self._plan_next(rows)

    def _plan_next(self, rows: list[int]) -> None:
        if not rows:
            self._busy = False
            self.completeChanged.emit()
            return
        row, rest = rows[0], rows[1:]
        e = self.w.entries[row]
        self._status(row, self.tr("읽는 중…"))

        def work(progress):
            return plan_import(e.path, kind=e.kind, password=e.password, mapping=e.mapping, progress=progress)

        def ok(plan: Plan) -> None:
            e.plan, e.refused, e.unmatched = plan, None, None
            self._show(row)
            self._plan_next(rest)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, (PasswordRequired, WrongPassword)):
                prompt = (self.tr("{0}의 암호:") if isinstance(exc, PasswordRequired)
                          else self.tr("암호가 맞지 않습니다. {0}의 암호를 다시 입력하세요:")).format(e.path.name)
                password, given = QInputDialog.getText(self, self.tr("암호가 걸린 통합문서"), prompt,
                                                       QLineEdit.EchoMode.Password)
                if given and password:
                    e.password = password
                    self._plan_next([row, *rest])
                    return
            e.plan, e.refused = None, describe(exc)[0]
            e.unmatched = exc.sheets if isinstance(exc, NoHeaderFound) else None
            self._show(row)
            self._plan_next(rest)

        self.w.task = Task(self, self.tr("{0} 읽는 중…").format(e.path.name), work, ok, failed,
                           lambda: self._plan_next(rest)).start()

    def _status(self, row: int, text: str, full: str | None = None) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(full or text)
        self.table.setItem(row, 4, item)
        if row == max(self.table.currentRow(), 0):
            self._show_details(row)

    def _show_details(self, row: int) -> None:
        """The whole message of the selected file (the cell shows its start)."""
        item = self.table.item(row, 4) if 0 <= row < self.table.rowCount() else None
        name, text = self.w.entries[row].path.name, item.toolTip() if item else ""
        self.details.setText(text if text.startswith(name) or not text else f"{name}: {text}")

    def _show(self, row: int) -> None:
        e = self.w.entries[row]
        box: QComboBox = self.table.cellWidget(row, 1)
        if e.plan is not None:
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(e.kind) if e.kind else 0)
            box.setItemText(0, self.tr("자동: {0}").format(kind_label(e.plan.profile.name)))
            box.blockSignals(False)
            self.table.setItem(row, 2, QTableWidgetItem(f"{e.plan.rows_read:,}"))
            self.table.setItem(row, 3, QTableWidgetItem(f"{len(e.plan.errors):,}"))
            self._status(row, self.tr("확인됨: 시트 {0}").format(", ".join(s or "CSV" for s in e.plan.sheets)))
        else:
            self.table.setItem(row, 2, QTableWidgetItem("-"))
            self.table.setItem(row, 3, QTableWidgetItem("-"))
            if e.unmatched:
                self._status(row, self.tr("머리글을 알아보지 못했습니다. 다음 화면에서 열을 맞추세요."),
                             e.refused)
            else:
                self._status(row, e.refused or "")

    def isComplete(self) -> bool:
        return not self._busy and any(e.plan is not None or e.unmatched for e in self.w.entries)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("미리 보기와 열 매핑"))
        self.setSubTitle(self.tr("첫 행들과 각 열이 어느 항목으로 들어가는지 확인하고, 필요하면 고쳐 저장하세요."))
        self.file_box = QComboBox(self)
        self.file_box.setToolTip(self.tr("미리 볼 파일"))
        self.mapping = QTableWidget(0, 2, self)
        self.mapping.setObjectName("mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("머리글"), self.tr("항목")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setObjectName("preview")
        self.apply = QPushButton(self.tr("매핑 적용"), self)
        self.apply.setToolTip(self.tr("고친 매핑으로 다시 읽습니다"))
        self.save = QPushButton(self.tr("매핑 저장…"), self)
        self.save.setToolTip(self.tr("이 매핑을 이름을 붙여 저장해 다음에 다시 씁니다"))
        self.saved = QComboBox(self)
        self.saved.setObjectName("savedMappings")
        self.saved.setToolTip(self.tr("저장해 둔 매핑으로 다시 읽습니다"))
        # a layout no profile knows: the clerk says what the file is and where its header is
        self.new_bar = QWidget(self)
        self.kind_box = QComboBox(self.new_bar)
        self.kind_box.setObjectName("mappingKind")
        self.kind_box.setToolTip(self.tr("이 파일의 종류"))
        for k in KINDS:
            self.kind_box.addItem(kind_label(k), k)
        self.header_box = QComboBox(self.new_bar)
        self.header_box.setObjectName("mappingHeaderRow")
        self.header_box.setToolTip(self.tr("머리글이 있는 행"))
        self.new_hint = QLabel(self.tr("알려진 머리글이 없는 파일입니다. 종류와 머리글 행을 고르고, 열마다 항목을 "
                                       "정한 뒤 [매핑 적용]을 누르세요 (* 표시는 필수 항목)."), self.new_bar)
        self.new_hint.setWordWrap(True)
        new_layout = QHBoxLayout(self.new_bar)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.addWidget(QLabel(self.tr("종류"), self.new_bar))
        new_layout.addWidget(self.kind_box)
        new_layout.addWidget(QLabel(self.tr("머리글 행"), self.new_bar))
        new_layout.addWidget(self.header_box, 1)
        self.new_bar.hide()
        self.new_hint.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_box, 1)
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.apply)
        buttons.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.new_bar)
        layout.addWidget(self.new_hint)
        layout.addWidget(self.mapping, 1)
        layout.addWidget(self.preview, 2)
        self.file_box.currentIndexChanged.connect(self.show_entry)
        self.apply.clicked.connect(self.apply_mapping)
        self.save.clicked.connect(self.save_mapping)
        self.saved.activated.connect(self.use_saved)
        self.kind_box.currentIndexChanged.connect(lambda _: self._show_unmatched(self.entry()))
        self.header_box.currentIndexChanged.connect(lambda _: self._show_unmatched(self.entry()))

    def refresh_saved(self) -> None:
        self.saved.clear()
        self.saved.addItem(self.tr("저장된 매핑…"), None)
        for path in sorted(mappings_dir().glob("*.json")):
            self.saved.addItem(path.stem, str(path))

    def use_saved(self) -> None:
        path = self.saved.currentData()
        e = self.entry()
        if not path or e is None:
            return
        try:
            e.mapping = Mapping.load(path)
        except InputRefused as exc:
            self.w.note(str(exc))
            return
        e.kind = e.mapping.profile
        self.w.files_page.plan_all([self.file_box.currentData()])
        self.w.files_page.w.task.finished.connect(self.show_entry)

    def initializePage(self) -> None:
        self.refresh_saved()
        self.file_box.blockSignals(True)
        self.file_box.clear()
        for i, e in enumerate(self.w.entries):
            if e.plan is not None or e.unmatched:
                self.file_box.addItem(e.path.name, i)
        self.file_box.blockSignals(False)
        self.show_entry()

    def entry(self) -> Entry | None:
        i = self.file_box.currentData()
        return self.w.entries[i] if i is not None else None

    def show_entry(self) -> None:
        e = self.entry()
        unknown = e is not None and e.plan is None and bool(e.unmatched)
        self.new_bar.setVisible(unknown)
        self.new_hint.setVisible(unknown)
        if unknown:
            self._fill_header_rows(e)
            self._show_unmatched(e)
            return
        if e is None or e.plan is None:
            return
        table = e.plan.tables[0]
        by_col = {j: name for name, j in table.columns.items()}
        self._fill_mapping(e.plan.profile, table.headers, by_col)
        self._fill_preview([f"{h} → {by_col[j]}" if j in by_col else h for j, h in enumerate(table.headers)],
                           [[cell_text(v) for v in row] for row in table.data[:20]])

    def _fill_mapping(self, profile, headers: list[str], chosen: dict[int, str]) -> None:
        """A row per named column: its header, and the profile's fields to choose from (the
        field in ``chosen`` for that column selected; * marks a required field)."""
        fields = [(self.tr("(가져오지 않음)"), None)] + [
            (f"{f.label} ({f.name})" + (" *" if f.required else ""), f.name) for f in profile.fields]
        named = [(j, h) for j, h in enumerate(headers) if h.strip()]
        self.mapping.setRowCount(len(named))
        for i, (j, header) in enumerate(named):
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            box = QComboBox(self.mapping)
            for label, value in fields:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(chosen.get(j))))
            self.mapping.setCellWidget(i, 1, box)

    def _fill_preview(self, headers: list[str], rows: list[list[str]]) -> None:
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(headers)
        for i, row in enumerate(rows):
            for j, v in enumerate(row[:len(headers)]):
                self.preview.setItem(i, j, QTableWidgetItem(v))
        self.preview.resizeColumnsToContents()

    def _fill_header_rows(self, e: Entry) -> None:
        """The rows seen, the likeliest header (the first of the widest rows) chosen."""
        self.header_box.blockSignals(True)
        self.header_box.clear()
        def filled(cells: list[str]) -> list[str]:
            return [c for c in cells if c.strip()]

        widest = max((len(filled(cells)) for _, rows in e.unmatched for _, cells in rows), default=0)
        pick = None
        for s, (sheet, rows) in enumerate(e.unmatched):
            for r, (number, cells) in enumerate(rows):
                if pick is None and len(filled(cells)) == widest:
                    pick = self.header_box.count()
                label = self.tr("{0}행: {1}").format(number, ", ".join(c[:15] for c in filled(cells)[:6]))
                self.header_box.addItem(f"{sheet} · {label}" if sheet else label, (s, r))
        self.header_box.setCurrentIndex(pick or 0)
        if e.kind:
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(e.kind)))
        self.header_box.blockSignals(False)

    def _show_unmatched(self, e: Entry | None) -> None:
        """The chosen header row's cells, each with a choice of the chosen profile's fields,
        and the rows seen below it."""
        if e is None or e.plan is not None or not e.unmatched or self.header_box.currentData() is None:
            return
        s, r = self.header_box.currentData()
        rows = e.unmatched[s][1]
        headers = rows[r][1]
        profile = PROFILES[self.kind_box.currentData()]
        known = {j: name for name, j in match_columns(profile, headers).items()}  # the headers it knows
        self._fill_mapping(profile, headers, known)
        self._fill_preview(headers, [cells for _, cells in rows[r + 1:r + 21]])

    def current_mapping(self, name: str = "") -> Mapping | None:
        e = self.entry()
        if e is None or (e.plan is None and not e.unmatched):
            return None
        profile = e.plan.profile.name if e.plan is not None else self.kind_box.currentData()
        columns = {}
        for j in range(self.mapping.rowCount()):
            value = self.mapping.cellWidget(j, 1).currentData()
            if value:
                columns[self.mapping.item(j, 0).text()] = value
        return Mapping(profile, columns, name)

    def apply_mapping(self) -> None:
        e, m = self.entry(), self.current_mapping()
        if e is None or m is None:
            return
        missing = [f.label for f in PROFILES[m.profile].required if f.name not in m.columns.values()]
        if missing:
            self.w.note(self.tr("필수 항목이 빠졌습니다: {0}").format(", ".join(missing)))
            return
        e.mapping, e.kind = m, m.profile
        self.w.files_page.plan_all([self.file_box.currentData()])
        self.w.files_page.w.task.finished.connect(self.show_entry)

    def save_mapping(self) -> Path | None:
        name, ok = QInputDialog.getText(self, self.tr("매핑 저장"), self.tr("매핑 이름:"))
        if not ok or not name.strip():
            return None
        m = self.current_mapping(name.strip())
        if m is None:
            return None
        target = mappings_dir() / f"{name.strip()}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        m.save(target)
        self.refresh_saved()
        self.w.note(self.tr("매핑을 저장했습니다: {0}").format(target))
        return target


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("검사 결과"))
        self.setSubTitle(self.tr("아직 아무것도 저장하지 않았습니다. 오류 행을 어떻게 할지 고르세요."))
        self.report = QTableWidget(0, 5, self)
        self.report.setObjectName("checkReport")
        self.report.setHorizontalHeaderLabels([self.tr("파일"), self.tr("시트"), self.tr("행"), self.tr("열"),
                                               self.tr("내용")])
        self.report.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.report.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.report.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.report.setWordWrap(True)
        self.summary = QLabel(self)
        self.abort = QRadioButton(self.tr("오류가 있는 파일은 가져오지 않기 (권장)"), self)
        self.abort.setObjectName("abort")
        self.set_aside = QRadioButton(self.tr("오류 행은 따로 두고 나머지를 가져오기"), self)
        self.set_aside.setObjectName("setAside")
        self.abort.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.abort)
        group.addButton(self.set_aside)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.abort)
        layout.addWidget(self.set_aside)

    def initializePage(self) -> None:
        issues = [(e.path.name, i) for e in self.w.entries if e.plan for i in e.plan.errors + e.plan.warnings]
        left_out = [e.path.name for e in self.w.entries if e.plan is None]
        self.report.setRowCount(len(left_out) + len(issues))
        for r, name in enumerate(left_out):
            for c, v in enumerate([name, "", "", "", "✖ " + self.tr("읽지 못했거나 열을 맞추지 않아 이 파일은 "
                                                               "가져오지 않습니다")]):
                self.report.setItem(r, c, QTableWidgetItem(v))
        for r, (name, issue) in enumerate(issues, start=len(left_out)):
            values = [name, issue.sheet or "CSV", "" if issue.row is None else str(issue.row),
                      f"{issue.column or ''} {issue.header or ''}".strip(),
                      ("⚠ " if issue.level == "warning" else "✖ ") + issue_text(issue.message)]
            for c, v in enumerate(values):
                self.report.setItem(r, c, QTableWidgetItem(v))
        errors = sum(len(e.plan.errors) for e in self.w.entries if e.plan)
        rows = sum(e.plan.rows_read for e in self.w.entries if e.plan)
        self.summary.setText(self.tr("{0}개 파일, {1}행: 오류 {2}건, 경고 {3}건").format(
            sum(1 for e in self.w.entries if e.plan), f"{rows:,}", f"{errors:,}",
            f"{len(issues) - errors:,}"))
        self.abort.setEnabled(errors > 0)
        self.set_aside.setEnabled(errors > 0)


class CommitPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("가져오기"))
        self.result = QTextBrowser(self)
        self.result.setObjectName("importResult")
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        self._done = False
        self.setCommitPage(True)

    def initializePage(self) -> None:
        self._done = False
        self.result.clear()
        set_aside = self.w.check_page.set_aside.isChecked()
        todo = [e for e in self.w.entries if e.plan is not None]
        self._commit_next(todo, set_aside)

    def _commit_next(self, todo: list[Entry], set_aside: bool) -> None:
        if not todo:
            self._done = True
            self.completeChanged.emit()
            return
        e, rest = todo[0], todo[1:]

        def ok(result) -> None:
            e.result = result.as_dict()
            self.result.append(self.tr("✔ {0}: 배치 {1}, {2}행 가져옴, {3}행 제외").format(
                e.path.name, result.batch_id, f"{result.rows_imported:,}", f"{result.rows_rejected:,}")
                + (self.tr(" → 오류 행: {0}").format(result.rejected_file) if result.rejected_file else ""))
            self._commit_next(rest, set_aside)

        def failed(exc: BaseException) -> None:
            message = describe(exc)[0] if not isinstance(exc, (ImportRefused, InputRefused)) else str(exc)
            e.refused = message
            self.result.append(self.tr("✖ {0}: 가져오지 않았습니다 (데이터베이스는 그대로입니다).\n{1}")
                               .format(e.path.name, message))
            self._commit_next(rest, set_aside)

        def cancelled() -> None:
            self.result.append(self.tr("■ {0}: 취소했습니다. 저장된 것은 없습니다.").format(e.path.name))
            self._commit_next(rest, set_aside)

        self.w.task = Task(self, self.tr("{0} 가져오는 중…").format(e.path.name),
                           lambda p: commit_import(self.w.ws, e.plan, set_aside=set_aside, progress=p),
                           ok, failed, cancelled).start()

    def isComplete(self) -> bool:
        return self._done


class ImportWizard(QWizard):
    def __init__(self, ws: Workspace, paths: list[Path], parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.entries = [Entry(p) for p in paths]
        self.task: Task | None = None
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("가져오기"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.files_page = FilesPage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        self.commit_page = CommitPage(self)
        for page in (self.files_page, self.preview_page, self.check_page, self.commit_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("가져오기"))
        self.resize(900, 600)
        self.notes: list[str] = []

    def note(self, text: str) -> None:
        self.notes.append(text)
        parent = self.parent()
        if parent is not None and hasattr(parent, "statusBar"):
            parent.statusBar().showMessage(text, 8000)

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        super().reject()

