"""Reading a file into sheets of cell values: xlsx/xlsm/xls/ods via python-calamine,
CSV with its encoding and delimiter detected, encrypted workbooks decrypted in memory.

Nothing here knows about profiles or the database. Cell values are what
calamine gives (str, float, int, bool, datetime, date, time, timedelta) or, for
CSV, str. Row and column numbers are kept as the spreadsheet shows them.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import msoffcrypto
from msoffcrypto.exceptions import DecryptionError, FileFormatError, InvalidKeyError
from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum

from models.errors import InputRefused

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_SHEET_CELLS = 20_000_000  # rows × columns of one sheet's used area
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class PasswordRequired(InputRefused):
    """The workbook is encrypted and no password was given."""


class WrongPassword(InputRefused):
    """The password given does not open the workbook."""


@dataclass
class Sheet:
    name: str
    visible: bool
    rows: list[list]  # rows[i][j] is the cell at Excel row first_row+i, column first_col+j
    first_row: int = 1  # 1-based Excel row number of rows[0]
    first_col: int = 0  # 0-based column index of rows[i][0]


@dataclass
class Source:
    path: Path
    data: bytes = field(repr=False)
    sha256: str
    format: str  # xlsx, xls, ods, csv
    sheets: list[Sheet]
    encrypted: bool = False
    encoding: str | None = None

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def size(self) -> int:
        return len(self.data)


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputRefused(f"{path}: 파일이 없습니다 (file not found).") from None
    except OSError as e:
        raise InputRefused(f"{path}: 파일을 열 수 없습니다: {e.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise InputRefused(f"{path.name}: 파일이 너무 큽니다 ({size:,} bytes; 최대 {MAX_FILE_BYTES:,}).")
    try:
        return path.read_bytes()
    except PermissionError:
        raise InputRefused(f"{path.name}: 파일을 읽을 권한이 없거나 다른 프로그램이 사용 중입니다.") from None
    except OSError as e:
        raise InputRefused(f"{path.name}: 파일을 읽을 수 없습니다: {e.strerror}") from None


def _check_zip(name: str, data: bytes) -> str:
    """Refuse zip bombs before anything is inflated; tell xlsx from ods."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos) or 1
            if total > MAX_UNZIPPED_BYTES or (total > 50 * 1024 * 1024 and total / packed > MAX_ZIP_RATIO):
                raise InputRefused(
                    f"{name}: 압축을 풀면 {total:,} bytes가 되는 비정상 파일이라 열지 않았습니다 (zip bomb).")
            names = {i.filename for i in infos}
            if "mimetype" in names and b"opendocument.spreadsheet" in z.read("mimetype"):
                return "ods"
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                return "xlsx"
            raise InputRefused(f"{name}: 압축 파일이지만 엑셀 통합문서가 아닙니다.")
    except _DAMAGED_ZIP:
        raise _damaged_zip(name) from None


_DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError)


def _damaged_zip(name: str) -> InputRefused:
    return InputRefused(f"{name}: 엑셀 파일이 손상되었습니다 (잘린 파일이거나 zip 형식이 아님).")


def _check_sheet_extents(name: str, data: bytes, fmt: str = "xlsx") -> None:
    """``_check_extent`` (xlsx) or ``_check_ods_extent`` over a workbook's bytes (run beside
    calamine opening the workbook, which reads no sheet's cells until asked)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            (_check_ods_extent if fmt == "ods" else _check_extent)(name, z)
    except _DAMAGED_ZIP:
        raise _damaged_zip(name) from None


def _refuse_area(name: str, sheet: str, height: int, width: int) -> None:
    if height * width > MAX_SHEET_CELLS:
        raise InputRefused(
            f"{name}, 시트 '{sheet}': 사용 범위가 {height:,}행 × {width:,}열(셀 {height * width:,}개)이라 "
            f"열 수 없습니다 (최대 {MAX_SHEET_CELLS:,}개). 표 밖의 먼 셀에 남은 값이나 서식을 지우고 "
            "다시 저장하세요.")


# OpenDocument: rows and cells may stand for a run of equal ones (LibreOffice writes thousands
# of repeated empty, styled cells to the sheet's edge); a cell holds something when it has a
# value type or a paragraph.
_ODS_REPEAT = re.compile(rb'table:number-(?:rows|columns)-repeated="(\d+)"')
_ODS_COLUMNS_REPEAT = re.compile(rb'table:number-columns-repeated="(\d+)"')
_ODS_NAME = re.compile(rb'table:name="([^"]*)"')


def _ods_elements(xml: bytes, tag: bytes, start: int, end: int):
    """(start, end of the start tag, end of the element) of each ``tag`` element in
    xml[start:end], found with plain byte searches (a regular expression over a 200 MB
    content.xml takes seconds)."""
    opening, closing = b"<" + tag, b"</" + tag + b">"
    pos = xml.find(opening, start, end)
    while pos != -1:
        after = xml[pos + len(opening):pos + len(opening) + 1]
        tag_end = xml.find(b">", pos, end)
        if tag_end == -1:
            return
        if after not in (b" ", b">", b"/", b"\t", b"\n", b"\r"):  # a longer name: table-rows, …
            pos = xml.find(opening, tag_end, end)
            continue
        if xml[tag_end - 1:tag_end] == b"/":
            element_end = tag_end + 1
        else:
            element_end = xml.find(closing, tag_end, end)
            element_end = end if element_end == -1 else element_end + len(closing)
        yield pos, tag_end, element_end
        pos = xml.find(opening, element_end, end)


def _check_ods_extent(name: str, z: zipfile.ZipFile) -> None:
    """``_check_extent`` for an OpenDocument spreadsheet, which calamine lays out whole as it
    opens the file: repeated rows and cells are counted as they would be laid out, up to the
    last cell that holds something."""
    try:
        xml = z.read("content.xml")
    except KeyError:
        return  # calamine says what is wrong with the file
    for t_start, t_tag_end, t_end in _ods_elements(xml, b"table:table", 0, len(xml)):
        found = _ODS_NAME.search(xml, t_start, t_tag_end)
        sheet = html.unescape(found.group(1).decode("utf-8", "replace")) if found else ""
        row = height = width = 0
        for r_start, r_tag_end, r_end in _ods_elements(xml, b"table:table-row", t_tag_end, t_end):
            found = _ODS_REPEAT.search(xml, r_start, r_tag_end)
            repeat = int(found.group(1)) if found else 1
            last = max(xml.rfind(b"value-type=", r_tag_end, r_end), xml.rfind(b"<text:", r_tag_end, r_end))
            if last != -1:  # cells up to and including the last one that holds something
                cut = xml.find(b">", last, r_end)
                cells = (xml.count(b"<table:table-cell", r_tag_end, cut)
                         + xml.count(b"<table:covered-table-cell", r_tag_end, cut))
                if xml.find(b"columns-repeated", r_tag_end, cut) != -1:
                    cells += sum(int(n) - 1 for n in _ODS_COLUMNS_REPEAT.findall(xml, r_tag_end, cut))
                height, width = row + repeat, max(width, cells)
            row += repeat
        _refuse_area(name, sheet, height, width)


_ROW_REF = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d+)"')
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})\d+"[^>]*(?<!/)>')  # a cell past Z, not a style-only <c …/>


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _check_extent(name: str, z: zipfile.ZipFile) -> None:
    """Refuse a sheet whose cells span an area too large to hold (one stray cell at
    XFD1048576 would have the reader allocate 17 billion cells and abort the process).
    Rows come in ascending order, so the row of the last value gives the height; only
    columns past Z need a look to find the width. Cells and rows that only carry a style
    (Excel and LibreOffice write them far out) hold nothing and do not count."""
    for info in z.infolist():
        if not (info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")):
            continue
        xml = z.read(info)
        last_value = max(xml.rfind(b"</v>"), xml.rfind(b"</is>"), xml.rfind(b":v>"))  # empty rows do not count
        rows = _ROW_REF.findall(xml, max(0, last_value - 65_536), last_value) or _ROW_REF.findall(xml, 0, last_value)
        height = int(rows[-1]) if rows else 0
        width = max(map(_column_number, set(_WIDE_REF.findall(xml))), default=26)
        if height * width > MAX_SHEET_CELLS:
            _refuse_area(name, _sheet_name_for_part(z, info.filename), height, width)


def _sheet_name_for_part(z: zipfile.ZipFile, part: str) -> str:
    """The sheet's name as the clerk sees it (read with regular expressions: no XML parser
    ever sees a hostile workbook's DTD)."""
    try:
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
        book = z.read("xl/workbook.xml").decode("utf-8", "replace")
    except KeyError:
        return part
    target = part.removeprefix("xl/")
    rid = next((a.get("Id") for a in _tags(rels, "Relationship")
                if a.get("Target", "").lstrip("/").removeprefix("xl/") == target), None)
    return next((html.unescape(a.get("name", "")) for a in _tags(book, "sheet") if a.get("r:id") == rid), part)


def _tags(xml: str, tag: str) -> list[dict[str, str]]:
    return [dict(re.findall(r'([\w:]+)="([^"]*)"', attrs))
            for attrs in re.findall(rf"<(?:\w+:)?{tag}\b([^>]*)>", xml)]


def _decrypt(name: str, data: bytes, password: str | None) -> bytes | None:
    """Decrypted bytes of an encrypted OLE file; None when the file is not encrypted."""
    try:
        office = msoffcrypto.OfficeFile(io.BytesIO(data))
        if not office.is_encrypted():
            return None
    except (FileFormatError, Exception):  # noqa: BLE001 - not an Office container we know
        return None
    if not password:
        raise PasswordRequired(
            f"{name}: 암호가 걸린 통합문서입니다. 암호를 알려 주세요 (--password-env 변수명).")
    try:
        office.load_key(password=password)
        out = io.BytesIO()
        office.decrypt(out)
    except (InvalidKeyError, DecryptionError):
        raise WrongPassword(f"{name}: 암호가 맞지 않습니다.") from None
    except Exception as e:  # noqa: BLE001 - msoffcrypto raises many kinds on damaged files
        raise InputRefused(f"{name}: 암호화된 파일을 풀 수 없습니다 ({type(e).__name__}).") from None
    return out.getvalue()


def _calamine_sheets(name: str, data: bytes, only: str | None,
                     guard: Callable[[], None] | None = None) -> list[Sheet]:
    """The visible sheets (or the one named). ``guard`` — the sheet-area check — runs in a
    thread while calamine opens the workbook (both mostly outside the GIL), and must pass
    before any sheet's cells are read."""
    with ThreadPoolExecutor(1, thread_name_prefix="recon1015-guard") if guard else nullcontext() as pool:
        checked = pool.submit(guard) if pool else None
        try:
            wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
        except CalamineError as e:
            raise InputRefused(f"{name}: 스프레드시트를 읽을 수 없습니다 ({e}).") from None
        except Exception as e:  # noqa: BLE001 - calamine raises plain errors on damaged files
            raise InputRefused(f"{name}: 스프레드시트를 읽을 수 없습니다 ({type(e).__name__}: {e}).") from None
        finally:
            if checked is not None:
                checked.result()  # a refusal from the guard wins over calamine's own error
    sheets = []
    for meta in wb.sheets_metadata:
        visible = meta.visible == SheetVisibleEnum.Visible
        if only is not None and meta.name != only:
            continue
        if only is None and not visible:
            continue
        try:
            sheet = wb.get_sheet_by_name(meta.name)
            rows = sheet.to_python()
            start = sheet.start or (0, 0)
        except Exception as e:  # noqa: BLE001
            raise InputRefused(f"{name}, 시트 '{meta.name}': 읽을 수 없습니다 ({e}).") from None
        sheets.append(Sheet(meta.name, visible, rows, first_row=start[0] + 1, first_col=start[1]))
    if only is not None and not sheets:
        raise InputRefused(f"{name}: '{only}' 시트가 없습니다. 있는 시트: "
                           + ", ".join(m.name for m in wb.sheets_metadata))
    return sheets


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """UTF-16 when it starts with its BOM (Excel's 유니코드 텍스트), else UTF-8 (with or
    without BOM), else CP949 (a superset of EUC-KR) — also behind a UTF-8 BOM that lies."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputRefused(f"{name}: UTF-16 표시가 있지만 내용이 UTF-16이 아닙니다.") from None
    if b"\x00" in data[:4096]:
        raise InputRefused(f"{name}: 텍스트(CSV) 파일이 아닙니다 (이진 데이터).")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as e:
        utf8_error = e
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("cp949"), "cp949"
    except UnicodeDecodeError:
        pass
    line = data[:utf8_error.start].count(b"\n") + 1
    raise InputRefused(f"{name}: 문자 인코딩을 알 수 없습니다 (UTF-8도 CP949도 아님; {line}번째 줄, "
                       f"{utf8_error.start + 1}번째 바이트부터 읽을 수 없음).")


_DELIMITERS = ",;\t|"


def _delimiter(sample: str) -> str:
    """The delimiter that splits the sample's lines into the same number of fields most often
    (more than one field; the longer run of such lines wins, then the wider table, then the
    order of ``_DELIMITERS``). csv.Sniffer guesses from character counts and takes a quoted
    ';' in a short file for the delimiter."""
    lines = sample.splitlines(keepends=True)
    if len(lines) > 1 and len(sample) >= 20_000:
        lines = lines[:-1]  # the sample may end inside a line
    best, best_score = ",", (0, 0)
    for d in _DELIMITERS:
        try:
            widths = [len(r) for r in csv.reader(lines, delimiter=d, strict=False) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        counts = Counter(w for w in widths if w > 1)
        if counts:
            width, rows = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            if (rows, width) > best_score:
                best, best_score = d, (rows, width)
    return best


def _csv_sheet(name: str, text: str) -> Sheet:
    delimiter = _delimiter(text[:20_000])
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))
    except csv.Error as e:
        raise InputRefused(f"{name}: CSV 형식이 올바르지 않습니다 ({e}).") from None
    return Sheet("", True, rows)


def read_source(path: str | Path, *, password: str | None = None, sheet: str | None = None) -> Source:
    path = Path(path)
    data = read_bytes(path)
    digest = file_digest(data)
    name = path.name
    if not data:
        raise InputRefused(f"{name}: 빈 파일입니다.")
    encrypted = False
    if data.startswith(OLE_MAGIC):
        plain = _decrypt(name, data, password)
        if plain is not None:
            encrypted, content = True, plain
        else:
            content = data
    else:
        content = data
    if content.startswith(ZIP_MAGIC):
        fmt = _check_zip(name, content)
        guard = None
        if fmt == "xlsx":  # calamine reads an xlsx sheet's cells only when asked: check meanwhile
            guard = lambda: _check_sheet_extents(name, content)  # noqa: E731
        else:  # it lays out every OpenDocument table as it opens the file: check first
            _check_sheet_extents(name, content, fmt)
        return Source(path, data, digest, fmt, _calamine_sheets(name, content, sheet, guard), encrypted)
    if content.startswith(OLE_MAGIC):
        return Source(path, data, digest, "xls", _calamine_sheets(name, content, sheet), encrypted)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise InputRefused(f"{name}: 확장자는 {path.suffix}이지만 스프레드시트 파일이 아닙니다.")
    text, encoding = decode_text(name, content)
    return Source(path, data, digest, "csv", [_csv_sheet(name, text)], encoding=encoding)
