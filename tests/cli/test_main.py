"""The command line: init, stats, demo, exit codes, workspace targets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import main
from tests.cli.conftest import run
from models.engine import default_workspace_path




def test_init_default_goes_to_user_data_dir(capsys, tmp_path):
    path = default_workspace_path()
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])
    assert not path.exists()
    code, out, _ = run(capsys, "init")
    assert code == 0 and path.exists() and str(path) in out


def test_init_db_path_and_env(capsys, tmp_path, monkeypatch):
    target = tmp_path / "sub" / "ws.sqlite3"
    code, out, _ = run(capsys, "--db", str(target), "init", "--json")
    assert code == 0 and target.exists()
    assert json.loads(out)["workspace"] == str(target)
    other = tmp_path / "env.sqlite3"
    monkeypatch.setenv("RECON1015_DB", str(other))
    assert run(capsys, "init")[0] == 0 and other.exists()


def test_stats_json_on_empty_workspace(capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(tmp_path / "w.sqlite3"), "stats", "--json")
    stats = json.loads(out)
    assert code == 0 and stats["reports_total"] == 0 and stats["kakao_by_type"]["user"] == 0


def test_newer_workspace_exits_1_with_message(capsys, tmp_path):
    import sqlite3

    path = tmp_path / "w.sqlite3"
    run(capsys, "--db", str(path), "init")
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='abcdef000000'")
    con.commit()
    con.close()
    code, out, err = run(capsys, "--db", str(path), "stats")
    assert code == 1 and "newer version of Recon1015" in err and "Traceback" not in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["no-such-command"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["demo", "--scale", "3"])
    assert e.value.code == 2


def test_demo_writes_files_and_prints_them(capsys, tmp_path):
    code, out, _ = run(capsys, "demo", "--dir", str(tmp_path), "--scale", "0.01", "--seed", "9",
                       "--json")
    result = json.loads(out)
    assert code == 0 and result["counts"]["reports_total"] == 1051
    for path in result["files"].values():
        assert Path(path).exists() and Path(path).parent == tmp_path
    assert result["entertainment_password"] == "Kent-9!"


def test_console_script_runs():
    exe = Path(sys.executable).with_name("recon1015")
    if not exe.exists():
        pytest.skip("package not installed (pip install -e '.[test]')")
    r = subprocess.run([str(exe), "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "init" in r.stdout and "demo" in r.stdout


def test_output_piped_into_a_reader_that_stops_early(tmp_path):
    """`recon1015 batches | head -1`: the reader goes away; the command ends quietly."""
    exe = Path(sys.executable).with_name("recon1015")
    if not exe.exists():
        pytest.skip("package not installed (pip install -e '.[test]')")
    db = tmp_path / "w.sqlite3"
    assert main(["--db", str(db), "init"]) == 0
    p = subprocess.Popen([str(exe), "--db", str(db), "--log-file", str(tmp_path / "log.txt"), "batches", "--json"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()  # gone before the first line is written
    with p.stderr:
        err = p.stderr.read().decode()
    assert p.wait(60) == 0, err
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_demo_imports_once(capsys, tmp_path):
    db, out_dir = tmp_path / "w.sqlite3", tmp_path / "demo"
    code, out, _ = run(capsys, "--db", str(db), "demo", "--dir", str(out_dir), "--scale", "0.01", "--json")
    first = json.loads(out)
    assert code == 0 and [r["rows_imported"] > 0 for r in first["imports"]] == [True] * 5
    code, out, _ = run(capsys, "--db", str(db), "demo", "--dir", str(out_dir), "--scale", "0.01", "--json")
    again = json.loads(out)
    assert code == 0 and all(r.get("skipped") for r in again["imports"])
    assert first["ledger"]["number"] == "1015-L-0001" and "No new ledger" in again["ledger"]["message"]
    code, out, _ = run(capsys, "--db", str(db), "stats", "--json")
    assert json.loads(out)["reports_total"] == first["counts"]["reports_total"]
