"""The claims browser's model: ordered ids from SQL, rows fetched lazily in pages.

Like Anki's browser table, the model holds only the ids of the rows in the
current filter and order, plus a small cache of rows; ``data`` fetches the page
around a row the view asks for. Sorting and filtering are new SQL queries,
never a proxy model over Python objects.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.i18n import StoredText
from importers.normalize import format_brn, mask_name, mask_phone
from models import audit
from models.browse import COLUMNS, BrowseFilter, report_ids, report_rows
from models.domain import CLAIMANT_TYPES_KO, local_time
from models.workspace import Workspace

PAGE = 200
CACHE_ROWS = 5_000
ROLE_ID = Qt.ItemDataRole.UserRole + 1  # the report id behind a row
ROLE_CLAIMANT = Qt.ItemDataRole.UserRole + 2  # its claimant id
ROLE_SORT = Qt.ItemDataRole.UserRole + 3  # the raw value


def headers() -> list[str]:
    return [QCoreApplication.translate("ClaimsModel", "접수번호"), QCoreApplication.translate("ClaimsModel", "접수일시"), QCoreApplication.translate("ClaimsModel", "신청인구분"), QCoreApplication.translate("ClaimsModel", "성명"), QCoreApplication.translate("ClaimsModel", "상호"), QCoreApplication.translate("ClaimsModel", "휴대전화"),
            QCoreApplication.translate("ClaimsModel", "사업자등록번호"), QCoreApplication.translate("ClaimsModel", "서비스"), QCoreApplication.translate("ClaimsModel", "담당회사"), QCoreApplication.translate("ClaimsModel", "매출손실액"), QCoreApplication.translate("ClaimsModel", "결과")]


def outcome_label(kind: str | None) -> str:
    labels = {
        "pay": QCoreApplication.translate("ClaimsModel", "지급"), "covered_by_affiliate": QCoreApplication.translate("ClaimsModel", "계열사 기지급"), "committee": QCoreApplication.translate("ClaimsModel", "협의체 심의"),
        "no_loss": QCoreApplication.translate("ClaimsModel", "손실 없음"), "benefits_only": QCoreApplication.translate("ClaimsModel", "혜택 대상"), "individual_review": QCoreApplication.translate("ClaimsModel", "개별 검토"),
        "settled_by_affiliate": QCoreApplication.translate("ClaimsModel", "계열사 정산"), "open_at_affiliate": QCoreApplication.translate("ClaimsModel", "계열사 미결"),
        "unidentifiable": QCoreApplication.translate("ClaimsModel", "확인 불가"),
    }
    return labels.get(kind, QCoreApplication.translate("ClaimsModel", "미대사")) if kind else QCoreApplication.translate("ClaimsModel", "미대사")


# Why the machine proposes a match (reconcile/matching.py stores them in Korean, and the
# stored text stays as it is: it is what the audit trail and the affiliates' reports say).
REASONS = (
    QT_TRANSLATE_NOOP("Reasons", "사업자등록번호 일치"), QT_TRANSLATE_NOOP("Reasons", "휴대전화 일치"),
    QT_TRANSLATE_NOOP("Reasons", "성명 일치"), QT_TRANSLATE_NOOP("Reasons", "성명 불일치"),
    QT_TRANSLATE_NOOP("Reasons", "마스킹된 휴대전화의 보이는 숫자 일치"),
    QT_TRANSLATE_NOOP("Reasons", "사업자등록번호 일치(검증번호 오류)"),
    QT_TRANSLATE_NOOP("Reasons", "지급 내역의 사업자등록번호는 신청인에게 없음"),
    QT_TRANSLATE_NOOP("Reasons", "같은 휴대전화의 신청인이 여럿"), QT_TRANSLATE_NOOP("Reasons", "담당자 판단"),
    QT_TRANSLATE_NOOP("Reasons", "다른 신청인이 동일인으로 확인됨"),
)


def reason_text(reason: str) -> str:
    """A stored reason in the interface's language; a name score in brackets is kept
    ("성명 일치(92)" → "names agree (92)")."""
    base, score = reason, ""
    if reason.endswith(")") and "(" in reason and reason not in REASONS:
        base, _, rest = reason.rpartition("(")
        score = f" ({rest[:-1]})" if rest[:-1].isdigit() else ""
        base = base if score else reason
    return (QCoreApplication.translate("Reasons", base) if base in REASONS else base) + score


# The parts of an outcome's explanation (reconcile/outcomes.py writes them in Korean and
# joins them with "; " and " → "; the stored text stays as it is).
EXPLANATIONS = (
    QT_TRANSLATE_NOOP("Explanations", "{c} 서비스 신고: {c}가 {a} 지급"),
    QT_TRANSLATE_NOOP("Explanations", "{c} 서비스 신고: {c} 지급 내역에 없음"),
    QT_TRANSLATE_NOOP("Explanations", "{c} 미결 목록"),
    QT_TRANSLATE_NOOP("Explanations", "정산 완료"),
    QT_TRANSLATE_NOOP("Explanations", "매출손실 {a}: 최고 구간({b}) 초과"),
    QT_TRANSLATE_NOOP("Explanations", "매출손실 {a}"),
    QT_TRANSLATE_NOOP("Explanations", "{a} 구간"),
    QT_TRANSLATE_NOOP("Explanations", "최고 구간 {a}"),
    QT_TRANSLATE_NOOP("Explanations", "협의체 심의 대기"),
    QT_TRANSLATE_NOOP("Explanations", "협의체 결정 {a} ({r})"),
    QT_TRANSLATE_NOOP("Explanations", "{c} 지급 {a} 차감"),
    QT_TRANSLATE_NOOP("Explanations", "{c} 지급 {a} (정책상 차감 안 함)"),
    QT_TRANSLATE_NOOP("Explanations", "{c} 지급 {a} 이력"),
    QT_TRANSLATE_NOOP("Explanations", "정책상 제외"),
    QT_TRANSLATE_NOOP("Explanations", "계열사 기지급으로 지급액 없음"),
    QT_TRANSLATE_NOOP("Explanations", "지급액 없음"),
    QT_TRANSLATE_NOOP("Explanations", "지급 {a}"),
    QT_TRANSLATE_NOOP("Explanations", "매출손실액 신고 없음: 지급 대상 아님"),
    QT_TRANSLATE_NOOP("Explanations", "신청인을 알아볼 정보(휴대전화·사업자등록번호·카카오계정)가 없어 담당자 확인이 필요합니다"),
    QT_TRANSLATE_NOOP("Explanations", "일반 이용자: 이모티콘·쿠폰 등 혜택 대상 (현금 지급 없음)"),
    QT_TRANSLATE_NOOP("Explanations", "중대형기업: 개별 검토 대상"),
)


def _company(name: str, text: str) -> str:
    """An affiliate's Korean name ({c}) in the interface's language."""
    from desktop.dashboard import AFFILIATE_NAMES

    return QCoreApplication.translate("Dashboard", text) if name == "c" and text in AFFILIATE_NAMES.values() else text


_EXPLANATION_PART = StoredText("Explanations", EXPLANATIONS,
                               {"a": r"[\d,]+원", "b": r"[\d,]+원", "c": r"\S+"}, _company)


def explanation_text(text: str) -> str:
    """An outcome's stored explanation in the interface's language, part by part; a part no
    template knows is shown as stored."""
    return " → ".join("; ".join(map(_EXPLANATION_PART, side.split("; "))) for side in text.split(" → "))


def won(n: int | None) -> str:
    return "" if n is None else f"{n:,}원"


class ClaimsModel(QAbstractTableModel):
    revealChanged = Signal(bool)

    def __init__(self, ws: Workspace, parent=None, load: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self.filter = BrowseFilter()
        self.sort_column, self.descending = "report_no", False
        self._ids: list[int] = []
        self._rows: OrderedDict[int, tuple] = OrderedDict()
        self.masked = True
        self.loaded = False
        if load:
            self.reload()

    # --- Qt model API ----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return headers()[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, ROLE_ID,
                        ROLE_CLAIMANT, ROLE_SORT, Qt.ItemDataRole.ToolTipRole):
            return None
        rid = self._ids[index.row()]
        if role == ROLE_ID:
            return rid
        values, claimant_id = self._row(index.row())
        if role == ROLE_CLAIMANT:
            return claimant_id
        col = COLUMNS[index.column()]
        value = values[index.column()]
        if role == ROLE_SORT:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == "loss_krw":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        text = self._display(col, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.sort_column = COLUMNS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:  # before the first load, only remember the order
            self.reload()

    # --- ours -------------------------------------------------------------------------
    def reload(self) -> None:
        self.loaded = True
        self.beginResetModel()
        with self.ws.engine.connect() as conn:
            self._ids = report_ids(conn, self.filter, self.sort_column, self.descending)
        self._rows.clear()
        self.endResetModel()

    def set_filter(self, flt: BrowseFilter) -> None:
        self.filter = flt
        self.reload()

    def ids(self) -> list[int]:
        return list(self._ids)

    def set_masked(self, masked: bool) -> None:
        """Personal data is masked by default; each reveal is audit-logged."""
        if masked == self.masked:
            return
        if not masked:
            audit.record_reveal(self.ws, "claims_browser", rows_in_view=len(self._ids), filter=self.filter.__dict__)
        self.masked = masked
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))
        self.revealChanged.emit(not masked)

    def _row(self, row: int) -> tuple:
        rid = self._ids[row]
        hit = self._rows.get(rid)
        if hit is not None:
            return hit
        start = max(0, row - PAGE // 4)
        page = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
        with self.ws.engine.connect() as conn:
            fetched = report_rows(conn, page)
        for i in page:
            self._rows[i] = fetched.get(i, ((None,) * len(COLUMNS), None))
        while len(self._rows) > CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows[rid]

    def _display(self, col: str, value: Any) -> str:
        if value is None:
            return QCoreApplication.translate("ClaimsModel", "미대사") if col == "outcome" else ""
        if col == "received_at":
            return local_time(value) if isinstance(value, datetime) else str(value)
        if col == "claimant_type":
            return {"user": QCoreApplication.translate("ClaimsModel", "일반이용자"), "small_business": QCoreApplication.translate("ClaimsModel", "소상공인"),
                    "enterprise": QCoreApplication.translate("ClaimsModel", "중대형기업")}.get(value, CLAIMANT_TYPES_KO.get(value, value))
        if col == "name":
            return mask_name(value) if self.masked else value
        if col == "mobile":
            if self.masked:
                return mask_phone(value) if "*" not in value else value
            return f"{value[:3]}-{value[3:-4]}-{value[-4:]}" if len(value) in (10, 11) else value
        if col == "brn":
            return format_brn(value)
        if col == "loss_krw":
            return won(value)
        if col == "outcome":
            return outcome_label(value)
        return str(value)
