"""Reading real files: xlsx from openpyxl and xlsxwriter, xls, CSV in UTF-8-BOM and CP949,
encrypted workbooks, hidden sheets, headers not on row 1."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font
import xlsxwriter
import xlwt

from importers.reading import PasswordRequired, WrongPassword, read_source
from importers.service import plan_import
from models.errors import InputRefused

from .conftest import PAY_HEADERS, PAY_ROWS, encrypt, titled, write_csv, write_xlsx


def _pay_values(plan):
    return plan.column("partner_code"), plan.column("amount_krw"), plan.column("brn")


def test_openpyxl_with_title_merged_total_and_notes(pay_xlsx):
    plan = plan_import(pay_xlsx)
    assert plan.profile.name == "pay"
    t = plan.tables[0]
    assert t.headers[:2] == ["가맹점ID", "가맹점명"] and t.row_numbers == [5, 6, 7]
    codes, amounts, brns = _pay_values(plan)
    assert codes == ["MCH1", "MCH2", "MCH3"] and amounts == [50_000, 30_000, 20_000]
    assert brns == ["1168200276", "1348672683", "2208162517"]
    assert not plan.errors


def test_xlsxwriter_file(tmp_path):
    path = tmp_path / "xw.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("페이")
    ws.merge_range(0, 0, 0, 6, "카카오페이 지원금")
    ws.write_row(2, 0, PAY_HEADERS)
    for i, row in enumerate(PAY_ROWS, 3):
        ws.write_row(i, 0, row)
    ws.write_number(6, 5, 7550)  # a numeric amount under text ones
    ws.write_row(6, 0, ["MCH4", "골목카페", "124-81-00998", "최유나", "010-9999-0000"])
    wb.close()
    plan = plan_import(path)
    assert plan.column("amount_krw") == [50_000, 30_000, 20_000, 7_550]
    assert plan.tables[0].row_numbers == [4, 5, 6, 7]


def test_xls_file(tmp_path):
    path = tmp_path / "legacy.xls"
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("지급내역")
    ws.write(0, 0, "카카오모빌리티 지급 내역")
    headers = ["기사ID", "성명", "휴대전화", "차량번호", "구분", "지급액", "지급일"]
    for j, h in enumerate(headers):
        ws.write(2, j, h)
    rows = [["D1", "김민용", 1012345678, "12가3456", "택시(프로)", 7550, "2022.12.20"],
            ["D2", "이서연", "010-2222-3333", "서울34나5678", "대리(프로)", "4,260", "2022-12-21"]]
    for i, r in enumerate(rows, 3):
        for j, v in enumerate(r):
            ws.write(i, j, v)
    wb.save(str(path))
    src = read_source(path)
    assert src.format == "xls"
    plan = plan_import(path)
    assert plan.profile.name == "mobility"
    assert plan.column("mobile") == ["01012345678", "01022223333"]  # the lost 0 restored
    assert plan.column("amount_krw") == [7550, 4260]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_ods_written_by_libreoffice(pay_xlsx, tmp_path):
    """An .ods as LibreOffice saves one — its rows and cells run out to the sheet's edge as
    repeated empty, styled elements — reads like the workbook it came from; a value left far
    outside the table is refused before the file is opened."""
    wb = load_workbook(pay_xlsx)
    wb.active["Z9000"].font = Font(bold=True)  # styled only: harmless
    styled = tmp_path / "지원금.xlsx"
    wb.save(styled)
    wb.active["AZ500000"] = "."  # a value 52 columns × 500,000 rows out: 26 million cells
    far = tmp_path / "먼셀.xlsx"
    wb.save(far)
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "ods", "--outdir", str(tmp_path),
                    str(styled), str(far)], check=True, capture_output=True, timeout=180,
                   env=dict(os.environ, HOME=str(tmp_path)))
    plan = plan_import(tmp_path / "지원금.ods")
    assert plan.source.format == "ods" and plan.profile.name == "pay"
    assert _pay_values(plan) == _pay_values(plan_import(pay_xlsx))
    assert plan.tables[0].row_numbers == [5, 6, 7]
    with pytest.raises(InputRefused, match=r"먼셀\.ods, 시트 '.+': 사용 범위가 500,000행 × 52열"):
        read_source(tmp_path / "먼셀.ods")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp949", "euc-kr"])
def test_csv_encodings(tmp_path, encoding):
    path = write_csv(tmp_path / "pay.csv", [["카카오페이 지원금 내역"], [], PAY_HEADERS, *PAY_ROWS], encoding)
    src = read_source(path)
    assert src.format == "csv"
    plan = plan_import(path)
    assert plan.column("business_name") == ["햇살네일", "바른국밥", "푸른피자"]
    assert plan.tables[0].row_numbers == [4, 5, 6]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_delimiters(tmp_path, delimiter):
    path = write_csv(tmp_path / "pay.csv", [PAY_HEADERS, *PAY_ROWS], "cp949", delimiter)
    assert plan_import(path).column("amount_krw") == [50_000, 30_000, 20_000]


def test_binary_garbage_csv_is_refused(tmp_path):
    path = tmp_path / "junk.csv"
    path.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(InputRefused):
        plan_import(path)


def test_text_named_xlsx_is_refused(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("가맹점ID,가맹점명\n1,2\n", encoding="utf-8")
    with pytest.raises(InputRefused, match="스프레드시트 파일이 아닙니다"):
        plan_import(path)


def test_truncated_xlsx_is_refused(pay_xlsx, tmp_path):
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(pay_xlsx.read_bytes()[:2000])
    with pytest.raises(InputRefused, match="손상"):
        plan_import(cut)


def test_encrypted_workbook(pay_xlsx, tmp_path):
    locked = encrypt(pay_xlsx, tmp_path / "locked.xlsx", "비밀번호1!")
    with pytest.raises(PasswordRequired, match="암호"):
        plan_import(locked)
    with pytest.raises(WrongPassword, match="암호가 맞지 않습니다"):
        plan_import(locked, password="wrong")
    plan = plan_import(locked, password="비밀번호1!")
    assert plan.source.encrypted and plan.column("partner_code") == ["MCH1", "MCH2", "MCH3"]


def test_hidden_sheets_ignored_unless_named(tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", {
        "지원금": titled(PAY_HEADERS, PAY_ROWS[:1]),
        "작업용": titled(PAY_HEADERS, PAY_ROWS[1:]),
    }, hidden=("작업용",))
    assert plan_import(path).column("partner_code") == ["MCH1"]
    assert plan_import(path, sheet="작업용").column("partner_code") == ["MCH2", "MCH3"]
    with pytest.raises(InputRefused, match="시트가 없습니다"):
        plan_import(path, sheet="없는시트")


def test_one_sheet_per_unit_is_one_batch(tmp_path):
    path = write_xlsx(tmp_path / "units.xlsx", {
        "서울": titled(PAY_HEADERS, PAY_ROWS[:2]),
        "부산": [PAY_HEADERS, PAY_ROWS[2]],
        "안내": [["이 파일은 두 지사의 내역입니다"]],
    })
    plan = plan_import(path)
    assert plan.sheets == ["서울", "부산"]
    assert plan.column("sheet") == ["서울", "서울", "부산"]
    assert plan.column("row_number") == [5, 6, 2]
    assert any(w.sheet == "안내" for w in plan.warnings)


def test_header_synonyms_and_any_order(tmp_path):
    headers = ["지원 금액", "대표자", "사업자 번호", "가맹점 ID", "상호명", "전화번호"]
    rows = [["50,000", "김민용", "1168200276", "M1", "햇살", "01012345678"]]
    path = write_xlsx(tmp_path / "s.xlsx", {"s": [headers, *rows]})
    plan = plan_import(path, kind="pay")
    assert plan.column("amount_krw") == [50_000] and plan.column("brn") == ["1168200276"]
    assert plan.column("representative") == ["김민용"] and plan.column("mobile") == ["01012345678"]


def test_no_profile_lists_the_headers_seen(tmp_path):
    path = write_xlsx(tmp_path / "odd.xlsx", {"s": [["번호", "고객명", "금액"], [1, "김", 5]]})
    with pytest.raises(InputRefused) as e:
        plan_import(path)
    assert "번호, 고객명, 금액" in str(e.value) and "1행" in str(e.value)


def test_ambiguous_profile_is_an_error(tmp_path):
    headers = ["가맹점ID", "가맹점명", "가맹점코드", "상호", "지원금액", "환산금액"]
    path = write_xlsx(tmp_path / "both.xlsx", {"s": [headers, ["a", "b", "c", "d", "1", "2"]]})
    with pytest.raises(InputRefused, match="여러 종류"):
        plan_import(path)
    assert plan_import(path, kind="games").profile.name == "games"


@pytest.mark.parametrize("text, delimiter", [
    ('가맹점ID,성명,금액\r\n";",,\r\n', ","),  # a quoted ';' in a two-line file
    ('ID;이름;금액\r\n1;"50,000";김\r\n2;"3,000";이\r\n', ";"),  # amounts with commas
    ("지급 내역\r\n\r\nID|이름|금액\r\n1|김|5\r\n", "|"),  # a title line above
    ('ID,메모,금액\r\n1,"가;나;다;라",5\r\n', ","),
    ("ID\t이름\r\n1\t김\r\n", "\t"),
])
def test_the_delimiter_is_the_one_that_splits_lines_alike(text, delimiter):
    from importers.reading import _delimiter

    assert _delimiter(text) == delimiter
