"""The synthetic claims register: 105,116 reports at full scale, exact to the seed.

The counts below are the seed's (the 2022-12-29 announcement): 87,195 Kakao
reports (83.1%) and 17,921 about affiliates; among Kakao's, users 79.8%, small
businesses 20.0%, mid/large 0.2%; 14,918 paid-service and 13,195
free-with-monetary-loss reports. At ``scale`` < 1 every count is scaled and
rounded, and the derived ones are taken by subtraction so the table adds up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from demo.people import Identity, People
from importers.normalize import KST

FULL = {
    "kakao": 87_195,
    "affiliate": 17_921,
    "paid": 14_918,
    "free_monetary": 13_195,
}
SB_SHARE, ENT_SHARE = 0.200, 0.002
# how each claimant type's reports split between paid / free-with-money / neither
SB_FLAGS = (0.14, 0.62)
ENT_FLAGS = (0.29, 0.40)
AFFILIATE_SPLIT = (("mobility", 0.45), ("games", 0.12), ("entertainment", 0.25), ("pay", 0.18))

PAID_SERVICES = ("톡서랍", "카카오톡", "선물하기", "카카오메이커스", "카카오톡 채널")
FREE_SERVICES = ("카카오톡", "카카오톡 채널", "카카오맵", "다음 메일", "선물하기")
SB_SERVICES = ("카카오톡 채널", "카카오톡", "선물하기", "카카오맵", "카카오메이커스")
AFFILIATE_SERVICES = {
    "mobility": (("카카오T", 0.6), ("카카오T 대리", 0.25), ("카카오내비", 0.15)),
    "games": (("카카오게임", 1.0),),
    "entertainment": (("카카오페이지", 0.3), ("카카오웹툰", 0.3), ("멜론", 0.4)),
    "pay": (("카카오페이", 1.0),),
}
DESCRIPTIONS = {
    "카카오톡": ("카카오톡 메시지 송수신 불가로 주문 접수 못함", "단골 손님 연락 두절로 예약 취소",
               "업무 연락 불가", "이모티콘 플러스 이용 불가"),
    "카카오톡 채널": ("채널 메시지 발송 실패로 예약 안내 불가", "채널 상담톡 중단으로 주문 누락",
                  "쿠폰 발송 실패로 매출 감소"),
    "톡서랍": ("톡서랍 플러스 백업 불가", "톡서랍 파일 열람 불가"),
    "카카오맵": ("지도 검색 불가로 방문 손님 감소", "길찾기 오류"),
    "다음 메일": ("다음 메일 수신 지연으로 거래처 발주 누락", "메일 접속 불가"),
    "카카오메이커스": ("메이커스 주문 처리 지연", "결제 오류로 주문 취소"),
    "선물하기": ("선물하기 주문 접수 중단으로 매출 손실", "교환권 사용 불가로 환불 요청 발생"),
    "카카오T": ("호출 불가로 영업 중단", "택시 콜 수신 불가로 운행 못함"),
    "카카오T 대리": ("대리 호출 수신 불가로 영업 못함",),
    "카카오내비": ("내비 오류로 운행 지연",),
    "카카오게임": ("게임 접속 불가로 PC방 손님 이탈", "게임 아이템 결제 오류"),
    "카카오페이지": ("유료 회차 열람 불가", "이용권 소멸"),
    "카카오웹툰": ("웹툰 열람 불가", "연재 수익 감소"),
    "멜론": ("스트리밍 이용 불가", "이용권 기간 손실"),
    "카카오페이": ("카카오페이 결제 불가로 매출 손실", "송금 지연"),
}
START = datetime(2022, 10, 19, 9, 0, tzinfo=KST)
END = datetime(2022, 11, 6, 18, 0, tzinfo=KST)


@dataclass
class Counts:
    kakao: int
    affiliate: int
    k_user: int
    k_sb: int
    k_ent: int
    paid: int
    free_monetary: int

    @property
    def total(self) -> int:
        return self.kakao + self.affiliate


def target_counts(scale: float = 1.0) -> Counts:
    kakao = round(FULL["kakao"] * scale)
    affiliate = round(FULL["affiliate"] * scale)
    k_sb = round(kakao * SB_SHARE)
    k_ent = round(kakao * ENT_SHARE)
    return Counts(kakao, affiliate, kakao - k_sb - k_ent, k_sb, k_ent,
                  round(FULL["paid"] * scale), round(FULL["free_monetary"] * scale))


@dataclass
class Rep:
    """One report as the generator means it (rendered into a register row later)."""

    ident: Identity
    ctype: str  # user / small_business / enterprise
    service: str
    company: str  # company code
    paid: bool
    monetary: bool
    loss: int | None
    description: str
    received: datetime
    channel: str
    evidence: bool = False
    resubmission_of: Rep | None = None
    brn_typo: bool = False
    anonymous: bool = False  # no usable identifier at all
    report_no: str = ""
    extra: dict = field(default_factory=dict)


class Pool:
    """Sampling without replacement from category counts: totals come out exact."""

    def __init__(self, rng: random.Random, **counts: int) -> None:
        self.rng = rng
        self.counts = {k: v for k, v in counts.items()}
        assert all(v >= 0 for v in self.counts.values()), counts

    def draw(self) -> str:
        keys = list(self.counts)
        k = self.rng.choices(keys, [self.counts[x] for x in keys])[0]
        self.counts[k] -= 1
        return k

    def take(self, k: str) -> bool:
        if self.counts.get(k, 0) > 0:
            self.counts[k] -= 1
            return True
        return False

    @property
    def left(self) -> int:
        return sum(self.counts.values())


def _reports_per_claimant(rng: random.Random, dist: tuple[tuple[int, float], ...]) -> int:
    return rng.choices([k for k, _ in dist], [w for _, w in dist])[0]


class RegisterBuilder:
    def __init__(self, rng: random.Random, people: People, counts: Counts) -> None:
        self.rng = rng
        self.people = people
        self.counts = counts
        self.reports: list[Rep] = []
        self.identities: dict[str, Identity] = {}
        self.by_identity: dict[str, list[Rep]] = {}
        self.ctype_of: dict[str, str] = {}

    # --- small helpers ---------------------------------------------------------
    def _when(self) -> datetime:
        span = (END - START).total_seconds()
        # more reports in the first days, as after any outage
        t = self.rng.betavariate(1.2, 3.0) * span
        return START + timedelta(seconds=int(t))

    def _channel(self) -> str:
        return self.rng.choices(("카카오톡 상담", "웹", "전화", "우편"), (55, 35, 9, 1))[0]

    def _loss(self) -> int:
        r = self.rng
        u = r.random()
        if u < 0.65:
            v = r.randrange(30, 300) * 1_000
        elif u < 0.93:
            v = r.randrange(301, 500) * 1_000
        else:
            v = r.randrange(501, 3_000) * 1_000
        if r.random() < 0.2:
            v += r.randrange(1, 10) * 100
        return v

    def _add(self, rep: Rep) -> Rep:
        self.reports.append(rep)
        key = rep.ident.key
        self.identities[key] = rep.ident
        self.by_identity.setdefault(key, []).append(rep)
        self.ctype_of.setdefault(key, rep.ctype)
        return rep

    # --- Kakao-owned reports --------------------------------------------------------
    def kakao_reports(self, ctype: str, n: int, pool: Pool, make_identity,
                      dist: tuple[tuple[int, float], ...]) -> None:
        r = self.rng
        made = 0
        while made < n:
            ident = make_identity()
            k = min(_reports_per_claimant(r, dist), n - made)
            used_services: list[str] = []
            first: Rep | None = None
            for i in range(k):
                if i == 1 and first is not None and r.random() < 0.25:
                    flag = "paid" if first.paid else "free" if first.monetary else "none"
                    if pool.take(flag):
                        self._add(Rep(ident, ctype, first.service, "kakao", first.paid,
                                      first.monetary, first.loss, first.description,
                                      first.received + timedelta(minutes=r.randrange(5, 3000)),
                                      self._channel(), first.evidence, resubmission_of=first))
                        made += 1
                        continue
                flag = pool.draw()
                rep = self._kakao_report(ident, ctype, flag, used_services)
                used_services.append(rep.service)
                first = first or rep
                self._add(rep)
                made += 1

    def _kakao_report(self, ident: Identity, ctype: str, flag: str, used: list[str]) -> Rep:
        r = self.rng
        paid = flag == "paid"
        monetary = flag == "free" or (paid and r.random() < 0.45)
        if ctype == "small_business":
            choices = [s for s in (PAID_SERVICES if paid else SB_SERVICES) if s not in used]
        else:
            choices = [s for s in (PAID_SERVICES if paid else FREE_SERVICES) if s not in used]
        service = r.choice(choices or (PAID_SERVICES if paid else FREE_SERVICES))
        loss = None
        if monetary and ctype in ("small_business", "enterprise"):
            loss = self._loss() * (20 if ctype == "enterprise" else 1)
        elif monetary and r.random() < 0.3:
            loss = r.randrange(1, 100) * 1_000  # users sometimes name a figure too
        return Rep(ident, ctype, service, "kakao", paid, monetary, loss,
                   r.choice(DESCRIPTIONS[service]), self._when(), self._channel(),
                   evidence=ctype != "user" and loss is not None and r.random() < 0.9)

    # --- affiliate-owned reports ---------------------------------------------------------
    def affiliate_reports(self, affiliate: str, n: int, make_identity, ctype_of) -> list[Identity]:
        r = self.rng
        services = AFFILIATE_SERVICES[affiliate]
        made = 0
        idents: list[Identity] = []
        while made < n:
            ident = make_identity()
            idents.append(ident)
            ctype = ctype_of(ident)
            k = min(r.choices((1, 2), (85, 15))[0], n - made)
            for _ in range(k):
                service = r.choices([s for s, _ in services], [w for _, w in services])[0]
                paid = r.random() < 0.5
                monetary = r.random() < 0.4
                loss = r.randrange(10, 400) * 1_000 if monetary and ctype != "user" else None
                self._add(Rep(ident, ctype, service, affiliate, paid, monetary, loss,
                              r.choice(DESCRIPTIONS[service]), self._when(), self._channel(),
                              evidence=loss is not None and r.random() < 0.5))
                made += 1
        return idents

    def number(self) -> None:
        """Report numbers in order of receipt (ties by generation order)."""
        order = sorted(range(len(self.reports)), key=lambda i: (self.reports[i].received, i))
        ordered = [self.reports[i] for i in order]
        for seq, rep in enumerate(ordered, 1):
            rep.report_no = f"1015-{seq:06d}"
        self.reports = ordered
