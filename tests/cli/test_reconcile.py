"""`recon1015 reconcile`, `review`, `committee` and `audit verify` from the command line."""

from __future__ import annotations

import json
import sqlite3

from tests.cli.conftest import run




def test_the_pipeline_from_the_command_line(capsys, tmp_path):
    db = tmp_path / "w.sqlite3"
    assert run(capsys, "--db", db, "demo", "--dir", tmp_path / "demo", "--scale", "0.02")[0] == 0
    code, out, _ = run(capsys, "--db", db, "reconcile", "--json")
    r = json.loads(out)
    assert code == 0
    assert set(r["outcomes"]) == {"pay", "covered_by_affiliate", "committee", "no_loss", "benefits_only",
                                  "individual_review", "settled_by_affiliate", "open_at_affiliate",
                                  "unidentifiable"}
    assert set(r["matches"]) == {"sure", "candidate", "confirmed", "rejected"}
    assert set(r["claimants"]) == {"user", "small_business", "enterprise"}
    assert r["krw_payable"] > 0 and r["krw_kept_from_double_payment"] >= 0

    code, out, _ = run(capsys, "--db", db, "review", "list", "--json")
    queue = json.loads(out)
    assert queue["candidates"] and queue["progress"]["pending"] == len(queue["candidates"])
    # names and phones masked as on every screen; --reveal shows them and is audit-logged
    code, revealed, _ = run(capsys, "--db", db, "review", "list", "--json", "--reveal")
    full = json.loads(revealed)["candidates"]
    names = {c["display_name"] for c in full if c["display_name"] and len(c["display_name"]) > 2}
    phones = {c["claimant_mobile"] for c in full if c["claimant_mobile"]}
    assert names and phones
    code, text_out, _ = run(capsys, "--db", db, "review")
    assert not any(n in out or n in text_out for n in names) and not any(m in out for m in phones)
    assert any(n in revealed for n in names)
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT entity, details FROM audit_event WHERE action = 'personal_data.reveal'"
                           ).fetchall() == [("review_queue", f'{{"front_end":"cli","rows_in_view":{len(full)}}}')]
    code, out, _ = run(capsys, "--db", db, "audit", "verify", "--json")
    assert json.loads(out)["ok"]
    first = queue["candidates"][0]["id"]
    code, out, _ = run(capsys, "--db", db, "--operator", "lee", "review", "decide", first, "same",
                       "--note", "전화 확인")
    assert code == 0 and "동일인" in out
    code, out, _ = run(capsys, "--db", db, "review", "--json")
    assert json.loads(out)["progress"]["decided"] == 1

    code, out, _ = run(capsys, "--db", db, "committee", "--json")
    waiting = json.loads(out)["claimants"]
    assert waiting and all(c["decision"] is None for c in waiting)
    cid = waiting[0]["claimant_id"]
    code, _, err = run(capsys, "--db", db, "committee", "decide", cid, "--amount", "-1", "--ref", "x")
    assert code == 1 and "0원 이상" in err
    assert run(capsys, "--db", db, "committee", "decide", cid, "--amount", "700000", "--ref", "제1차")[0] == 0
    code, out, _ = run(capsys, "--db", db, "reconcile", "--json")
    assert json.loads(out)["outcomes"]["committee"] == len(waiting) - 1

    code, out, _ = run(capsys, "--db", db, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"]
    con = sqlite3.connect(db)
    con.execute("UPDATE audit_event SET reason = 'edited' WHERE id = 3")
    con.commit()
    con.close()
    code, out, err = run(capsys, "--db", db, "audit", "verify")
    assert code == 1 and "3번" in err


def test_review_decide_unknown_id(capsys, tmp_path):
    code, _, err = run(capsys, "--db", tmp_path / "w.sqlite3", "review", "decide", "999", "same")
    assert code == 1 and "999" in err
