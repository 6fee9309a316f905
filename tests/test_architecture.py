"""Only desktop/ imports Qt: checked by walking every module's imports, and by import-linter."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT_FREE = ("models", "importers", "reconcile", "ledger", "cli", "demo")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "qtpy", "desktop")


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__"
              and node.args and isinstance(node.args[0], ast.Constant)):
            yield node.lineno, str(node.args[0].value)


def test_no_qt_outside_desktop():
    offenders = []
    for package in QT_FREE:
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, name in _imports(path):
                if name.split(".")[0] in QT_MODULES:
                    offenders.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not offenders, "Qt imported outside desktop/:\n" + "\n".join(offenders)


def test_the_walk_sees_a_qt_import(tmp_path):
    """The check above can fail: it catches each way of importing Qt."""
    bad = tmp_path / "bad.py"
    bad.write_text("import PySide6.QtCore\nfrom PySide6 import QtGui\n__import__('shiboken6')\n")
    assert [n for _, n in _imports(bad)] == ["PySide6.QtCore", "PySide6", "shiboken6"]


def test_import_linter_contract():
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(exe).exists():
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Only desktop/ imports Qt KEPT" in result.stdout


# import name -> distribution, where they differ
_DISTRIBUTIONS = {"python_calamine": "python-calamine", "msoffcrypto": "msoffcrypto-tool",
                  "PySide6": "PySide6-Essentials", "sqlalchemy": "SQLAlchemy", "yaml": "PyYAML"}
SHIPPED = ("desktop", "models", "importers", "reconcile", "ledger", "cli", "demo", "resources")


def test_every_third_party_import_of_the_shipped_packages_is_a_dependency():
    """`pip install -e .` (the README's first command) must bring all that the application
    imports; the test extras must not hide a missing one (xlsxwriter, for the demo, did)."""
    import tomllib

    declared = {re.split(r"[\[<>=!~ ;]", d, maxsplit=1)[0].lower()
                for d in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]}
    ours = set(SHIPPED) | set(sys.stdlib_module_names) | {"__future__"}
    missing = []
    for package in SHIPPED:
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, name in _imports(path):
                top = name.split(".")[0]
                if top in ours or top == "shiboken6":
                    continue
                if _DISTRIBUTIONS.get(top, top).lower() not in declared:
                    missing.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    assert not missing, "not in [project].dependencies:\n" + "\n".join(missing)
