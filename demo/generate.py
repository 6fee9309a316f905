"""`recon1015 demo`: a deterministic synthetic world for the 1015 settlement.

It writes, for a seed and a scale:

* the claims register (xlsx, written by xlsxwriter) with the seed's exact counts;
* four affiliate payout files in the shapes real ones arrive in: Mobility and
  Games as .xlsx (openpyxl: title and 작성일 rows, merged cells, a 합계 row and
  notes, header synonyms, amounts as text, dates in several forms, phones that
  lost their leading 0, masked values, a hidden sheet), Pay as CSV in CP949,
  Entertainment as a two-sheet workbook encrypted with a password;
* ``ground_truth.json``: who every payout row really is, which cases are
  planted (sure matches, ambiguous ones for a clerk, namesakes that must not
  match) and what every claimant is owed under the default policy, so tests
  and benchmarks can score reconciliation and payouts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs

from demo.people import Identity, People
from demo.register import (
    ENT_FLAGS,
    SB_FLAGS,
    AFFILIATE_SPLIT,
    Pool,
    RegisterBuilder,
    Rep,
    target_counts,
)
from importers.normalize import format_brn
from models.domain import BANKS, CLAIMANT_TYPES_KO, COMPANIES

REGISTER_HEADERS = (
    "접수번호", "접수일시", "접수경로", "신청인구분", "성명", "상호", "휴대전화", "사업자등록번호",
    "카카오계정", "서비스", "담당회사", "유료서비스", "금전피해", "매출손실액", "피해내용", "증빙",
    "은행", "계좌번호", "예금주",
)
FILE_NAMES = {
    "claims": "1015_피해접수_내역.xlsx",
    "mobility": "카카오모빌리티_1015_보상지급내역.xlsx",
    "games": "카카오게임즈_PC방_보상지급내역.xlsx",
    "pay": "카카오페이_가맹점_지원금_지급내역.csv",
    "entertainment": "카카오엔터테인먼트_파트너_보상내역(암호).xlsx",
    "truth": "ground_truth.json",
}
# The default policy as the generator's own truth (independent of reconcile/).
TIERS = ((300_000, 30_000, "30만원 이하"), (500_000, 50_000, "30만원 초과 50만원 이하"))

# Planted cases at full scale; at a smaller scale each is scaled, never below 3.
PLANTED_FULL = {
    "sure_brn_games": 250, "sure_brn_pay": 200, "sure_brn_ent": 80,
    "sure_phone_mobility": 300, "sure_phone_ent": 60, "sure_phone_fallback": 40,
    "ambiguous_name_differs": 60, "ambiguous_masked": 60, "ambiguous_two": 20,
    "namesake_mobility": 60, "namesake_games": 40,
}
UNRELATED_FULL = {"mobility": 3_000, "games": 900, "pay": 1_500, "entertainment": 700}
MOBILITY_GRADES = (("택시(프로)", 7_550, 55), ("대리(프로)", 4_260, 20), ("가맹 블루", 50_000, 15),
                   ("가맹 벤티", 150_000, 6), ("가맹 블랙", 230_000, 4))
PAID_DAY = date(2022, 12, 20)


def default_demo_dir() -> Path:
    return Path(platformdirs.user_data_dir("Recon1015", appauthor=False)) / "demo"


def demo_password(seed: int) -> str:
    return f"Kent-{seed}!"


# --- the world ----------------------------------------------------------------------


@dataclass
class PayoutRow:
    affiliate: str
    values: dict[str, Any]
    truth: str | None  # identity key the row really is, or None
    case: str
    sheet: str = ""
    row: int = 0


@dataclass
class DemoData:
    seed: int
    scale: float
    reports: list[Rep]
    payouts: dict[str, list[PayoutRow]]
    identities: dict[str, Identity]
    ctype_of: dict[str, str]
    by_identity: dict[str, list[Rep]]
    flags: dict[str, list[str]] = field(default_factory=dict)

    def register_rows(self) -> list[tuple]:
        return [render_report(r) for r in self.reports]


def _n(full: int, scale: float) -> int:
    return max(3, round(full * scale))


def build(seed: int = 1015, scale: float = 1.0) -> DemoData:
    rng = random.Random(seed)
    people = People(rng)
    c = target_counts(scale)
    rb = RegisterBuilder(rng, people, c)

    sb_paid, sb_free = round(c.k_sb * SB_FLAGS[0]), round(c.k_sb * SB_FLAGS[1])
    ent_paid, ent_free = round(c.k_ent * ENT_FLAGS[0]), round(c.k_ent * ENT_FLAGS[1])
    u_paid, u_free = c.paid - sb_paid - ent_paid, c.free_monetary - sb_free - ent_free
    rb.kakao_reports("enterprise", c.k_ent,
                     Pool(rng, paid=ent_paid, free=ent_free, none=c.k_ent - ent_paid - ent_free),
                     lambda: people.business("E", corporate=True), ((1, 0.8), (2, 0.2)))
    rb.kakao_reports("small_business", c.k_sb,
                     Pool(rng, paid=sb_paid, free=sb_free, none=c.k_sb - sb_paid - sb_free),
                     lambda: people.business("S", bank=rng.random() < 0.95),
                     ((1, 0.70), (2, 0.18), (3, 0.08), (4, 0.04)))
    rb.kakao_reports("user", c.k_user,
                     Pool(rng, paid=u_paid, free=u_free, none=c.k_user - u_paid - u_free),
                     lambda: people.person("U"), ((1, 0.85), (2, 0.12), (3, 0.03)))

    # affiliate-owned reports
    remaining = c.affiliate
    aff_counts = {}
    for i, (aff, share) in enumerate(AFFILIATE_SPLIT):
        aff_counts[aff] = remaining if i == len(AFFILIATE_SPLIT) - 1 else round(c.affiliate * share)
        remaining -= aff_counts[aff]

    def driver() -> Identity:
        d = people.person("D", kakao=0.3)
        d.vehicle_no = people.vehicle_no()
        d.extra["ctype"] = "small_business" if rng.random() < 0.65 else "user"
        return d

    def pc_bang() -> Identity:
        b = people.business("G", bank=False)
        b.business_name = b.business_name.split(" ")[0].replace("PC방", "") + "PC방"
        b.extra["ctype"] = "small_business"
        return b

    def ent_partner() -> Identity:
        if rng.random() < 0.2:
            b = people.business("N", bank=False)
            b.extra["ctype"] = "small_business"
            return b
        p = people.person("N")
        p.extra["ctype"] = "user"
        return p

    def merchant() -> Identity:
        b = people.business("M", bank=False)
        b.extra["ctype"] = "small_business"
        return b

    reporters = {
        "mobility": rb.affiliate_reports("mobility", aff_counts["mobility"], driver,
                                         lambda i: i.extra["ctype"]),
        "games": rb.affiliate_reports("games", aff_counts["games"], pc_bang,
                                      lambda i: i.extra["ctype"]),
        "entertainment": rb.affiliate_reports("entertainment", aff_counts["entertainment"],
                                              ent_partner, lambda i: i.extra["ctype"]),
        "pay": rb.affiliate_reports("pay", aff_counts["pay"], merchant, lambda i: i.extra["ctype"]),
    }

    flags: dict[str, list[str]] = {}
    data = DemoData(seed, scale, rb.reports, {}, rb.identities, rb.ctype_of, rb.by_identity, flags)
    _plant_register_quirks(rng, people, data, flags)
    data.payouts = _payouts(rng, people, data, reporters, scale)
    rb.reports = data.reports
    rb.number()
    data.reports = rb.reports
    return data


def _single_report_sbs(data: DemoData) -> list[str]:
    return [k for k, reps in data.by_identity.items()
            if data.ctype_of[k] == "small_business" and k.startswith("S") and len(reps) == 1]


def _plant_register_quirks(rng: random.Random, people: People, data: DemoData,
                           flags: dict[str, list[str]]) -> None:
    """Mistyped BRNs, reports with no identifier, one phone under two businesses."""
    singles = _single_report_sbs(data)
    rng.shuffle(singles)
    n = max(2, round(len(singles) * 0.004))
    for key in singles[:n]:
        data.by_identity[key][0].brn_typo = True
        flags.setdefault(key, []).append("brn_typo")
    pairs = max(2, n // 3)
    for i in range(pairs):
        a, b = singles[n + 2 * i], singles[n + 2 * i + 1]
        data.identities[b].mobile = data.identities[a].mobile
        for k in (a, b):
            flags.setdefault(k, []).append("phone_shared")
    users = [k for k, reps in data.by_identity.items() if k.startswith("U") and len(reps) == 1]
    users.sort()
    for key in rng.sample(users, max(2, round(len(users) * 0.0015))):
        data.by_identity[key][0].anonymous = True
        flags.setdefault(key, []).append("unidentifiable")


def _phone_cell(rng: random.Random, mobile: str, numeric_share: float = 0.15) -> Any:
    u = rng.random()
    if u < numeric_share:
        return int(mobile)  # Excel dropped the leading 0
    if u < numeric_share + 0.1:
        return mobile
    return f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}"


def _brn_cell(rng: random.Random, digits: str, allow_int: bool = True) -> Any:
    u = rng.random()
    if u < 0.6:
        return format_brn(digits)
    if u < 0.8 or not allow_int:
        return digits
    if u < 0.9:
        return int(digits)
    return f"{digits[:3]} {digits[3:5]} {digits[5:]}"


def _typo_brn(digits: str) -> str:
    last = (int(digits[9]) + 1 + int(digits[8]) % 8) % 10
    return digits[:9] + str(last)


def _masked_name(name: str) -> str:
    return name[0] + "*" + name[2:] if len(name) >= 3 else name[0] + "*"


def _paid_date(rng: random.Random, style: str) -> Any:
    d = PAID_DAY + timedelta(days=rng.randrange(0, 40))
    if style == "datetime":
        return datetime(d.year, d.month, d.day)
    if style == "dots":
        return d.strftime("%Y.%m.%d")
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "compact":
        return d.strftime("%Y%m%d")
    return d.isoformat()


def _payouts(rng: random.Random, people: People, data: DemoData,
             reporters: dict[str, list[Identity]], scale: float) -> dict[str, list[PayoutRow]]:
    out: dict[str, list[PayoutRow]] = {a: [] for a in ("mobility", "games", "pay", "entertainment")}
    flagged = set(data.flags)
    # small businesses with a Kakao loss are the ones whose payouts matter most
    candidates = sorted(
        k for k, reps in data.by_identity.items()
        if k.startswith("S") and k not in flagged and any(r.loss for r in reps)
    )
    rng.shuffle(candidates)
    planted = {name: _n(full, scale) for name, full in PLANTED_FULL.items()}
    taken = 0

    def take(n: int) -> list[Identity]:
        nonlocal taken
        keys = candidates[taken:taken + n]
        taken += n
        return [data.identities[k] for k in keys]

    counter = {"mobility": 0, "games": 0, "pay": 0, "entertainment": 0}

    def code(aff: str) -> str:
        counter[aff] += 1
        prefix = {"mobility": "DRV", "games": "PCB", "pay": "MCH", "entertainment": "PTN"}[aff]
        return f"{prefix}{counter[aff] + 10000:06d}"

    def mobility(ident: Identity, case: str, truth: str | None, *, name: str | None = None,
                 phone: Any = None) -> None:
        grade, amount, _ = rng.choices(MOBILITY_GRADES, [w for *_, w in MOBILITY_GRADES])[0]
        out["mobility"].append(PayoutRow("mobility", {
            "기사ID": code("mobility"), "성명": name or ident.name,
            "휴대전화": phone if phone is not None else _phone_cell(rng, ident.mobile),
            "차량번호": ident.vehicle_no or people.vehicle_no(), "구분": grade, "지급액": amount,
            "지급일": _paid_date(rng, rng.choice(("datetime", "dots", "iso"))),
        }, truth, case))

    def games(ident: Identity, case: str, truth: str | None, *, brn: str | None = None,
              phone: str | None = None) -> None:
        amount = rng.choice((30_000, 50_000, 100_000))
        out["games"].append(PayoutRow("games", {
            "상호": ident.business_name, "가맹점코드": code("games"),
            "사업자 번호": _brn_cell(rng, brn or ident.brn),
            "대표자": ident.name, "연락처": _phone_cell(rng, phone or ident.mobile, 0.1),
            "지원내역": rng.choice(("게임 내 혜택 환산", "PC방 프리미엄 연장 환산")),
            "환산금액": f"{amount:,}원", "지급일": _paid_date(rng, rng.choice(("slash", "iso"))),
        }, truth, case))

    def pay(ident: Identity, case: str, truth: str | None, *, brn: str | None = None) -> None:
        amount = rng.choice((10_000, 20_000, 30_000, 50_000))
        out["pay"].append(PayoutRow("pay", {
            "가맹점ID": code("pay"), "가맹점명": ident.business_name,
            "사업자등록번호": _brn_cell(rng, brn or ident.brn, allow_int=False),
            "대표자명": ident.name,
            "연락처": f"{ident.mobile[:3]}-{ident.mobile[3:7]}-{ident.mobile[7:]}",
            "지원금액": f"{amount:,}", "지급일자": _paid_date(rng, "compact"),
        }, truth, case))

    def ent(ident: Identity, case: str, truth: str | None, *, as_business: bool) -> None:
        amount = rng.choice((5_000, 10_000, 30_000, 50_000, 100_000))
        out["entertainment"].append(PayoutRow("entertainment", {
            "파트너코드": code("entertainment"),
            "파트너명": ident.business_name if as_business else ident.name,
            "구분": "사업자" if as_business else "개인",
            "사업자등록번호": format_brn(ident.brn) if as_business else None,
            "휴대전화": None if as_business else _phone_cell(rng, ident.mobile, 0.0),
            "지급액": amount if rng.random() < 0.8 else f"₩{amount:,}",
            "지급일": _paid_date(rng, rng.choice(("datetime", "dots"))),
        }, truth, case))

    # 1. affiliates paying the claimants who reported their services (70% of them)
    for aff, idents in reporters.items():
        for ident in idents:
            if rng.random() >= 0.7:
                continue
            if aff == "mobility":
                mobility(ident, "reporter", ident.key)
            elif aff == "games":
                games(ident, "reporter", ident.key)
            elif aff == "pay":
                pay(ident, "reporter", ident.key)
            else:
                ent(ident, "reporter", ident.key, as_business=ident.brn is not None)

    # 2. sure matches with Kakao's own small-business claimants
    for ident in take(planted["sure_brn_games"]):
        games(ident, "sure_brn", ident.key)
    for ident in take(planted["sure_brn_pay"]):
        pay(ident, "sure_brn", ident.key)
    for ident in take(planted["sure_brn_ent"]):
        ent(ident, "sure_brn", ident.key, as_business=True)
    for ident in take(planted["sure_phone_mobility"]):
        mobility(ident, "sure_phone", ident.key)
    for ident in take(planted["sure_phone_ent"]):
        ent(ident, "sure_phone", ident.key, as_business=False)
    for i, ident in enumerate(take(planted["sure_phone_fallback"])):
        # a mistyped BRN on the affiliate's sheet; phone and name still agree
        (games if i % 2 else pay)(ident, "sure_phone_fallback", ident.key,
                                  brn=_typo_brn(ident.brn))

    # 3. ambiguous: a clerk must decide
    for i, ident in enumerate(take(planted["ambiguous_name_differs"])):
        same = i % 2 == 0  # a family member's name on the account, or really someone else
        mobility(ident, "ambiguous_name_differs", ident.key if same else None,
                 name=people.name(), phone=_phone_cell(rng, ident.mobile))
    for ident in take(planted["ambiguous_masked"]):
        mobility(ident, "ambiguous_masked", ident.key,
                 phone=f"010-****-{ident.mobile[-4:]}")
    pairs = take(2 * planted["ambiguous_two"])
    for a, b in zip(pairs[0::2], pairs[1::2], strict=True):
        # two claimants with the same name and the same last four digits
        b.name = a.name
        people._phones.discard(b.mobile)
        b.mobile = people.mobile(last4=a.mobile[-4:])
        if b.holder and b.holder != b.business_name:
            b.holder = b.name
        mobility(a, "ambiguous_two", a.key, phone=f"010-****-{a.mobile[-4:]}")
        data.flags.setdefault(b.key, []).append("twin_of:" + a.key)

    # 4. namesakes: same name (and shop name), different person
    for ident in take(planted["namesake_mobility"]):
        other = people.person("X")
        while other.mobile[-4:] == ident.mobile[-4:]:
            other = people.person("X")
        mobility(other, "namesake", None, name=ident.name)
    for ident in take(planted["namesake_games"]):
        other = people.business("X", bank=False)
        other.name, other.business_name = ident.name, ident.business_name
        while other.mobile[-4:] == ident.mobile[-4:]:
            other.mobile = people.mobile()
        games(other, "namesake", None)

    # 5. payees who never reported anything
    for aff, full in UNRELATED_FULL.items():
        for _ in range(max(3, round(full * scale))):
            if aff == "mobility":
                d = people.person("Y", kakao=0)
                d.vehicle_no = people.vehicle_no()
                mobility(d, "unrelated", None,
                         name=_masked_name(d.name) if rng.random() < 0.1 else None)
            elif aff == "games":
                b = people.business("Y", bank=False)
                b.business_name = b.business_name.split(" ")[0] + "PC방"
                games(b, "unrelated", None)
            elif aff == "pay":
                pay(people.business("Y", bank=False), "unrelated", None)
            else:
                as_b = rng.random() < 0.3
                ent(people.business("Y", bank=False) if as_b else people.person("Y"),
                    "unrelated", None, as_business=as_b)

    for rows in out.values():
        rng.shuffle(rows)
    return out


# --- rendering ----------------------------------------------------------------------


def render_report(rep: Rep) -> tuple:
    i = rep.ident
    business = rep.ctype in ("small_business", "enterprise") and i.brn is not None
    brn = None
    if business:
        brn = format_brn(_typo_brn(i.brn) if rep.brn_typo else i.brn)
    bank = account = holder = None
    if business and rep.evidence and i.account:
        bank, account, holder = BANKS[i.bank_code], i.account, i.holder
    mobile = None if rep.anonymous else f"{i.mobile[:3]}-{i.mobile[3:7]}-{i.mobile[7:]}"
    kakao = None if rep.anonymous else i.kakao_account
    return (
        rep.report_no, rep.received.replace(tzinfo=None), rep.channel,
        CLAIMANT_TYPES_KO[rep.ctype], i.name, i.business_name if business else None,
        mobile, brn, kakao, rep.service, COMPANIES[rep.company],
        "Y" if rep.paid else "N", "Y" if rep.monetary else "N", rep.loss, rep.description,
        "Y" if rep.evidence else "N", bank, account, holder,
    )


# --- the truth ----------------------------------------------------------------------


def claimant_truth(data: DemoData) -> dict[str, dict[str, Any]]:
    """What each claimant is owed under the default policy, if clerks decide truly."""
    paid_to: dict[str, int] = {}
    paid_by: dict[str, set[str]] = {}
    for rows in data.payouts.values():
        for p in rows:
            if p.truth:
                amount = _amount(p)
                paid_to[p.truth] = paid_to.get(p.truth, 0) + amount
                paid_by.setdefault(p.truth, set()).add(p.affiliate)
    out: dict[str, dict[str, Any]] = {}
    for key, reps in data.by_identity.items():
        ctype = data.ctype_of[key]
        kakao_reps = [r for r in reps if r.company == "kakao"]
        flags = data.flags.get(key, [])
        if ctype == "user" and not flags and key not in paid_to:
            continue
        entry: dict[str, Any] = {
            "type": ctype,
            "reports": sorted(r.report_no for r in reps),
            "flags": flags,
            "affiliate_paid_krw": paid_to.get(key, 0),
            "affiliate_reports": {r.report_no: ("settled_by_affiliate" if r.company in
                                                paid_by.get(key, ()) else "open_at_affiliate")
                                  for r in reps if r.company != "kakao"},
        }
        if kakao_reps:
            distinct = {(r.service, r.loss) for r in kakao_reps if r.loss}
            loss = sum(v for _, v in distinct)
            entry.update(_kakao_outcome(ctype, loss, paid_to.get(key, 0), "unidentifiable" in flags))
        out[key] = entry
    return out


def _kakao_outcome(ctype: str, loss: int, affiliate_paid: int, unidentifiable: bool) -> dict:
    if unidentifiable:
        return {"outcome": "unidentifiable", "loss_krw": loss, "payable_krw": 0}
    if ctype == "user":
        return {"outcome": "benefits_only", "loss_krw": loss, "payable_krw": 0}
    if ctype == "enterprise":
        return {"outcome": "individual_review", "loss_krw": loss, "payable_krw": 0}
    if loss <= 0:
        return {"outcome": "no_loss", "loss_krw": 0, "payable_krw": 0}
    for bound, amount, _label in TIERS:
        if loss <= bound:
            payable = max(0, amount - affiliate_paid)
            return {"outcome": "pay" if payable else "covered_by_affiliate", "loss_krw": loss,
                    "entitled_krw": amount, "payable_krw": payable}
    return {"outcome": "committee", "loss_krw": loss, "payable_krw": None}


def amount_value(v: Any) -> int:
    """An amount cell as the generator wrote it (50000, "50,000원", "₩50,000")."""
    if isinstance(v, int):
        return v
    return int(str(v).replace(",", "").replace("원", "").replace("₩", ""))


def _amount(p: PayoutRow) -> int:
    return amount_value(p.values.get("지급액") or p.values.get("환산금액") or p.values.get("지원금액"))


def register_counts(rows: list[tuple]) -> dict[str, int]:
    """The seed's table computed from rendered register rows (used by tests)."""
    kakao = [r for r in rows if r[10] == COMPANIES["kakao"]]
    return {
        "reports_total": len(rows),
        "reports_kakao": len(kakao),
        "reports_affiliate": len(rows) - len(kakao),
        "user": sum(1 for r in kakao if r[3] == "일반이용자"),
        "small_business": sum(1 for r in kakao if r[3] == "소상공인"),
        "enterprise": sum(1 for r in kakao if r[3] == "중대형기업"),
        "paid_service": sum(1 for r in kakao if r[11] == "Y"),
        "free_monetary": sum(1 for r in kakao if r[11] == "N" and r[12] == "Y"),
    }
