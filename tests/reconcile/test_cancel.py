"""Cancelling a reconcile at any stage — including while new claimants are being written in the
background — leaves the workspace exactly as it was, and the next run works."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models import audit
from models.progress import Cancelled, Progress
from models.tables import AuditEvent, Claimant, Outcome, ReportClaimant
from reconcile.service import reconcile


class CancelAt(Progress):
    def __init__(self, stage: str) -> None:
        super().__init__()
        self.at = stage
        self.seen: list[str] = []

    def stage_started(self, stage: str, total: int = 0) -> None:
        self.seen.append(stage)
        if stage == self.at:
            self.cancel()  # the clerk pressed Cancel as this stage began
        super().stage_started(stage, total)


def _state(ws) -> tuple:
    RC, C, O, A = ReportClaimant.__table__, Claimant.__table__, Outcome.__table__, AuditEvent.__table__
    with ws.engine.connect() as conn:
        return (conn.execute(select(func.count()).select_from(C)).scalar_one(),
                conn.execute(select(func.count()).select_from(O)).scalar_one(),
                conn.execute(select(func.count()).select_from(RC)).scalar_one(),
                conn.execute(select(func.count()).select_from(A)).scalar_one())


@pytest.mark.parametrize("stage", ["지급 내역 대사 중", "지급액 산정 중"])
def test_cancel_leaves_nothing_and_the_next_run_works(world, stage):
    world.reports(*[{"name": f"김민{i}", "mobile": f"010-1234-{i:04d}", "loss": 100_000 * (i % 7)}
                    for i in range(300)],
                  {"shop": "가게", "brn": "220-81-62517", "loss": 250_000})
    world.games({"shop": "가게", "brn": "220-81-62517", "amount": 10_000})
    before = _state(world.ws)
    assert before[:3] == (0, 0, 0)

    progress = CancelAt(stage)
    with pytest.raises(Cancelled):
        reconcile(world.ws, progress=progress)
    assert stage in progress.seen
    assert _state(world.ws) == before

    summary = reconcile(world.ws)
    assert summary.claimants_by_type["small_business"] == 301 and summary.matches["sure"] == 1
    claimants, outcomes, linked, _ = _state(world.ws)
    assert (claimants, linked) == (301, 301) and outcomes >= 301
    with world.ws.engine.connect() as conn:
        assert audit.verify(conn).ok
