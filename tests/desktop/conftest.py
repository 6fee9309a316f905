"""Desktop fixtures: a reconciled demo workspace (5%), copied per test; Korean by default."""

from __future__ import annotations

import json
import shutil

import pytest

from demo.generate import FILE_NAMES
from importers.service import import_demo_files
from models import open_workspace
from reconcile.service import reconcile


@pytest.fixture(scope="session")
def reconciled_demo(demo_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("gui") / "demo.sqlite3"
    ws = open_workspace(path, "tester")
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    import_demo_files(ws, {k: demo_dir / v for k, v in FILE_NAMES.items() if k != "truth"},
                      truth["entertainment_password"])
    reconcile(ws)
    ws.close()
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
