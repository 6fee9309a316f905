"""`recon1015`: the command-line front end.

Thin by design: it parses arguments, opens the workspace, calls a Qt-free
service and prints the result (one JSON object on stdout with ``--json``).
Exit status: 0 success; 1 input refused or a known problem (message on
stderr); 2 usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import Any

from importers.profiles import KINDS
from models import InputRefused, Recon1015Error, open_workspace
from models.engine import ENV_DB
from models.logs import setup_logging
from models.progress import Cancelled, Progress
from models.workspace import ENV_OPERATOR, default_operator

Handler = Callable[[argparse.Namespace], int]
log = logging.getLogger("recon1015.cli")


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _open(args: argparse.Namespace):
    return open_workspace(args.db, args.operator)


# --- commands -------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        from models.schema import head_revision

        if args.json:
            _print_json({"workspace": ws.name, "schema": head_revision(),
                         "backup": str(ws.backup) if ws.backup else None})
        else:
            print(f"Workspace ready: {ws.name} (schema {head_revision()})")
            if ws.backup:
                print(f"Backup of the previous version: {ws.backup}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from models.stats import workspace_stats

    with _open(args) as ws:
        stats = workspace_stats(ws)
    if args.json:
        _print_json(stats)
    else:
        from models.stats import format_stats

        print(format_stats(stats))
    return 0


def _password(args: argparse.Namespace) -> str | None:
    var = getattr(args, "password_env", None)
    if not var:
        return None
    value = os.environ.get(var)
    if value is None:
        raise InputRefused(f"환경 변수 {var}이(가) 설정되어 있지 않습니다 (암호를 담을 변수).")
    return value


def cmd_import(args: argparse.Namespace) -> int:
    from importers.profiles import Mapping
    from importers.service import ImportRefused, import_file

    mapping = Mapping.load(args.mapping) if args.mapping else None
    password = _password(args)
    results, status = [], 0
    with _open(args) as ws:
        for path in args.files:
            try:
                r = import_file(ws, path, kind=args.kind, sheet=args.sheet, password=password,
                                mapping=mapping, set_aside=args.set_aside,
                                rejected_path=args.rejected if len(args.files) == 1 else None,
                                progress=None if args.json else ConsoleProgress())
            except ImportRefused as e:
                status = 1
                results.append(e.result.as_dict() | {"refused": str(e)})
                print(f"recon1015: {e}", file=sys.stderr)
                continue
            except InputRefused as e:
                status = 1
                results.append({"file": Path(path).name, "batch_id": None, "refused": str(e),
                                "errors": [{"sheet": None, "row": None, "column": None,
                                            "message": str(e)}]})
                print(f"recon1015: {e}", file=sys.stderr)
                continue
            results.append(r.as_dict())
            if not args.json:
                print(f"{r.file}: 배치 {r.batch_id} — 종류 {r.profile}, 시트 {', '.join(s or 'CSV' for s in r.sheets)}; "
                      f"{r.rows_read:,}행 읽음, {r.rows_imported:,}행 가져옴, {r.rows_rejected:,}행 제외"
                      + (f" → {r.rejected_file}" if r.rejected_file else ""))
                for w in r.warnings[:20]:
                    print(f"  경고: {w}")
                if len(r.warnings) > 20:
                    print(f"  … 경고 {len(r.warnings) - 20}건 더 (--json 으로 전부 볼 수 있습니다)")
    if args.json:
        _print_json(results[0] if len(results) == 1 else {"imports": results})
    return status


def cmd_batches(args: argparse.Namespace) -> int:
    from importers.service import list_batches, undo_batch

    with _open(args) as ws:
        if args.batches_command == "undo":
            r = undo_batch(ws, args.batch_id, args.reason)
            if args.json:
                _print_json(r)
            else:
                print(f"배치 {r['batch_id']} ({r['file']}) 취소: 접수 {r['reports']:,}건, "
                      f"지급 내역 {r['payouts']:,}건 삭제")
            return 0
        batches = list_batches(ws)
    if args.json:
        _print_json({"batches": batches})
    else:
        for b in batches:
            print(f"{b['id']:>4}  {b['status']:<9} {b['kind']:<13} {b['rows_imported']:>8,}행  "
                  f"{b['imported_at']:%Y-%m-%d %H:%M}  {b['operator']:<10} {b['file_name']}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from demo.files import write_demo
    from demo.generate import default_demo_dir
    from importers.service import import_demo_files

    out = args.dir or default_demo_dir()
    progress = None if args.json else ConsoleProgress()
    result = write_demo(out, scale=args.scale, seed=args.seed, progress=progress)
    doc = result.as_dict()
    if not args.no_import:
        with _open(args) as ws:
            doc["imports"] = [r.as_dict() if hasattr(r, "as_dict") else r
                              for r in import_demo_files(ws, result.files, result.password,
                                                         progress=progress)]
            doc["workspace"] = ws.name
        doc["ledger"] = _demo_pipeline(args, Path(out), progress)
    if args.json:
        _print_json(doc)
        return 0
    print(result.describe())
    for r in doc.get("imports", []):
        if isinstance(r, dict) and r.get("skipped"):
            print(f"  {r['file']}: already in the workspace (batch {r['batch_id']})")
        elif isinstance(r, dict):
            print(f"  imported {r['file']}: batch {r['batch_id']}, {r['rows_imported']:,} rows")
    if "workspace" in doc:
        print(f"Workspace: {doc['workspace']}  (see `recon1015 stats`)")
    led = doc.get("ledger")
    if led:
        print(f"Reconciled: {led['reconcile']['outcomes']['pay']:,} claimants payable, "
              f"{led['reconcile']['krw_payable']:,}원; {led['reconcile']['matches']['candidate']:,} "
              "candidates wait in the review queue (`recon1015 review`)")
        if led.get("file"):
            print(f"Ledger {led['number']}: prepared by {led['prepared_by']}, approved by "
                  f"{led['approved_by']}, exported to {led['file']}")
            print(f"Bank transfer sheet: {led['bank_sheet']}")
        else:
            print(led.get("message", ""))
    return 0


DEMO_PREPARER, DEMO_APPROVER = "김작성(demo)", "이승인(demo)"


def _demo_pipeline(args: argparse.Namespace, out: Path, progress) -> dict:
    """Reconcile, then a ledger prepared by one clerk, approved by another, and exported."""
    from ledger import lifecycle
    from ledger.export import export
    from reconcile.service import reconcile

    with open_workspace(args.db, DEMO_PREPARER) as ws:
        summary = reconcile(ws, progress=progress)
        try:
            prepared = lifecycle.prepare(ws)
        except InputRefused as e:
            return {"reconcile": summary.as_dict(), "message": f"No new ledger: {e}"}
    with open_workspace(args.db, DEMO_APPROVER) as checker:
        lifecycle.approve(checker, prepared["ledger_id"])
        file = out / f"지급대장_{prepared['number']}.xlsx"
        bank = out / f"대량이체_{prepared['number']}.xlsx"
        export(checker, prepared["ledger_id"], file, bank_sheet=bank)
    return {"reconcile": summary.as_dict(), "number": prepared["number"], "ledger_id": prepared["ledger_id"],
            "prepared_by": DEMO_PREPARER, "approved_by": DEMO_APPROVER, "file": str(file),
            "bank_sheet": str(bank), "lines": prepared["lines"], "total_krw": prepared["total_krw"]}


def cmd_reconcile(args: argparse.Namespace) -> int:
    from reconcile.policy import load_policy
    from reconcile.service import reconcile

    policy = load_policy(args.policy)
    with _open(args) as ws:
        s = reconcile(ws, policy, progress=None if args.json else ConsoleProgress())
    if args.json:
        _print_json(s.as_dict())
        return 0
    print(f"정책: {s.policy_version}")
    print("신청인: " + ", ".join(f"{k} {v:,}" for k, v in s.claimants_by_type.items()))
    print("일치: " + ", ".join(f"{k} {v:,}" for k, v in s.matches.items()))
    print("결과: " + ", ".join(f"{k} {v:,}" for k, v in s.outcomes.items() if v))
    print(f"지급 예정액: {s.krw_payable:,}원   이중 지급 방지(차감)액: {s.krw_kept:,}원")
    if s.held:
        print(f"주의: 지급대장에 이미 들어간 {len(s.held)}명의 금액이 달라졌습니다 (지급대장에서 처리 필요).")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from reconcile.decisions import decide_match, review_progress, review_queue

    with _open(args) as ws:
        if args.review_command == "decide":
            r = decide_match(ws, args.match_id, args.decision, args.note)
            if args.json:
                _print_json(r)
            else:
                print(f"검토 {r['match_id']}: {'동일인' if r['decision'] == 'same' else '다른 사람'} "
                      "(금액은 다음 reconcile 에서 반영됩니다)")
            return 0
        rows = review_queue(ws)
        progress = review_progress(ws)
        rows = _shown(ws, rows, "review_queue", args.reveal)
    if args.json:
        _print_json({"progress": progress, "candidates": rows})
        return 0
    print(f"{progress['decided']} / {progress['total']} 검토 완료, 대기 {progress['pending']}건")
    for r in rows:
        payee = r["payee_name"] or r["business_name"] or r["representative"]
        print(f"{r['id']:>6}  {r['score']:.2f}  {r['affiliate']:<13} {payee or '-':<12} "
              f"→ 신청인 {r['claimant_id']} {r['display_name'] or r['claimant_business'] or '-'}  "
              f"({'; '.join(r['reasons'])})")
    return 0


def _shown(ws, rows: list[dict[str, Any]], screen: str, reveal: bool) -> list[dict[str, Any]]:
    """Rows as the command shows them: names and phones masked, as on every screen, unless
    the clerk asked with --reveal — which goes into the audit log, as in the desktop."""
    from importers.normalize import mask_name, mask_phone
    from models import audit

    if reveal:
        audit.record_reveal(ws, screen, rows_in_view=len(rows), front_end="cli")
        return rows

    def phone(v):
        return v if not v or "*" in v else mask_phone(v)

    out = []
    for r in rows:
        r = dict(r)
        for k in ("payee_name", "representative", "display_name"):
            if r.get(k):
                r[k] = mask_name(r[k])
        for k in ("mobile", "claimant_mobile"):
            if r.get(k):
                r[k] = phone(r[k])
        key = r.get("claimant_key") or ""
        if key.startswith("mobile:"):
            r["claimant_key"] = "mobile:" + phone(key[7:])
        out.append(r)
    return out


def cmd_committee(args: argparse.Namespace) -> int:
    from reconcile.decisions import committee_queue, decide_committee

    with _open(args) as ws:
        if args.committee_command == "decide":
            r = decide_committee(ws, args.claimant_id, args.amount, args.ref)
            if args.json:
                _print_json(r)
            else:
                print(f"신청인 {r['claimant_id']}: 협의체 결정 {r['amount_krw']:,}원 ({r['reference']}) "
                      "— 다음 reconcile 에서 지급 대상이 됩니다")
            return 0
        rows = _shown(ws, committee_queue(ws), "committee_queue", args.reveal)
    if args.json:
        _print_json({"claimants": rows})
        return 0
    for r in rows:
        d = r["decision"]
        state = f"결정 {d['amount_krw']:,}원 ({d['reference']})" if d else "심의 대기"
        print(f"{r['claimant_id']:>7}  {r['business_name'] or r['display_name'] or '-':<16} "
              f"손실 {r['loss_krw'] or 0:>12,}원  증빙 {'Y' if r['evidence'] else 'N'}  {state}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from models import audit

    with _open(args) as ws:
        with ws.engine.connect() as conn:
            check = audit.verify(conn)
    if args.json:
        _print_json(check.as_dict())
    elif check.ok:
        print(f"감사 기록 {check.events:,}건: 변조 없음")
    else:
        print(f"감사 기록이 변조되었습니다: 기록 {check.first_broken_id}번부터 ({check.problem})",
              file=sys.stderr)
    return 0 if check.ok else 1


def cmd_ledger(args: argparse.Namespace) -> int:
    from ledger import lifecycle
    from ledger.export import export

    with _open(args) as ws:
        action = args.ledger_command
        if action == "prepare":
            r = lifecycle.prepare(ws)
            text = (f"지급대장 {r['number']} (id {r['ledger_id']}) 작성: {r['lines']:,}명, "
                    f"{r['total_krw']:,}원, 제외 {r['exclusions']:,}명 — 다른 담당자의 승인이 필요합니다")
        elif action == "approve":
            r = lifecycle.approve(ws, args.ledger_id)
            text = f"지급대장 {r['number']} 승인"
        elif action == "export":
            r = export(ws, args.ledger_id, args.out, mask=args.mask, password=_password(args),
                       bank_sheet=args.bank_sheet, progress=None if args.json else ConsoleProgress())
            text = f"지급대장 {r['number']} → {r['file']}" + (f", 대량이체 → {r['bank_sheet']}" if r["bank_sheet"] else "")
        elif action == "void":
            r = lifecycle.void(ws, args.ledger_id, args.reason)
            text = f"지급대장 {r['number']} 취소: {r['lines_released']:,}건 해제"
        elif action == "clawbacks":
            r = {"clawbacks": _shown(ws, lifecycle.list_clawbacks(ws), "clawbacks", False)}
            text = "\n".join(f"{c['id']:>4} {c['number']} {c['business_name'] or c['display_name'] or '-'} "
                             f"환수 {c['amount_krw']:,}원 ({c['status']}): {c['reason']}"
                             for c in r["clawbacks"]) or "환수 대상 없음"
        else:
            r = {"ledgers": lifecycle.list_ledgers(ws)}
            text = "\n".join(f"{x['id']:>4} {x['number']} {x['status']:<9} {x['line_count']:>7,}명 "
                             f"{x['total_krw']:>14,}원  작성 {x['prepared_by']}  승인 {x['approved_by'] or '-'}"
                             for x in r["ledgers"]) or "지급대장 없음"
    if args.json:
        _print_json(r)
    else:
        print(text)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from ledger.affiliates import write_affiliate_reports

    with _open(args) as ws:
        written = write_affiliate_reports(ws, args.outdir)
    if args.json:
        _print_json({"reports": written})
    else:
        for w in written:
            print(f"{w['file']}: 미결 신고 {w['open_reports']:,}, 카카오 지급 대상 {w['kakao_pays']:,}, "
                  f"미매칭 {w['unmatched']:,}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from models.backup import backup

    with _open(args) as ws:
        path = backup(ws, args.out)
    if args.json:
        _print_json({"backup": str(path), "bytes": path.stat().st_size})
    else:
        print(f"백업: {path} ({path.stat().st_size:,} bytes)")
    return 0


class ConsoleProgress(Progress):
    """Prints each stage's name to stderr, so a long command shows it is working."""

    def stage_started(self, stage: str, total: int = 0) -> None:
        super().stage_started(stage, total)
        print(f"… {stage}", file=sys.stderr, flush=True)


# --- parser ---------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="recon1015",
        description="Reconcile the 1015 outage compensation claims and prepare payout ledgers.",
    )
    p.add_argument("--db", metavar="TARGET",
                   help=f"workspace file or SQLAlchemy URL (default: ${ENV_DB}, "
                        "else the workspace in the user data directory)")
    p.add_argument("--operator", metavar="NAME", default=None,
                   help=f"who is working (default: ${ENV_OPERATOR}, else the OS user name)")
    p.add_argument("--log-file", metavar="FILE", default=None,
                   help="where the log goes (default: $RECON1015_LOG_FILE, else the user log directory)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    s = sub.add_parser("init", help="create or upgrade the workspace")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("stats", help="figures of what the workspace holds")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_stats)

    s = sub.add_parser("import", help="import a claims register or affiliate payout sheets")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--as", dest="kind", choices=KINDS, help="what the file is (default: detected)")
    s.add_argument("--sheet", metavar="NAME", help="read only this sheet (hidden sheets too)")
    s.add_argument("--password-env", metavar="VAR",
                   help="name of the environment variable that holds the workbook's password")
    s.add_argument("--mapping", metavar="FILE", help="a saved column mapping (JSON)")
    s.add_argument("--set-aside", action="store_true",
                   help="import the good rows and write the rejected ones to a workbook "
                        "(default: any rejected row refuses the whole file)")
    s.add_argument("--rejected", metavar="OUT.xlsx", help="where to write the rejected rows")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_import)

    s = sub.add_parser("batches", help="list import batches, or undo one")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_batches, batches_command="list")
    bsub = s.add_subparsers(dest="batches_command", metavar="ACTION")
    bl = bsub.add_parser("list", help="every batch (default)")
    bl.add_argument("--json", action="store_true")
    bu = bsub.add_parser("undo", help="remove a batch and its rows (audit-logged)")
    bu.add_argument("batch_id", type=int, metavar="BATCH_ID")
    bu.add_argument("--reason", required=True, metavar="TEXT")
    bu.add_argument("--json", action="store_true")

    s = sub.add_parser("reconcile", help="match payouts to claimants and compute what Kakao owes")
    s.add_argument("--policy", metavar="FILE", help="a policy TOML (default: the 1015 plan)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_reconcile)

    reveal_help = "show names and phones unmasked (recorded in the audit log)"
    s = sub.add_parser("review", help="the review queue: candidates a clerk decides")
    s.add_argument("--json", action="store_true")
    s.add_argument("--reveal", action="store_true", help=reveal_help)
    s.set_defaults(func=cmd_review, review_command="list")
    rsub = s.add_subparsers(dest="review_command", metavar="ACTION")
    rl = rsub.add_parser("list", help="candidates, highest score first (default)")
    rl.add_argument("--json", action="store_true")
    rl.add_argument("--reveal", action="store_true", help=reveal_help)
    rd = rsub.add_parser("decide", help="same person or a different one")
    rd.add_argument("match_id", type=int, metavar="MATCH_ID")
    rd.add_argument("decision", choices=("same", "different"))
    rd.add_argument("--note", metavar="TEXT")
    rd.add_argument("--json", action="store_true")

    s = sub.add_parser("committee", help="claimants above the top tier (협의체 심의)")
    s.add_argument("--json", action="store_true")
    s.add_argument("--reveal", action="store_true", help=reveal_help)
    s.set_defaults(func=cmd_committee, committee_command="list")
    csub = s.add_subparsers(dest="committee_command", metavar="ACTION")
    cl = csub.add_parser("list", help="claimants waiting and decided (default)")
    cl.add_argument("--json", action="store_true")
    cl.add_argument("--reveal", action="store_true", help=reveal_help)
    cd = csub.add_parser("decide", help="record the committee's approved amount")
    cd.add_argument("claimant_id", type=int, metavar="CLAIMANT_ID")
    cd.add_argument("--amount", type=int, required=True, metavar="KRW")
    cd.add_argument("--ref", required=True, metavar="TEXT", help="the meeting reference (회의 번호)")
    cd.add_argument("--json", action="store_true")

    s = sub.add_parser("audit", help="the audit log")
    asub = s.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    av = asub.add_parser("verify", help="check the hash chain; names the first broken link")
    av.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_audit)

    s = sub.add_parser("ledger", help="payout ledgers (지급대장): prepare, approve, export, void")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_ledger, ledger_command="list")
    lsub = s.add_subparsers(dest="ledger_command", metavar="ACTION")
    x = lsub.add_parser("list", help="every ledger and its state (default)")
    x.add_argument("--json", action="store_true")
    x = lsub.add_parser("prepare", help="gather every payable line not in a live ledger into a draft")
    x.add_argument("--json", action="store_true")
    x = lsub.add_parser("approve", help="approve a draft (not by the operator who prepared it)")
    x.add_argument("ledger_id", type=int, metavar="LEDGER_ID")
    x.add_argument("--json", action="store_true")
    x = lsub.add_parser("export", help="write an approved ledger to Excel")
    x.add_argument("ledger_id", type=int, metavar="LEDGER_ID")
    x.add_argument("out", metavar="OUT.xlsx")
    x.add_argument("--mask", action="store_true", help="a masked copy for sharing outside accounting")
    x.add_argument("--password-env", metavar="VAR", help="encrypt with the password in this variable")
    x.add_argument("--bank-sheet", metavar="OUT2.xlsx", help="also write the bank bulk-transfer sheet")
    x.add_argument("--json", action="store_true")
    x = lsub.add_parser("void", help="cancel a ledger and release its lines")
    x.add_argument("ledger_id", type=int, metavar="LEDGER_ID")
    x.add_argument("--reason", required=True, metavar="TEXT")
    x.add_argument("--json", action="store_true")
    x = lsub.add_parser("clawbacks", help="money paid that proved not owed (환수)")
    x.add_argument("--json", action="store_true")

    s = sub.add_parser("report", help="reports for the affiliates")
    rep = s.add_subparsers(dest="report_command", metavar="WHAT", required=True)
    x = rep.add_parser("affiliates", help="one workbook per affiliate: open reports, offsets, unmatched rows")
    x.add_argument("outdir", metavar="OUTDIR")
    x.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("backup", help="a consistent copy of the workspace (SQLite backup API / pg_dump)")
    s.add_argument("out", metavar="OUT")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("demo", help="write the synthetic demo files (register, affiliate sheets, truth)")
    s.add_argument("--dir", metavar="DIR", help="where to write (default: a demo folder "
                   "in the user data directory)")
    s.add_argument("--scale", type=float, default=1.0, metavar="F",
                   help="fraction of the seed's 105,116 reports (default 1.0)")
    s.add_argument("--seed", type=int, default=1015, metavar="N")
    s.add_argument("--no-import", action="store_true",
                   help="only write the files; do not import them into the workspace")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.operator is None:
        args.operator = default_operator()
    if getattr(args, "scale", 1.0) is not None and not 0 < getattr(args, "scale", 1.0) <= 1:
        parser.error("--scale must be in (0, 1]")
    setup_logging(args.log_file)
    started = time.perf_counter()
    log.info("recon1015 %s by %s (workspace %s)", args.command, args.operator, args.db or "default")
    try:
        code = args.func(args)
        log.info("recon1015 %s finished in %.2f s (exit %d)", args.command, time.perf_counter() - started, code)
        return code
    except Cancelled:
        log.info("recon1015 %s cancelled", args.command)
        print("Cancelled; nothing was written.", file=sys.stderr)
        return 1
    except Recon1015Error as e:
        # the message is for the clerk; the log keeps only its kind (it may quote a cell)
        log.warning("recon1015 %s refused: %s", args.command, type(e).__name__)
        print(f"recon1015: {e}", file=sys.stderr)
        return e.exit_code
    except BrokenPipeError:  # output piped into `head` and the like (before Exception: it is one)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("recon1015 %s failed", args.command)
        raise
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
