"""Pure normalizers for the values found in claims registers and payout sheets.

Every function takes what a cell held (str, int, float, datetime, None) and
returns the canonical form, or raises ``ValueError`` with a short reason that
the importer turns into a row error naming sheet, row and column.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from models.domain import BANKS

KST = timezone(timedelta(hours=9), "KST")
_EXCEL_EPOCH = datetime(1899, 12, 30)

# --- text ------------------------------------------------------------------------


def clean_text(value: object) -> str | None:
    """NFKC-free cleanup: NFC, strip, collapse inner whitespace; '' -> None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = unicodedata.normalize("NFC", str(value)).replace("\u00a0", " ").replace("\x00", "")
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


def fold_digits(s: str) -> str:
    """Full-width digits and punctuation to ASCII (NFKC only on those characters)."""
    return "".join(unicodedata.normalize("NFKC", ch) if "\uff00" <= ch <= "\uffef" else ch
                   for ch in s)


def header_key(value: object) -> str:
    """Compare headers ignoring spaces, punctuation, width and case."""
    s = unicodedata.normalize("NFKC", str(value or "")).lower()
    return re.sub(r"[\s\W_]+", "", s)


# --- business registration number (사업자등록번호) -----------------------------------

_BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


def brn_check_digit(first9: str) -> int:
    """The NTS check digit of a 사업자등록번호 from its first nine digits."""
    if len(first9) != 9 or not first9.isdigit():
        raise ValueError("need nine digits")
    d = [int(c) for c in first9]
    total = sum(w * x for w, x in zip(_BRN_WEIGHTS, d, strict=True)) + (d[8] * 5) // 10
    return (10 - total % 10) % 10


def brn_is_valid(digits: str) -> bool:
    return len(digits) == 10 and digits.isdigit() and brn_check_digit(digits[:9]) == int(digits[9])


@dataclass(frozen=True)
class BRN:
    digits: str  # ten digits
    valid: bool  # check digit agrees

    @property
    def formatted(self) -> str:
        return format_brn(self.digits)


def format_brn(digits: str) -> str:
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}" if len(digits) == 10 else digits


def normalize_brn(value: object) -> BRN | None:
    """'116-82-00276', '1168200276', 1168200276, '１１６－８２－００２７６' -> BRN."""
    if value is None:
        return None
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("사업자등록번호 is not a whole number")
        value = int(value)
    s = clean_text(value)
    if s is None:
        return None
    s = fold_digits(s)
    if "*" in s:
        raise ValueError("사업자등록번호 is masked")
    digits = re.sub(r"[\s\-.]", "", s)
    if isinstance(value, int) and len(digits) < 10:
        digits = digits.zfill(10)  # a leading zero lost to a numeric cell
    if not digits.isdigit() or len(digits) != 10:
        raise ValueError("사업자등록번호 must have 10 digits (XXX-XX-XXXXX)")
    return BRN(digits, brn_is_valid(digits))


# --- mobile phone ------------------------------------------------------------------

_MOBILE_PREFIXES = ("010", "011", "016", "017", "018", "019")


@dataclass(frozen=True)
class Phone:
    value: str  # 010XXXXXXXX, or with '*' where masked (010****5678)
    masked: bool

    @property
    def last4(self) -> str | None:
        tail = self.value[-4:]
        return tail if tail.isdigit() else None

    @property
    def formatted(self) -> str:
        v = self.value
        return f"{v[:3]}-{v[3:-4]}-{v[-4:]}" if len(v) in (10, 11) else v


def normalize_mobile(value: object) -> Phone | None:
    """Every form of a Korean mobile number -> 010XXXXXXXX (masked forms kept masked).

    Accepts dashes, dots, spaces, full-width digits, '+82 10-…' and '82-10-…',
    and numbers that lost their leading 0 to a numeric Excel cell (1012345678).
    """
    if value is None:
        return None
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError("휴대전화 is not a phone number")
        value = int(value)
    s = clean_text(value)
    if s is None:
        return None
    s = fold_digits(s).replace("＊", "*").replace("×", "*").upper().replace("X", "*")
    s = re.sub(r"[\s\-.()/]", "", s)
    if s.startswith("+82"):
        s = "0" + s[3:].lstrip("0")
    elif s.startswith("82") and len(s) in (11, 12) and s[2:3] in ("1",):
        s = "0" + s[2:]
    elif s[:1] == "1" and len(s) in (9, 10) and ("0" + s)[:3] in _MOBILE_PREFIXES:
        s = "0" + s  # the leading zero lost in a numeric cell
    if not re.fullmatch(r"[0-9*]+", s):
        raise ValueError("휴대전화 has characters other than digits")
    if s[:3] not in _MOBILE_PREFIXES or len(s) not in (10, 11):
        raise ValueError("휴대전화 is not a mobile number (010-XXXX-XXXX)")
    if s[:3] == "010" and len(s) != 11:
        raise ValueError("휴대전화 010 numbers have 11 digits")
    masked = "*" in s
    if masked and not s[-4:].isdigit() and not s[3:7].isdigit():
        # fully masked: nothing left to match on, but still a masked value
        pass
    return Phone(s, masked)


# --- names ---------------------------------------------------------------------------

_SUFFIX_RE = re.compile(
    r"^\s*(?:주식회사|유한회사|합자회사|\(주\)|\(유\)|㈜|（주）)\s*|\s*(?:주식회사|유한회사|\(주\)|\(유\)|㈜|（주）)\s*$"
)


@dataclass(frozen=True)
class Name:
    text: str  # NFC, whitespace-collapsed, as written
    core: str  # business suffixes removed, no spaces: what matching compares
    masked: bool


def normalize_name(value: object) -> Name | None:
    s = clean_text(value)
    if s is None:
        return None
    core = s
    for _ in range(2):
        core = _SUFFIX_RE.sub("", core)
    core = re.sub(r"\s+", "", core)
    return Name(s, core or s, "*" in s or "＊" in s or "○" in s)


def mask_name(name: str | None) -> str | None:
    """김민용 -> 김*용; 김민 -> 김*; longer names keep first and last."""
    if not name:
        return name
    if len(name) <= 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_phone(mobile: str | None) -> str | None:
    """01012345678 -> 010-1234-****."""
    if not mobile:
        return mobile
    p = Phone(mobile, "*" in mobile)
    v = p.value
    return f"{v[:3]}-{v[3:-4]}-****" if len(v) in (10, 11) else "****"


def mask_account(account: str | None) -> str | None:
    """All but the last four digits hidden, keeping the separators."""
    if not account:
        return account
    digits_seen = 0
    total = sum(c.isdigit() for c in account)
    out = []
    for c in account:
        if c.isdigit():
            digits_seen += 1
            out.append(c if digits_seen > total - 4 else "*")
        else:
            out.append(c)
    return "".join(out)


# --- money ---------------------------------------------------------------------------

MAX_AMOUNT_KRW = 10**12  # 1조원: more is a typo or garbage, and would not fit a database integer anyway


def normalize_amount(value: object) -> int | None:
    """50000, 50000.0, '50,000원', '₩50,000', '5만원' -> 50000 (integer KRW, ≥ 0)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("amount is not a number")
    if isinstance(value, int):
        n = value
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("amount is not a number")
        if not value.is_integer():
            raise ValueError("amount has a fraction of a won")
        n = int(value)
    else:
        s = clean_text(value)
        if s is None:
            return None
        s = fold_digits(s).replace(" ", "")
        s = re.sub(r"^(?:₩|￦|KRW)|(?:원|KRW)$", "", s)
        man = re.fullmatch(r"(-?\d+(?:\.\d+)?)만", s)
        if man:
            n = round(float(man.group(1)) * 10_000)
        elif re.fullmatch(r"-?\d{1,3}(?:,\d{3})+|-?\d+", s):
            n = int(s.replace(",", ""))
        elif re.fullmatch(r"-?\d+\.0+", s):
            n = int(s.split(".")[0])
        else:
            raise ValueError("amount is not a number")
    if n < 0:
        raise ValueError("amount is negative")
    if n > MAX_AMOUNT_KRW:
        raise ValueError("amount is implausibly large")
    return n


# --- dates ---------------------------------------------------------------------------

_DATE_RE = re.compile(r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*일?\.?")
_TIME_RE = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")


def excel_serial_to_datetime(serial: float) -> datetime:
    if not 1 <= serial < 2958466:  # 1900-01-01 .. 9999-12-31
        raise ValueError("date serial out of range")
    return _EXCEL_EPOCH + timedelta(days=serial)


def normalize_date(value: object) -> date | None:
    """Excel serials, datetimes, '2022-12-20', '2022.12.20', '2022/12/20', '20221220'."""
    dt = normalize_datetime(value)
    return dt.astimezone(KST).date() if dt else None


def normalize_datetime(value: object) -> datetime | None:
    """Any date or date-time form -> an aware datetime. Naive values are Korean time."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime.combine(value, time())
    elif isinstance(value, bool):
        raise ValueError("not a date")
    elif isinstance(value, (int, float)):
        if isinstance(value, int) and 19000101 <= value <= 29991231:
            return normalize_datetime(str(value))
        dt = excel_serial_to_datetime(float(value))
    else:
        s = clean_text(value)
        if s is None:
            return None
        s = fold_digits(s)
        if re.fullmatch(r"\d{8}", s):
            s = f"{s[:4]}-{s[4:6]}-{s[6:]}"
        m = _DATE_RE.match(s)
        if not m:
            raise ValueError("not a date (expected YYYY-MM-DD)")
        y, mo, d = (int(g) for g in m.groups())
        try:
            dt = datetime(y, mo, d)
        except ValueError:
            raise ValueError("impossible date") from None
        rest = s[m.end():]
        t = _TIME_RE.search(rest)
        if t:
            hh, mm, ss = int(t.group(1)), int(t.group(2)), int(t.group(3) or 0)
            if "오후" in rest and hh < 12:
                hh += 12
            if hh > 23 or mm > 59 or ss > 59:
                raise ValueError("impossible time")
            dt = dt.replace(hour=hh, minute=mm, second=ss)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=KST)
    return dt.astimezone(UTC)


# --- flags, accounts, banks ------------------------------------------------------------

_YES = {"y", "yes", "예", "유", "있음", "o", "true", "1", "제출", "해당"}
_NO = {"n", "no", "아니오", "아니요", "무", "없음", "x", "false", "0", "미제출", "해당없음", "-"}


def normalize_flag(value: object) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    s = clean_text(value)
    if s is None:
        return None
    k = s.lower()
    if k in _YES:
        return True
    if k in _NO:
        return False
    raise ValueError("expected Y or N")


_BANK_ALIASES = {header_key(name): code for code, name in BANKS.items()}
_BANK_ALIASES.update({header_key(k): v for k, v in {
    "국민": "004", "국민은행": "004", "KB": "004", "농협": "011", "농협은행": "011",
    "NH": "011", "단위농협": "012", "지역농협": "012", "축협": "012", "우리": "020",
    "하나": "081", "KEB하나": "081", "신한": "088", "카카오": "090", "카뱅": "090",
    "토스": "092", "기업": "003", "기업은행": "003", "IBK": "003", "SC": "023",
    "제일은행": "023", "씨티": "027", "대구은행": "031", "DGB대구은행": "031", "부산": "032",
    "광주": "034", "제주": "035", "전북": "037", "경남": "039", "새마을": "045",
    "우체국": "071", "케이뱅크": "089", "산업은행": "002", "수협": "007",
}.items()})


def normalize_bank(value: object) -> str | None:
    """A bank name or KFTC code -> the 3-digit code as text."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and float(value).is_integer():
        value = str(int(value)).zfill(3)
    s = clean_text(value)
    if s is None:
        return None
    if re.fullmatch(r"\d{1,3}", s):
        code = s.zfill(3)
        if code in BANKS:
            return code
        raise ValueError("unknown bank code")
    code = _BANK_ALIASES.get(header_key(s))
    if code is None:
        raise ValueError("unknown bank")
    return code


def normalize_account(value: object) -> str | None:
    """Account numbers are text: digits and dashes kept, never a number."""
    if value is None:
        return None
    if isinstance(value, float):
        raise ValueError("계좌번호 was stored as a number and may have lost digits; send it as text")
    s = clean_text(value)
    if s is None:
        return None
    s = fold_digits(s).replace(" ", "")
    if "*" in s:
        raise ValueError("계좌번호 is masked")
    if not re.fullmatch(r"\d[\d-]{5,24}\d", s) or sum(c.isdigit() for c in s) < 8:
        raise ValueError("계좌번호 is not an account number")
    return s


def account_digits(account: str) -> str:
    return re.sub(r"\D", "", account)


def normalize_kakao_account(value: object) -> str | None:
    s = clean_text(value)
    return s.lower() if s else None


# --- resident registration numbers (never stored) ----------------------------------------

_RRN_RE = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})\s?-?\s?([1-8])\d{6}(?!\d)")


def looks_like_rrn(value: object) -> bool:
    """True for a value shaped like a 주민등록번호 (YYMMDD-GXXXXXX with a real date)."""
    if value is None or isinstance(value, (datetime, date, bool)):
        return False
    if isinstance(value, float):
        if not value.is_integer():
            return False
        value = int(value)
    s = fold_digits(str(value))
    for m in _RRN_RE.finditer(s):
        yy, mm, dd, g = (int(x) for x in m.groups())
        century = 1800 if g in (9, 0) else 1900 if g in (1, 2, 5, 6) else 2000
        try:
            date(century + yy, mm, dd)
        except ValueError:
            continue
        return True
    return False
