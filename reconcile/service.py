"""`recon1015 reconcile`: claimants, matches, outcomes and payable lines, in one transaction.

A run reads every report and payout, resolves claimants, proposes matches,
applies the clerks' decisions, lets the policy decide each claimant's outcome,
and brings the database in line with the result — changing only what changed,
so ids stay stable and a second run with nothing new changes nothing. Two runs
cannot interleave: SQLite's write lock (BEGIN IMMEDIATE) or a PostgreSQL
advisory lock serialises them, and the database's unique index keeps a second
live payable line impossible whatever happens.

Each kind of row — claimants, report links, matches, outcomes, payable lines, audit
events — is planned without touching the database (ids allotted in advance), queued for
the one background writer where SQLite takes it as a single statement, and whatever is
left (updates, deletions; everything on PostgreSQL) applied once the writer is done. See
"Bulk work and speed" in docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, select, update

from models import audit
from models.bulk import (
    Background,
    NewIds,
    db_bool,
    db_datetime,
    factored,
    fetch,
    in_background,
    insert_rows,
    json_insert,
    json_insert_factored,
    json_statements,
    paused_gc,
    update_rows,
)
from models.progress import Progress
from models.tables import (
    AffiliatePayout,
    Claimant,
    CommitteeDecision,
    Ledger,
    LedgerLine,
    Match,
    MatchDecision,
    Outcome,
    PayableLine,
    Report,
)
from models.workspace import Workspace
from reconcile.claimants import ClaimantDraft, ReportRow, resolve
from reconcile.matching import (
    PayoutRow,
    Proposal,
    apply_decisions,
    build_index,
    propose,
)
from reconcile.outcomes import OutcomeDraft, affiliate_outcomes, kakao_outcome
from reconcile.policy import Policy, load_policy, record_policy

log = logging.getLogger(__name__)

PG_RECONCILE_LOCK = 1015_0003
OUTCOME_KINDS = ("pay", "covered_by_affiliate", "committee", "no_loss", "benefits_only",
                 "individual_review", "settled_by_affiliate", "open_at_affiliate", "unidentifiable")
R, P, C = Report.__table__, AffiliatePayout.__table__, Claimant.__table__
M, O, PL = Match.__table__, Outcome.__table__, PayableLine.__table__
MD, CD = MatchDecision.__table__, CommitteeDecision.__table__
L, LL = Ledger.__table__, LedgerLine.__table__


@dataclass
class RunSummary:
    policy_version: str
    claimants_by_type: dict[str, int]
    matches: dict[str, int]
    outcomes: dict[str, int]
    krw_payable: int
    krw_kept: int
    changes: dict[str, int] = field(default_factory=dict)
    flags: dict[str, int] = field(default_factory=dict)
    held: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"policy_version": self.policy_version, "claimants": self.claimants_by_type,
                "matches": self.matches, "outcomes": self.outcomes,
                "krw_payable": self.krw_payable, "krw_kept_from_double_payment": self.krw_kept,
                "changes": self.changes, "flags": self.flags, "held_in_ledgers": self.held}


_NOTHING_PAID: dict[str, int] = {}  # shared, never written to


def _chunks(seq: list, n: int = 900):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _load_reports(conn: Connection) -> list[ReportRow]:
    return list(map(ReportRow._make, fetch(conn, (
        "SELECT report.id, report_no, claimant_type, name, business_name, mobile, mobile_masked, brn, "
        "brn_valid, kakao_account, service, company, loss_krw, account_key, link.claimant_id "
        "FROM report LEFT JOIN report_claimant AS link ON link.report_id = report.id "
        "ORDER BY report.id"))))


def _load_payouts(conn: Connection) -> list[PayoutRow]:
    return [PayoutRow(*row) for row in fetch(conn, (
        "SELECT id, affiliate, programme, amount_krw, partner_code, payee_name, business_name, "
        "representative, brn, brn_valid, mobile, mobile_masked, sheet, row_number, paid_on "
        "FROM affiliate_payout ORDER BY id"))]


CLAIMANT_FIELDS = ["claimant_type", "display_name", "business_name", "brn", "mobile",
                   "kakao_account", "account_key", "unidentifiable", "flags"]


@dataclass
class _ClaimantPlan:
    """What ``_plan_claimants`` found: every draft's claimant id (new ones allotted), the rows
    to add and to change, and the stored claimants no draft stands for any more."""

    ids: dict[str, int]
    new_rows: list[tuple]  # (id, claimant_key, *CLAIMANT_FIELDS)
    updates: list[tuple]
    orphans: list[int]


def _plan_claimants(conn: Connection, drafts: dict[str, ClaimantDraft]) -> _ClaimantPlan:
    existing = {row[1]: (row[0], row[2:]) for row in fetch(
        conn, f"SELECT id, claimant_key, {', '.join(CLAIMANT_FIELDS)} FROM claimant")}
    ids: dict[str, int] = {}
    new, updates = [], []
    yes, no = db_bool(conn, True), db_bool(conn, False)
    for key, d in drafts.items():
        values = (*d.fields(), yes if d.unidentifiable else no,
                  json.dumps(sorted(d.flags), ensure_ascii=False) if d.flags else "[]")
        row = existing.pop(key, None)
        if row is None:
            new.append((key, *values))
            continue
        ids[key] = row[0]
        if tuple(row[1]) != values:
            updates.append((*values, row[0]))
    fresh = NewIds(conn, "claimant").take(len(new))
    ids.update(zip([r[0] for r in new], fresh))
    return _ClaimantPlan(ids, [(i, *r) for i, r in zip(fresh, new)], updates,
                         [row[0] for row in existing.values()])


CLAIMANT_INSERT = ["id", "claimant_key", *CLAIMANT_FIELDS]
# A one-report claimant's fields are its report's (``ClaimantDraft.fields``): SQLite copies them
# from the report, so the statement carries only what the report does not hold.
_CLAIMANT_FROM_REPORT = (
    f"INSERT INTO claimant ({', '.join(CLAIMANT_INSERT)}) SELECT new.value ->> 0, new.value ->> 1, "
    "r.claimant_type, r.name, r.business_name, CASE WHEN r.brn_valid THEN r.brn END, "
    "CASE WHEN r.mobile_masked THEN NULL ELSE r.mobile END, r.kakao_account, r.account_key, "
    "new.value ->> 3, new.value ->> 4 FROM json_each(?) AS new CROSS JOIN report AS r ON r.id = new.value ->> 2")


def _claimant_statements(conn: Connection, drafts: dict[str, ClaimantDraft],
                         rows: list[tuple]) -> list[tuple[str, tuple]]:
    """The statements that write the new claimants (``rows`` in CLAIMANT_INSERT order), for
    the background; where there is no JSON path (PostgreSQL), they are written now."""
    if not rows:
        return []
    if not json_statements(conn):
        insert_rows(conn, "claimant", CLAIMANT_INSERT, rows)
        return []
    one_report, others = [], []
    for row in rows:
        reports = drafts[row[1]].reports
        if len(reports) == 1:
            one_report.append((row[0], row[1], reports[0].id, row[-2], row[-1]))
        else:
            others.append(row)
    statements = []
    if one_report:
        statements.append((_CLAIMANT_FROM_REPORT, (json.dumps(one_report, ensure_ascii=False),)))
    if others:
        statements.append(json_insert(conn, "claimant", CLAIMANT_INSERT, others))
    return statements


def _relink(conn: Connection, drafts: dict[str, ClaimantDraft], ids: dict[str, int],
            changes: Counter) -> list[tuple[str, tuple]]:
    """Point every report at its claimant (``report_claimant``). On SQLite, returns the
    statements to run after the new claimants are in (see ``in_background``); on
    PostgreSQL, or an SQLite without JSON, writes the links now."""
    new_links, moved = [], []
    for key, d in drafts.items():
        cid = ids[key]
        for r in d.reports:
            if r.claimant_id is None:
                new_links.append((r.id, cid))
            elif r.claimant_id != cid:
                moved.append((cid, r.id))
    changes["reports_linked"] += len(new_links) + len(moved)
    new_links.sort()  # in key order: the links are appended, not spread over the table
    if not json_statements(conn):
        insert_rows(conn, "report_claimant", ["report_id", "claimant_id"], new_links)
        update_rows(conn, "report_claimant", ["claimant_id"], moved, key="report_id")
        return []
    statements, scattered = [], []
    for run in _runs(new_links):
        if len(run) >= 1000:  # reports of one import have consecutive ids: their claimants suffice
            statements.append(("INSERT INTO report_claimant (report_id, claimant_id) "
                               "SELECT ? + key, value FROM json_each(?)",
                               (run[0][0], json.dumps([cid for _, cid in run]))))
        else:
            scattered += run
    if scattered:
        statements.append(json_insert(conn, "report_claimant", ["report_id", "claimant_id"], scattered))
    if moved:
        statements.append(("UPDATE report_claimant SET claimant_id = value ->> 0 FROM json_each(?) "
                           "WHERE report_id = value ->> 1", (json.dumps(moved),)))
    return statements


def _runs(pairs: list[tuple[int, int]]):
    """``pairs`` (sorted by their first value) cut where the first value stops counting up by one."""
    start = 0
    for i in range(1, len(pairs) + 1):
        if i == len(pairs) or pairs[i][0] != pairs[i - 1][0] + 1:
            yield pairs[start:i]
            start = i


_REASONS: dict[tuple[str, ...], str] = {}


def _reasons_json(reasons: list[str]) -> str:
    """A match's reasons as stored (a few dozen distinct lists over thousands of matches)."""
    key = tuple(reasons)
    text = _REASONS.get(key)
    if text is None:
        text = _REASONS[key] = json.dumps(reasons, ensure_ascii=False)
    return text


def _queue_insert(conn: Connection, job: Background, table: str, columns: list[str],
                  rows: list[tuple]) -> bool:
    """Queue ``rows`` for the background job where SQLite takes them as one statement (each
    row's first two values are its own; the rest recur)."""
    statements = json_insert_factored(conn, table, columns, *factored(rows, 2))
    if statements is None:
        return False
    job.add(statements)
    return True


def _decisions(conn: Connection) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = defaultdict(dict)
    for row in conn.execute(select(MD)).mappings():
        out[row["payout_key"]][row["claimant_key"]] = dict(row)
    return out


MATCH_FIELDS = ["method", "score", "reasons", "status", "decided_by", "decided_at", "note"]


def _existing_matches(conn: Connection) -> dict[tuple[int, int], tuple]:
    return {(row[1], row[2]): (row[0], row[3:]) for row in fetch(
        conn, f"SELECT id, payout_id, claimant_id, {', '.join(MATCH_FIELDS)} FROM match "
              "WHERE payout_id IS NOT NULL")}


def _plan_matches(existing: dict[tuple[int, int], tuple], wanted: dict[tuple[int, int], tuple],
                  events: list[dict]) -> tuple[list[tuple], list[tuple], list[int]]:
    """(new rows, updates, ids gone) to make the stored matches ``wanted``: (payout id,
    claimant id) -> values in MATCH_FIELDS order (decided_at as stored). No database access;
    an automatic sure match adds its audit event."""
    new_rows, updates, gone = [], [], []
    for pair, values in wanted.items():
        row = existing.get(pair)
        if row is None:
            new_rows.append((*pair, *values))
            if values[3] == "sure":
                events.append({"action": "match.sure", "entity": "affiliate_payout",
                               "entity_id": pair[0], "details": {"claimant_id": pair[1],
                                                                 "method": values[0]}})
        elif _differs(row[1], values):
            updates.append((*values, row[0]))
    for pair, row in existing.items():
        if pair not in wanted:
            gone.append(row[0])
    return new_rows, updates, gone


MATCH_INSERT = ["payout_id", "claimant_id", *MATCH_FIELDS]


def _apply_matches(conn: Connection, plan: tuple[list[tuple], list[tuple], list[int]],
                   changes: Counter, queued: bool) -> None:
    """Writes the plan (its new rows only if they were not ``queued`` for the background)."""
    new_rows, updates, gone = plan
    if not queued:
        insert_rows(conn, "match", MATCH_INSERT, new_rows)
    update_rows(conn, "match", MATCH_FIELDS, updates)
    for chunk in _chunks(gone):
        conn.execute(delete(M).where(M.c.id.in_(chunk)))
    changes["matches_new"] += len(new_rows)
    changes["matches_changed"] += len(updates)
    changes["matches_removed"] += len(gone)


def _differs(stored: tuple, values: tuple) -> bool:
    for a, b in zip(stored, values, strict=True):
        if a == b:
            continue
        if isinstance(a, float) or isinstance(b, float):
            if a is not None and b is not None and abs(float(a) - float(b)) < 1e-9:
                continue
        if isinstance(a, datetime) and isinstance(b, datetime):
            if a.replace(tzinfo=None) == b.replace(tzinfo=None):
                continue
        return True
    return False


OUTCOME_FIELDS = ["kind", "loss_krw", "tier", "entitled_krw", "offset_krw", "payable_krw", "explanation"]


def _existing_outcomes(conn: Connection) -> dict[tuple[int, str], tuple]:
    return {(row[1], row[2]): (row[0], row[3], row[4:]) for row in fetch(
        conn, f"SELECT id, claimant_id, programme, policy_version_id, {', '.join(OUTCOME_FIELDS)} "
              "FROM outcome")}


@dataclass
class _OutcomePlan:
    kept: dict[tuple[int, str], int]  # (claimant id, programme) -> id of a stored outcome still wanted
    fresh: list[tuple[tuple[int, str], OutcomeDraft]]  # outcomes to add
    ids: Sequence[int]  # their ids
    updates: list[tuple]
    gone: list[int]


def _plan_outcomes(existing: dict[tuple[int, str], tuple], wanted: dict[tuple[int, str], OutcomeDraft],
                   pv_id: int, now: Any, new_ids: NewIds) -> _OutcomePlan:
    """What to write so that the stored outcomes are ``wanted`` (on SQLite no database
    access; on PostgreSQL, the new rows' ids are drawn)."""
    if not existing:  # the first run
        fresh = list(wanted.items())
        return _OutcomePlan({}, fresh, new_ids.take(len(fresh)), [], [])
    kept: dict[tuple[int, str], int] = {}
    fresh, updates, gone = [], [], []
    for pair, o in wanted.items():
        row = existing.get(pair)
        if row is None:
            fresh.append((pair, o))
            continue
        kept[pair] = row[0]
        values = (o.kind, o.loss_krw, o.tier, o.entitled_krw, o.offset_krw, o.payable_krw, o.explanation)
        if row[1] != pv_id or tuple(row[2]) != values:
            updates.append((pv_id, now, *values, row[0]))
    for pair, row in existing.items():
        if pair not in wanted:
            gone.append(row[0])
    return _OutcomePlan(kept, fresh, new_ids.take(len(fresh)), updates, gone)


OUTCOME_INSERT = ["id", "claimant_id", "programme", "policy_version_id", "decided_at", *OUTCOME_FIELDS]


def _outcome_values(o: OutcomeDraft, pv_id: int, now: Any) -> tuple:
    """OUTCOME_INSERT after the id and the claimant."""
    return (o.programme, pv_id, now, o.kind, o.loss_krw, o.tier, o.entitled_krw, o.offset_krw,
            o.payable_krw, o.explanation)


def _queue_outcomes(conn: Connection, job: Background, plan: _OutcomePlan, pv_id: int, now: Any) -> bool:
    """Queue the new outcomes for the background job where SQLite takes them as one statement:
    claimants alike share one outcome (``OutcomeDraft`` is a value), written out once."""
    shared: dict[OutcomeDraft, int] = {}
    own = []
    for oid, ((cid, _), o) in zip(plan.ids, plan.fresh):
        k = shared.get(o)
        if k is None:
            k = shared[o] = len(shared)
        own.append((oid, cid, k))
    statements = json_insert_factored(conn, "outcome", OUTCOME_INSERT, own,
                                      [_outcome_values(o, pv_id, now) for o in shared])
    if statements is None:
        return False
    job.add(statements)
    return True


def _apply_outcomes(conn: Connection, plan: _OutcomePlan, pv_id: int, now: Any, changes: Counter,
                    queued: bool) -> None:
    """Writes the plan (its new rows only if they were not ``queued`` for the background)."""
    if not queued:
        insert_rows(conn, "outcome", OUTCOME_INSERT, [
            (oid, cid, *_outcome_values(o, pv_id, now)) for oid, ((cid, _), o) in zip(plan.ids, plan.fresh)])
    update_rows(conn, "outcome", ["policy_version_id", "decided_at", *OUTCOME_FIELDS], plan.updates)
    if plan.gone:
        for chunk in _chunks(plan.gone):
            conn.execute(update(PL).where(PL.c.outcome_id.in_(chunk)).values(outcome_id=None))
            conn.execute(delete(O).where(O.c.id.in_(chunk)))
    changes["outcomes_new"] += len(plan.fresh)
    changes["outcomes_changed"] += len(plan.updates)
    changes["outcomes_removed"] += len(plan.gone)


def _outcome_ids(plan: _OutcomePlan) -> dict[tuple[int, str], int]:
    """Every wanted outcome's id, (claimant id, programme) -> id, known before it is written."""
    return plan.kept | dict(zip([pair for pair, _ in plan.fresh], plan.ids))


@dataclass
class _PayableState:
    """What the payable lines and ledgers hold now (read before the background job starts)."""

    live: dict[int, Any]  # claimant id -> its live line in this programme
    ledger_of: dict[int, Any]  # payable line id -> its unreleased ledger line
    open_clawbacks: set[int]  # ledger line ids


def _payable_state(conn: Connection, programme: str) -> _PayableState:
    live = {row.claimant_id: row for row in conn.execute(
        select(PL).where(PL.c.programme == programme, PL.c.status == "live"))}
    ledger_of = {row.payable_line_id: row for row in conn.execute(
        select(LL.c.payable_line_id, LL.c.id.label("ledger_line_id"), LL.c.ledger_id, L.c.status,
               L.c.number).select_from(LL.join(L, LL.c.ledger_id == L.c.id))
        .where(LL.c.released.is_(False)))}
    open_clawbacks = {r[0] for r in fetch(conn, "SELECT ledger_line_id FROM clawback WHERE status = 'open'")}
    return _PayableState(live, ledger_of, open_clawbacks)


@dataclass
class _PayablePlan:
    new_lines: list[tuple]  # PAYABLE_INSERT
    void_ids: list[int]
    refresh: list[tuple]
    clawbacks: list[tuple]  # CLAWBACK_INSERT


PAYABLE_INSERT = ["claimant_id", "programme", "amount_krw", "policy_version_id", "outcome_id", "status",
                  "created_at", "version"]
CLAWBACK_INSERT = ["ledger_id", "ledger_line_id", "claimant_id", "amount_paid_krw", "amount_due_krw",
                   "amount_krw", "reason", "status", "raised_at", "raised_by"]


def _plan_payable(conn: Connection, policy: Policy, pv_id: int, due: dict[int, int],
                  outcome_ids: dict[tuple[int, str], int], state: _PayableState,
                  events: list[dict], held: list[dict], operator: str) -> _PayablePlan:
    """One live payable line per claimant and programme, at the amount the policy says.
    A line already in a ledger is never changed here: it is held for the ledger's owner.
    (No database access.)"""
    prog = policy.programme
    live, in_ledger = state.live, {k: v.status for k, v in state.ledger_of.items()}
    now = db_datetime(conn, datetime.now(UTC))
    new_lines: list[tuple] = []
    void_ids: list[int] = []
    refresh: list[tuple] = []
    for cid, amount in due.items():
        row = live.get(cid)
        oid = outcome_ids.get((cid, prog))
        if row is not None and row.amount_krw == amount:
            if row.policy_version_id != pv_id or row.outcome_id != oid:
                refresh.append((pv_id, oid, row.id))
            continue
        if row is not None:
            if row.id in in_ledger:
                held.append({"claimant_id": cid, "payable_line_id": row.id, "ledger_status":
                             in_ledger[row.id], "amount_in_ledger": row.amount_krw, "now_due": amount})
                continue
            void_ids.append(row.id)
            events.append({"action": "payable.void", "entity": "payable_line", "entity_id": row.id,
                           "details": {"claimant_id": cid, "amount_krw": row.amount_krw,
                                       "replaced_by_amount": amount}})
        new_lines.append((cid, prog, amount, pv_id, oid, "live", now, 1))
        events.append({"action": "payable.create", "entity": "claimant", "entity_id": cid,
                       "details": {"amount_krw": amount, "programme": prog}})
    for cid, row in live.items():
        if cid in due:
            continue
        if row.id in in_ledger:
            held.append({"claimant_id": cid, "payable_line_id": row.id, "ledger_status":
                         in_ledger[row.id], "amount_in_ledger": row.amount_krw, "now_due": 0})
            continue
        void_ids.append(row.id)
        events.append({"action": "payable.void", "entity": "payable_line", "entity_id": row.id,
                       "details": {"claimant_id": cid, "amount_krw": row.amount_krw,
                                   "replaced_by_amount": 0}})
    clawbacks = _plan_clawbacks(conn, held, state, events, operator)
    return _PayablePlan(new_lines, void_ids, refresh, clawbacks)


def _plan_clawbacks(conn: Connection, held: list[dict], state: _PayableState, events: list[dict],
                    operator: str) -> list[tuple]:
    """Money already paid in an exported ledger that is no longer owed: a clawback (환수) is
    raised and listed; the ledger itself is never changed. (No database access.)"""
    now = db_datetime(conn, datetime.now(UTC))
    rows = []
    for h in held:
        info = state.ledger_of[h["payable_line_id"]]
        if info.status != "exported" or h["now_due"] >= h["amount_in_ledger"]:
            continue
        if info.ledger_line_id in state.open_clawbacks:
            continue
        amount = h["amount_in_ledger"] - h["now_due"]
        reason = ("지급 후 지급 대상이 아님이 확인됨" if h["now_due"] == 0
                  else f"지급 후 금액이 {h['now_due']:,}원으로 줄어듦 (계열사 기지급 확인 등)")
        rows.append((info.ledger_id, info.ledger_line_id, h["claimant_id"], h["amount_in_ledger"],
                     h["now_due"], amount, reason, "open", now, operator))
        events.append({"action": "clawback.raise", "entity": "claimant", "entity_id": h["claimant_id"],
                       "details": {"ledger": info.number, "amount_krw": amount, "reason": reason}})
        h["clawback_krw"] = amount
    return rows


def _queue_payable(conn: Connection, job: Background, plan: _PayablePlan) -> bool:
    """On SQLite, the voids and then the new lines, behind the outcomes they refer to (void
    first: the unique index allows one live line per claimant and programme)."""
    if not json_statements(conn):
        return False
    statements = []
    if plan.void_ids:
        statements.append(("UPDATE payable_line SET status = 'void' WHERE id IN (SELECT value FROM json_each(?))",
                           (json.dumps(plan.void_ids),)))
    if plan.new_lines:
        statements.append(json_insert(conn, "payable_line", PAYABLE_INSERT, plan.new_lines))
    job.add(statements)
    return True


def _apply_payable(conn: Connection, plan: _PayablePlan, queued: bool, changes: Counter) -> None:
    """Writes the plan (the voids and new lines only if they were not ``queued``)."""
    insert_rows(conn, "clawback", CLAWBACK_INSERT, plan.clawbacks)
    if not queued:
        for chunk in _chunks(plan.void_ids):
            conn.execute(update(PL).where(PL.c.id.in_(chunk)).values(status="void"))
        insert_rows(conn, "payable_line", PAYABLE_INSERT, plan.new_lines)
    update_rows(conn, "payable_line", ["policy_version_id", "outcome_id"], plan.refresh)
    changes["payable_voided"] += len(plan.void_ids)
    changes["payable_created"] += len(plan.new_lines)


@paused_gc()
def reconcile(ws: Workspace, policy: Policy | None = None,
              progress: Progress | None = None) -> RunSummary:
    policy = policy or load_policy()
    progress = progress or Progress()
    agree = policy.matching["name_agree"]
    changes: Counter = Counter()
    events: list[dict] = []
    held: list[dict] = []
    with ws.writer().begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_RECONCILE_LOCK})")
        pv_id = record_policy(conn, policy)
        progress.stage_started("신청인 정리 중")
        drafts = resolve(_load_reports(conn))
        payouts = _load_payouts(conn)
        decisions = _decisions(conn)
        committee = {row["claimant_key"]: dict(row) for row in conn.execute(
            select(CD).where(CD.c.programme == policy.programme)).mappings()}
        claimants = _plan_claimants(conn, drafts)
        ids = claimants.ids
        if claimants.new_rows:
            changes["claimants_new"] += len(claimants.new_rows)
        if claimants.updates:
            update_rows(conn, "claimant", CLAIMANT_FIELDS, claimants.updates)
            changes["claimants_changed"] += len(claimants.updates)
        progress.check()
        existing_matches, existing_outcomes = _existing_matches(conn), _existing_outcomes(conn)
        new_outcome_ids = NewIds(conn, "outcome")
        payable = _payable_state(conn, policy.programme)
        chain = audit.Chain(conn, ws.operator)
        now = db_datetime(conn, datetime.now(UTC))
        new_claimants = _claimant_statements(conn, drafts, claimants.new_rows)
        # On SQLite, new claimants are written and reports pointed at them in the background
        # while matches and outcomes are worked out; the new outcomes, matches, payable lines
        # and audit events follow them into the background as soon as they are known, while
        # the run is counted. Nothing in this block touches the database itself (on PostgreSQL,
        # where nothing runs in the background, the links and new ids are written in it).
        with in_background(conn, new_claimants) as job:
            job.add(_relink(conn, drafts, ids, changes))
            progress.stage_started("지급 내역 대사 중")
            ix = build_index(drafts, payouts)
            known = set(drafts)
            proposed: list[tuple[int, Proposal]] = []
            paid_by: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
            for n, p in enumerate(payouts):
                proposals = propose(p, ix, agree, policy.matching)
                if decisions:  # none before a clerk's first decision: the content key is not needed
                    proposals = apply_decisions(p.key, proposals, decisions, known)
                for pr in proposals:
                    proposed.append((p.id, pr))
                    if pr.status in ("sure", "confirmed"):
                        paid_by[pr.claimant_key][p.affiliate] += p.amount_krw
                if n % 5000 == 0:
                    progress.update(n, len(payouts))
                    progress.check()

            progress.stage_started("지급액 산정 중")
            wanted_outcomes: dict[tuple[int, str], OutcomeDraft] = {}
            due: dict[int, int] = {}
            # A claimant with one report, no affiliate payment and no committee decision gets
            # what every such claimant with the same type, service, company and loss gets:
            # worked out once per combination (about 6,000 for 72,000 such claimants).
            alike: dict[tuple, tuple[OutcomeDraft | None, list[OutcomeDraft]]] = {}
            for key, d in drafts.items():
                paid = paid_by.get(key)
                if paid is None and len(d.reports) == 1 and not d.unidentifiable \
                        and key not in committee:
                    r = d.reports[0]
                    same = (r.claimant_type, r.service, r.company, r.loss_krw)
                    decided = alike.get(same)
                    if decided is None:
                        decided = alike[same] = (kakao_outcome(d, policy, _NOTHING_PAID, None),
                                                 affiliate_outcomes(d, policy, _NOTHING_PAID))
                    k, affiliates = decided
                else:
                    paid = paid or _NOTHING_PAID
                    k = kakao_outcome(d, policy, paid, committee.get(key))
                    affiliates = affiliate_outcomes(d, policy, paid)
                cid = ids[key]
                if k is not None:
                    wanted_outcomes[(cid, k.programme)] = k
                    if k.kind == "pay" and k.payable_krw > 0 and k.programme == policy.programme:
                        due[cid] = k.payable_krw
                for a in affiliates:
                    wanted_outcomes[(cid, a.programme)] = a
            progress.check()
            wanted_matches: dict[tuple[int, int], tuple] = {
                (pid, ids[pr.claimant_key]): (
                    pr.method, round(pr.score, 4), _reasons_json(pr.reasons),
                    pr.status, pr.decided_by,
                    db_datetime(conn, pr.decided_at) if pr.decided_at else None, pr.note)
                for pid, pr in proposed}
            outcomes = _plan_outcomes(existing_outcomes, wanted_outcomes, pv_id, now, new_outcome_ids)
            outcomes_queued = _queue_outcomes(conn, job, outcomes, pv_id, now)
            matches = _plan_matches(existing_matches, wanted_matches, events)
            matches_queued = _queue_insert(conn, job, "match", MATCH_INSERT, matches[0])
            lines = _plan_payable(conn, policy, pv_id, due, _outcome_ids(outcomes), payable, events,
                                  held, ws.operator)
            lines_queued = _queue_payable(conn, job, lines)
            chain.add(events)
            events = []
            job.add([st for st in [chain.statement(conn)] if st])
            summary = _summary(policy, drafts, wanted_matches, wanted_outcomes)
            job()
        _apply_matches(conn, matches, changes, matches_queued)
        _apply_outcomes(conn, outcomes, pv_id, now, changes, outcomes_queued)
        _apply_payable(conn, lines, lines_queued, changes)
        _forget_orphans(conn, claimants.orphans, changes)
        progress.check()

        summary.changes, summary.held = dict(changes), held
        events.append({"action": "reconcile.run", "entity": "policy_version", "entity_id": pv_id,
                       "details": {k: v for k, v in summary.as_dict().items() if k != "held_in_ledgers"}})
        chain.add(events)
        chain.write(conn)
    log.info("reconcile: policy %s; matches %s; outcomes %s; payable %s원, kept from double payment %s원",
             summary.policy_version, summary.matches, summary.outcomes, f"{summary.krw_payable:,}",
             f"{summary.krw_kept:,}")
    return summary


def _forget_orphans(conn: Connection, orphans: list[int], changes: Counter) -> None:
    """Claimants no report points to any more (their batch was undone)."""
    if not orphans:
        return
    kept = {cid for (cid,) in conn.execute(select(PL.c.claimant_id).where(PL.c.status == "live"))} | \
           {cid for (cid,) in conn.execute(select(LL.c.claimant_id))}
    for chunk in _chunks(orphans):
        conn.execute(delete(M).where(M.c.claimant_id.in_(chunk)))
        conn.execute(update(PL).where(PL.c.claimant_id.in_(chunk), PL.c.status == "live")
                     .values(status="void"))
    removable = [cid for cid in orphans if cid not in kept]
    for chunk in _chunks(removable):
        conn.execute(delete(PL).where(PL.c.claimant_id.in_(chunk), PL.c.status == "void"))
        conn.execute(delete(C).where(C.c.id.in_(chunk)))
    changes["claimants_removed"] += len(removable)


def _summary(policy: Policy, drafts, matches, outcomes) -> RunSummary:
    """The run's counts (its changes and held lines are filled in when known)."""
    by_type = Counter(d.fields()[0] for d in drafts.values())
    m = Counter(v[3] for v in matches.values())
    o = Counter(x.kind for x in outcomes.values())
    kakao = [x for x in outcomes.values() if x.programme == policy.programme]
    flags = Counter(f.split(":")[0] for d in drafts.values() for f in d.flags)
    return RunSummary(
        policy.version,
        {t: by_type.get(t, 0) for t in ("user", "small_business", "enterprise")},
        {s: m.get(s, 0) for s in ("sure", "candidate", "confirmed", "rejected")},
        {k: o.get(k, 0) for k in OUTCOME_KINDS},
        sum(x.payable_krw for x in kakao if x.kind == "pay"),
        sum(x.offset_krw for x in kakao),
        flags=dict(flags))
