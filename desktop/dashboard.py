"""The dashboard: the announcement's table computed from the data, outcomes, money, charts."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.claims_model import outcome_label, won
from models.stats import workspace_stats
from models.workspace import Workspace
from reconcile.summary import outcome_summary

AFFILIATE_NAMES = {
    "mobility": QT_TRANSLATE_NOOP("Dashboard", "카카오모빌리티"),
    "games": QT_TRANSLATE_NOOP("Dashboard", "카카오게임즈"),
    "entertainment": QT_TRANSLATE_NOOP("Dashboard", "카카오엔터테인먼트"),
    "pay": QT_TRANSLATE_NOOP("Dashboard", "카카오페이"),
}


def affiliate_name(code: str) -> str:
    return QCoreApplication.translate("Dashboard", AFFILIATE_NAMES[code]) if code in AFFILIATE_NAMES else code


class Dashboard(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.figures: dict[str, QLabel] = {}
        seed = self._group(self.tr("접수 현황"), [
            ("reports_total", self.tr("전체 접수")), ("reports_kakao", self.tr("카카오 접수")),
            ("reports_affiliate", self.tr("계열사 접수")), ("user", self.tr("일반 이용자")),
            ("small_business", self.tr("소상공인")), ("enterprise", self.tr("중대형기업")),
            ("paid", self.tr("유료 서비스 피해")), ("free_monetary", self.tr("무료 서비스 금전 피해"))])
        money = self._group(self.tr("대사 결과"), [
            ("pay", self.tr("지급 대상")), ("krw_payable", self.tr("지급 예정액")),
            ("committee", self.tr("협의체 심의")), ("covered_by_affiliate", self.tr("계열사 기지급")),
            ("krw_kept", self.tr("이중 지급 방지액")), ("no_loss", self.tr("손실 없음")),
            ("benefits_only", self.tr("혜택 대상 (현금 없음)")), ("unidentifiable", self.tr("확인 불가"))])
        queue = self._group(self.tr("검토 대기"), [
            ("review_pending", self.tr("검토 대기")), ("review_decided", self.tr("검토 완료")),
            ("sure", self.tr("확실한 일치"))])
        self.tier_chart = self._chart(self.tr("지급 구간별 인원"))
        self.affiliate_chart = self._chart(self.tr("계열사별 신고 정산"))
        top = QHBoxLayout()
        top.addWidget(seed)
        top.addWidget(money)
        top.addWidget(queue)
        charts = QHBoxLayout()
        charts.addWidget(self.tier_chart)
        charts.addWidget(self.affiliate_chart)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(charts, 1)
        self.refresh()

    def _group(self, title: str, items: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title, self)
        grid = QGridLayout(box)
        for row, (key, label) in enumerate(items):
            value = QLabel("-", box)
            value.setObjectName(f"figure_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name = QLabel(label, box)
            name.setBuddy(value)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.figures[key] = value
        return box

    def _chart(self, title: str) -> QChartView:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        return view

    def _set(self, key: str, text: str) -> None:
        if key in self.figures:
            self.figures[key].setText(text)

    def refresh(self) -> None:
        s = workspace_stats(self.ws)
        o = outcome_summary(self.ws)
        pct = s["kakao_by_type_pct"]
        self._set("reports_total", f"{s['reports_total']:,}")
        self._set("reports_kakao", f"{s['reports_kakao']:,} ({s['reports_kakao_pct']}%)")
        self._set("reports_affiliate", f"{s['reports_affiliate']:,} ({s['reports_affiliate_pct']}%)")
        for k in ("user", "small_business", "enterprise"):
            self._set(k, f"{s['kakao_by_type'][k]:,} ({pct[k]}%)")
        self._set("paid", f"{s['kakao_paid_service']:,} ({s['kakao_paid_service_pct']}%)")
        self._set("free_monetary", f"{s['kakao_free_monetary']:,} ({s['kakao_free_monetary_pct']}%)")
        kinds = o["kinds"]
        for k in ("pay", "committee", "covered_by_affiliate", "no_loss", "benefits_only", "unidentifiable"):
            self._set(k, self.tr("{0}명").format(f"{kinds.get(k, {}).get('claimants', 0):,}"))
        self._set("krw_payable", won(o["krw_payable"]))
        self._set("krw_kept", won(o["krw_kept"]))
        self._set("review_pending", f"{o['review']['pending']:,}")
        self._set("review_decided", f"{o['review']['decided']:,}")
        self._set("sure", f"{o['review']['sure']:,}")
        self._bars(self.tier_chart, [(t, [v["claimants"]]) for t, v in sorted(o["by_tier"].items())],
                   [self.tr("인원")], horizontal_labels=False)
        aff = o["by_affiliate"]
        cats = [affiliate_name(a) for a in sorted(aff)]
        series = [(outcome_label(kind), [aff[a].get(kind, 0) for a in sorted(aff)])
                  for kind in ("settled_by_affiliate", "open_at_affiliate")]
        self._bars(self.affiliate_chart, series, cats, horizontal_labels=True)

    def _bars(self, view: QChartView, series_data: list[tuple[str, list[int]]], categories: list[str],
              horizontal_labels: bool) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSeries()
        top = 0
        for label, values in series_data:
            s = QBarSet(label)
            for v in values:
                s.append(v)
                top = max(top, v)
            bars.append(s)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(categories)
        y = QValueAxis()
        y.setRange(0, max(1, top) * 1.1)
        y.setLabelFormat("%d")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(x)
        bars.attachAxis(y)
