"""The field's vocabulary: companies, services, claimant types, channels, banks.

Shared by the importers (to read Korean values), the demo generator (to write
them) and reconciliation. Policy *values* (tiers, amounts, overlap rules) are
not here: they are data, in the versioned policy file.
"""

from __future__ import annotations

from datetime import datetime

KAKAO = "카카오"


def local_time(dt: datetime | None, seconds: bool = False) -> str:
    """A stored (UTC) time as the clerk reads it: local time, to the minute ("" for none)."""
    if dt is None:
        return ""
    return dt.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")

# company code -> Korean name as written in the register's 담당회사 column
COMPANIES = {
    "kakao": KAKAO,
    "mobility": "카카오모빌리티",
    "games": "카카오게임즈",
    "entertainment": "카카오엔터테인먼트",
    "pay": "카카오페이",
}
COMPANY_CODES = {v: k for k, v in COMPANIES.items()}

# service -> owning company code
SERVICES = {
    "카카오톡": "kakao",
    "카카오톡 채널": "kakao",
    "톡서랍": "kakao",
    "카카오맵": "kakao",
    "다음 메일": "kakao",
    "카카오메이커스": "kakao",
    "선물하기": "kakao",
    "카카오T": "mobility",
    "카카오내비": "mobility",
    "카카오T 대리": "mobility",
    "카카오게임": "games",
    "카카오페이지": "entertainment",
    "카카오웹툰": "entertainment",
    "멜론": "entertainment",
    "카카오페이": "pay",
}

# claimant type code <-> 신청인구분
CLAIMANT_TYPES_KO = {
    "user": "일반이용자",
    "small_business": "소상공인",
    "enterprise": "중대형기업",
}
CLAIMANT_TYPE_CODES = {v: k for k, v in CLAIMANT_TYPES_KO.items()}
CLAIMANT_TYPE_CODES.update({"일반 이용자": "user", "일반": "user", "중대형 기업": "enterprise",
                            "중소상공인": "small_business"})

CHANNELS = ("카카오톡 상담", "웹", "전화", "우편")

# KFTC 3-digit bank codes (text, never numbers)
BANKS = {
    "002": "KDB산업은행",
    "003": "IBK기업은행",
    "004": "KB국민은행",
    "007": "수협은행",
    "011": "NH농협은행",
    "012": "지역 농·축협",
    "020": "우리은행",
    "023": "SC제일은행",
    "027": "한국씨티은행",
    "031": "iM뱅크",
    "032": "부산은행",
    "034": "광주은행",
    "035": "제주은행",
    "037": "전북은행",
    "039": "경남은행",
    "045": "새마을금고",
    "048": "신협",
    "071": "우체국",
    "081": "하나은행",
    "088": "신한은행",
    "089": "케이뱅크",
    "090": "카카오뱅크",
    "092": "토스뱅크",
}
