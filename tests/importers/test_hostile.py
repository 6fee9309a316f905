"""A corpus of hostile and broken files, generated here, each imported in a child process
with a memory ceiling and a time limit.

For every file: no crash and no hang, with bounded time and memory; a clear message that
names the file (and the row and column where there is one); and either the import is
refused with the database content checksum unchanged, or the file is imported exactly as
the test expects (a formula's cached value, text that looks like a formula, a lying
dimension) with nothing personal stored that must not be.
"""

from __future__ import annotations

import csv
import io
import os
import random
import resource
import time
import traceback
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest
import xlsxwriter
import xlwt
from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from importers.service import import_file
from models import open_workspace
from models.checksum import content_checksum
from models.errors import InputRefused
from models.tables import AffiliatePayout, ImportBatch
from tests.forkserver import CTX, child_env
from tests.importers.conftest import encrypt

MOB = ["기사ID", "성명", "휴대전화", "차량번호", "지급액"]
GOOD = [["D1", "김민용", "010-1234-5678", "12가3456", 30_000], ["D2", "이서연", "010-2222-3333", "34나5678", 50_000]]
MEMORY_LIMIT = 3 * 1024**3  # address space of the child: a runaway allocation fails, it does not swap
TIME_LIMIT = 60.0
P, B = AffiliatePayout.__table__, ImportBatch.__table__


# --- file builders ------------------------------------------------------------------------

def xlsx(rows: list[list], *, text_cells: bool = False, hidden: bool = False) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "지급"
    for r in rows:
        ws.append(r)
    if text_cells:  # strings stay strings even when they start with "="
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, str):
                    c.data_type = "s"
    if hidden:
        ws.sheet_state = "hidden"
        wb.create_sheet("빈 시트")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def patched(data: bytes, replace: dict[str, bytes], add: dict[str, bytes] | None = None, level: int = 6) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as out:
        for info in src.infolist():
            out.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, payload in (add or {}).items():
            out.writestr(name, payload)
    return buf.getvalue()


def zeros_entries(data: bytes, count: int, size: int) -> bytes:
    """A workbook carrying ``count`` entries of ``size`` zero bytes each (they compress ~1000:1)."""
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        chunk = bytes(1 << 20)
        for n in range(count):
            with z.open(f"xl/media/pad{n}.bin", "w", force_zip64=True) as f:
                for _ in range(size >> 20):
                    f.write(chunk)
    return buf.getvalue()


def sheet_xml(data: bytes) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()


def with_dtd(data: bytes, dtd: str, cell_value: str) -> bytes:
    """Put a DTD in the sheet and an inline-string cell that uses its entity."""
    xml = sheet_xml(data)
    xml = xml.replace('<?xml version="1.0" encoding="utf-8"?>', "").replace("<?xml version='1.0' encoding='UTF-8'?>", "")
    xml = '<?xml version="1.0" encoding="UTF-8"?>' + dtd + xml
    xml = xml.replace("</sheetData>", f'<row r="9"><c r="B9" t="inlineStr"><is><t>{cell_value}</t></is></c></row></sheetData>')
    return patched(data, {"xl/worksheets/sheet1.xml": xml.encode()})


BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";" if i > 1 else "&lol;") * 10}">'
                            for i in range(1, 10)) + "]>")


def csv_bytes(rows: list[list], encoding: str = "utf-8", delimiter: str = ",") -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def xlsxwriter_bytes(write: Callable) -> bytes:
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    ws = wb.add_worksheet("지급")
    ws.write_row(0, 0, MOB)
    write(ws)
    wb.close()
    return buf.getvalue()


def xls_bytes(rows: list[list]) -> bytes:
    wb = xlwt.Workbook()
    ws = wb.add_sheet("지급")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            ws.write(i, j, v)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def encrypted(tmp: Path, password: str) -> bytes:
    src = tmp / "plain.xlsx"
    src.write_bytes(xlsx([MOB, *GOOD]))
    return encrypt(src, tmp / "locked.xlsx", password).read_bytes()


# --- the corpus ---------------------------------------------------------------------------

@dataclass
class Case:
    file: str
    build: Callable[[Path], bytes]
    refused: str | None = None  # a fragment of the refusal message; None: the file imports
    check: Callable[[list[dict], dict], None] | None = None  # (stored payouts, result) when imported
    kind: str | None = "mobility"
    password: str | None = None
    never: tuple[str, ...] = ()  # text that must appear neither in a message nor in the database
    extra: dict[str, Any] = field(default_factory=dict)


def _names(expected: list[str]):
    def check(rows, result):
        assert [r["payee_name"] for r in rows] == expected
    return check


def _amounts(expected: list[int]):
    def check(rows, result):
        assert [r["amount_krw"] for r in rows] == expected
    return check


RRN = "850101-1234567"
RRN2 = "9001011234567"
INJECT = ["=HYPERLINK(\"http://evil.example\",\"클릭\")", "+82 10 5555 1234", "-홍길동", "@SUM(A1:A9)",
          "=cmd|' /C calc'!A0", "\t탭으로 시작"]

CASES = [
    # broken containers
    Case("truncated.xlsx", lambda t: xlsx([MOB, *GOOD])[:1500], "손상"),
    Case("truncated_tail.xlsx", lambda t: xlsx([MOB, *GOOD])[:-200], "손상"),
    Case("text_named.xlsx", lambda t: "기사ID,성명\nD1,김민용\n".encode(), "스프레드시트 파일이 아닙니다"),
    Case("random_bytes.xlsx", lambda t: random.Random(1).randbytes(50_000), "스프레드시트 파일이 아닙니다"),
    Case("empty.xlsx", lambda t: b"", "빈 파일"),
    Case("zip_of_text.xlsx", lambda t: _zip({"readme.txt": b"hello"}), "엑셀 통합문서가 아닙니다"),
    Case("word_document.xlsx", lambda t: _zip({"word/document.xml": b"<w:document/>",
                                               "[Content_Types].xml": b"<Types/>"}), "엑셀 통합문서가 아닙니다"),
    Case("zip_bomb_ratio.xlsx", lambda t: zeros_entries(xlsx([MOB, *GOOD]), 1, 64 << 20), "zip bomb"),
    Case("zip_bomb_size.xlsx", lambda t: zeros_entries(xlsx([MOB, *GOOD]), 17, 64 << 20), "zip bomb"),
    Case("xml_bomb_sheet.xlsx", lambda t: with_dtd(xlsx([MOB, *GOOD]), BILLION_LAUGHS, "&lol9;"),
         "읽을 수 없습니다", never=("lollollol",)),
    Case("xml_external_entity.xlsx",
         lambda t: with_dtd(xlsx([MOB, *GOOD]), '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
                            "&xxe;"), "읽을 수 없습니다", never=("root:",)),
    Case("ole_garbage.xls", lambda t: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(2).randbytes(9000),
         "읽을 수 없습니다"),
    Case("truncated.xls", lambda t: xls_bytes([MOB, *GOOD])[:3000], "읽을 수 없습니다"),
    Case("fake.ods", lambda t: _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                     "content.xml": b"<office:document-content><broken"}), "읽을 수 없습니다"),
    # sheets that lie or are empty
    Case("dimension_lie.xlsx", lambda t: patched(xlsx([MOB, *GOOD]), {"xl/worksheets/sheet1.xml": sheet_xml(
        xlsx([MOB, *GOOD])).replace('<dimension ref="A1:E3"', '<dimension ref="A1:XFD1048576"').encode()}),
         check=_amounts([30_000, 50_000])),
    Case("far_cell.xlsx", lambda t: _far_cell(), "사용 범위"),
    Case("far_row.xlsx", lambda t: _far_cell("ZZ1048576"), "사용 범위"),
    Case("styled_far_cells.xlsx", lambda t: _far_cell("XFD1048576", styled=True), check=_amounts([30_000, 50_000])),
    Case("far_cell.ods", lambda t: _ods([MOB, *GOOD], far=(50_000, 1_900)), "사용 범위"),
    Case("far_row.ods", lambda t: _ods([MOB, *GOOD], far=(1_048_000, 30)), "사용 범위"),
    Case("styled_far_cells.ods", lambda t: _ods([MOB, *GOOD], styled=True), check=_amounts([30_000, 50_000])),
    Case("headers_only.xlsx", lambda t: xlsx([MOB]), "데이터 행이 없습니다"),
    Case("headers_only.csv", lambda t: csv_bytes([MOB]), "데이터 행이 없습니다"),
    Case("duplicate_headers.xlsx", lambda t: xlsx([MOB + ["지급액"], ["D1", "김민용", "010-1234-5678", "1", 1, 2]]),
         "여러 열(E, F)"),
    Case("no_known_headers.xlsx", lambda t: xlsx([["가", "나", "다"], [1, 2, 3]]), "머리글", kind=None),
    Case("header_far_below.xlsx", lambda t: xlsx([[f"메모 {i}", "x"] for i in range(60)] + [MOB, *GOOD]),
         "머리글"),
    Case("only_sheet_hidden.xlsx", lambda t: xlsx([MOB, *GOOD], hidden=True), "머리글"),
    Case("empty_rows_then_data.xlsx", lambda t: xlsx([MOB, *([None] * 5 for _ in range(20_000)), *GOOD]),
         check=_amounts([30_000, 50_000])),
    # password problems
    Case("encrypted_no_password.xlsx", lambda t: encrypted(t, "비밀1015"), "암호가 걸린"),
    Case("encrypted_wrong_password.xlsx", lambda t: encrypted(t, "비밀1015"), "암호가 맞지 않습니다",
         password="틀린암호"),
    Case("encrypted_right_password.xlsx", lambda t: encrypted(t, "비밀1015"), password="비밀1015",
         check=_amounts([30_000, 50_000])),
    # hostile cell contents
    Case("formula_cached.xlsx", lambda t: xlsxwriter_bytes(lambda ws: (
        ws.write_row(1, 0, ["D1", "김민용", "010-1234-5678", "12가3456"]),
        ws.write_formula(1, 4, "=1+1", None, 30_000),
        ws.write_row(2, 0, ["D2"]),
        ws.write_formula(2, 1, '=CONCATENATE("이","서연")', None, "이서연"),
        ws.write_row(2, 2, ["010-2222-3333", "34나5678", 50_000]))),
         check=lambda rows, r: (_amounts([30_000, 50_000])(rows, r), _names(["김민용", "이서연"])(rows, r))),
    Case("formula_dde.xlsx", lambda t: xlsxwriter_bytes(lambda ws: (
        ws.write_row(1, 0, ["D1"]), ws.write_formula(1, 1, "=cmd|' /C calc'!A0", None, "김민용"),
        ws.write_row(1, 2, ["010-1234-5678", "12가3456", 30_000]))), check=_names(["김민용"])),
    Case("formula_without_cache.xlsx", lambda t: xlsx([MOB, ["D1", "김민용", "010-1234-5678", "1", "=10000*3"]]),
         "E열"),
    Case("formula_like_text.xlsx", lambda t: xlsx([MOB, *[[f"D{i}", v, "010-1234-5678", "1", 1000]
                                                          for i, v in enumerate(INJECT)]], text_cells=True),
         check=_names([v.strip() for v in INJECT])),
    Case("formula_like_text.csv", lambda t: csv_bytes([MOB, *[[f"D{i}", v, "010-1234-5678", "1", 1000]
                                                              for i, v in enumerate(INJECT)]]),
         check=_names([v.strip() for v in INJECT])),
    Case("rrn_column.xlsx", lambda t: xlsx([MOB + ["주민등록번호"], GOOD[0] + [RRN]]),
         check=_amounts([30_000]), never=(RRN, RRN.replace("-", ""))),
    Case("rrn_in_name.xlsx", lambda t: xlsx([MOB, ["D1", RRN, "010-1234-5678", "1", 30_000]]),
         check=lambda rows, r: None, never=(RRN, RRN.replace("-", ""))),
    Case("rrn_in_csv_cp949.csv", lambda t: csv_bytes([MOB + ["비고"], GOOD[0] + [f"확인 {RRN2}"]], "cp949"),
         check=_amounts([30_000]), never=(RRN2,)),
    Case("long_name.xlsx", lambda t: xlsx([MOB, ["D1", "가" * 30_000, "010-1234-5678", "1", 30_000]]),
         "너무 깁니다"),
    Case("long_code.csv", lambda t: csv_bytes([MOB, ["D" * 5_000, "김민용", "010-1234-5678", "1", "30000"]]),
         "너무 깁니다"),
    Case("nul_late.csv", lambda t: csv_bytes([MOB, *[[f"D{i}", "김민용", "010-1234-5678", "1", "1000"]
                                                     for i in range(200)], ["D999", "이\x00서연", "010-2222-3333",
                                                                             "1", "1000"]]),
         check=lambda rows, r: _no_nul(rows)),
    Case("nul_escape.xlsx", lambda t: patched(xlsx([MOB, *GOOD]), {"xl/worksheets/sheet1.xml": sheet_xml(
        xlsx([MOB, *GOOD])).replace("김민용", "김_x0000_민용").encode()}), check=lambda rows, r: _no_nul(rows)),
    Case("huge_amount.xlsx", lambda t: xlsx([MOB, ["D1", "김민용", "010-1234-5678", "1", 1e20]]), "1조원"),
    Case("negative_amount.csv", lambda t: csv_bytes([MOB, ["D1", "김민용", "010-1234-5678", "1", "-30000"]]),
         "음수"),
    Case("not_a_number.csv", lambda t: csv_bytes([MOB, ["D1", "김민용", "010-1234-5678", "1", "inf"]]),
         "숫자가 아님"),
    # bad encodings
    Case("cp949_labelled_utf8.csv", lambda t: b"\xef\xbb\xbf" + csv_bytes([MOB, GOOD[0]], "cp949"),
         check=_names(["김민용"])),
    Case("utf16_tabs.csv", lambda t: csv_bytes([MOB, GOOD[0]], "utf-16", "\t"), check=_names(["김민용"])),
    Case("binary_garbage.csv", lambda t: random.Random(3).randbytes(20_000), "이진 데이터"),
    Case("mixed_encoding.csv", lambda t: csv_bytes([MOB, GOOD[0]]) + "D9,이서연,010-2222-3333,1,1\r\n"
         .encode("cp949") + "D10,박지훈,010-4444-5555,1,1\r\n".encode(), "인코딩"),
    Case("unbalanced_quote.csv", lambda t: csv_bytes([MOB]) + b'D1,"kim,010-1234-5678,1,30000\r\n', "D열"),
    Case("very_wide.csv", lambda t: csv_bytes([[f"열{i}" for i in range(20_000)], list(range(20_000))]),
         "머리글", kind=None),
    Case("macros.xlsm", lambda t: patched(xlsx([MOB, *GOOD]), {}, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(512)}),
         check=_amounts([30_000, 50_000])),
]


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, v in entries.items():
            z.writestr(k, v)
    return buf.getvalue()


def _far_cell(ref: str = "XFD1048576", styled: bool = False) -> bytes:
    """A value far out (refused: the area is too large to hold) or only a style (harmless:
    Excel and LibreOffice write such cells, and they hold nothing)."""
    wb = Workbook()
    ws = wb.active
    for r in [MOB, *GOOD]:
        ws.append(r)
    if styled:
        ws[ref].font = Font(bold=True)
    else:
        ws[ref] = "."
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _ods(rows: list[list], far: tuple[int, int] | None = None, styled: bool = False) -> bytes:
    """An OpenDocument spreadsheet as LibreOffice writes one: runs of equal rows and cells as
    one repeated element. ``far``: a value that many rows below and columns right of the table;
    ``styled``: the sheet's remaining million rows and thousand columns carry only a style."""
    def cell(v) -> str:
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
    body = "".join("<table:table-row>" + "".join(map(cell, r))
                   + ('<table:table-cell table:style-name="ce1" table:number-columns-repeated="1019"/>'
                      if styled else "") + "</table:table-row>" for r in rows)
    if styled:
        body += ('<table:table-row table:style-name="ro1" table:number-rows-repeated="1048570">'
                 '<table:table-cell table:style-name="ce1" table:number-columns-repeated="1024"/></table:table-row>')
    if far:
        body += (f'<table:table-row table:number-rows-repeated="{far[0]}"><table:table-cell/></table:table-row>'
                 f'<table:table-row><table:table-cell table:number-columns-repeated="{far[1]}"/>'
                 f'{cell(".")}</table:table-row>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="지급">{body}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _no_nul(rows):
    assert rows and all("\x00" not in (r["payee_name"] or "") for r in rows)


# --- running each file in a child with limits ---------------------------------------------

def _child(target: str, path: str, kind: str | None, password: str | None, env: dict, pipe) -> None:
    os.environ.update(env)
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    start = time.perf_counter()
    ws = open_workspace(target, "tester")
    try:
        r = import_file(ws, path, kind=kind, password=password)
        out = {"imported": True, "batch_id": r.batch_id, "rows": r.rows_imported,
               "messages": [str(w) for w in r.warnings]}
    except InputRefused as e:
        out = {"imported": False, "messages": [str(e)]}
    except BaseException:  # noqa: BLE001 - reported to the parent as a failure
        out = {"crash": traceback.format_exc()}
    out["seconds"] = time.perf_counter() - start
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pipe.send(out)


def _import_in_child(target: Path, path: Path, case: Case) -> dict:
    parent, child = CTX.Pipe()
    p = CTX.Process(target=_child, args=(str(target), str(path), case.kind, case.password, child_env(), child))
    p.start()
    ready = parent.poll(TIME_LIMIT)
    if not ready:
        p.kill()
        p.join()
        pytest.fail(f"{case.file}: no answer within {TIME_LIMIT:.0f} s (hang)")
    out = parent.recv()
    p.join(30)
    assert p.exitcode == 0, f"{case.file}: the child died ({p.exitcode})"
    return out


@pytest.fixture(scope="module")
def corpus_ws(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    target = d / "workspace.sqlite3"
    ws = open_workspace(target, "tester")
    base = d / "baseline.xlsx"
    base.write_bytes(xlsx([MOB, ["D0", "박지훈", "010-4444-5555", "56다7890", 10_000]]))
    import_file(ws, base)
    yield ws, target, d
    ws.close()


def test_the_corpus_has_forty_files():
    assert len(CASES) >= 40 and len({c.file for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.file for c in CASES])
def test_hostile_file(case: Case, corpus_ws):
    ws, target, d = corpus_ws
    path = d / case.file
    path.write_bytes(case.build(d))
    before = content_checksum(ws.engine)
    out = _import_in_child(target, path, case)
    assert "crash" not in out, out.get("crash")
    print(f"{case.file}: {out['seconds']:.2f} s, peak {out['peak_mb']:.0f} MB")
    assert out["seconds"] < TIME_LIMIT and out["peak_mb"] < MEMORY_LIMIT / 2**20
    text = "\n".join(out["messages"])
    if case.refused is not None:
        assert not out["imported"], f"{case.file} was imported"
        assert case.file in text and case.refused in text, text
        assert content_checksum(ws.engine) == before
    else:
        assert out["imported"], text
        with ws.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(select(P).where(P.c.batch_id == out["batch_id"])
                                                  .order_by(P.c.row_number)).mappings()]
        assert len(rows) == out["rows"]
        case.check(rows, out)
    with ws.engine.connect() as conn:
        dump = repr(conn.execute(select(P)).all()) + repr(conn.execute(select(B)).all())
    for secret in case.never:
        assert secret not in text and secret not in dump
