"""Two reconciles (and two clerks) at once cannot produce a second live payable line."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections import Counter

from sqlalchemy import select

from models.tables import PayableLine

SCRIPT = textwrap.dedent("""
    import sys
    from models import open_workspace
    from reconcile.service import reconcile
    ws = open_workspace(sys.argv[1], sys.argv[2])
    for _ in range(int(sys.argv[3])):
        reconcile(ws)
    ws.close()
""")


def test_two_processes_reconciling_at_once(world, db_target):
    world.reports(*[{"name": f"가{i}", "brn": b, "mobile": f"010-5555-{i:04d}", "loss": 100_000 * (i + 1)}
                    for i, b in enumerate(["116-82-00276", "134-86-72683", "220-81-62517"])])
    world.mobility({"name": "가0", "mobile": "010-5555-0000", "amount": 7_550})
    world.ws.close()
    procs = [subprocess.Popen([sys.executable, "-c", SCRIPT, db_target, f"clerk{n}", "5"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    from models import open_workspace

    ws = open_workspace(db_target, "checker")
    with ws.engine.connect() as conn:
        pl = PayableLine.__table__
        live = conn.execute(select(pl.c.claimant_id, pl.c.programme).where(pl.c.status == "live")).all()
    ws.close()
    assert len(live) == 3
    assert max(Counter(live).values()) == 1
