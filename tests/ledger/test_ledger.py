"""The ledger: lifecycle on both backends, and every export reopened and checked."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import zipfile

import msoffcrypto
import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

import ledger.export as export_mod
from demo.generate import FILE_NAMES
from importers.service import import_demo_files
from ledger import lifecycle
from ledger.affiliates import write_affiliate_reports
from ledger.export import export
from ledger.workbook import BANK_COLUMNS, LEDGER_COLUMNS
from models import open_workspace
from models.checksum import content_checksum
from models.errors import InputRefused
from models.tables import Ledger, LedgerLine, PayableLine
from reconcile.service import reconcile

L, LL, PL = Ledger.__table__, LedgerLine.__table__, PayableLine.__table__


def _as(ws, operator):
    return open_workspace(ws.url.render_as_string(hide_password=False), operator)


@pytest.fixture
def approved(workspace, demo_dir):
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    import_demo_files(workspace, {k: demo_dir / v for k, v in FILE_NAMES.items()}, truth["entertainment_password"])
    reconcile(workspace)
    r = lifecycle.prepare(workspace)
    checker = _as(workspace, "checker")
    lifecycle.approve(checker, r["ledger_id"])
    yield workspace, checker, r
    checker.close()


def _db_lines(ws, ledger_id):
    with ws.engine.connect() as conn:
        return conn.execute(select(func.count(), func.sum(LL.c.amount_krw)).where(LL.c.ledger_id == ledger_id)).one()


def test_export_reopened_with_openpyxl_and_calamine(approved, tmp_path):
    ws, checker, r = approved
    out, bank = tmp_path / "l.xlsx", tmp_path / "bank.xlsx"
    export(checker, r["ledger_id"], out, bank_sheet=bank)
    n, total = _db_lines(ws, r["ledger_id"])
    assert (n, total) == (r["lines"], r["total_krw"])
    wb = load_workbook(out)
    assert wb.sheetnames == ["지급대장", "요약", "제외내역", "정보"]
    sh = wb["지급대장"]
    rows = list(sh.iter_rows(values_only=True))
    assert rows[0] == LEDGER_COLUMNS and len(rows) == n + 2
    assert sum(row[8] for row in rows[1:-1]) == total
    assert rows[-1][0] == "합계" and rows[-1][8] == f"=SUM(I2:I{n + 1})"
    assert sh.freeze_panes == "A2" and sh.auto_filter.ref == f"A1:N{n + 1}"
    assert sh.page_setup.orientation == "landscape" and sh.print_title_rows == "$1:$1"
    assert r["number"] in sh.oddHeader.left.text and "&P" in sh.oddFooter.center.text
    assert sh.cell(2, 9).number_format == "#,##0"
    assert all(re.fullmatch(r"\d{3}-\d{2}-\d{5}", row[3]) for row in rows[1:-1] if row[3])
    assert all(isinstance(row[11], str) for row in rows[1:-1] if row[11])  # accounts are text
    # calamine reads the same numbers
    cal = CalamineWorkbook.from_path(out).get_sheet_by_name("지급대장").to_python()
    assert sum(int(row[8]) for row in cal[1:-1]) == total
    summary = {row[0]: row[1] for row in wb["요약"].iter_rows(values_only=True) if row[0]}
    assert summary["지급 건수"] == n and summary["지급액 합계"] == total
    info = {row[0]: row[1] for row in wb["정보"].iter_rows(values_only=True) if row[0]}
    assert info["지급대장 번호"] == r["number"] and info["작성자"] == "tester" and info["승인자"] == "checker"
    assert info["정책 버전"] == "1015-default-2022-12-29" and len(info["지급 내역 SHA-256"]) == 64
    excluded = list(wb["제외내역"].iter_rows(values_only=True))
    assert excluded[0][4] == "제외 사유" and len(excluded) - 1 == r["exclusions"]
    assert {"계열사 기지급", "매출손실 없음", "협의체 심의 대기"} <= {row[4] for row in excluded[1:]}
    b = load_workbook(bank).active
    brows = list(b.iter_rows())
    assert tuple(c.value for c in brows[0]) == BANK_COLUMNS
    assert all(row[0].data_type == "s" and row[1].data_type == "s" and row[4].value == "카카오1015보상"
               for row in brows[1:])
    assert sum(row[2].value for row in brows[1:]) <= total
    with ws.engine.connect() as conn:
        assert conn.execute(select(L.c.status).where(L.c.id == r["ledger_id"])).scalar_one() == "exported"


def test_exporting_again_gives_the_same_cells(approved, tmp_path):
    ws, checker, r = approved
    export(checker, r["ledger_id"], tmp_path / "a.xlsx")
    reconcile(ws)  # whatever happens in between does not change an exported ledger
    export(checker, r["ledger_id"], tmp_path / "b.xlsx")
    a, b = load_workbook(tmp_path / "a.xlsx"), load_workbook(tmp_path / "b.xlsx")
    for name in a.sheetnames:
        assert list(a[name].iter_rows(values_only=True)) == list(b[name].iter_rows(values_only=True))


def test_masked_copy_has_no_full_account_or_phone(approved, tmp_path):
    ws, checker, r = approved
    export(checker, r["ledger_id"], tmp_path / "full.xlsx")
    export(checker, r["ledger_id"], tmp_path / "masked.xlsx", mask=True)
    accounts = {row[11] for row in load_workbook(tmp_path / "full.xlsx")["지급대장"].iter_rows(min_row=2, values_only=True)
                if row[11]}
    assert accounts
    with zipfile.ZipFile(tmp_path / "masked.xlsx") as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    for acct in accounts:
        assert acct not in xml and re.sub(r"\D", "", acct) not in xml
    # (SHA-256 digests in the 정보 sheet are hex: a run of their digits is no phone)
    assert not re.search(r"(?<![0-9a-f])01[016789]-?\d{3,4}-?\d{4}(?![0-9a-f])", xml)
    masked = [row[11] for row in load_workbook(tmp_path / "masked.xlsx")["지급대장"].iter_rows(min_row=2, values_only=True)
              if row[11]]
    assert masked and all(m.startswith("********") and len(m) == 12 for m in masked)
    with pytest.raises(InputRefused, match="마스킹"):
        export(checker, r["ledger_id"], tmp_path / "x.xlsx", mask=True, bank_sheet=tmp_path / "b.xlsx")


def test_encrypted_copy(approved, tmp_path):
    ws, checker, r = approved
    out = tmp_path / "locked.xlsx"
    export(checker, r["ledger_id"], out, password="회계팀2023!")
    with pytest.raises(Exception):
        load_workbook(out)
    with pytest.raises(Exception):
        CalamineWorkbook.from_path(out)
    with open(out, "rb") as f:
        office = msoffcrypto.OfficeFile(f)
        assert office.is_encrypted()
        office.load_key(password="회계팀2023!")
        plain = io.BytesIO()
        office.decrypt(plain)
    plain.seek(0)
    assert load_workbook(plain)["지급대장"].cell(1, 1).value == "번호"


def test_failure_mid_write_leaves_no_file(approved, tmp_path, monkeypatch):
    ws, checker, r = approved
    outdir = tmp_path / "out"
    outdir.mkdir()
    out, bank = outdir / "l.xlsx", outdir / "bank.xlsx"
    real = export_mod.write_bank_sheet

    def broken(view, path):
        real(view, path)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod, "write_bank_sheet", broken)
    before = content_checksum(ws.engine)
    with pytest.raises(OSError):
        export(checker, r["ledger_id"], out, bank_sheet=bank)
    assert list(outdir.iterdir()) == []
    assert content_checksum(ws.engine) == before
    with ws.engine.connect() as conn:
        assert conn.execute(select(L.c.status).where(L.c.id == r["ledger_id"])).scalar_one() == "approved"


def test_lifecycle_rules(world):
    world.reports({"name": "김", "shop": "가게", "brn": "116-82-00276", "mobile": "010-1111-2222", "loss": 100_000},
                  {"name": "이", "shop": "상회", "brn": "134-86-72683", "mobile": "010-3333-4444", "loss": 400_000})
    world.run()
    ws = world.ws
    with pytest.raises(InputRefused, match="승인된 지급대장만"):
        first = lifecycle.prepare(ws)
        export(ws, first["ledger_id"], world.tmp / "x.xlsx")
    with pytest.raises(InputRefused, match="작성자는 자기 지급대장을 승인할 수 없습니다"):
        lifecycle.approve(ws, first["ledger_id"])
    with pytest.raises(InputRefused, match="넣을 항목이 없습니다"):
        lifecycle.prepare(ws)  # every line is already in a live ledger
    checker = _as(ws, "checker")
    lifecycle.approve(checker, first["ledger_id"])
    with pytest.raises(InputRefused, match="승인할 수 없습니다"):
        lifecycle.approve(checker, first["ledger_id"])
    with pytest.raises(InputRefused, match="사유"):
        lifecycle.void(checker, first["ledger_id"], "")
    lifecycle.void(checker, first["ledger_id"], "금액 재확인")
    second = lifecycle.prepare(ws)  # the void released the lines
    assert (second["number"], second["lines"], second["total_krw"]) == ("1015-L-0002", 2, 80_000)
    with ws.engine.connect() as conn:
        live = conn.execute(select(LL.c.claimant_id).where(LL.c.released.is_(False))).scalars().all()
    assert len(live) == len(set(live)) == 2
    checker.close()


def test_clawback_when_a_duplicate_is_found_after_payment(world, tmp_path):
    world.reports({"name": "김민용", "shop": "가게", "brn": "116-82-00276", "mobile": "010-1111-2222", "loss": 100_000})
    world.run()
    ws = world.ws
    r = lifecycle.prepare(ws)
    checker = _as(ws, "checker")
    lifecycle.approve(checker, r["ledger_id"])
    export(checker, r["ledger_id"], tmp_path / "paid.xlsx")
    world.games({"shop": "가게", "brn": "116-82-00276", "amount": 50_000})  # the affiliate had paid already
    s = world.run()
    claws = lifecycle.list_clawbacks(ws)
    assert len(claws) == 1 and claws[0]["amount_krw"] == 30_000 and claws[0]["status"] == "open"
    assert s.held and s.held[0]["now_due"] == 0
    world.run()
    assert len(lifecycle.list_clawbacks(ws)) == 1  # raised once
    with ws.engine.connect() as conn:  # the exported ledger was not changed
        assert conn.execute(select(L.c.total_krw, L.c.status).where(L.c.id == r["ledger_id"])).one() == (30_000, "exported")
        assert conn.execute(select(PL.c.status)).scalars().all() == ["live"]
    checker.close()


def test_formula_looking_input_comes_back_as_text(sqlite_world, tmp_path):
    from openpyxl import Workbook

    from tests.reconcile.conftest import REGISTER

    wb = Workbook()
    ws_ = wb.active
    ws_.append(REGISTER + ["은행", "계좌번호", "예금주"])
    evil = ["=HYPERLINK(\"http://x\",\"y\")", "+82상회", "-가게", "@SUM(1)"]
    brns = ["116-82-00276", "134-86-72683", "220-81-62517", "124-81-00998"]
    for i, (name, brn) in enumerate(zip(evil, brns, strict=True)):
        ws_.append([f"R{i}", "소상공인", "김", name, f"010-1111-000{i}", brn, "", "카카오톡", 100_000,
                    "신한", f"110-000-00000{i}", "\t예금주"])
        for cell in ws_[ws_.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    path = tmp_path / "evil.xlsx"
    wb.save(path)
    from importers.service import import_file

    import_file(sqlite_world.ws, path)
    sqlite_world.run()
    r = lifecycle.prepare(sqlite_world.ws)
    checker = _as(sqlite_world.ws, "checker")
    lifecycle.approve(checker, r["ledger_id"])
    export(checker, r["ledger_id"], tmp_path / "out.xlsx")
    sh = load_workbook(tmp_path / "out.xlsx")["지급대장"]
    cells = [c for row in sh.iter_rows(min_row=2, max_row=5) for c in row]
    assert {c.value for c in cells if c.column == 3} == set(evil)
    assert all(c.data_type != "f" for c in cells)
    assert {c.value for c in cells if c.column == 13} == {"예금주"}  # the import stripped the tab
    checker.close()


def test_text_cells_never_become_formulas(tmp_path):
    from openpyxl import Workbook

    from models.sheets import is_formula_like, text_cell

    values = ["=1+1", "+82", "-5", "@SUM(A1)", "\t=cmd", "\r=cmd", "보통 글"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("s")
    ws.append([text_cell(ws, v) for v in values])
    wb.save(tmp_path / "t.xlsx")
    row = next(load_workbook(tmp_path / "t.xlsx")["s"].iter_rows())
    # (XML turns a bare CR into LF on reading; the cell is still text)
    assert [c.value for c in row] == [v.replace("\r", "\n") for v in values]
    assert all(c.data_type != "f" for c in row)
    assert [is_formula_like(v) for v in values] == [True] * 6 + [False]


def test_affiliate_reports(approved, tmp_path):
    ws, _, _ = approved
    written = write_affiliate_reports(ws, tmp_path / "aff")
    assert {w["affiliate"] for w in written} == {"mobility", "games", "entertainment", "pay"}
    mob = next(w for w in written if w["affiliate"] == "mobility")
    wb = load_workbook(mob["file"])
    assert wb.sheetnames == ["미결 신고", "카카오 지급 대상", "미매칭 지급", "가져오기 제외"]
    assert len(list(wb["미결 신고"].iter_rows())) - 1 == mob["open_reports"] > 0
    assert mob["unmatched"] > 0 and mob["kakao_pays"] > 0


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_libreoffice_recalculates_the_total(approved, tmp_path):
    ws, checker, r = approved
    out = tmp_path / "ledger.xlsx"
    export(checker, r["ledger_id"], out)
    env = dict(os.environ, HOME=str(tmp_path))
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(tmp_path / "csv"), str(out)], check=True, capture_output=True, env=env,
                   timeout=180)
    rows = list(csv.reader(io.StringIO((tmp_path / "csv" / "ledger.csv").read_text(encoding="utf-8"))))
    total_row = next(row for row in rows if row and row[0] == "합계")
    _, total = _db_lines(ws, r["ledger_id"])
    assert int(float(total_row[8].replace(",", ""))) == total
