"""Column-wise normalization: one pass per column, with fast paths for the usual forms.

A register has about two million cells; calling a general normalizer per cell
would cost more than reading the file. So each column is converted as a whole:

* values that repeat (claimant type, service, Y/N flags, banks) are converted
  once per distinct value and mapped in C (``map(dict.__getitem__, …)``);
* text, phones and BRNs are joined into one string, reshaped with ``str``
  methods and validated by one regular expression over the whole column;
* only the cells that miss the fast path go through the general normalizers in
  ``importers.normalize``, which decide what they mean.

Each converter takes a column (a sequence of cell values) and returns the list
of values and a list of ``(index, level, message)`` problems; level is
"error" (the row is rejected) or "warning".
"""

from __future__ import annotations

import re
import unicodedata
from operator import is_
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from importers import normalize as N
from models.domain import CHANNELS, CLAIMANT_TYPE_CODES, COMPANIES, COMPANY_CODES, SERVICES

Problems = list[tuple[int, str, str]]
Converter = Callable[[Sequence], tuple[list, Problems]]
SEP = "\x01"  # not whitespace (\x1c-\x1f are, to str.isspace and regex \s)
_KST_OFFSET = timedelta(hours=9)
_MOBILE_COL = re.compile(r"(?:010\d{8})?(?:\x01(?:010\d{8})?)*", re.ASCII)
_BRN_COL = re.compile(r"(?:\d{10})?(?:\x01(?:\d{10})?)*", re.ASCII)
_ACCOUNT_COL = re.compile(r"(?:\d[\d-]{5,24}\d)?(?:\x01(?:\d[\d-]{5,24}\d)?)*", re.ASCII)


def _joined(col: Sequence[str]) -> str | None:
    """The column's strings joined by SEP for a one-pass check, or None when a value holds
    SEP itself (it would split into two)."""
    joined = SEP.join(col)
    return joined if joined.count(SEP) == len(col) - 1 else None


_DIGIT = {str(i): i for i in range(10)}


def _all_str(col: Sequence) -> bool:
    return set(map(type, col)) == {str} if col else True


def _stripped(col: Sequence[str]) -> bool:
    """No value of an all-text column has whitespace to strip. ``str.strip`` hands back the
    very same object when there is none, so this is one pass in C; should it ever make a
    copy, the column merely takes the slow path."""
    return all(map(is_, map(str.strip, col), col))


def _blank(v) -> bool:
    """Nothing there: None, or text that is empty once cleaned (``clean_text`` drops NULs)."""
    return v is None or v == "" or (v.__class__ is str and not v.replace("\x00", "").strip())


def _none_for_empty(values) -> list:
    return [v or None for v in values]


def text(col: Sequence) -> tuple[list, Problems]:
    if _all_str(col):
        joined = SEP.join(col)
        if "\x00" not in joined and _stripped(col) and unicodedata.is_normalized("NFC", joined):
            return _none_for_empty(col), []
    return [_text_one(v) for v in col], []


def _text_one(v) -> str | None:
    if v.__class__ is str:
        s = v.replace("\x00", "").strip()
        if not s:
            return None
        return s if unicodedata.is_normalized("NFC", s) else unicodedata.normalize("NFC", s)
    return N.clean_text(v) if v is not None else None


name = text  # names are stored as written (NFC); matching derives the comparable core


def _memoised(fn: Callable[[object], object], level: str = "error") -> Converter:
    def convert(col: Sequence) -> tuple[list, Problems]:
        cache: dict = {}
        bad: dict = {}
        for v in set(col):
            try:
                cache[v] = None if _blank(v) else fn(v)
            except ValueError as e:
                cache[v] = None
                bad[v] = str(e)
        out = list(map(cache.__getitem__, col))
        problems = [(i, level, bad[v]) for i, v in enumerate(col) if v in bad] if bad else []
        return out, problems

    return convert


def _ctype(v):
    s = N.clean_text(v)
    code = CLAIMANT_TYPE_CODES.get(s) or CLAIMANT_TYPE_CODES.get(s.replace(" ", ""))
    if code is None and s in CLAIMANT_TYPE_CODES.values():
        code = s
    if code is None:
        raise ValueError(f"신청인구분 '{s}'을(를) 알 수 없습니다 (일반이용자/소상공인/중대형기업)")
    return code


def _company(v):
    s = N.clean_text(v)
    if s in COMPANY_CODES:
        return s
    compact = s.replace(" ", "").replace("(주)", "").replace("㈜", "")
    for ko in COMPANY_CODES:
        if compact == ko.replace(" ", ""):
            return ko
    if s.lower() in COMPANIES:
        return COMPANIES[s.lower()]
    raise ValueError(f"담당회사 '{s}'을(를) 알 수 없습니다")


def _channel(v):
    s = N.clean_text(v)
    return s if s in CHANNELS else s  # unknown channels are kept as written


def _flag(v):
    try:
        return N.normalize_flag(v)
    except ValueError:
        raise ValueError("Y 또는 N이어야 합니다 (값을 비워 둡니다)") from None


def _bank(v):
    try:
        return N.normalize_bank(v)
    except ValueError:
        raise ValueError(f"은행 '{N.clean_text(v)}'을(를) 알 수 없습니다 (은행명 또는 3자리 은행코드)") from None


ctype = _memoised(_ctype)
service = _memoised(N.clean_text)
company = _memoised(_company)
channel = _memoised(_channel)
flag = _memoised(_flag, level="warning")
bank = _memoised(_bank)


def code(col: Sequence) -> tuple[list, Problems]:
    """Identifiers such as 접수번호 or 가맹점코드: text, never a number with '.0'."""
    if _all_str(col):
        joined = SEP.join(col)
        if "\x00" not in joined and _stripped(col):
            return _none_for_empty(col), []
    out = []
    for v in col:
        if v.__class__ is float and v.is_integer():
            out.append(str(int(v)))
        else:
            out.append(_text_one(v))
    return out, []


def kakao(col: Sequence) -> tuple[list, Problems]:
    values, problems = code(col)
    return [v.lower() if v else v for v in values], problems


def amount(col: Sequence) -> tuple[list, Problems]:
    types = set(map(type, col))
    if types <= {float, str} and (str not in types or set(v for v in col if v.__class__ is str) <= {""}):
        nums = [v for v in col if v.__class__ is float]
        if not nums or (min(nums) >= 0 and max(nums) <= N.MAX_AMOUNT_KRW and all(map(float.is_integer, nums))):
            return [None if v.__class__ is str else int(v) for v in col], []
    out, problems = [], []
    for i, v in enumerate(col):
        if _blank(v):
            out.append(None)
            continue
        try:
            out.append(N.normalize_amount(v))
        except ValueError as e:
            out.append(None)
            problems.append((i, "error", f"금액을 읽을 수 없습니다: {_reason(e)}"))
    return out, problems


def _reason(e: ValueError) -> str:
    return {
        "amount is negative": "음수 금액",
        "amount is not a number": "숫자가 아님",
        "amount has a fraction of a won": "원 단위 미만 금액",
        "amount is implausibly large": "비정상적으로 큰 금액 (1조원 초과)",
    }.get(str(e), str(e))


def datetime_utc(col: Sequence) -> tuple[list, Problems]:
    """UTC datetimes, *naive* (the storage layer attaches UTC where the database wants it);
    naive spreadsheet values are Korean time."""
    out, problems = [], []
    k = _KST_OFFSET
    for i, v in enumerate(col):
        if v.__class__ is datetime and v.tzinfo is None and v.year > 1900:
            out.append(v - k)
        elif _blank(v):
            out.append(None)
        else:
            try:
                out.append(N.normalize_datetime(v).replace(tzinfo=None))
            except ValueError as e:
                out.append(None)
                problems.append((i, "error", f"날짜를 읽을 수 없습니다 ({_date_reason(e)})"))
    return out, problems


def _date_reason(e: ValueError) -> str:
    return {"impossible date": "없는 날짜", "impossible time": "없는 시각",
            "date serial out of range": "날짜 범위를 벗어남"}.get(str(e), "날짜 형식이 아님")


def date_only(col: Sequence) -> tuple[list, Problems]:
    out, problems = [], []
    for i, v in enumerate(col):
        c = v.__class__
        if c is date:
            out.append(v)
        elif c is datetime and v.tzinfo is None:
            out.append(v.date())
        elif _blank(v):
            out.append(None)
        else:
            try:
                out.append(N.normalize_date(v))
            except ValueError as e:
                out.append(None)
                problems.append((i, "error", f"날짜를 읽을 수 없습니다 ({_date_reason(e)})"))
    return out, problems


_WEIGHTS = N._BRN_WEIGHTS
_CHECK_MSG = "사업자등록번호 검증번호가 맞지 않습니다: 값은 보관하지만 확실한 식별 키로 쓰지 않습니다"


def brn(col: Sequence) -> tuple[list, list, Problems]:
    """(digits, valid flags, problems). A wrong check digit is a warning; the value is kept."""
    if not col:
        return [], [], []
    digits: list = []
    problems: Problems = []
    if _all_str(col):
        joined = (_joined(col) or "\x00").replace("-", "")
        if _BRN_COL.fullmatch(joined):
            digits = _none_for_empty(joined.split(SEP))
    if not digits:
        for i, v in enumerate(col):
            if _blank(v):
                digits.append(None)
                continue
            try:
                digits.append(N.normalize_brn(v).digits)
            except ValueError as e:
                digits.append(None)
                masked = "masked" in str(e)
                problems.append((i, "warning" if masked else "error",
                                 "사업자등록번호가 마스킹되어 있어 식별에 쓰지 않습니다" if masked
                                 else "사업자등록번호 형식이 아닙니다 (XXX-XX-XXXXX)"))
    valid = [False] * len(digits)
    a = _DIGIT
    for i, d in enumerate(digits):
        if d is None:
            continue
        total = (a[d[0]] + 3 * a[d[1]] + 7 * a[d[2]] + a[d[3]] + 3 * a[d[4]] + 7 * a[d[5]]
                 + a[d[6]] + 3 * a[d[7]] + 5 * a[d[8]] + (a[d[8]] * 5) // 10)
        if (10 - total % 10) % 10 == a[d[9]]:
            valid[i] = True
        else:
            problems.append((i, "warning", _CHECK_MSG))
    return digits, valid, problems


def mobile(col: Sequence) -> tuple[list, list, Problems]:
    """(normalized 010XXXXXXXX or masked form, masked flags, problems)."""
    n = len(col)
    if not n:
        return [], [], []
    if _all_str(col):
        joined = (_joined(col) or "\x00").replace("-", "")
        if _MOBILE_COL.fullmatch(joined):
            return _none_for_empty(joined.split(SEP)), [False] * n, []
    out, masked_out, problems = [], [], []
    for i, v in enumerate(col):
        if _blank(v):
            out.append(None)
            masked_out.append(False)
            continue
        try:
            p = N.normalize_mobile(v)
        except ValueError:
            out.append(None)
            masked_out.append(False)
            problems.append((i, "error", "휴대전화 번호가 아닙니다 (010-XXXX-XXXX)"))
            continue
        out.append(p.value if p else None)  # None: nothing left once cleaned ('\x00')
        masked_out.append(p.masked if p else False)
    return out, masked_out, problems


def account(col: Sequence) -> tuple[list, Problems]:
    if _all_str(col) and _ACCOUNT_COL.fullmatch(_joined(col) or "\x00"):
        if all(len(a) - a.count("-") >= 8 for a in col if a):
            return _none_for_empty(col), []
    out, problems = [], []
    for i, v in enumerate(col):
        if v == "" or v is None:
            out.append(None)
            continue
        try:
            out.append(N.normalize_account(v))
        except ValueError as e:
            out.append(None)
            msg = "숫자로 저장되어 자릿수가 사라졌을 수 있습니다. 텍스트로 보내 주세요" \
                if "stored as a number" in str(e) else "계좌번호 형식이 아닙니다"
            problems.append((i, "error", f"계좌번호를 읽을 수 없습니다 ({msg})"))
    return out, problems


SIMPLE: dict[str, Converter] = {
    "text": text, "name": name, "code": code, "kakao": kakao, "amount": amount,
    "datetime": datetime_utc, "date": date_only, "flag": flag, "ctype": ctype,
    "service": service, "company": company, "channel": channel, "bank": bank,
    "account": account,
}


def company_for_service(service_name: str | None) -> str | None:
    code_ = SERVICES.get(service_name or "")
    return COMPANIES[code_] if code_ else None
