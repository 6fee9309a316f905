"""`recon1015 ledger …` and `report affiliates` from the command line, and the demo pipeline."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from tests.cli.conftest import run




def test_demo_runs_the_whole_pipeline(capsys, tmp_path):
    db, d = tmp_path / "w.sqlite3", tmp_path / "demo"
    code, out, _ = run(capsys, "--db", db, "demo", "--dir", d, "--scale", "0.01")
    assert code == 0 and "Ledger 1015-L-0001: prepared by 김작성(demo), approved by 이승인(demo)" in out
    assert (d / "지급대장_1015-L-0001.xlsx").exists() and (d / "대량이체_1015-L-0001.xlsx").exists()
    code, out, _ = run(capsys, "--db", db, "ledger", "--json")
    ledgers = json.loads(out)["ledgers"]
    assert [(x["number"], x["status"]) for x in ledgers] == [("1015-L-0001", "exported")]


def test_ledger_commands(capsys, tmp_path, monkeypatch):
    db, d = tmp_path / "w.sqlite3", tmp_path / "demo"
    run(capsys, "--db", db, "demo", "--dir", d, "--scale", "0.01", "--no-import")
    from importers.service import import_demo_files
    from models import open_workspace

    ws = open_workspace(db, "kim")
    truth = json.loads((d / "ground_truth.json").read_text())
    import_demo_files(ws, {k: d / v for k, v in truth["files"].items()}, truth["entertainment_password"])
    ws.close()
    assert run(capsys, "--db", db, "reconcile")[0] == 0
    code, out, _ = run(capsys, "--db", db, "--operator", "kim", "ledger", "prepare", "--json")
    prepared = json.loads(out)
    assert code == 0 and prepared["ledger_id"] == 1 and prepared["number"] == "1015-L-0001"
    code, _, err = run(capsys, "--db", db, "--operator", "kim", "ledger", "approve", "1")
    assert code == 1 and "작성자는 자기 지급대장을 승인할 수 없습니다" in err
    code, _, err = run(capsys, "--db", db, "--operator", "lee", "ledger", "export", "1", tmp_path / "x.xlsx")
    assert code == 1 and "승인된 지급대장만" in err
    assert run(capsys, "--db", db, "--operator", "lee", "ledger", "approve", "1")[0] == 0
    monkeypatch.setenv("LEDGER_PW", "pw-2023")
    code, out, _ = run(capsys, "--db", db, "--operator", "lee", "ledger", "export", "1", tmp_path / "l.xlsx",
                       "--bank-sheet", tmp_path / "bank.xlsx", "--json")
    r = json.loads(out)
    assert code == 0 and r["total_krw"] == prepared["total_krw"]
    assert load_workbook(tmp_path / "bank.xlsx").active.cell(1, 1).value == "입금은행코드"
    code, out, _ = run(capsys, "--db", db, "--operator", "lee", "ledger", "export", "1", tmp_path / "m.xlsx",
                       "--mask", "--password-env", "LEDGER_PW", "--json")
    assert code == 0 and json.loads(out)["encrypted"] is True
    code, _, err = run(capsys, "--db", db, "--operator", "lee", "ledger", "void", "1", "--reason", "은행 반려")
    assert code == 1 and "취소할 수 없습니다" in err and "환수" in err  # exported: its lines stay put
    code, out, _ = run(capsys, "--db", db, "ledger", "clawbacks", "--json")
    assert json.loads(out) == {"clawbacks": []}
    code, out, _ = run(capsys, "--db", db, "report", "affiliates", tmp_path / "aff", "--json")
    assert code == 0 and len(json.loads(out)["reports"]) == 4
