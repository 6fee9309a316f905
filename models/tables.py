"""The workspace's tables.

Rules that money depends on are enforced by the database itself (unique and
check constraints, partial unique indexes), not only by Python:

* a file (by SHA-256) is imported at most once while its batch is live;
* a claimant has at most one live payable line per programme;
* a claimant is in at most one live ledger per programme;
* a ledger is never approved by the operator who prepared it;
* the audit chain cannot fork (each event's predecessor hash is unique).

Money is integer KRW. Datetimes are timezone-aware (stored as UTC).
Bank account numbers are never stored in clear: ``account_enc`` holds the
AES-GCM ciphertext and ``account_key`` a keyed hash used for matching.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import CheckConstraint, Index, LargeBinary, UniqueConstraint, text
from sqlmodel import Column, Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


# Values kept as plain strings (portable across SQLite and PostgreSQL).
BATCH_KINDS = ("claims", "games", "mobility", "entertainment", "pay")
CLAIMANT_TYPES = ("user", "small_business", "enterprise")
MATCH_STATUSES = ("sure", "candidate", "confirmed", "rejected")
LEDGER_STATUSES = ("draft", "approved", "exported", "void")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class WorkspaceMeta(SQLModel, table=True):
    """Key/value facts about the workspace itself (its id, the key check)."""

    __tablename__ = "workspace_meta"

    key: str = Field(primary_key=True, max_length=40)
    value: str


class ImportBatch(SQLModel, table=True):
    __tablename__ = "import_batch"
    __table_args__ = (
        CheckConstraint(_in("kind", BATCH_KINDS), name="ck_batch_kind"),
        CheckConstraint("status IN ('committed', 'undone')", name="ck_batch_status"),
        # The same file may not be imported twice while its batch is live.
        Index(
            "uq_batch_sha256_live",
            "sha256",
            unique=True,
            sqlite_where=text("status = 'committed'"),
            postgresql_where=text("status = 'committed'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    file_size: int
    sha256: str = Field(max_length=64)
    kind: str = Field(max_length=20)
    profile: str = Field(max_length=40)
    sheets: str = Field(default="[]", description="JSON list of sheet names read")
    rows_read: int = 0
    rows_imported: int = 0
    rows_rejected: int = 0
    operator: str
    imported_at: datetime = Field(default_factory=utcnow)
    status: str = Field(default="committed", max_length=12)
    undone_at: datetime | None = None
    undone_by: str | None = None


class Report(SQLModel, table=True):
    """One row of Kakao's claims register (접수 내역).

    Identity columns carry no index here: a register is loaded in bulk, and
    matching works on the claimants resolved from it (indexed there).
    """

    __tablename__ = "report"
    __table_args__ = (
        CheckConstraint(_in("claimant_type", CLAIMANT_TYPES), name="ck_report_type"),
        CheckConstraint("loss_krw IS NULL OR loss_krw >= 0", name="ck_report_loss"),
    )

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="import_batch.id")
    sheet: str
    row_number: int
    report_no: str = Field(unique=True, max_length=40)  # 접수번호
    received_at: datetime | None = None  # 접수일시
    channel: str | None = None  # 접수경로
    claimant_type: str = Field(max_length=20)  # 신청인구분
    name: str | None = None  # 성명 (may be masked)
    business_name: str | None = None  # 상호
    mobile: str | None = None  # normalized 010XXXXXXXX or masked
    mobile_masked: bool = False
    brn: str | None = None  # 10 digits
    brn_valid: bool = False
    kakao_account: str | None = None
    service: str  # 서비스
    company: str  # 담당회사
    paid_service: bool = False  # 유료서비스
    monetary_loss: bool = False  # 금전피해
    loss_krw: int | None = None  # 매출손실액
    description: str | None = None  # 피해내용
    evidence: bool = False  # 증빙
    bank_code: str | None = Field(default=None, max_length=3)
    account_enc: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    account_key: str | None = None
    account_last4: str | None = Field(default=None, max_length=4)
    account_holder: str | None = None  # 예금주


class ReportClaimant(SQLModel, table=True):
    """Which claimant a report belongs to, as the last reconcile resolved it.

    Kept apart from the report: a report is written once, at import, while re-resolving
    claimants relinks reports — here a narrow row (105,116 links are about 2 MB; rewriting
    the reports to hold them would rewrite all 25 MB of them).
    """

    __tablename__ = "report_claimant"

    report_id: int = Field(primary_key=True, foreign_key="report.id",
                           sa_column_kwargs={"autoincrement": False})
    claimant_id: int = Field(foreign_key="claimant.id", index=True)


class Claimant(SQLModel, table=True):
    """A person or business, resolved from one or more reports.

    Matching runs in memory on blocking keys, so identity columns carry no index;
    ``claimant_key`` (unique) is how a claimant is found again.
    """

    __tablename__ = "claimant"
    __table_args__ = (
        CheckConstraint(_in("claimant_type", CLAIMANT_TYPES), name="ck_claimant_type"),
    )

    id: int | None = Field(default=None, primary_key=True)
    claimant_key: str = Field(unique=True, max_length=80)  # e.g. brn:1168200276
    claimant_type: str = Field(max_length=20)
    display_name: str | None = None
    business_name: str | None = None
    brn: str | None = None
    mobile: str | None = None
    kakao_account: str | None = None
    account_key: str | None = None
    unidentifiable: bool = False
    flags: str = Field(default="[]", description="JSON list of flags for a clerk")


class AffiliatePayout(SQLModel, table=True):
    """One row of an affiliate's payout sheet (what it already paid)."""

    __tablename__ = "affiliate_payout"
    __table_args__ = (
        CheckConstraint("amount_krw >= 0", name="ck_payout_amount"),
        CheckConstraint(_in("affiliate", BATCH_KINDS[1:]), name="ck_payout_affiliate"),
    )

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="import_batch.id", index=True)
    sheet: str
    row_number: int
    affiliate: str = Field(max_length=20)
    programme: str
    amount_krw: int
    paid_on: date | None = None
    partner_code: str | None = None  # 기사ID / 가맹점코드 / 가맹점ID / 파트너코드
    payee_name: str | None = None
    payee_name_masked: bool = False
    business_name: str | None = None
    representative: str | None = None
    brn: str | None = Field(default=None, index=True)
    brn_valid: bool = False
    mobile: str | None = Field(default=None, index=True)
    mobile_masked: bool = False
    vehicle_no: str | None = None
    category: str | None = None  # 구분 (택시/대리/블루 …, 개인/사업자)


class Match(SQLModel, table=True):
    """A link between an affiliate payout (or a report) and a claimant."""

    __tablename__ = "match"
    __table_args__ = (
        CheckConstraint(_in("status", MATCH_STATUSES), name="ck_match_status"),
        CheckConstraint(
            "(payout_id IS NULL) <> (report_id IS NULL)", name="ck_match_subject"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    payout_id: int | None = Field(default=None, foreign_key="affiliate_payout.id", index=True)
    report_id: int | None = Field(default=None, foreign_key="report.id", index=True)
    claimant_id: int = Field(foreign_key="claimant.id", index=True)
    method: str
    score: float = 0.0
    reasons: str = Field(default="[]", description="JSON list of reasons")
    status: str = Field(max_length=12)
    decided_by: str | None = None
    decided_at: datetime | None = None
    note: str | None = None


class PolicyVersion(SQLModel, table=True):
    __tablename__ = "policy_version"

    id: int | None = Field(default=None, primary_key=True)
    version: str = Field(unique=True)
    sha256: str = Field(max_length=64)
    document: str  # the policy file exactly as applied
    applied_at: datetime = Field(default_factory=utcnow)


class Outcome(SQLModel, table=True):
    """What the policy decided for one claimant and programme."""

    __tablename__ = "outcome"
    __table_args__ = (
        UniqueConstraint("claimant_id", "programme", name="uq_outcome_claimant_programme"),
    )

    id: int | None = Field(default=None, primary_key=True)
    claimant_id: int = Field(foreign_key="claimant.id")  # indexed by uq_outcome_claimant_programme
    programme: str
    kind: str  # pay, covered_by_affiliate, committee, no_loss, benefits_only, …
    policy_version_id: int = Field(foreign_key="policy_version.id")
    loss_krw: int | None = None
    tier: str | None = None
    entitled_krw: int = 0
    offset_krw: int = 0
    payable_krw: int = 0
    explanation: str
    decided_at: datetime = Field(default_factory=utcnow)


class PayableLine(SQLModel, table=True):
    """Money Kakao owes one claimant under one programme."""

    __tablename__ = "payable_line"
    __table_args__ = (
        CheckConstraint("amount_krw > 0", name="ck_payable_amount"),
        CheckConstraint("status IN ('live', 'void')", name="ck_payable_status"),
        Index(
            "uq_payable_live",
            "claimant_id",
            "programme",
            unique=True,
            sqlite_where=text("status = 'live'"),
            postgresql_where=text("status = 'live'"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    claimant_id: int = Field(foreign_key="claimant.id", index=True)
    programme: str
    amount_krw: int
    policy_version_id: int = Field(foreign_key="policy_version.id")
    outcome_id: int | None = Field(default=None, foreign_key="outcome.id")
    status: str = Field(default="live", max_length=8)
    created_at: datetime = Field(default_factory=utcnow)
    version: int = 1  # optimistic concurrency


class Ledger(SQLModel, table=True):
    """A payout ledger (지급대장): prepared by one clerk, approved by another."""

    __tablename__ = "ledger"
    __table_args__ = (
        CheckConstraint(_in("status", LEDGER_STATUSES), name="ck_ledger_status"),
        CheckConstraint(
            "approved_by IS NULL OR approved_by <> prepared_by", name="ck_ledger_maker_checker"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: str = Field(unique=True)  # 1015-L-0001
    status: str = Field(default="draft", max_length=10)
    prepared_by: str
    prepared_at: datetime = Field(default_factory=utcnow)
    approved_by: str | None = None
    approved_at: datetime | None = None
    exported_at: datetime | None = None
    voided_at: datetime | None = None
    void_reason: str | None = None
    line_count: int = 0
    total_krw: int = 0
    lines_sha256: str | None = None
    version: int = 1
    # frozen at prepare: policy version, source batches with their SHA-256, the exclusions
    details: str = "{}"


class LedgerLine(SQLModel, table=True):
    __tablename__ = "ledger_line"
    __table_args__ = (
        CheckConstraint("amount_krw > 0", name="ck_ledger_line_amount"),
        # A claimant is in at most one live ledger per programme.
        Index(
            "uq_ledger_line_live",
            "claimant_id",
            "programme",
            unique=True,
            sqlite_where=text("released = 0"),
            postgresql_where=text("released = false"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    ledger_id: int = Field(foreign_key="ledger.id", index=True)
    payable_line_id: int = Field(foreign_key="payable_line.id", index=True)
    claimant_id: int = Field(foreign_key="claimant.id")
    programme: str
    amount_krw: int
    released: bool = False
    # what the line says, frozen when the ledger is prepared: exports are reproducible
    # (the account number inside stays encrypted)
    snapshot: str = "{}"


class AuditEvent(SQLModel, table=True):
    """An append-only, hash-chained record of who did what, when and why."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    operator: str
    action: str = Field(index=True)
    entity: str | None = None
    entity_id: str | None = None
    details: str = "{}"  # canonical JSON
    reason: str | None = None
    # Unique: two events can never claim the same predecessor, so the chain cannot fork.
    prev_hash: str = Field(unique=True, max_length=64)
    hash: str = Field(unique=True, max_length=64)


class MatchDecision(SQLModel, table=True):
    """A clerk's review decision, keyed by stable identities so it survives every re-run
    of reconcile (and a batch undone and imported again)."""

    __tablename__ = "match_decision"
    __table_args__ = (
        UniqueConstraint("payout_key", "claimant_key", name="uq_decision_pair"),
        CheckConstraint("decision IN ('same', 'different')", name="ck_decision_value"),
    )

    id: int | None = Field(default=None, primary_key=True)
    payout_key: str = Field(max_length=64, index=True)
    claimant_key: str = Field(max_length=80)
    decision: str = Field(max_length=10)
    operator: str
    decided_at: datetime = Field(default_factory=utcnow)
    note: str | None = None


class CommitteeDecision(SQLModel, table=True):
    """The committee's (협의체) approved amount for a claimant above the top tier."""

    __tablename__ = "committee_decision"
    __table_args__ = (
        UniqueConstraint("claimant_key", "programme", name="uq_committee_claimant"),
        CheckConstraint("amount_krw >= 0", name="ck_committee_amount"),
    )

    id: int | None = Field(default=None, primary_key=True)
    claimant_key: str = Field(max_length=80)
    programme: str
    amount_krw: int
    reference: str  # 회의 번호
    operator: str
    decided_at: datetime = Field(default_factory=utcnow)


class Clawback(SQLModel, table=True):
    """환수: money paid in an exported ledger that later proved not owed (a duplicate found
    after payment). The ledger itself is never changed."""

    __tablename__ = "clawback"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'settled', 'cancelled')", name="ck_clawback_status"),
        CheckConstraint("amount_krw > 0", name="ck_clawback_amount"),
        Index("uq_clawback_open", "ledger_line_id", unique=True,
              sqlite_where=text("status = 'open'"), postgresql_where=text("status = 'open'")),
    )

    id: int | None = Field(default=None, primary_key=True)
    ledger_id: int = Field(foreign_key="ledger.id", index=True)
    ledger_line_id: int = Field(foreign_key="ledger_line.id")
    claimant_id: int = Field(foreign_key="claimant.id")
    amount_paid_krw: int
    amount_due_krw: int
    amount_krw: int  # to recover
    reason: str
    status: str = Field(default="open", max_length=10)
    raised_at: datetime = Field(default_factory=utcnow)
    raised_by: str
