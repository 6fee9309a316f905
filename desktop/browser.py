"""The claims browser tab: filters, search, the lazy table, and the selected claimant."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.claims_model import ROLE_CLAIMANT, ClaimsModel, explanation_text, outcome_label, reason_text, won
from desktop.dashboard import affiliate_name
from importers.normalize import format_brn, mask_name, mask_phone
from models.browse import BrowseFilter, choices, claimant_detail
from models.workspace import Workspace


class ClaimsBrowser(QWidget):
    countChanged = Signal(int)

    def __init__(self, ws: Workspace, parent=None, load: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self.model = ClaimsModel(ws, self, load=False)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("이름, 휴대전화, 사업자등록번호, 접수번호로 검색"))
        self.search.setToolTip(self.tr("이름, 휴대전화, 사업자등록번호 또는 접수번호 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.type_box = self._combo("type", self.tr("신청인 구분"))
        self.company_box = self._combo("company", self.tr("담당회사"))
        self.service_box = self._combo("service", self.tr("서비스"))
        self.outcome_box = self._combo("outcome", self.tr("결과"))
        self.reveal = QCheckBox(self.tr("개인정보 보기"), self)
        self.reveal.setObjectName("reveal")
        self.reveal.setToolTip(self.tr("가려진 이름과 전화번호를 보여 줍니다. 볼 때마다 감사 기록에 남습니다."))
        self.count = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("claimsTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((110, 120, 80, 70, 150, 110, 110, 100, 130, 100, 90)):
            self.table.setColumnWidth(col, width)
        self.table.setToolTip(self.tr("접수 내역: 열 머리글을 눌러 정렬합니다"))
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("claimantDetail")
        self.detail.setToolTip(self.tr("선택한 신청인의 접수, 계열사 지급 내역, 결과와 그 이유"))

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for box in (self.type_box, self.company_box, self.service_box, self.outcome_box):
            filters.addWidget(box, 1)
        filters.addWidget(self.reveal)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.type_box)
        self.setTabOrder(self.type_box, self.company_box)
        self.setTabOrder(self.company_box, self.service_box)
        self.setTabOrder(self.service_box, self.outcome_box)
        self.setTabOrder(self.outcome_box, self.reveal)
        self.setTabOrder(self.reveal, self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self.apply_filter)
        for box in (self.type_box, self.company_box, self.service_box, self.outcome_box):
            box.currentIndexChanged.connect(self.apply_filter)
        self.reveal.toggled.connect(lambda on: self.model.set_masked(not on))
        self.reveal.toggled.connect(lambda _: self._show_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.model.modelReset.connect(self._update_count)
        if load:
            self.reload()

    def _combo(self, name: str, label: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setToolTip(label)
        box.setAccessibleName(label)
        return box

    def refresh_choices(self) -> None:
        with self.ws.engine.connect() as conn:
            c = choices(conn)
        kinds = [(self.tr("모든 신청인"), None), (self.tr("일반이용자"), "user"),
                 (self.tr("소상공인"), "small_business"), (self.tr("중대형기업"), "enterprise")]
        self._fill(self.type_box, kinds)
        self._fill(self.company_box, [(self.tr("모든 회사"), None)] + [(v, v) for v in c["company"]])
        self._fill(self.service_box, [(self.tr("모든 서비스"), None)] + [(v, v) for v in c["service"]])
        self._fill(self.outcome_box, [(self.tr("모든 결과"), None), (self.tr("미대사"), "none")]
                   + [(outcome_label(v), v) for v in c["outcome"]])

    @staticmethod
    def _fill(box: QComboBox, items: list[tuple[str, object]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for label, value in items:
            box.addItem(label, value)
        i = box.findData(current)
        box.setCurrentIndex(i if i >= 0 else 0)
        box.blockSignals(False)

    def current_filter(self) -> BrowseFilter:
        return BrowseFilter(self.type_box.currentData(), self.company_box.currentData(),
                            self.service_box.currentData(), self.outcome_box.currentData(),
                            self.search.text())

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def reload(self) -> None:
        self.refresh_choices()
        self.model.reload()

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(self.tr("{0}건").format(f"{n:,}"))
        self.countChanged.emit(n)

    def _show_selected(self) -> None:
        index = self.table.currentIndex()
        cid = self.model.data(index, ROLE_CLAIMANT) if index.isValid() else None
        if cid is None:
            self.detail.setHtml(self.tr("<p>선택한 접수의 신청인이 아직 정리되지 않았습니다 (대사 전).</p>")
                                if index.isValid() else "")
            return
        with self.ws.engine.connect() as conn:
            d = claimant_detail(conn, cid)
        self.detail.setHtml(self.render_detail(d) if d else "")

    def render_detail(self, d: dict) -> str:
        masked = self.model.masked
        c = d["claimant"]
        name = c["display_name"] or ""
        name = mask_name(name) if masked else name
        esc = _escape
        ctype = {"user": self.tr("일반이용자"), "small_business": self.tr("소상공인"),
                 "enterprise": self.tr("중대형기업")}.get(c["claimant_type"], c["claimant_type"])
        parts = [f"<h3>{esc(c['business_name'] or name)} <small>({esc(ctype)})</small></h3>"]
        if d["flags"]:
            parts.append("<p><b>" + esc(self.tr("확인 필요")) + ":</b> "
                         + "; ".join(esc(self.flag_text(f, masked)) for f in d["flags"]) + "</p>")
        policy = self.tr("정책")
        for o in d["outcomes"]:
            parts.append(f"<p><b>{esc(outcome_label(o['kind']))}</b> — {esc(explanation_text(o['explanation']))}"
                         + (f" <b>{won(o['payable_krw'])}</b>" if o["payable_krw"] else "")
                         + f" <small>({esc(policy)} {esc(o['policy_version'])})</small></p>")
        parts.append("<p><b>" + self.tr("접수") + f" {len(d['reports'])}" + "</b>: " + ", ".join(
            esc(f"{r['report_no']} {r['service']}" + (f" {won(r['loss_krw'])}" if r["loss_krw"] else ""))
            for r in d["reports"]) + "</p>")
        if d["payouts"]:
            status = {"sure": self.tr("확실한 일치"), "candidate": self.tr("검토 대기"),
                      "confirmed": self.tr("동일인 확인"), "rejected": self.tr("다른 사람")}
            rows = "".join(
                f"<tr><td>{esc(affiliate_name(p['affiliate']))}</td><td>{esc(p['sheet'] or '')} {p['row_number']}</td>"
                f"<td>{esc((mask_name(p['payee_name']) if masked and p['payee_name'] else p['payee_name']) or p['business_name'] or '')}</td>"
                f"<td align='right'>{won(p['amount_krw'])}</td><td>{esc(status.get(p['status'], p['status']))}</td>"
                f"<td>{esc('; '.join(map(reason_text, p['reasons'])))}</td></tr>" for p in d["payouts"])
            parts.append("<p><b>" + self.tr("계열사 지급 내역") + "</b></p><table cellspacing='4'>" + rows + "</table>")
        if c["mobile"]:
            mobile = c["mobile"] if not masked else mask_phone(c["mobile"])
            parts.append("<p>" + esc(self.tr("휴대전화")) + f": {esc(mobile)}</p>")
        return "".join(parts)

    def flag_text(self, flag: dict, masked: bool) -> str:
        """What a claimant's flag asks the clerk to check, in words (never the raw code, nor
        the other claimants' keys, which hold their full phone numbers)."""
        code = flag["code"]
        if code == "phone_shared_with":
            others = []
            for o in flag.get("claimants", []):
                name = o["display_name"] or ""
                name = mask_name(name) if masked and name else name
                label = " · ".join(v for v in (o["business_name"] or name,
                                               format_brn(o["brn"]) if o["brn"] else "") if v)
                others.append(self.tr("신청인 {0}").format(o["id"]) + (f" ({label})" if label else ""))
            return self.tr("같은 휴대전화를 쓰는 다른 신청인: {0}").format(", ".join(others) or "—")
        labels = {
            "unidentifiable": self.tr("신청인을 알아볼 정보(휴대전화·사업자등록번호·카카오계정) 없음"),
            "brn_check_digit_failed": self.tr("사업자등록번호 검증번호 오류"),
            "several_mobiles": self.tr("휴대전화 번호가 여럿"),
        }
        return labels.get(code, code)


def _escape(s: object) -> str:
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")) if s is not None else ""
