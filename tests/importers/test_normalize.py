"""The normalizers, on every form domain.md lists, and by property (Hypothesis)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importers import normalize as N

VALID_BRNS = ("116-82-00276", "134-86-72683", "220-81-62517", "124-81-00998")


def _independent_check_digit(nine: str) -> int:
    """The NTS rule written out again, independently, to check the implementation."""
    weights = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = 0
    for w, c in zip(weights, nine):
        s += w * int(c)
    s += (int(nine[8]) * 5) // 10
    return (10 - s % 10) % 10


@pytest.mark.parametrize("value", VALID_BRNS)
def test_domain_examples_are_valid(value):
    b = N.normalize_brn(value)
    assert b.valid and b.formatted == value


@pytest.mark.parametrize("value, digits", [
    ("116-82-00276", "1168200276"), ("1168200276", "1168200276"), (1168200276, "1168200276"),
    (1168200276.0, "1168200276"), ("116 82 00276", "1168200276"),
    ("１１６－８２－００２７６", "1168200276"), (" 116-82-00276 ", "1168200276"),
])
def test_brn_forms(value, digits):
    assert N.normalize_brn(value).digits == digits


def test_brn_bad_check_digit_is_kept_but_invalid():
    b = N.normalize_brn("116-82-00277")
    assert b.digits == "1168200277" and not b.valid


@pytest.mark.parametrize("value", ["116-82-0027", "abc-de-fghij", "116-82-002761"])
def test_brn_wrong_shape(value):
    with pytest.raises(ValueError):
        N.normalize_brn(value)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_brn_check_digit_property(nine):
    d = N.brn_check_digit(nine)
    assert d == _independent_check_digit(nine)
    assert N.brn_is_valid(nine + str(d))
    for other in set(range(10)) - {d}:
        assert not N.brn_is_valid(nine + str(other))


@pytest.mark.parametrize("value", [
    "010-1234-5678", "01012345678", 1012345678, 1012345678.0, "+82 10-1234-5678",
    "+82-10-1234-5678", "82-10-1234-5678", "010.1234.5678", "010 1234 5678",
    "０１０-１２３４-５６７８", "(010) 1234-5678",
])
def test_mobile_forms(value):
    p = N.normalize_mobile(value)
    assert p.value == "01012345678" and not p.masked


def test_old_prefixes_keep_their_length():
    assert N.normalize_mobile("011-123-4567").value == "0111234567"
    assert N.normalize_mobile("016-1234-5678").value == "01612345678"


@pytest.mark.parametrize("value, expected", [
    ("010-****-5678", "010****5678"), ("010-1234-****", "0101234****"), ("010-12**-56**", "01012**56**"),
])
def test_masked_mobiles_stay_masked(value, expected):
    p = N.normalize_mobile(value)
    assert p.masked and p.value == expected
    assert "*" in p.value  # never taken for a full number


@pytest.mark.parametrize("value", ["02-123-4567", "1234", "010-1234-567", "전화없음"])
def test_not_mobiles(value):
    with pytest.raises(ValueError):
        N.normalize_mobile(value)


@given(st.integers(min_value=0, max_value=99_999_999),
       st.sampled_from(["{a}-{b}-{c}", "{a}{b}{c}", "+82 {a1}-{b}-{c}", "{a}.{b}.{c}", "NUM"]))
def test_mobile_property(n, style):
    digits = f"010{n:08d}"
    a, b, c = digits[:3], digits[3:7], digits[7:]
    value = int(digits) if style == "NUM" else style.format(a=a, a1=a[1:], b=b, c=c)
    assert N.normalize_mobile(value).value == digits


@pytest.mark.parametrize("value, krw", [
    ("50,000원", 50_000), ("₩50,000", 50_000), ("50,000", 50_000), (50000.0, 50_000),
    (50000, 50_000), ("5만원", 50_000), ("1.5만", 15_000), ("KRW 7,550", 7_550),
    ("０", 0), (" 4,260 원 ", 4_260),
])
def test_amounts(value, krw):
    assert N.normalize_amount(value) == krw


@pytest.mark.parametrize("value", ["-5,000", -1, "오만원", "50,00", 12.5, "1,2345", True])
def test_bad_amounts(value):
    with pytest.raises(ValueError):
        N.normalize_amount(value)


@given(st.integers(min_value=0, max_value=10**12),
       st.sampled_from(["{:,}원", "₩{:,}", "{:,}", "{}", "INT", "FLOAT"]))
def test_amount_property(n, style):
    value = n if style == "INT" else float(n) if style == "FLOAT" else style.format(n)
    if style == "FLOAT" and n > 2**53:
        return
    assert N.normalize_amount(value) == n


@pytest.mark.parametrize("value", [
    "2022-12-20", "2022.12.20", "2022/12/20", "20221220", 20221220, "2022. 12. 20.",
    "2022년 12월 20일", 44915, 44915.0, datetime(2022, 12, 20, 15, 30), date(2022, 12, 20),
])
def test_date_forms(value):
    assert N.normalize_date(value) == date(2022, 12, 20)


def test_naive_datetimes_are_korean_time():
    dt = N.normalize_datetime(datetime(2022, 10, 19, 9, 0))
    assert dt == datetime(2022, 10, 19, 0, 0, tzinfo=UTC)
    assert N.normalize_datetime("2022-10-19 09:00").hour == 0


@pytest.mark.parametrize("value", ["2022-02-30", "2022-13-01", "20221340", "어제", "2022-12-20 25:00"])
def test_impossible_dates(value):
    with pytest.raises(ValueError):
        N.normalize_datetime(value)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["%Y-%m-%d", "%Y.%m.%d", "%Y/%m/%d", "%Y%m%d", "%Y년 %m월 %d일"]))
def test_date_property(d, fmt):
    assert N.normalize_date(d.strftime(fmt)) == d


def test_names_are_nfc_and_suffixes_separated():
    decomposed = unicodedata.normalize("NFD", "김민용")
    assert decomposed != "김민용"
    assert N.normalize_name(decomposed).text == "김민용"
    for written in ("주식회사 행복상회", "(주)행복상회", "㈜행복상회", "행복상회 주식회사", "행복 상회(주)"):
        assert N.normalize_name(written).core == "행복상회", written
    assert N.normalize_name("홍*동").masked


@pytest.mark.parametrize("value, code", [
    ("국민은행", "004"), ("KB국민은행", "004"), ("4", "004"), (4.0, "004"), ("신한", "088"),
    ("카카오뱅크", "090"), ("NH농협은행", "011"), ("지역 농·축협", "012"), ("092", "092"),
])
def test_banks(value, code):
    assert N.normalize_bank(value) == code


def test_accounts_are_text():
    assert N.normalize_account("110-123-456789") == "110-123-456789"
    with pytest.raises(ValueError, match="number"):
        N.normalize_account(1101234567890.0)


def test_kakao_accounts_lower_cased():
    assert N.normalize_kakao_account("  Happy12@Kakao.com ") == "happy12@kakao.com"


@pytest.mark.parametrize("value, expected", [
    ("900101-1234567", True), ("9001011234567", True), ("050315-4123456", True),
    (9001011234567.0, True), ("주민번호 900101-2234567 입니다", True),
    ("901301-1234567", False),  # no 13th month
    ("010-1234-5678", False), ("116-82-00276", False), ("3333-12-1234567", False),
    ("123456-01-234567", False), ("20221019", False),
])
def test_rrn_shapes(value, expected):
    assert N.looks_like_rrn(value) is expected


@given(st.integers(min_value=0, max_value=99_999_999))
def test_no_mobile_looks_like_rrn(n):
    assert not N.looks_like_rrn(f"010-{n // 10000:04d}-{n % 10000:04d}")
    assert not N.looks_like_rrn(f"010{n:08d}")


def test_masking():
    assert N.mask_name("김민용") == "김*용"
    assert N.mask_phone("01012345678") == "010-1234-****"
    assert N.mask_account("110-123-456789") == "***-***-**6789"


@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=True), st.none(), st.booleans(),
                 st.datetimes()))
def test_normalizers_never_crash(value):
    """Any cell gives a value or a ValueError, never another exception."""
    for fn in (N.normalize_brn, N.normalize_mobile, N.normalize_amount, N.normalize_datetime,
               N.normalize_flag, N.normalize_bank, N.normalize_account, N.normalize_name,
               N.looks_like_rrn, N.clean_text):
        try:
            fn(value)
        except ValueError:
            pass
