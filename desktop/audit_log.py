"""The audit log screen: every event in words a clerk or an auditor reads — what was done,
to what, and the details as labelled values — with personal data masked as everywhere else.
The stored event (codes and JSON, hashed into the chain) is never changed by how it is shown."""

from __future__ import annotations

import json
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from desktop.claims_model import outcome_label, won
from desktop.dashboard import affiliate_name
from desktop.committee import _item
from importers.normalize import format_brn, mask_phone
from models import audit
from models.domain import CLAIMANT_TYPES_KO, local_time
from models.workspace import Workspace

SHOWN = 2_000  # the newest events; the filter reaches older ones

_C = "AuditPage"
ACTIONS = {
    "import.commit": QT_TRANSLATE_NOOP("AuditPage", "파일 가져오기"),
    "import.undo": QT_TRANSLATE_NOOP("AuditPage", "가져오기 취소"),
    "reconcile.run": QT_TRANSLATE_NOOP("AuditPage", "대사 실행"),
    "match.sure": QT_TRANSLATE_NOOP("AuditPage", "확실한 일치"),
    "payable.create": QT_TRANSLATE_NOOP("AuditPage", "지급 항목 생성"),
    "payable.void": QT_TRANSLATE_NOOP("AuditPage", "지급 항목 무효"),
    "clawback.raise": QT_TRANSLATE_NOOP("AuditPage", "환수 대상 발생"),
    "review.decide": QT_TRANSLATE_NOOP("AuditPage", "검토 판단"),
    "review.undo": QT_TRANSLATE_NOOP("AuditPage", "검토 판단 되돌림"),
    "committee.decide": QT_TRANSLATE_NOOP("AuditPage", "협의체 결정"),
    "ledger.prepare": QT_TRANSLATE_NOOP("AuditPage", "지급대장 작성"),
    "ledger.approve": QT_TRANSLATE_NOOP("AuditPage", "지급대장 승인"),
    "ledger.export": QT_TRANSLATE_NOOP("AuditPage", "지급대장 내보내기"),
    "ledger.void": QT_TRANSLATE_NOOP("AuditPage", "지급대장 취소"),
    "personal_data.reveal": QT_TRANSLATE_NOOP("AuditPage", "개인정보 보기"),
    "workspace.backup": QT_TRANSLATE_NOOP("AuditPage", "작업 파일 백업"),
}
ENTITIES = {
    "import_batch": QT_TRANSLATE_NOOP("AuditPage", "가져오기 배치 {0}"),
    "ledger": QT_TRANSLATE_NOOP("AuditPage", "지급대장 {0}"),
    "claimant": QT_TRANSLATE_NOOP("AuditPage", "신청인 {0}"),
    "match": QT_TRANSLATE_NOOP("AuditPage", "검토 항목 {0}"),
    "affiliate_payout": QT_TRANSLATE_NOOP("AuditPage", "계열사 지급 행 {0}"),
    "payable_line": QT_TRANSLATE_NOOP("AuditPage", "지급 항목 {0}"),
    "policy_version": QT_TRANSLATE_NOOP("AuditPage", "정책 버전 {0}"),
    "claims_browser": QT_TRANSLATE_NOOP("AuditPage", "접수 내역 화면 {0}"),
    "review_queue": QT_TRANSLATE_NOOP("AuditPage", "검토 대기 화면 {0}"),
    "committee_queue": QT_TRANSLATE_NOOP("AuditPage", "협의체 심의 목록 {0}"),
}
FIELDS = {
    "file": QT_TRANSLATE_NOOP("AuditPage", "파일"), "kind": QT_TRANSLATE_NOOP("AuditPage", "종류"),
    "sheets": QT_TRANSLATE_NOOP("AuditPage", "시트"), "rows_read": QT_TRANSLATE_NOOP("AuditPage", "읽은 행"),
    "rows_imported": QT_TRANSLATE_NOOP("AuditPage", "가져온 행"),
    "rows_rejected": QT_TRANSLATE_NOOP("AuditPage", "따로 둔 행"),
    "warnings": QT_TRANSLATE_NOOP("AuditPage", "경고"), "sha256": QT_TRANSLATE_NOOP("AuditPage", "SHA-256"),
    "reports": QT_TRANSLATE_NOOP("AuditPage", "접수"), "payouts": QT_TRANSLATE_NOOP("AuditPage", "지급 행"),
    "claimant_id": QT_TRANSLATE_NOOP("AuditPage", "신청인"),
    "claimant_key": QT_TRANSLATE_NOOP("AuditPage", "신청인"),
    "method": QT_TRANSLATE_NOOP("AuditPage", "근거"), "amount_krw": QT_TRANSLATE_NOOP("AuditPage", "금액"),
    "previous_amount_krw": QT_TRANSLATE_NOOP("AuditPage", "이전 금액"),
    "programme": QT_TRANSLATE_NOOP("AuditPage", "보상 구분"), "number": QT_TRANSLATE_NOOP("AuditPage", "대장 번호"),
    "lines": QT_TRANSLATE_NOOP("AuditPage", "항목"), "total_krw": QT_TRANSLATE_NOOP("AuditPage", "합계"),
    "exclusions": QT_TRANSLATE_NOOP("AuditPage", "제외"),
    "lines_sha256": QT_TRANSLATE_NOOP("AuditPage", "항목 SHA-256"),
    "lines_released": QT_TRANSLATE_NOOP("AuditPage", "풀려난 항목"),
    "bank_sheet": QT_TRANSLATE_NOOP("AuditPage", "대량이체 파일"),
    "encrypted": QT_TRANSLATE_NOOP("AuditPage", "암호"), "masked": QT_TRANSLATE_NOOP("AuditPage", "가림"),
    "decision": QT_TRANSLATE_NOOP("AuditPage", "판단"), "undone": QT_TRANSLATE_NOOP("AuditPage", "되돌린 판단"),
    "previous_status": QT_TRANSLATE_NOOP("AuditPage", "이전 상태"),
    "restored_status": QT_TRANSLATE_NOOP("AuditPage", "되돌린 상태"),
    "payout_id": QT_TRANSLATE_NOOP("AuditPage", "지급 행"),
    "payout_key": QT_TRANSLATE_NOOP("AuditPage", "지급 행 지문"),
    "reference": QT_TRANSLATE_NOOP("AuditPage", "회의"), "bytes": QT_TRANSLATE_NOOP("AuditPage", "크기(바이트)"),
    "rows_in_view": QT_TRANSLATE_NOOP("AuditPage", "보이던 행"), "filter": QT_TRANSLATE_NOOP("AuditPage", "거르기"),
    "search": QT_TRANSLATE_NOOP("AuditPage", "검색"), "company": QT_TRANSLATE_NOOP("AuditPage", "담당회사"),
    "service": QT_TRANSLATE_NOOP("AuditPage", "서비스"), "outcome": QT_TRANSLATE_NOOP("AuditPage", "결과"),
    "claimant_type": QT_TRANSLATE_NOOP("AuditPage", "신청인 구분"),
    "changes": QT_TRANSLATE_NOOP("AuditPage", "바뀐 것"), "claimants": QT_TRANSLATE_NOOP("AuditPage", "신청인"),
    "matches": QT_TRANSLATE_NOOP("AuditPage", "일치"), "outcomes": QT_TRANSLATE_NOOP("AuditPage", "결과"),
    "flags": QT_TRANSLATE_NOOP("AuditPage", "확인 필요"), "krw_payable": QT_TRANSLATE_NOOP("AuditPage", "지급액"),
    "krw_kept_from_double_payment": QT_TRANSLATE_NOOP("AuditPage", "중복 지급 방지액"),
    "policy_version": QT_TRANSLATE_NOOP("AuditPage", "정책"),
    "front_end": QT_TRANSLATE_NOOP("AuditPage", "화면"),
}
# what a reconcile changed (its summary dialog and its audit event say the same)
CHANGE_LABELS = {
    "claimants_new": QT_TRANSLATE_NOOP("MainWindow", "새 신청인"),
    "claimants_changed": QT_TRANSLATE_NOOP("MainWindow", "바뀐 신청인"),
    "claimants_removed": QT_TRANSLATE_NOOP("MainWindow", "없어진 신청인"),
    "reports_linked": QT_TRANSLATE_NOOP("MainWindow", "신청인에 연결된 접수"),
    "matches_new": QT_TRANSLATE_NOOP("MainWindow", "새 일치"),
    "matches_changed": QT_TRANSLATE_NOOP("MainWindow", "바뀐 일치"),
    "matches_removed": QT_TRANSLATE_NOOP("MainWindow", "없어진 일치"),
    "outcomes_new": QT_TRANSLATE_NOOP("MainWindow", "새 결과"),
    "outcomes_changed": QT_TRANSLATE_NOOP("MainWindow", "바뀐 결과"),
    "outcomes_removed": QT_TRANSLATE_NOOP("MainWindow", "없어진 결과"),
    "payable_created": QT_TRANSLATE_NOOP("MainWindow", "새 지급 항목"),
    "payable_voided": QT_TRANSLATE_NOOP("MainWindow", "취소된 지급 항목"),
}
WORDS = {  # values that are codes
    "same": QT_TRANSLATE_NOOP("AuditPage", "동일인"), "different": QT_TRANSLATE_NOOP("AuditPage", "다른 사람"),
    "sure": QT_TRANSLATE_NOOP("AuditPage", "확실한 일치"), "candidate": QT_TRANSLATE_NOOP("AuditPage", "검토 대기"),
    "confirmed": QT_TRANSLATE_NOOP("AuditPage", "동일인 확인"), "rejected": QT_TRANSLATE_NOOP("AuditPage", "다른 사람"),
    "draft": QT_TRANSLATE_NOOP("AuditPage", "작성"), "approved": QT_TRANSLATE_NOOP("AuditPage", "승인"),
    "exported": QT_TRANSLATE_NOOP("AuditPage", "내보냄"), "void": QT_TRANSLATE_NOOP("AuditPage", "취소(무효)"),
    "brn": QT_TRANSLATE_NOOP("AuditPage", "사업자등록번호"), "mobile+name": QT_TRANSLATE_NOOP("AuditPage", "휴대전화와 성명"),
    "phone_shared_with": QT_TRANSLATE_NOOP("AuditPage", "휴대전화를 함께 쓰는 신청인"),
    "unidentifiable": QT_TRANSLATE_NOOP("AuditPage", "알아볼 정보 없음"),
    "brn_check_digit_failed": QT_TRANSLATE_NOOP("AuditPage", "사업자등록번호 검증번호 오류"),
    "several_mobiles": QT_TRANSLATE_NOOP("AuditPage", "휴대전화 여럿"),
}
_RRN = re.compile(r"(?<!\d)\d{6}\s?[-－]?\s?[1-8]\d{6}(?!\d)")
_PHONE = re.compile(r"(?<![\d*])01[016789][-\s.]?[\d*]{3,4}[-\s.]?\d{4}(?!\d)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def action_label(action: str) -> str:
    return _tr(ACTIONS[action]) if action in ACTIONS else action


def subject_label(entity: str | None, entity_id: int | None) -> str:
    number = "" if entity_id is None else str(entity_id)
    if entity in ENTITIES:
        return _tr(ENTITIES[entity]).format(number).strip()
    return f"{entity or ''} {number}".strip()


def claimant_key_label(key: str) -> str:
    """A claimant's key as shown: the phone in it masked like every phone on screen."""
    kind, _, value = key.partition(":")
    if kind == "mobile":
        return QCoreApplication.translate("AuditPage", "휴대전화 {0}").format(mask_phone(value))
    if kind == "brn":
        return QCoreApplication.translate("AuditPage", "사업자 {0}").format(format_brn(value))
    if kind == "kakao":
        return QCoreApplication.translate("AuditPage", "카카오계정 {0}").format(value[:2] + "*" * max(len(value) - 2, 1))
    if kind == "report":
        return QCoreApplication.translate("AuditPage", "접수 {0}").format(value)
    return _mask_text(key)


def programme_label(code: str) -> str:
    """kakao_1015 → 카카오 보상; affiliate:mobility → 카카오모빌리티 (the affiliate's own programme)."""
    if code.startswith("affiliate:"):
        return affiliate_name(code.split(":", 1)[1])
    if code.startswith("kakao"):
        return QCoreApplication.translate("AuditPage", "카카오 보상")
    return code


def _mask_text(text: str) -> str:
    """Phones written anywhere in free text (a search a clerk typed, a note) masked, and
    anything shaped like a 주민등록번호 hidden whole."""
    text = _RRN.sub("******-*******", text)
    return _PHONE.sub(lambda m: mask_phone(re.sub(r"\D", "", m.group())) or "****", text)


def _word(value: str) -> str:
    if value in WORDS:
        return _tr(WORDS[value])
    if value in CLAIMANT_TYPES_KO:
        return QCoreApplication.translate("ClaimsModel", CLAIMANT_TYPES_KO[value])
    return value


def _value(key: str, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditPage", "예") if value else QCoreApplication.translate("AuditPage", "아니오")
    if isinstance(value, int) and (key.endswith("_krw") or key.startswith("krw_")):
        return won(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, list):
        return ", ".join(_value(key, v) for v in value)
    if isinstance(value, dict):
        inner = [f"{_sub_label(key, k)} {_value(k, v)}" for k, v in value.items() if v not in (None, "", 0)]
        return "(" + ", ".join(inner) + ")" if inner else "—"
    text = str(value)
    if key == "claimant_key":
        return claimant_key_label(text)
    if key == "programme":
        return programme_label(text)
    if key.endswith("sha256") or key == "payout_key":
        return text[:12] + "…"
    return _mask_text(_word(text))


def _sub_label(parent: str, key: str) -> str:
    if parent == "outcomes":
        return outcome_label(key)
    if parent == "claimants" and key in CLAIMANT_TYPES_KO:
        return QCoreApplication.translate("ClaimsModel", CLAIMANT_TYPES_KO[key])
    if parent in ("matches", "flags"):
        return _word(key)
    if parent == "changes" and key in CHANGE_LABELS:
        return QCoreApplication.translate("MainWindow", CHANGE_LABELS[key])
    return _tr(FIELDS[key]) if key in FIELDS else key


def details_text(details: str | dict, reason: str | None = None) -> str:
    """An event's details as "label value" pairs, codes in words, personal data masked."""
    try:
        d = json.loads(details) if isinstance(details, str) else details
    except ValueError:  # never written so, but the log is shown whatever it holds
        d = details
    if not isinstance(d, dict):
        return _mask_text(str(d))
    parts = [f"{_tr(FIELDS[k]) if k in FIELDS else k}: {_value(k, v)}" for k, v in d.items()]
    if reason:
        parts.append(QCoreApplication.translate("AuditPage", "사유: {0}").format(_mask_text(reason)))
    return "; ".join(parts)


class AuditPage(QWidget):
    """Every event, filterable, with the chain verification."""

    def __init__(self, ws: Workspace, parent=None, load: bool = True) -> None:
        super().__init__(parent)
        self.ws = ws
        self.filter = QLineEdit(self)
        self.filter.setObjectName("auditFilter")
        self.filter.setPlaceholderText(self.tr("작업, 담당자, 대상으로 거르기"))
        self.filter.setToolTip(self.tr("예: 지급대장, 검토, 김정산"))
        self.verify_label = QLabel(self)
        self.verify_label.setObjectName("auditVerify")
        self.verify_button = QPushButton(self.tr("변조 검사"), self)
        self.verify_button.setToolTip(self.tr("감사 기록의 해시 사슬을 처음부터 확인합니다"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("auditCount")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditLog")
        self.table.setHorizontalHeaderLabels([self.tr("번호"), self.tr("일시"), self.tr("담당자"), self.tr("작업"),
                                              self.tr("대상"), self.tr("내용")])
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.verify_button)
        top.addWidget(self.verify_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._debounce = QTimer(self)  # typing does not reload the log at every key
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.filter.textChanged.connect(self._debounce.start)
        self.filter.returnPressed.connect(self.reload)
        self.verify_button.clicked.connect(self.verify)
        if load:
            self.reload()

    def reload(self) -> None:
        from sqlalchemy import func, or_, select

        from models.tables import AuditEvent

        t = AuditEvent.__table__
        stmt = select(t.c.id, t.c.at, t.c.operator, t.c.action, t.c.entity, t.c.entity_id, t.c.details,
                      t.c.reason).order_by(t.c.id.desc()).limit(SHOWN)
        text = self.filter.text().strip()
        if text:
            # the words on screen find their codes: "내보내기" finds ledger.export
            folded = text.casefold()
            actions = [code for code in ACTIONS if folded in action_label(code).casefold()]
            entities = [code for code in ENTITIES if folded in subject_label(code, None).casefold()]
            stmt = stmt.where(or_(t.c.action.contains(text), t.c.operator.contains(text),
                                  t.c.entity.contains(text), t.c.details.contains(text),
                                  t.c.reason.contains(text), t.c.action.in_(actions), t.c.entity.in_(entities)))
        with self.ws.engine.connect() as conn:
            rows = conn.execute(stmt).all()
            total = conn.execute(select(func.count()).select_from(t)).scalar_one()
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            message = details_text(r.details, r.reason)
            values = [r.id, local_time(r.at, seconds=True), r.operator, action_label(r.action),
                      subject_label(r.entity, r.entity_id),
                      message if len(message) < 400 else message[:400] + "…"]
            for j, v in enumerate(values):
                item = _item(v)
                if j == 3:
                    item.setToolTip(r.action)
                elif j == 5 and len(message) >= 400:
                    item.setToolTip(message)
                self.table.setItem(i, j, item)
        shown = self.tr("{0}건 중 {1}건").format(f"{total:,}", f"{len(rows):,}")
        if len(rows) == SHOWN:
            shown += " — " + self.tr("최근 {0}건만 보입니다. 거르기로 좁히세요.").format(f"{SHOWN:,}")
        self.count_label.setText(shown)

    def verify(self) -> bool:
        with self.ws.engine.connect() as conn:
            check = audit.verify(conn)
        if check.ok:
            self.verify_label.setText(self.tr("✔ 기록 {0}건: 변조 없음").format(f"{check.events:,}"))
        else:
            self.verify_label.setText(self.tr("✖ 기록 {0}번부터 변조됨: {1}").format(check.first_broken_id,
                                                                                    check.problem))
        return check.ok
