"""Synthetic Korean identities: names, businesses, phones, BRNs, accounts.

Everything is drawn from one ``random.Random`` so that a seed gives the same
people every time. Phones, BRNs and accounts are unique within one generator.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from importers.normalize import brn_check_digit

SURNAMES = (
    ("김", 21.5), ("이", 14.7), ("박", 8.4), ("최", 4.7), ("정", 4.3), ("강", 2.4), ("조", 2.1),
    ("윤", 2.1), ("장", 2.0), ("임", 1.7), ("한", 1.5), ("오", 1.5), ("서", 1.5), ("신", 1.4),
    ("권", 1.4), ("황", 1.4), ("안", 1.4), ("송", 1.3), ("류", 1.2), ("전", 1.1), ("홍", 1.1),
    ("고", 0.9), ("문", 0.9), ("양", 0.9), ("손", 0.9), ("배", 0.8), ("백", 0.8), ("허", 0.6),
    ("유", 0.6), ("남", 0.6), ("심", 0.5), ("노", 0.5), ("하", 0.4), ("곽", 0.4), ("성", 0.4),
    ("차", 0.4), ("주", 0.4), ("우", 0.4), ("구", 0.4), ("민", 0.3), ("진", 0.3), ("나", 0.3),
)
GIVEN = (
    "민", "서", "지", "현", "준", "영", "수", "진", "우", "연", "예", "은", "하", "도", "정", "윤",
    "승", "재", "혜", "성", "경", "희", "호", "철", "동", "용", "태", "미", "주", "아", "원", "석",
    "훈", "빈", "나", "유", "상", "혁", "채", "다", "규", "선", "기", "문", "명", "소", "보", "종",
)
PLACE_WORDS = (
    "행복", "햇살", "바른", "푸른", "미소", "한결", "다온", "해밀", "온누리", "새봄", "가람",
    "하늘", "별빛", "소담", "청춘", "나무", "달빛", "정다운", "고운", "맛나", "참", "으뜸",
    "우리", "동네", "골목", "모아", "희망", "사랑", "제일", "대박", "명품", "황금", "초록",
)
SHOP_KINDS = (
    "식당", "카페", "미용실", "꽃집", "치킨", "베이커리", "공방", "스튜디오", "학원", "약국",
    "분식", "정육점", "반찬가게", "네일", "헤어", "세탁소", "떡집", "김밥", "한의원", "서점",
    "문구", "안경원", "커피", "피자", "족발", "국밥", "횟집", "PC방", "마트", "부동산",
)
DISTRICTS = (
    "강남", "서초", "마포", "송파", "분당", "일산", "수원", "해운대", "동래", "수성", "유성",
    "상무", "연수", "부평", "청주", "전주", "천안", "창원", "제주", "춘천", "원주", "포항",
)
BANK_CODES = ("004", "011", "012", "020", "081", "088", "090", "092", "003", "071", "045", "048")
CAR_HANGUL = "가나다라마거너더러머버서어저고노도로모보소오조구누두루무부수우주바사아자배허호"


@dataclass
class Identity:
    """One true claimant or payee: a person, or a business with its representative."""

    key: str
    name: str  # the person's name (the representative's, for a business)
    mobile: str  # 010XXXXXXXX
    kakao_account: str | None = None
    brn: str | None = None  # ten digits, valid
    business_name: str | None = None
    bank_code: str | None = None
    account: str | None = None
    holder: str | None = None
    vehicle_no: str | None = None
    extra: dict = field(default_factory=dict)


class People:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._phones: set[str] = set()
        self._brns: set[str] = set()
        self._accounts: set[str] = set()
        self._kakao: set[str] = set()
        self._cars: set[str] = set()
        self._surnames = [s for s, _ in SURNAMES]
        self._weights = [w for _, w in SURNAMES]
        self._n = 0

    def next_key(self, prefix: str) -> str:
        self._n += 1
        return f"{prefix}{self._n:06d}"

    def name(self) -> str:
        r = self.rng
        surname = r.choices(self._surnames, self._weights)[0]
        given = r.choice(GIVEN) + r.choice(GIVEN)
        if r.random() < 0.03:
            given = r.choice(GIVEN)
        return surname + given

    def mobile(self, last4: str | None = None) -> str:
        r = self.rng
        while True:
            middle = f"{r.randrange(2000, 9999):04d}"
            tail = last4 or f"{r.randrange(0, 10000):04d}"
            p = "010" + middle + tail
            if p not in self._phones:
                self._phones.add(p)
                return p

    def brn(self, corporate: bool = False) -> str:
        r = self.rng
        while True:
            office = r.randrange(101, 899)
            kind = r.choice((81, 86, 87, 88)) if corporate else r.randrange(1, 80)
            serial = r.randrange(0, 10000)
            first9 = f"{office:03d}{kind:02d}{serial:04d}"
            d = first9 + str(brn_check_digit(first9))
            if d not in self._brns:
                self._brns.add(d)
                return d

    def account(self) -> tuple[str, str]:
        r = self.rng
        while True:
            code = r.choice(BANK_CODES)
            if code == "090":
                acct = f"3333-{r.randrange(10, 99)}-{r.randrange(0, 10**7):07d}"
            elif code == "004":
                acct = f"{r.randrange(100000, 999999)}-{r.randrange(0, 99):02d}-{r.randrange(0, 10**6):06d}"
            elif code == "088":
                acct = f"110-{r.randrange(100, 999)}-{r.randrange(0, 10**6):06d}"
            elif code in ("011", "012"):
                acct = f"3{r.randrange(0, 100):02d}-{r.randrange(0, 10**4):04d}-{r.randrange(0, 10**4):04d}-{r.randrange(10, 99)}"
            else:
                acct = f"{r.randrange(100, 999)}-{r.randrange(100000, 999999)}-{r.randrange(10, 99)}-{r.randrange(100, 999)}"
            if acct not in self._accounts:
                self._accounts.add(acct)
                return code, acct

    def kakao_account(self, name_hint: str = "") -> str:
        r = self.rng
        while True:
            base = r.choice(("happy", "sun", "moon", "star", "blue", "kk", "hello", "min", "ji",
                             "sea", "tree", "joy", "cafe", "shop", "daily"))
            acct = f"{base}{r.randrange(1, 100000)}@{r.choice(('kakao.com', 'daum.net', 'naver.com', 'gmail.com'))}"
            if acct not in self._kakao:
                self._kakao.add(acct)
                return acct

    def business_name(self) -> str:
        r = self.rng
        name = r.choice(PLACE_WORDS) + r.choice(SHOP_KINDS)
        if r.random() < 0.35:
            name += f" {r.choice(DISTRICTS)}점"
        return name

    def vehicle_no(self) -> str:
        r = self.rng
        while True:
            v = f"{r.randrange(10, 99)}{r.choice(CAR_HANGUL)}{r.randrange(1000, 9999)}"
            if r.random() < 0.6:
                v = f"{r.choice(('서울', '경기', '인천', '부산', '대구'))}{v}"
            if v not in self._cars:
                self._cars.add(v)
                return v

    # --- whole identities ------------------------------------------------------------
    def person(self, prefix: str = "P", kakao: float = 0.6) -> Identity:
        name = self.name()
        return Identity(self.next_key(prefix), name, self.mobile(),
                        kakao_account=self.kakao_account() if self.rng.random() < kakao else None)

    def business(self, prefix: str = "B", corporate: bool = False, bank: bool = True) -> Identity:
        ident = self.person(prefix, kakao=0.4)
        ident.brn = self.brn(corporate)
        ident.business_name = self.business_name()
        if corporate:
            ident.business_name = self.rng.choice(("(주)", "주식회사 ", "㈜")) + ident.business_name
        if bank:
            ident.bank_code, ident.account = self.account()
            ident.holder = ident.business_name if self.rng.random() < 0.5 else ident.name
        return ident
