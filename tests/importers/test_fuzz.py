"""Hypothesis fuzzing of the readers and the column converters.

* Whatever bytes arrive — random, or a real workbook with bytes flipped or cut — reading
  and planning an import either works or raises ``InputRefused`` with the file's name;
  nothing else escapes (no panic from the Rust reader, no IndexError from the checker).
* Any table of text written as CSV (UTF-8, UTF-8 with BOM, CP949) reads back cell for cell.
* The column converters' fast paths agree with the per-cell normalizers on any column.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from importers import columns as C
from importers import normalize as N
from importers.reading import read_source
from importers.service import plan_import
from models.errors import InputRefused

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
MOB = ["기사ID", "성명", "휴대전화", "차량번호", "지급액"]


def _workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(MOB)
    for i in range(30):
        ws.append([f"D{i}", "김민용", f"010-1234-{i:04d}", "12가3456", 1000 * i])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


WORKBOOK = _workbook()


def _plan(path: Path) -> None:
    try:
        plan_import(path)
    except InputRefused as e:
        assert path.name in str(e) or "머리글" in str(e)


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".xlsx", ".xls", ".ods", ".csv", ".txt"]))
def test_random_bytes_are_read_or_refused(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    _plan(path)


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.integers(0, len(WORKBOOK))))
def test_damaged_workbooks_are_read_or_refused(tmp_path, flips, cut):
    data = bytearray(WORKBOOK)
    for at, byte in flips:
        data[at] = byte
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data[:cut]) if cut is not None else bytes(data))
    _plan(path)


_cell = st.text(alphabet=st.characters(codec="cp949", exclude_categories=("Cs", "Cc")), max_size=12)


@FUZZ
@given(rows=st.lists(st.lists(_cell, min_size=3, max_size=3), min_size=1, max_size=20),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp949"]))
@example(rows=[['";', "", ""]], encoding="utf-8")  # csv.Sniffer took the quoted ';' for the delimiter
def test_csv_reads_back_cell_for_cell(tmp_path, rows, encoding):
    table = [["가맹점ID", "성명", "금액"], *rows]
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(table)
    path = tmp_path / "fuzz.csv"
    path.write_bytes(buf.getvalue().encode(encoding))
    sheet = read_source(path).sheets[0]
    assert [[c for c in r] for r in sheet.rows] == [[c for c in r] for r in table]


_any_cell = st.one_of(st.none(), st.text(max_size=15), st.integers(-10**13, 10**13),
                      st.floats(allow_nan=True, allow_infinity=True), st.sampled_from(["", " ", "50,000원", "₩1,000",
                                                                                         "3만원", "010-1234-5678"]))


def _per_cell(fn, col):
    out = []
    for v in col:
        try:
            out.append(None if C._blank(v) else fn(v))
        except ValueError:
            out.append(None)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(_any_cell, max_size=20))
@example(col=["\x00"])  # a cell that is nothing once cleaned: the mobile column crashed on it
@example(col=["\x01"])  # the separator of the one-pass check inside a value: split into two
@example(col=["010-1234-5678\x01010-2345-6789", "01012345678"])
def test_column_fast_paths_agree_with_the_normalizers(col):
    assert C.amount(col)[0] == _per_cell(N.normalize_amount, col)
    values, _masked, _ = C.mobile(col)
    assert values == [p.value if p else None for p in _per_cell(N.normalize_mobile, col)]
    values, _valid, _ = C.brn(col)
    assert values == [b.digits if b else None for b in _per_cell(N.normalize_brn, col)]


def test_the_workbook_the_fuzzer_damages_is_valid(tmp_path):
    """Unmutated, the workbook imports: the fuzzer tests damage, not a file refused anyway."""
    path = tmp_path / "seed.xlsx"
    path.write_bytes(WORKBOOK)
    assert plan_import(path).rows_good == 30


def test_an_account_holding_the_separator_is_not_taken_whole():
    """The one-pass check joins a column with \\x01: a value holding it is checked on its own."""
    values, problems = C.account(["12345678\x0112345678"])  # was stored as it came, \x01 and all
    assert values == [None] and problems


_CONTROL = st.sampled_from(["\x00", "\x01", " \x00 ", "\x00\x01", "010\x001234\x005678"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_any_cell, _CONTROL), max_size=12))
def test_every_column_converter_takes_any_cells(col):
    """No cell makes a converter fail: NULs (dropped, so a cell of them is empty) and the
    one-pass check's separator included. Each gives one value per cell."""
    for fn in [*C.SIMPLE.values(), C.brn, C.mobile]:
        out = fn(col)
        assert len(out[0]) == len(col)
