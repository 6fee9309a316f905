"""Finding the table on a sheet: the header row wherever it is, the data rows below it,
and the title rows, 작성일 lines, 합계 row and notes around it left out."""

from __future__ import annotations

from dataclasses import dataclass

from importers.normalize import header_key
from importers.profiles import PROFILES, Mapping, Profile, has_required, match_columns
from importers.reading import Sheet

HEADER_SCAN_ROWS = 40
_TOTAL_KEYS = {header_key(k) for k in ("합계", "총계", "소계", "계", "합 계", "총 합계", "total", "sum")}
_NOTE_PREFIXES = ("※", "*", "주)", "주:", "비고", "참고", "note", "Note", "■", "□")


def column_letter(index: int) -> str:
    """0-based column index -> Excel letters (0 -> A, 27 -> AB)."""
    s = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


@dataclass
class Table:
    sheet: Sheet
    profile: Profile
    header_index: int  # index into sheet.rows
    headers: list[str]
    columns: dict[str, int]  # field -> index into the row lists
    data: list[list]  # the data rows
    row_numbers: list[int]  # Excel row number of each data row
    skipped: list[tuple[int, str]]  # lone text rows taken for notes: (Excel row, text)

    def letter(self, field: str) -> str:
        return column_letter(self.sheet.first_col + self.columns[field])

    def header(self, field: str) -> str:
        return self.headers[self.columns[field]]


def _nonempty(row: list) -> list:
    return [v for v in row if v is not None and v != "" and not (isinstance(v, str) and not v.strip())]


def find_header(sheet: Sheet, profiles: list[Profile], mapping: Mapping | None = None
                ) -> tuple[int, Profile, dict[str, int]] | list[tuple[int, list[str]]]:
    """The header row and the profile it fits, or (when none fits) the rows seen."""
    seen: list[tuple[int, list[str]]] = []
    for i, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        cells = _nonempty(row)
        if len(cells) < 2:
            continue
        if mapping is not None:
            profile = PROFILES[mapping.profile]
            found = mapping.match(row)
            if has_required(profile, found):
                return i, profile, found
        else:
            fits = []
            for profile in profiles:
                found = match_columns(profile, row)
                if has_required(profile, found):
                    fits.append((profile, found))
            if len(fits) == 1:
                return i, fits[0][0], fits[0][1]
            if len(fits) > 1:
                names = ", ".join(p.name for p, _ in fits)
                raise AmbiguousProfile(
                    f"머리글(행 {sheet.first_row + i})이 여러 종류에 맞습니다: {names}. "
                    f"--as 로 종류를 정해 주세요.")
        seen.append((sheet.first_row + i, _texts(row)))
    return seen


def _texts(row: list) -> list[str]:
    """A row's cells as text in their columns ("" where empty, 50000.0 as 50000), without
    the empty cells at its end."""
    out = ["" if v is None else str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)
           for v in row]
    while out and not out[-1].strip():
        out.pop()
    return out


class AmbiguousProfile(Exception):
    pass


def _is_total(row: list) -> bool:
    cells = _nonempty(row)
    if not cells or not isinstance(cells[0], str):
        return False
    k = header_key(cells[0])
    return k in _TOTAL_KEYS or k.startswith("합계") or k.startswith("총합계")


def _lone_text(row: list) -> str | None:
    cells = _nonempty(row)
    return cells[0].strip() if len(cells) == 1 and isinstance(cells[0], str) else None


def extract(sheet: Sheet, header_index: int, profile: Profile, columns: dict[str, int]) -> Table:
    headers = ["" if v is None else str(v) for v in sheet.rows[header_index]]
    header_keys = [header_key(h) for h in headers]
    data, numbers, skipped = [], [], []
    width = len(headers)
    for i in range(header_index + 1, len(sheet.rows)):
        row = sheet.rows[i]
        # the usual row: its first cell has a value that is not a total or a note
        first = row[0] if row else None
        if first.__class__ is str and first and first[0] not in "합총계소※*주비참■□nN " \
                and len(row) > 1 and row[1] != "" and row[1] is not None:
            pass
        elif not _nonempty(row):
            continue
        elif _is_total(row):
            break  # the 합계 row: what follows is the footer
        elif (lone := _lone_text(row)) is not None and len(columns) >= 3:
            # a line of text alone in a wide table is a note (작성자, 확인 …), not a payee;
            # notes without a usual marker are reported so that nothing vanishes unseen
            if not lone.startswith(_NOTE_PREFIXES):
                skipped.append((sheet.first_row + i, lone))
            continue
        elif [header_key(v) for v in row[:width]] == header_keys:
            continue  # the header repeated (printed pages)
        if len(row) < width:
            row = list(row) + [""] * (width - len(row))
        data.append(row)
        numbers.append(sheet.first_row + i)
    return Table(sheet, profile, header_index, headers, columns, data, numbers, skipped)
