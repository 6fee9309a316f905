"""Desktop fixtures: a reconciled demo workspace (5%), copied per test; Korean by default."""

from __future__ import annotations

import json
import shutil

import pytest

from demo.generate import FILE_NAMES
from importers.service import import_demo_files
from models import open_workspace
from reconcile.service import reconcile


PASSPHRASE = "desktop-tests"  # a team passphrase: the key does not depend on a test's home


@pytest.fixture(autouse=True)
def _team_passphrase(monkeypatch):
    monkeypatch.setenv("RECON1015_PASSPHRASE", PASSPHRASE)


@pytest.fixture(autouse=True)
def _worker_idle(qapp):
    """No test leaves work running on the worker for the next one."""
    yield
    from desktop.tasks import wait_for_idle

    wait_for_idle(60_000)
    qapp.processEvents()


@pytest.fixture(scope="session")
def reconciled_demo(demo_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("gui") / "demo.sqlite3"
    mp = pytest.MonkeyPatch()
    mp.setenv("RECON1015_PASSPHRASE", PASSPHRASE)
    try:
        ws = open_workspace(path, "tester")
        truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
        import_demo_files(ws, {k: demo_dir / v for k, v in FILE_NAMES.items() if k != "truth"},
                          truth["entertainment_password"])
        reconcile(ws)
        ws.close()
    finally:
        mp.undo()
    return path


@pytest.fixture
def gui_ws(reconciled_demo, tmp_path):
    target = tmp_path / "ws.sqlite3"
    shutil.copy(reconciled_demo, target)
    ws = open_workspace(target, "tester")
    yield ws
    ws.close()


@pytest.fixture
def korean(qapp):
    from desktop import i18n

    i18n.install(qapp, "ko")
    yield
    i18n.install(qapp, "ko")
