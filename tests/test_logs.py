"""Logs never contain personal data: a whole demo run is logged at DEBUG, and its log is
scanned for every phone, BRN, account and name of the demo's claimants and payees; the
workspace file it leaves is scanned for every account number."""

from __future__ import annotations

import base64
import logging

from sqlalchemy import select

from cli.main import main
from models import open_workspace
from models.crypto import workspace_vault
from models.logs import redact, setup_logging
from models.tables import AffiliatePayout, Report


def _forms(digits: str) -> set[str]:
    """The ways a number may be written: bare, and with the usual dashes."""
    out = {digits}
    if len(digits) == 11:
        out.add(f"{digits[:3]}-{digits[3:7]}-{digits[7:]}")
    if len(digits) == 10:
        out.add(f"{digits[:3]}-{digits[3:5]}-{digits[5:]}")
    return out


def test_the_log_of_a_full_demo_run_holds_no_personal_data(tmp_path, monkeypatch, capsys):
    log_file, db = tmp_path / "recon1015.log", tmp_path / "w.sqlite3"
    monkeypatch.setenv("RECON1015_LOG_LEVEL", "DEBUG")
    code = main(["--db", str(db), "--log-file", str(log_file), "demo", "--dir", str(tmp_path / "demo"),
                 "--scale", "0.05"])
    assert code == 0, capsys.readouterr().err
    # a refused command is logged too (its message, which quotes the file, is not)
    assert main(["--db", str(db), "--log-file", str(log_file), "import", str(tmp_path / "demo" / "없음.xlsx")]) == 1
    logging.shutdown()
    log = log_file.read_text(encoding="utf-8")
    for event in ("recon1015 demo by", "import: batch", "reconcile: policy", "prepared by", "approved by",
                  "exported by", "없음.xlsx refused (InputRefused)"):
        assert event in log, event  # the log really records the work

    secrets: set[str] = set()
    accounts: set[str] = set()
    ws = open_workspace(db, "inspector")
    with ws.engine.connect() as conn:
        vault = workspace_vault(conn)
        R, P = Report.__table__, AffiliatePayout.__table__
        for mobile, brn, enc, name, shop in conn.execute(select(R.c.mobile, R.c.brn, R.c.account_enc, R.c.name,
                                                                R.c.business_name)):
            for v in (mobile, brn):
                if v and "*" not in v:
                    secrets |= _forms(v)
            if enc:
                account = vault.open(enc if isinstance(enc, bytes) else base64.b64decode(enc))
                secrets |= {account, account.replace("-", "")}
                accounts.add(account)
            secrets |= {n for n in (name, shop) if n and len(n) >= 3 and "*" not in n}
        for mobile, brn, name in conn.execute(select(P.c.mobile, P.c.brn, P.c.payee_name)):
            for v in (mobile, brn):
                if v and "*" not in v:
                    secrets |= _forms(v)
            if name and len(name) >= 3 and "*" not in name:
                secrets.add(name)
    ws.close()
    assert len(secrets) > 5_000 and accounts
    leaked = sorted(s for s in secrets if s in log)
    assert not leaked, leaked[:10]

    # and a copy of the workspace file (with its WAL) shows no account number in clear
    blob = b"".join(p.read_bytes() for p in tmp_path.glob("w.sqlite3*"))
    clear = [a for a in accounts if a.encode() in blob or a.replace("-", "").encode() in blob]
    assert not clear, clear[:5]


def test_the_formatter_redacts_what_code_should_never_have_logged(tmp_path):
    path = setup_logging(tmp_path / "x.log")
    log = logging.getLogger("recon1015.test")
    log.warning("phone %s brn %s account %s rrn %s", "010-1234-5678", "116-82-00276", "110-123-456789",
                "850101-1234567")
    try:
        raise ValueError("parameters: ('01098765432', '1168200276')")
    except ValueError:
        log.exception("failed")
    logging.shutdown()
    text = path.read_text(encoding="utf-8")
    for secret in ("010-1234-5678", "116-82-00276", "110-123-456789", "850101-1234567", "01098765432",
                   "1168200276"):
        assert secret not in text
    assert "[휴대전화]" in text and "[사업자번호]" in text and "[주민번호]" in text
    assert redact("2022-10-15 15:30 ledger 1015-L-0001 total 12,345,678원 batch 7") == \
        "2022-10-15 15:30 ledger 1015-L-0001 total 12,345,678원 batch 7"
