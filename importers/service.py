"""The import service: plan (read, find the table, normalize, check) then commit.

``plan_import`` touches no database: the GUI wizard shows its preview and its
checking report before anything is written. ``commit_import`` writes the batch
and all its rows in one transaction, or nothing. ``import_file`` does both.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from importers import columns as C
from importers.columns import SEP
from importers.normalize import account_digits, header_key, looks_like_rrn
from importers.profiles import KINDS, PROFILES, RRN_HEADERS, Mapping, Profile
from importers.reading import Source, read_source
from importers.table import AmbiguousProfile, Table, column_letter, extract, find_header
from models import audit
from models.bulk import paused_gc, placeholders
from models.crypto import workspace_vault
from models.errors import InputRefused
from models.progress import Progress
from models.tables import (
    AffiliatePayout,
    ImportBatch,
    Ledger,
    LedgerLine,
    Match,
    Report,
    ReportClaimant,
)
from models.workspace import Workspace

log = logging.getLogger(__name__)

CHUNK = 10_000
MAX_ISSUES_IN_MESSAGE = 20
_batch = ImportBatch.__table__
_report = Report.__table__
_payout = AffiliatePayout.__table__


@dataclass(frozen=True)
class Issue:
    level: str  # "error" (row rejected) or "warning"
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None  # letter, as Excel shows it
    header: str | None = None

    def where(self) -> str:
        parts = []
        if self.sheet:
            parts.append(f"시트 '{self.sheet}'")
        if self.row is not None:
            parts.append(f"{self.row}행")
        if self.column:
            parts.append(f"{self.column}열" + (f" ({self.header})" if self.header else ""))
        return " ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "sheet": self.sheet, "row": self.row,
                "column": self.column, "header": self.header, "message": self.message}

    def __str__(self) -> str:
        w = self.where()
        return f"{w}: {self.message}" if w else self.message


REPORT_COLUMNS = (
    "sheet", "row_number", "report_no", "received_at", "channel", "claimant_type", "name",
    "business_name", "mobile", "mobile_masked", "brn", "brn_valid", "kakao_account", "service",
    "company", "paid_service", "monetary_loss", "loss_krw", "description", "evidence",
    "bank_code", "account_enc", "account_key", "account_last4", "account_holder",
)
PAYOUT_COLUMNS = (
    "sheet", "row_number", "affiliate", "programme", "amount_krw", "paid_on", "partner_code",
    "payee_name", "payee_name_masked", "business_name", "representative", "brn", "brn_valid",
    "mobile", "mobile_masked", "vehicle_no", "category",
)


@dataclass
class Plan:
    """Everything an import will write, checked, before anything is written."""

    source: Source
    profile: Profile
    parts: list[Part]
    errors: list[Issue]
    warnings: list[Issue]
    skipped_sheets: list[str] = field(default_factory=list)

    @property
    def tables(self) -> list[Table]:
        return [p.table for p in self.parts]

    @property
    def rejected(self) -> list[tuple[Table, int, list[str]]]:
        """(table, data index, reasons) of every rejected row."""
        return [(p.table, i, reasons) for p in self.parts for i, reasons in sorted(p.bad.items())]

    @property
    def rows_good(self) -> int:
        return sum(p.good for p in self.parts)

    def column(self, name: str) -> list:
        """One storage column over every sheet, rejected rows left out."""
        out: list = []
        for p in self.parts:
            values = p.columns[name]
            out += [v for i, v in enumerate(values) if i not in p.bad] if p.bad else values
        return out

    @property
    def rows_read(self) -> int:
        return sum(len(p.table.data) for p in self.parts)

    @property
    def sheets(self) -> list[str]:
        return [t.sheet.name for t in self.tables]

    def preview(self, n: int = 20) -> list[dict[str, Any]]:
        """The first rows as the clerk would check them: field -> raw cell."""
        out = []
        for t in self.tables:
            for row in t.data[:n - len(out)]:
                out.append({f: row[j] for f, j in t.columns.items()})
        return out


@dataclass
class ImportResult:
    file: str
    kind: str
    profile: str
    sheets: list[str]
    rows_read: int
    rows_imported: int
    rows_rejected: int
    warnings: list[Issue]
    errors: list[Issue]
    batch_id: int | None = None
    rejected_file: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"batch_id": self.batch_id, "file": self.file, "kind": self.kind,
                "profile": self.profile, "sheets": self.sheets, "rows_read": self.rows_read,
                "rows_imported": self.rows_imported, "rows_rejected": self.rows_rejected,
                "rejected_file": self.rejected_file,
                "warnings": [w.as_dict() for w in self.warnings],
                "errors": [e.as_dict() for e in self.errors]}


class NoHeaderFound(InputRefused):
    """No sheet has a header row that a profile (or the mapping given) knows. ``sheets`` is
    what was seen, for a clerk to map the columns: (sheet, [(Excel row, [cell texts])]) of the
    first rows holding two values or more, each cell in its column ("" where empty), anything
    shaped like a 주민등록번호 blanked out."""

    def __init__(self, message: str, sheets: list[tuple[str, list[tuple[int, list[str]]]]]) -> None:
        super().__init__(message)
        self.sheets = sheets


class ImportRefused(InputRefused):
    """The import was refused as a whole; ``result`` says why, row by row."""

    def __init__(self, message: str, result: ImportResult) -> None:
        super().__init__(message)
        self.result = result


# --- planning ------------------------------------------------------------------------


@paused_gc()
def plan_import(path: str | Path, *, kind: str | None = None, sheet: str | None = None,
                password: str | None = None, mapping: Mapping | None = None,
                progress: Progress | None = None) -> Plan:
    progress = progress or Progress()
    progress.stage_started("파일 읽는 중")
    source = read_source(path, password=password, sheet=sheet)
    if kind is not None and kind not in PROFILES:
        raise InputRefused(f"알 수 없는 종류 '{kind}'. 가능한 값: {', '.join(KINDS)}")
    if mapping is not None and kind is not None and mapping.profile != kind:
        raise InputRefused(f"매핑은 '{mapping.profile}'용인데 --as {kind}가 주어졌습니다.")
    profiles = [PROFILES[kind]] if kind else list(PROFILES.values())
    name = source.file_name
    found: list[tuple[Any, int, Profile, dict[str, int]]] = []
    unmatched: list[tuple[str, list[tuple[int, list[str]]]]] = []
    for sh in source.sheets:
        try:
            res = find_header(sh, profiles, mapping)
        except AmbiguousProfile as e:
            raise InputRefused(f"{name}{_sheet_label(sh.name)}: {e}") from None
        if isinstance(res, list):
            unmatched.append((sh.name, res))
        else:
            found.append((sh, *res))
    if not found:
        unmatched = [(sheet, [(row, [_no_rrn(c) for c in cells]) for row, cells in rows])
                     for sheet, rows in unmatched]
        raise NoHeaderFound(_no_header_message(name, unmatched, kind, mapping), unmatched)
    kinds = {p.name for _, _, p, _ in found}
    if len(kinds) > 1:
        raise InputRefused(f"{name}: 시트마다 종류가 다릅니다 ("
                           + ", ".join(f"'{s.name}': {p.name}" for s, _, p, _ in found)
                           + "). 한 번에 한 종류만 가져올 수 있으니 --sheet 로 시트를 고르세요.")
    profile = found[0][2]
    for sh, i, _, cols in found:
        _refuse_duplicate_headers(name, sh, i, cols)
    tables = [extract(sh, i, profile, cols) for sh, i, _, cols in found]
    errors: list[Issue] = []
    warnings: list[Issue] = [
        Issue("warning", "알려진 머리글이 없어 이 시트는 가져오지 않았습니다", sheet=s)
        for s, _ in unmatched if s
    ]
    parts: list[Part] = []
    seen_ids: dict[str, tuple[str, int]] = {}
    total = sum(len(t.data) for t in tables)
    progress.stage_started("검사 중", total)
    done = 0
    for t in tables:
        part, errs, warns = _convert(t, seen_ids)
        parts.append(part)
        errors += errs
        warnings += warns
        done += len(t.data)
        progress.update(done, total)
    if not total:
        raise InputRefused(f"{name}: 머리글 아래에 데이터 행이 없습니다.")
    return Plan(source, profile, parts, errors, warnings, [s for s, _ in unmatched])


def _no_rrn(text: str) -> str:
    return "*" * len(text) if looks_like_rrn(text) else text


def _refuse_duplicate_headers(name: str, sheet, header_index: int, cols: dict[str, int]) -> None:
    """The same header twice over a field we read (two 지급액 columns): which one holds the
    money cannot be guessed, so the file is refused rather than half read."""
    row = sheet.rows[header_index]
    keys = [header_key(v) for v in row]
    for j in cols.values():
        twins = [k for k, key in enumerate(keys) if key == keys[j]]
        if len(twins) > 1:
            letters = ", ".join(column_letter(sheet.first_col + k) for k in twins)
            raise InputRefused(
                f"{name}{_sheet_label(sheet.name)}, {sheet.first_row + header_index}행: 머리글 '{row[j]}'이(가) "
                f"여러 열({letters})에 있어 어느 열을 읽을지 알 수 없습니다. 한 열의 머리글을 고치거나 지우세요.")


def _sheet_label(sheet: str) -> str:
    return f", 시트 '{sheet}'" if sheet else ""


def _no_header_message(name: str, unmatched, kind: str | None, mapping: Mapping | None) -> str:
    what = (f"매핑 '{mapping.name or mapping.profile}'의 필수 머리글" if mapping
            else f"'{kind}' 종류의 필수 머리글" if kind else "알려진 종류의 필수 머리글")
    lines = [f"{name}: {what}이(가) 있는 행을 찾지 못했습니다."]
    for sheet, rows in unmatched:
        for rowno, cells in rows[:3]:
            lines.append(f"  {_sheet_label(sheet).lstrip(', ') or 'CSV'} {rowno}행: "
                         + ", ".join(c[:20] for c in [c for c in cells if c.strip()][:12]))
    if kind is None and mapping is None:
        lines.append("필수 머리글: " + "; ".join(
            f"{p.name}: {', '.join(f.label for f in p.required)}" for p in PROFILES.values()))
    return "\n".join(lines)


# A cheap first look for what ``looks_like_rrn`` would take (after it folds full-width
# digits and dashes): it must never miss one, so it is looser than the real test.
_RRN_FAST = re.compile(r"\d{6}\s?[-－]?\s?\d{7}")


def _rrn_columns(t: Table, columns: list[tuple]) -> tuple[set[int], list[Issue]]:
    """Columns holding (or named for) resident registration numbers: never read."""
    refused: set[int] = set()
    issues: list[Issue] = []
    sheet = t.sheet.name
    for j, header in enumerate(t.headers):
        letter = column_letter(t.sheet.first_col + j)
        if header_key(header) in RRN_HEADERS:
            refused.add(j)
            issues.append(Issue("warning", "주민등록번호 열은 가져오지 않았습니다 (저장 금지)",
                                sheet, t.row_numbers[0] - 1 if t.row_numbers else None,
                                letter, header))
            continue
        if j >= len(columns):
            continue
        col = columns[j]
        types = set(map(type, col))
        if not types & {str, float, int}:
            continue  # dates, times and booleans cannot hold one
        distinct = set(col)
        values = distinct if len(distinct) * 4 < len(col) else col  # repeated values: each once
        texts = values if types == {str} else [v for v in values if v.__class__ is str]
        numbers = [str(int(v)) for v in values if v.__class__ in (float, int) and v >= 1e11
                   and v == int(v)] if types & {float, int} else []
        if not _RRN_FAST.search(SEP.join(texts)) and not any(map(looks_like_rrn, numbers)):
            continue
        hits = [t.row_numbers[i] for i, v in enumerate(col) if looks_like_rrn(v)]
        if hits:
            refused.add(j)
            more = f" 외 {len(hits) - 1}건" if len(hits) > 1 else ""
            issues.append(Issue(
                "warning",
                f"주민등록번호로 보이는 값이 있어 이 열은 가져오지 않았습니다 ({hits[0]}행{more}). "
                "값은 저장하지도 표시하지도 않습니다.", sheet, hits[0], letter, header))
    return refused, issues


@dataclass
class Part:
    """One sheet's rows, converted column by column."""

    table: Table
    columns: dict[str, list]  # storage column name -> values
    bad: dict[int, list[str]]  # data index -> reasons (rejected rows)

    @property
    def good(self) -> int:
        return len(self.table.data) - len(self.bad)


# The longest text a field may hold: identifiers are short (접수번호 is at most 40 in the
# database), names and notes generous; anything longer is garbage, not data.
TEXT_LIMITS = {"code": 40, "kakao": 320, "text": 4_000, "name": 500, "service": 200, "channel": 200,
               "account": 40}


def _convert(t: Table, seen_ids: dict[str, tuple[str, int]]) -> tuple[Part, list[Issue], list[Issue]]:
    profile = t.profile
    sheet = t.sheet.name
    n = len(t.data)
    transposed = list(zip(*t.data)) if n else [()] * len(t.headers)
    refused, warnings = _rrn_columns(t, transposed)
    errors: list[Issue] = []
    bad: dict[int, list[str]] = {}
    warnings += [Issue("warning", f"표 밖의 메모로 보고 건너뛴 행: '{text[:30]}'", sheet, row)
                 for row, text in t.skipped]

    def report(i: int, level: str, msg: str, fname: str | None) -> None:
        letter = t.letter(fname) if fname in t.columns else None
        header = t.header(fname) if fname in t.columns else None
        issue = Issue(level, msg, sheet, t.row_numbers[i], letter, header)
        if level == "error":
            errors.append(issue)
            bad.setdefault(i, []).append(str(issue))
        else:
            warnings.append(issue)

    none, false = [None] * n, [False] * n
    cols: dict[str, list] = {}
    for f in profile.fields:
        j = t.columns.get(f.name)
        if j is None or j in refused:
            cols[f.name] = none
            continue
        raw = transposed[j]
        if f.type == "brn":
            values, cols["brn_valid"], problems = C.brn(raw)
        elif f.type == "mobile":
            values, cols["mobile_masked"], problems = C.mobile(raw)
        else:
            values, problems = C.SIMPLE[f.type](raw)
        cols[f.name] = values
        for i, level, msg in problems:
            report(i, level, msg, f.name)
        limit = TEXT_LIMITS.get(f.type)
        if limit and max(map(len, filter(None, values)), default=0) > limit:
            for i, v in enumerate(values):
                if v and len(v) > limit:
                    report(i, "error", f"값이 너무 깁니다 ({len(v):,}자; 최대 {limit:,}자)", f.name)
                    values[i] = None
        if f.required and None in values:
            for i, v in enumerate(values):
                if v is None and i not in bad:
                    report(i, "error", "필수 값이 비어 있습니다", f.name)

    # a row needs at least one identity field
    ident_cols = [cols[f] for f in profile.identity]
    # only rows missing the fullest identity column can miss them all
    fullest = min(ident_cols, key=lambda c: c.count(None))
    for i in [i for i, v in enumerate(fullest) if v is None]:
        if not any(c[i] for c in ident_cols):
            report(i, "error", "신청인을 알아볼 정보(휴대전화·사업자등록번호·계정·성명)가 하나도 없습니다", None)

    out: dict[str, list]
    if profile.target == "report":
        ids = cols["report_no"]
        if len(set(ids)) < n or not seen_ids.keys().isdisjoint(ids):
            for i, v in enumerate(ids):
                if v is None:
                    continue
                prev = seen_ids.get(v)
                if prev is not None:
                    report(i, "error", f"접수번호 {v}이(가) 이 파일의 "
                                       f"{_sheet_label(prev[0]).lstrip(', ')} {prev[1]}행에도 있습니다",
                           "report_no")
                else:
                    seen_ids[v] = (sheet, t.row_numbers[i])
        else:
            seen_ids.update(zip(ids, zip([sheet] * n, t.row_numbers)))
        companies = cols["company"]
        if None in companies:
            companies = list(companies)
            for i, (svc, comp) in enumerate(zip(cols["service"], companies, strict=True)):
                if comp is None:
                    derived = C.company_for_service(svc)
                    if derived is None and svc is not None:
                        report(i, "error", f"서비스 '{svc}'의 담당회사를 알 수 없습니다 "
                                           "(담당회사 열이 필요합니다)", "service")
                    companies[i] = derived
        if any(cols["account"]):
            for i, (acct, code) in enumerate(zip(cols["account"], cols["bank"], strict=True)):
                if acct is not None and code is None and i not in bad:
                    report(i, "warning", "계좌번호는 있는데 은행이 없습니다", "account")
        out = {
            "sheet": [sheet] * n, "row_number": t.row_numbers, "report_no": cols["report_no"],
            "received_at": cols["received_at"], "channel": cols["channel"],
            "claimant_type": cols["claimant_type"], "name": cols["name"],
            "business_name": cols["business_name"], "mobile": cols["mobile"],
            "mobile_masked": cols.get("mobile_masked", false), "brn": cols["brn"],
            "brn_valid": cols.get("brn_valid", false), "kakao_account": cols["kakao_account"],
            "service": cols["service"], "company": companies,
            "paid_service": _bools(cols["paid_service"]),
            "monetary_loss": _bools(cols["monetary_loss"]), "loss_krw": cols["loss_krw"],
            "description": cols["description"], "evidence": _bools(cols["evidence"]),
            "bank_code": cols["bank"], "account_enc": cols["account"], "account_key": none,
            "account_last4": none, "account_holder": cols["account_holder"],
        }
    else:
        payee = cols.get("payee_name", none)
        out = {
            "sheet": [sheet] * n, "row_number": t.row_numbers, "affiliate": [profile.name] * n,
            "programme": [profile.programme] * n, "amount_krw": cols["amount"],
            "paid_on": cols.get("paid_on", none), "partner_code": cols["partner_code"],
            "payee_name": payee, "payee_name_masked": [v is not None and "*" in v for v in payee],
            "business_name": cols.get("business_name", none),
            "representative": cols.get("representative", none), "brn": cols.get("brn", none),
            "brn_valid": cols.get("brn_valid", false), "mobile": cols.get("mobile", none),
            "mobile_masked": cols.get("mobile_masked", false),
            "vehicle_no": cols.get("vehicle_no", none), "category": cols.get("category", none),
        }
    return Part(t, out, bad), errors, warnings


def _bools(values: list) -> list[bool]:
    return [v is True for v in values]


# --- committing ------------------------------------------------------------------------


def _result(plan: Plan, batch_id: int | None, imported: int, rejected_file: str | None = None
            ) -> ImportResult:
    return ImportResult(plan.source.file_name, plan.profile.name, plan.profile.name, plan.sheets,
                        plan.rows_read, imported, sum(len(p.bad) for p in plan.parts),
                        plan.warnings, plan.errors, batch_id, rejected_file)


def live_batch_for(conn: Connection, sha256: str):
    return conn.execute(select(_batch).where(_batch.c.sha256 == sha256,
                                             _batch.c.status == "committed")).mappings().first()


def _refuse(plan: Plan, message: str) -> ImportRefused:
    return ImportRefused(message, _result(plan, None, 0))


def _storage_columns(conn: Connection, plan: Plan) -> list[list]:
    """The plan's columns in insert order, in the form this database takes them."""
    names = REPORT_COLUMNS if plan.profile.target == "report" else PAYOUT_COLUMNS
    cols = {name: plan.column(name) for name in names}
    if plan.profile.target == "report":
        _seal_accounts(conn, cols)
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        # SQLAlchemy's SQLite format for UTCDateTime / Date; booleans as 0/1 (binds faster)
        if "received_at" in cols:
            cols["received_at"] = [v.isoformat(" ", "microseconds") if v else None
                                   for v in cols["received_at"]]
        if "paid_on" in cols:
            cols["paid_on"] = [v.isoformat() if v else None for v in cols["paid_on"]]
        for name in ("mobile_masked", "brn_valid", "paid_service", "monetary_loss", "evidence",
                     "payee_name_masked"):
            if name in cols:
                cols[name] = [1 if v else 0 for v in cols[name]]
    elif "received_at" in cols:
        cols["received_at"] = [v.replace(tzinfo=UTC) if v else None for v in cols["received_at"]]
    return [cols[name] for name in names]


def _seal_accounts(conn: Connection, cols: dict[str, list]) -> None:
    accounts = cols["account_enc"]
    if not any(accounts):
        return
    vault = workspace_vault(conn)
    enc, keys, last4 = list(accounts), list(cols["account_key"]), list(cols["account_last4"])
    for i, (acct, bank) in enumerate(zip(accounts, cols["bank_code"], strict=True)):
        if acct is None:
            continue
        digits = account_digits(acct)
        enc[i] = vault.seal(acct)
        keys[i] = vault.keyed_hash(f"{bank or ''}:{digits}")
        last4[i] = digits[-4:]
    cols["account_enc"], cols["account_key"], cols["account_last4"] = enc, keys, last4


@paused_gc()
def commit_import(ws: Workspace, plan: Plan, *, set_aside: bool = False,
                  rejected_path: str | Path | None = None,
                  progress: Progress | None = None) -> ImportResult:
    progress = progress or Progress()
    name = plan.source.file_name
    if plan.rejected and not set_aside:
        shown = "\n".join(f"  {e}" for e in plan.errors[:MAX_ISSUES_IN_MESSAGE])
        more = len(plan.errors) - MAX_ISSUES_IN_MESSAGE
        raise _refuse(plan, f"{name}: {len(plan.rejected)}개 행에 오류가 있어 가져오지 않았습니다 "
                            f"(데이터베이스는 그대로입니다).\n{shown}"
                      + (f"\n  … 외 {more}건" if more > 0 else "")
                      + "\n오류 행을 따로 두고 나머지를 가져오려면 --set-aside 를 쓰세요.")
    if not plan.rows_good:
        raise _refuse(plan, f"{name}: 가져올 수 있는 행이 없습니다 (모든 행에 오류).")
    tmp_rejected = None
    if plan.rejected:
        from importers.rejected import write_rejected_tmp

        target = Path(rejected_path) if rejected_path else plan.source.path.with_name(
            plan.source.path.stem + ".오류행.xlsx")
        tmp_rejected = write_rejected_tmp(plan, target)
    target_table = _report if plan.profile.target == "report" else _payout
    names = REPORT_COLUMNS if plan.profile.target == "report" else PAYOUT_COLUMNS
    try:
        with ws.writer().begin() as conn:
            existing = live_batch_for(conn, plan.source.sha256)
            if existing is not None:
                raise _refuse(plan, f"{name}: 이미 가져온 파일입니다 (배치 {existing['id']}, "
                                    f"{existing['imported_at']:%Y-%m-%d %H:%M}, {existing['operator']}).")
            if plan.profile.target == "report":
                _refuse_known_reports(conn, plan)
            records = list(zip(*_storage_columns(conn, plan)))
            batch_id = conn.execute(insert(_batch).values(
                file_name=name, file_size=plan.source.size, sha256=plan.source.sha256,
                kind=plan.profile.name, profile=plan.profile.name,
                sheets=json.dumps(plan.sheets, ensure_ascii=False), rows_read=plan.rows_read,
                rows_imported=len(records), rows_rejected=len(plan.rejected),
                operator=ws.operator, imported_at=datetime.now(UTC), status="committed",
            )).inserted_primary_key[0]
            sql = (f"INSERT INTO {target_table.name} (batch_id, {', '.join(names)}) "
                   f"VALUES ({int(batch_id)}, {placeholders(conn, len(names))})")
            progress.stage_started("저장 중", len(records))
            for start in range(0, len(records), CHUNK):
                conn.exec_driver_sql(sql, records[start:start + CHUNK])
                progress.update(min(start + CHUNK, len(records)))
            audit.append(conn, ws.operator, "import.commit", entity="import_batch",
                         entity_id=batch_id, details={
                             "file": name, "sha256": plan.source.sha256, "kind": plan.profile.name,
                             "sheets": plan.sheets, "rows_read": plan.rows_read,
                             "rows_imported": len(records), "rows_rejected": len(plan.rejected),
                             "warnings": len(plan.warnings)})
            progress.check()
        log.info("import: batch %d from %s (%s, sha256 %s…): %s rows, %s set aside, %d warnings",
                 batch_id, name, plan.profile.name, plan.source.sha256[:12], f"{len(records):,}",
                 f"{len(plan.rejected):,}", len(plan.warnings))
        rejected_file = None
        if tmp_rejected is not None:
            tmp_rejected[0].replace(tmp_rejected[1])
            rejected_file = str(tmp_rejected[1])
            tmp_rejected = None
        return _result(plan, int(batch_id), len(records), rejected_file)
    finally:
        if tmp_rejected is not None:
            tmp_rejected[0].unlink(missing_ok=True)


def _refuse_known_reports(conn: Connection, plan: Plan) -> None:
    if conn.execute(select(_report.c.id).limit(1)).first() is None:
        return
    ids = plan.column("report_no")
    stmt = select(_report.c.report_no, _report.c.batch_id).where(
        _report.c.report_no.in_(bindparam("ids", expanding=True)))
    clashes = []
    for start in range(0, len(ids), 900):
        clashes += conn.execute(stmt, {"ids": ids[start:start + 900]}).all()
    if clashes:
        shown = ", ".join(f"{no} (배치 {b})" for no, b in clashes[:10])
        raise _refuse(plan, f"{plan.source.file_name}: 이미 가져온 접수번호가 {len(clashes)}건 있습니다: "
                            f"{shown}{' …' if len(clashes) > 10 else ''}. 같은 접수를 두 번 가져올 수 없습니다.")


def import_file(ws: Workspace, path: str | Path, *, kind: str | None = None,
                sheet: str | None = None, password: str | None = None,
                mapping: Mapping | None = None, set_aside: bool = False,
                rejected_path: str | Path | None = None,
                progress: Progress | None = None) -> ImportResult:
    try:
        plan = plan_import(path, kind=kind, sheet=sheet, password=password, mapping=mapping,
                           progress=progress)
        return commit_import(ws, plan, set_aside=set_aside, rejected_path=rejected_path,
                             progress=progress)
    except InputRefused as e:  # the message may quote cells: the log keeps only its kind
        log.warning("import: %s refused (%s)", Path(path).name, type(e).__name__)
        raise


def import_demo_files(ws: Workspace, files: dict[str, Path], password: str,
                      progress: Progress | None = None) -> list[ImportResult | dict[str, Any]]:
    """Import the demo's register and affiliate files; files already in are skipped."""
    out: list[ImportResult | dict[str, Any]] = []
    from importers.reading import file_digest, read_bytes

    for kind in ("claims", "mobility", "games", "pay", "entertainment"):
        path = Path(files[kind])
        with ws.engine.connect() as conn:
            existing = live_batch_for(conn, file_digest(read_bytes(path)))
        if existing is not None:
            out.append({"file": path.name, "batch_id": existing["id"], "skipped": True})
            continue
        out.append(import_file(ws, path, kind=kind,
                               password=password if kind == "entertainment" else None,
                               progress=progress))
    return out


# --- batches -----------------------------------------------------------------------------


def list_batches(ws: Workspace, include_undone: bool = True) -> list[dict[str, Any]]:
    stmt = select(_batch).order_by(_batch.c.id)
    if not include_undone:
        stmt = stmt.where(_batch.c.status == "committed")
    with ws.engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def undo_batch(ws: Workspace, batch_id: int, reason: str) -> dict[str, Any]:
    """Remove a batch with its rows, unless any of it is in an approved or exported ledger."""
    if not reason or not reason.strip():
        raise InputRefused("가져오기를 취소하려면 사유가 필요합니다 (--reason).")
    with ws.writer().begin() as conn:
        batch = conn.execute(select(_batch).where(_batch.c.id == batch_id)).mappings().first()
        if batch is None:
            raise InputRefused(f"배치 {batch_id}이(가) 없습니다.")
        if batch["status"] != "committed":
            raise InputRefused(f"배치 {batch_id}은(는) 이미 취소되었습니다.")
        rep, pay, m = _report, _payout, Match.__table__
        ll, led = LedgerLine.__table__, Ledger.__table__
        links = ReportClaimant.__table__
        batch_reports = select(rep.c.id).where(rep.c.batch_id == batch_id)
        claimants = select(links.c.claimant_id).where(links.c.report_id.in_(batch_reports))
        matched = select(m.c.claimant_id).where(m.c.payout_id.in_(
            select(pay.c.id).where(pay.c.batch_id == batch_id)))
        in_ledger = conn.execute(
            select(func.count()).select_from(ll.join(led, ll.c.ledger_id == led.c.id)).where(
                ll.c.released.is_(False), led.c.status.in_(("approved", "exported")),
                ll.c.claimant_id.in_(claimants.union(matched)))).scalar_one()
        if in_ledger:
            raise InputRefused(f"배치 {batch_id}의 신청인 {in_ledger}명이 승인되었거나 내보낸 지급대장에 "
                               "있어 취소할 수 없습니다. 먼저 지급대장을 취소(무효)하세요.")
        n_matches = conn.execute(delete(m).where(
            m.c.report_id.in_(select(rep.c.id).where(rep.c.batch_id == batch_id))
            | m.c.payout_id.in_(select(pay.c.id).where(pay.c.batch_id == batch_id)))).rowcount
        conn.execute(delete(links).where(links.c.report_id.in_(batch_reports)))
        n_reports = conn.execute(delete(rep).where(rep.c.batch_id == batch_id)).rowcount
        n_payouts = conn.execute(delete(pay).where(pay.c.batch_id == batch_id)).rowcount
        conn.execute(update(_batch).where(_batch.c.id == batch_id).values(
            status="undone", undone_at=datetime.now(UTC), undone_by=ws.operator))
        details = {"file": batch["file_name"], "sha256": batch["sha256"], "reports": n_reports,
                   "payouts": n_payouts, "matches": n_matches}
        audit.append(conn, ws.operator, "import.undo", entity="import_batch", entity_id=batch_id,
                     details=details, reason=reason.strip())
    log.info("import: batch %d undone (%s reports, %s payouts)", batch_id, n_reports, n_payouts)
    return {"batch_id": batch_id, **details}
