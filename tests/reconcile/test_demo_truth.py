"""Reconciliation scored against the demo's ground truth."""

from __future__ import annotations

import json

import pytest

from demo.generate import FILE_NAMES
from importers.service import import_demo_files
from reconcile.decisions import decide_many
from reconcile.scoring import score, truthful_decisions
from reconcile.service import reconcile


@pytest.fixture
def reconciled(workspace, demo_dir):
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    import_demo_files(workspace, {k: demo_dir / v for k, v in FILE_NAMES.items()},
                      truth["entertainment_password"])
    summary = reconcile(workspace)
    return workspace, demo_dir / FILE_NAMES["truth"], truth, summary


def test_scored_against_the_ground_truth(reconciled):
    ws, truth_path, truth, summary = reconciled
    s = score(ws, truth_path)
    assert s.sure_tp > 300
    assert s.sure_precision == 1.0 and s.sure_recall == 1.0, (s.sure_fp[:5], s.sure_fn[:5])
    assert s.ambiguous_auto == [] and s.ambiguous_missing == []  # every ambiguous case waits for a clerk
    assert s.namesake_matched == []
    assert summary.matches["candidate"] >= sum(
        1 for p in truth["payouts"] if p["case"].startswith("ambiguous"))
    # a clerk who knows the truth decides the queue; then every amount equals the truth
    decide_many(ws, truthful_decisions(ws, truth))
    again = reconcile(ws)
    s = score(ws, truth_path)
    assert s.claimants_scored > 500
    assert s.payable_wrong == [], s.payable_wrong[:5]
    assert again.matches["candidate"] == 0
    # a further run with nothing new changes nothing
    third = reconcile(ws)
    assert not any(v for k, v in third.changes.items())
