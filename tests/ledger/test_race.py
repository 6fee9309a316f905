"""Racing clerks: 8 processes × 1,000 attempts to prepare, approve and void ledgers (and to
re-run reconcile) over the same claimants, on SQLite and on PostgreSQL.

Each worker reports every operation the database accepted. Afterwards there is one live
payable line per claimant and programme, no ledger holds a claimant twice, no claimant is
in two live ledgers, and every accepted operation is in the database and the audit log —
none lost, none doubled.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections import Counter

from sqlalchemy import func, select

from models import audit, open_workspace
from models.tables import AuditEvent, Ledger, LedgerLine, PayableLine

WORKERS = 8
ATTEMPTS = 1_000
L, LL, PL, A = Ledger.__table__, LedgerLine.__table__, PayableLine.__table__, AuditEvent.__table__

WORKER = textwrap.dedent("""
    import json, random, sys
    from sqlalchemy import select
    from ledger import lifecycle
    from models import open_workspace
    from models.errors import InputRefused
    from models.tables import Ledger
    from reconcile.service import reconcile

    target, me, attempts, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    ws = open_workspace(target, me)
    L = Ledger.__table__
    done = {"prepare": [], "approve": [], "void": [], "reconcile": 0, "refused": 0}

    def ledgers(*status):
        with ws.engine.connect() as conn:
            return [r.id for r in conn.execute(select(L.c.id).where(L.c.status.in_(status)))]

    for _ in range(attempts):
        op = rng.choices(["prepare", "approve", "void", "reconcile"], [45, 35, 18, 2])[0]
        try:
            if op == "prepare":
                done["prepare"].append(lifecycle.prepare(ws)["ledger_id"])
            elif op == "reconcile":
                reconcile(ws)
                done["reconcile"] += 1
            else:
                ids = ledgers("draft") if op == "approve" else ledgers("draft", "approved")
                if not ids:
                    continue
                ledger_id = rng.choice(ids)
                if op == "approve":
                    lifecycle.approve(ws, ledger_id)
                else:
                    lifecycle.void(ws, ledger_id, f"{me} 재확인")
                done[op].append(ledger_id)
        except InputRefused:
            done["refused"] += 1
    ws.close()
    print(json.dumps(done))
""")


def test_eight_clerks_racing_over_the_same_claimants(world, db_target):
    world.reports(*[{"name": f"상인{i}", "shop": f"가게{i}", "brn": brn, "loss": 100_000 + 50_000 * i}
                    for i, brn in enumerate(["116-82-00276", "134-86-72683", "220-81-62517",
                                             "101-86-57931", "124-81-00998", "211-87-11113"])])
    world.run()
    world.ws.close()

    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db_target, f"clerk{n}", str(ATTEMPTS), str(n)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in range(WORKERS)]
    reports = []
    for p in procs:
        out, err = p.communicate(timeout=900)
        assert p.returncode == 0, err[-3000:]
        reports.append(json.loads(out))

    prepared = [i for r in reports for i in r["prepare"]]
    approved = [i for r in reports for i in r["approve"]]
    voided = [i for r in reports for i in r["void"]]
    print(f"{db_target.split(':')[0]}: {len(prepared)} prepared, {len(approved)} approved, {len(voided)} voided, "
          f"{sum(r['reconcile'] for r in reports)} reconciles, {sum(r['refused'] for r in reports)} refused")
    assert len(prepared) > 50 and len(approved) > 20 and len(voided) > 20  # the race really happened
    assert len(set(prepared)) == len(prepared)
    assert len(set(approved)) == len(approved)  # a ledger is approved once, by one clerk
    assert len(set(voided)) == len(voided)

    ws = open_workspace(db_target, "checker")
    with ws.engine.connect() as conn:
        live = conn.execute(select(PL.c.claimant_id, PL.c.programme).where(PL.c.status == "live")).all()
        assert len(live) == 6 and max(Counter(live).values()) == 1
        per_ledger = conn.execute(select(LL.c.ledger_id, LL.c.claimant_id, func.count())
                                  .group_by(LL.c.ledger_id, LL.c.claimant_id)).all()
        assert per_ledger and max(n for *_, n in per_ledger) == 1  # no ledger holds a claimant twice
        in_live = conn.execute(select(LL.c.claimant_id, LL.c.programme)
                               .where(LL.c.released.is_(False))).all()
        assert max(Counter(in_live).values(), default=0) <= 1  # nor is a claimant in two live ledgers
        ledgers = {r.id: r for r in conn.execute(select(L))}
        events = Counter(conn.execute(select(A.c.action)).scalars())
        chain = audit.verify(conn)
    ws.close()

    # No update lost: every accepted operation is what the database holds, and is logged once.
    assert sorted(ledgers) == sorted(prepared)
    assert {i for i, r in ledgers.items() if r.approved_by} == set(approved)
    assert {i for i, r in ledgers.items() if r.status == "void"} == set(voided)
    assert all(r.status == "draft" for i, r in ledgers.items() if i not in approved and i not in voided)
    assert all(r.status == "approved" for i, r in ledgers.items() if i in approved and i not in voided)
    for n, r in enumerate(reports):
        for ledger_id in r["approve"]:
            assert ledgers[ledger_id].approved_by == f"clerk{n}" != ledgers[ledger_id].prepared_by
    assert events["ledger.prepare"] == len(prepared)
    assert events["ledger.approve"] == len(approved)
    assert events["ledger.void"] == len(voided)
    assert chain.ok, chain.problem
