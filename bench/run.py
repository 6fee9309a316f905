"""Benchmark runner (not part of the test run).

    python -m bench.run                 # every case, full-scale demo, 3 repetitions
    python -m bench.run --only floor_calamine_read --reps 5 --scale 0.2

Each repetition runs in its own process, so peak memory (max RSS) is that
case's own. Prints a table of medians and writes bench/results/latest.json
(and a timestamped copy). Ratios of goals to floors are computed from the
medians of the same run.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / ".cache"
RESULTS = ROOT / "bench" / "results"
# goal name -> (case, floor cases whose medians add up to the denominator, limit)
RATIOS: dict[str, tuple[str, tuple[str, ...], float]] = {
    # issue 3: importing the register, against calamine's bare read + raw executemany
    "import_register / (calamine read + sqlite executemany)":
        ("import_register", ("floor_calamine_read", "floor_sqlite_executemany"), 1.3),
    "import_register / (calamine read + executemany into the workspace schema)":
        ("import_register", ("floor_calamine_read", "floor_sqlite_executemany_workspace"), 1.3),
    # issue 5: exporting the ledger, against openpyxl write-only writing the same cells
    "ledger_export / openpyxl write-only of the same cells":
        ("ledger_export", ("floor_openpyxl_ledger_cells",), 1.2),
}


def demo_context(scale: float, seed: int) -> dict:
    from demo.files import write_demo
    from demo.generate import FILE_NAMES

    d = CACHE / f"demo-{seed}-{scale:g}"
    truth = d / FILE_NAMES["truth"]
    if not truth.exists():
        print(f"generating the demo files at scale {scale:g} in {d} …", file=sys.stderr)
        write_demo(d, scale=scale, seed=seed)
    t = json.loads(truth.read_text())
    return {"dir": str(d), "files": {k: str(d / v) for k, v in FILE_NAMES.items()},
            "counts": t["counts"], "password": t["entertainment_password"], "scale": scale}


def child(name: str, ctx_json: str) -> None:
    from bench.cases import CASES

    seconds = CASES[name](json.loads(ctx_json))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def run_case(name: str, ctx: dict, reps: int) -> dict:
    samples = []
    for _ in range(reps):
        out = subprocess.run(
            [sys.executable, "-m", "bench.run", "--child", name, "--ctx", json.dumps(ctx)],
            cwd=ROOT, capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(f"{name} failed:\n{out.stderr}")
        samples.append(json.loads(out.stdout.strip().splitlines()[-1]))
    secs = [s["seconds"] for s in samples]
    return {"median_s": statistics.median(secs), "min_s": min(secs), "max_s": max(secs),
            "reps": reps, "peak_mb": max(s["peak_mb"] for s in samples), "samples_s": secs}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.run")
    p.add_argument("--only", action="append", help="run only these cases (repeatable)")
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=1015)
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--ctx", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(args.child, args.ctx)
        return 0
    from bench.cases import CASES

    if args.reps < 3:
        print("note: fewer than 3 repetitions; medians are less reliable", file=sys.stderr)
    ctx = demo_context(args.scale, args.seed)
    names = args.only or list(CASES)
    results = {}
    for name in names:
        print(f"running {name} ×{args.reps} …", file=sys.stderr, flush=True)
        results[name] = run_case(name, ctx, args.reps)
    ratios = {}
    for goal, (case_name, floors, limit) in RATIOS.items():
        if case_name in results and all(f in results for f in floors):
            denom = sum(results[f]["median_s"] for f in floors)
            ratio = results[case_name]["median_s"] / denom
            ratios[goal] = {"ratio": round(ratio, 3), "limit": limit, "ok": ratio <= limit,
                            "case": case_name, "floors": list(floors)}
    print(f"\nRecon1015 benchmarks — scale {args.scale:g} "
          f"({ctx['counts']['reports_total']:,} reports), {args.reps} repetitions, "
          f"{platform.python_implementation()} {platform.python_version()}")
    print(f"{'case':<34}{'median s':>10}{'min s':>9}{'max s':>9}{'peak MB':>10}")
    for name, r in results.items():
        print(f"{name:<34}{r['median_s']:>10.3f}{r['min_s']:>9.3f}{r['max_s']:>9.3f}{r['peak_mb']:>10.0f}")
    for goal, r in ratios.items():
        print(f"ratio {goal}: {r['ratio']:.3f} (goal ≤ {r['limit']}) {'met' if r['ok'] else 'NOT met'}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    doc = {"when": datetime.now(UTC).isoformat(), "scale": args.scale, "seed": args.seed,
           "reports": ctx["counts"]["reports_total"], "machine": platform.platform(),
           "cases": results, "ratios": ratios}
    stamp = time.strftime("%Y%m%dT%H%M%S")
    for path in (RESULTS / "latest.json", RESULTS / f"{stamp}.json"):
        path.write_text(json.dumps(doc, indent=2))
    print(f"written {RESULTS / 'latest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
