"""Declarative profiles: one per source, fields with their Korean header synonyms.

A profile says which columns a sheet of that source has (under any of their
usual names), which are required, and how each value is read. Headers are
compared by ``header_key`` (spaces, punctuation, width and case ignored).
A clerk's saved mapping (header -> field) covers a layout no profile knows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from importers.normalize import header_key
from models.errors import InputRefused


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # the Korean header a clerk expects
    type: str  # text, name, brn, mobile, amount, date, datetime, flag, ctype, bank, account, kakao, code, company, service, channel
    synonyms: tuple[str, ...] = ()
    required: bool = False  # the column must exist (detection) and the value must be there

    @property
    def keys(self) -> set[str]:
        return {header_key(s) for s in (self.label, *self.synonyms)}


@dataclass(frozen=True)
class Profile:
    name: str  # claims, games, mobility, entertainment, pay
    label: str
    target: str  # "report" or "payout"
    fields: tuple[FieldSpec, ...]
    identity: tuple[str, ...]  # a row needs at least one of these
    programme: str | None = None  # affiliate programme for payout rows

    @property
    def required(self) -> list[FieldSpec]:
        return [f for f in self.fields if f.required]

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


F = FieldSpec
_NAME = ("성명", "이름", "신청인", "신청인명", "수령인", "수령인명")
_MOBILE = ("휴대전화", "휴대폰", "휴대폰번호", "휴대전화번호", "핸드폰", "핸드폰번호", "연락처", "전화번호", "HP")
_BRN = ("사업자등록번호", "사업자번호", "사업자 등록번호", "사업자등록 번호", "사업자NO", "BRN")
_AMOUNT_PAID = ("지급액", "지급금액", "지급 금액", "보상금액", "보상액", "지원금액", "지원금", "환산금액")
_PAID_ON = ("지급일", "지급일자", "지급 일자", "지급일시", "지급날짜")

CLAIMS = Profile("claims", "피해 접수 내역 (카카오)", "report", (
    F("report_no", "접수번호", "code", ("접수 번호", "접수ID", "신청번호", "접수NO"), True),
    F("received_at", "접수일시", "datetime", ("접수일", "접수일자", "접수 일시", "신청일시", "접수시각")),
    F("channel", "접수경로", "channel", ("접수 경로", "접수채널", "채널", "신청경로")),
    F("claimant_type", "신청인구분", "ctype", ("신청인 구분", "신청인유형", "신청자구분", "신청 유형"), True),
    F("name", "성명", "name", _NAME),
    F("business_name", "상호", "name", ("상호명", "업체명", "사업장명", "가게명")),
    F("mobile", "휴대전화", "mobile", _MOBILE),
    F("brn", "사업자등록번호", "brn", _BRN),
    F("kakao_account", "카카오계정", "kakao", ("카카오 계정", "카카오ID", "카카오아이디", "계정")),
    F("service", "서비스", "service", ("서비스명", "피해서비스", "피해 서비스", "장애서비스"), True),
    F("company", "담당회사", "company", ("담당 회사", "소관회사", "담당사", "소관")),
    F("paid_service", "유료서비스", "flag", ("유료 서비스", "유료여부", "유료")),
    F("monetary_loss", "금전피해", "flag", ("금전 피해", "금전피해여부", "금전적피해", "금전적 피해")),
    F("loss_krw", "매출손실액", "amount", ("매출 손실액", "손실액", "추정손실액", "피해금액", "피해액")),
    F("description", "피해내용", "text", ("피해 내용", "내용", "접수내용")),
    F("evidence", "증빙", "flag", ("증빙제출", "증빙여부", "증빙 제출", "서류제출")),
    F("bank", "은행", "bank", ("은행명", "입금은행", "은행코드")),
    F("account", "계좌번호", "account", ("계좌", "입금계좌", "입금계좌번호", "계좌 번호")),
    F("account_holder", "예금주", "name", ("예금주명", "예금주 명")),
), identity=("mobile", "brn", "kakao_account", "name", "business_name"))

MOBILITY = Profile("mobility", "카카오모빌리티 지급 내역", "payout", (
    F("partner_code", "기사ID", "code", ("기사 ID", "드라이버ID", "기사번호", "기사코드"), True),
    F("payee_name", "성명", "name", _NAME + ("기사명", "기사 성명")),
    F("mobile", "휴대전화", "mobile", _MOBILE),
    F("vehicle_no", "차량번호", "text", ("차량 번호", "차번호"), True),
    F("category", "구분", "text", ("등급", "멤버십", "유형")),
    F("amount", "지급액", "amount", _AMOUNT_PAID + ("지급포인트", "포인트"), True),
    F("paid_on", "지급일", "date", _PAID_ON),
), identity=("mobile", "payee_name"), programme="mobility")

GAMES = Profile("games", "카카오게임즈 PC방 보상 내역", "payout", (
    F("partner_code", "가맹점코드", "code", ("가맹점 코드", "PC방코드", "파트너코드"), True),
    F("business_name", "상호", "name", ("상호명", "업체명", "PC방명", "매장명"), True),
    F("brn", "사업자번호", "brn", _BRN),
    F("representative", "대표자", "name", ("대표자명", "대표", "대표자 성명")),
    F("mobile", "연락처", "mobile", _MOBILE),
    F("category", "지원내역", "text", ("지원 내역", "혜택", "혜택내역")),
    F("amount", "환산금액", "amount", ("환산 금액", "원화환산액") + _AMOUNT_PAID, True),
    F("paid_on", "지급일", "date", _PAID_ON),
), identity=("brn", "mobile", "business_name", "representative"), programme="games")

PAY = Profile("pay", "카카오페이 가맹점 지원금 내역", "payout", (
    F("partner_code", "가맹점ID", "code", ("가맹점 ID", "가맹점번호", "가맹점아이디"), True),
    F("business_name", "가맹점명", "name", ("가맹점 명", "상호", "상호명"), True),
    F("brn", "사업자등록번호", "brn", _BRN),
    F("representative", "대표자명", "name", ("대표자", "대표")),
    F("mobile", "연락처", "mobile", _MOBILE),
    F("amount", "지원금액", "amount", ("지원 금액",) + _AMOUNT_PAID, True),
    F("paid_on", "지급일자", "date", _PAID_ON),
), identity=("brn", "mobile", "business_name", "representative"), programme="pay")

ENTERTAINMENT = Profile("entertainment", "카카오엔터테인먼트 파트너 보상 내역", "payout", (
    F("partner_code", "파트너코드", "code", ("파트너 코드", "파트너ID", "작가코드"), True),
    F("payee_name", "파트너명", "name", ("파트너 명", "작가명", "성명", "상호"), True),
    F("category", "구분", "text", ("유형", "개인사업자구분", "파트너구분")),
    F("brn", "사업자등록번호", "brn", _BRN),
    F("mobile", "휴대전화", "mobile", _MOBILE),
    F("amount", "지급액", "amount", _AMOUNT_PAID, True),
    F("paid_on", "지급일", "date", _PAID_ON),
), identity=("brn", "mobile", "payee_name"), programme="entertainment")

PROFILES: dict[str, Profile] = {p.name: p for p in (CLAIMS, GAMES, MOBILITY, ENTERTAINMENT, PAY)}
KINDS = tuple(PROFILES)

# Headers that name a resident registration number: such a column is never read.
RRN_HEADERS = {header_key(h) for h in ("주민등록번호", "주민번호", "주민 등록 번호", "생년월일및성별",
                                        "주민등록", "RRN")}


def match_columns(profile: Profile, headers: list[object]) -> dict[str, int]:
    """field name -> column index, for the headers this profile knows (first wins)."""
    found: dict[str, int] = {}
    keys = [header_key(h) for h in headers]
    for f in profile.fields:
        fk = f.keys
        for j, k in enumerate(keys):
            if k and k in fk and j not in found.values():
                found[f.name] = j
                break
    return found


def has_required(profile: Profile, found: dict[str, int]) -> bool:
    return all(f.name in found for f in profile.required)


# --- saved mappings ------------------------------------------------------------------


@dataclass(frozen=True)
class Mapping:
    """A clerk's mapping for a layout no profile knows: header text -> field name."""

    profile: str
    columns: dict[str, str]
    name: str = ""

    def to_json(self) -> str:
        return json.dumps({"name": self.name, "profile": self.profile, "columns": self.columns},
                          ensure_ascii=False, indent=2)

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Mapping:
        p = Path(path)
        try:
            doc = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputRefused(f"{p}: 매핑 파일이 없습니다.") from None
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise InputRefused(f"{p.name}: 매핑 파일이 올바른 JSON이 아닙니다 ({e}).") from None
        if not isinstance(doc, dict) or doc.get("profile") not in PROFILES \
                or not isinstance(doc.get("columns"), dict):
            raise InputRefused(f"{p.name}: 매핑 파일에는 profile ({', '.join(KINDS)})과 "
                               "columns (머리글 → 필드)가 있어야 합니다.")
        profile = PROFILES[doc["profile"]]
        names = {f.name for f in profile.fields}
        bad = [v for v in doc["columns"].values() if v not in names]
        if bad:
            raise InputRefused(f"{p.name}: '{profile.name}' 프로필에 없는 필드: {', '.join(map(str, bad))}. "
                               f"쓸 수 있는 필드: {', '.join(sorted(names))}")
        return cls(doc["profile"], {str(k): str(v) for k, v in doc["columns"].items()},
                   str(doc.get("name", "")))

    def match(self, headers: list[object]) -> dict[str, int]:
        wanted = {header_key(h): f for h, f in self.columns.items()}
        found: dict[str, int] = {}
        for j, h in enumerate(headers):
            f = wanted.get(header_key(h))
            if f and f not in found:
                found[f] = j
        return found
