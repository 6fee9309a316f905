"""`recon1015`: the command-line front end.

Thin by design: it parses arguments, opens the workspace, calls a Qt-free
service and prints the result (one JSON object on stdout with ``--json``).
Exit status: 0 success; 1 input refused or a known problem (message on
stderr); 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from models import Recon1015Error, open_workspace
from models.engine import ENV_DB
from models.progress import Cancelled, Progress
from models.workspace import ENV_OPERATOR, default_operator

Handler = Callable[[argparse.Namespace], int]


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n")


def _open(args: argparse.Namespace):
    return open_workspace(args.db, args.operator)


# --- commands -------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    ws = _open(args)
    try:
        from models.schema import head_revision

        if args.json:
            _print_json({"workspace": ws.name, "schema": head_revision(),
                         "backup": str(ws.backup) if ws.backup else None})
        else:
            print(f"Workspace ready: {ws.name} (schema {head_revision()})")
            if ws.backup:
                print(f"Backup of the previous version: {ws.backup}")
    finally:
        ws.close()
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from models.stats import workspace_stats

    ws = _open(args)
    try:
        stats = workspace_stats(ws)
    finally:
        ws.close()
    if args.json:
        _print_json(stats)
    else:
        from models.stats import format_stats

        print(format_stats(stats))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from demo.files import write_demo
    from demo.generate import default_demo_dir

    out = args.dir or default_demo_dir()
    result = write_demo(out, scale=args.scale, seed=args.seed, progress=ConsoleProgress())
    if args.json:
        _print_json(result.as_dict())
    else:
        print(result.describe())
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
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)

    s = sub.add_parser("init", help="create or upgrade the workspace")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("stats", help="figures of what the workspace holds")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_stats)

    s = sub.add_parser("demo", help="write the synthetic demo files (register, affiliate sheets, truth)")
    s.add_argument("--dir", metavar="DIR", help="where to write (default: a demo folder "
                   "in the user data directory)")
    s.add_argument("--scale", type=float, default=1.0, metavar="F",
                   help="fraction of the seed's 105,116 reports (default 1.0)")
    s.add_argument("--seed", type=int, default=1015, metavar="N")
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
    try:
        return args.func(args)
    except Cancelled:
        print("Cancelled; nothing was written.", file=sys.stderr)
        return 1
    except Recon1015Error as e:
        print(f"recon1015: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
