"""`recon1015 import`, `batches` and `stats` from the command line."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import run
from demo.generate import FILE_NAMES
from tests.importers.conftest import PAY_HEADERS, PAY_ROWS, titled, write_xlsx




def test_import_json_and_refusal(capsys, tmp_path):
    db = tmp_path / "w.sqlite3"
    good = write_xlsx(tmp_path / "pay.xlsx", {"지원금": titled(PAY_HEADERS, PAY_ROWS)})
    code, out, _ = run(capsys, "--db", db, "import", good, "--json")
    r = json.loads(out)
    assert code == 0 and r["batch_id"] == 1 and r["profile"] == "pay" and r["rows_imported"] == 3
    code, out, err = run(capsys, "--db", db, "import", good, "--json")
    r = json.loads(out)
    assert code == 1 and r["batch_id"] is None and "이미 가져온 파일" in err
    bad = write_xlsx(tmp_path / "bad.xlsx", {"지원금": titled(PAY_HEADERS, [
        ["M1", "가게", "", "김", "010-1111-2222", "-1", "20221220"]])})
    code, out, err = run(capsys, "--db", db, "import", bad, "--json")
    r = json.loads(out)
    assert code == 1 and r["errors"][0] == {"level": "error", "sheet": "지원금", "row": 5,
                                            "column": "F", "header": "지원금액",
                                            "message": "금액을 읽을 수 없습니다: 음수 금액"}
    assert "bad.xlsx" in err and "시트 '지원금' 5행 F열 (지원금액)" in err and "Traceback" not in err


def test_password_env(capsys, tmp_path, demo_dir, monkeypatch):
    db = tmp_path / "w.sqlite3"
    ent = demo_dir / FILE_NAMES["entertainment"]
    code, _, err = run(capsys, "--db", db, "import", ent)
    assert code == 1 and "암호" in err
    code, _, err = run(capsys, "--db", db, "import", ent, "--password-env", "NO_SUCH_VAR")
    assert code == 1 and "NO_SUCH_VAR" in err
    monkeypatch.setenv("ENT_PW", "wrong")
    code, _, err = run(capsys, "--db", db, "import", ent, "--password-env", "ENT_PW")
    assert code == 1 and "암호가 맞지 않습니다" in err
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    monkeypatch.setenv("ENT_PW", truth["entertainment_password"])
    code, out, _ = run(capsys, "--db", db, "import", ent, "--password-env", "ENT_PW")
    assert code == 0 and "entertainment" in out


def test_batches_list_and_undo(capsys, tmp_path):
    db = tmp_path / "w.sqlite3"
    good = write_xlsx(tmp_path / "pay.xlsx", {"지원금": titled(PAY_HEADERS, PAY_ROWS)})
    run(capsys, "--db", db, "import", good)
    code, out, _ = run(capsys, "--db", db, "batches", "--json")
    assert code == 0 and json.loads(out)["batches"][0]["status"] == "committed"
    code, out, _ = run(capsys, "--db", db, "batches", "undo", "1", "--reason", "중복 수신")
    assert code == 0 and "취소" in out
    code, _, err = run(capsys, "--db", db, "batches", "undo", "1", "--reason", "again")
    assert code == 1 and "이미 취소" in err


@pytest.fixture(scope="module")
def full_scale_register(tmp_path_factory):
    """Only the register, at full scale (the affiliate files are not needed here)."""
    from demo.files import write_register
    from demo.generate import build

    path = tmp_path_factory.mktemp("full") / FILE_NAMES["claims"]
    write_register(build(seed=1015, scale=1.0), path)
    return path


def test_stats_reproduce_the_seed_table_at_full_scale(capsys, tmp_path, full_scale_register):
    db = tmp_path / "w.sqlite3"
    code, out, _ = run(capsys, "--db", db, "import", full_scale_register, "--json")
    assert code == 0 and json.loads(out)["rows_imported"] == 105_116
    code, out, _ = run(capsys, "--db", db, "stats", "--json")
    s = json.loads(out)
    assert (s["reports_total"], s["reports_kakao"], s["reports_affiliate"]) == (105_116, 87_195, 17_921)
    assert s["kakao_by_type_pct"] == {"user": 79.8, "small_business": 20.0, "enterprise": 0.2}
    assert (s["kakao_paid_service"], s["kakao_paid_service_pct"]) == (14_918, 17.1)
    assert (s["kakao_free_monetary"], s["kakao_free_monetary_pct"]) == (13_195, 15.1)
    # the announcement prints 83.1%; its own counts give 87,195 / 105,116 = 82.95%
    assert s["reports_kakao_pct"] == 83.0
