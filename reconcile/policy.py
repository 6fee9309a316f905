"""The compensation policy as data: a versioned TOML document, validated on load.

A different policy — other bounds, amounts, services or overlap rules — runs
without code changes. The document is stored in the workspace exactly as
applied (``policy_version``), and every outcome refers to it.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select

from models.domain import KAKAO
from models.errors import InputRefused
from models.tables import PolicyVersion

OVERLAP_RULES = ("offset", "exclude", "allow")
TYPE_RULES = ("benefits_only", "individual_review")
_pv = PolicyVersion.__table__


@dataclass(frozen=True)
class Tier:
    max_loss: int
    amount: int
    label: str


@dataclass(frozen=True)
class Programme:
    code: str
    label: str
    company: str
    overlap: str


@dataclass(frozen=True)
class Policy:
    version: str
    title: str
    programme: str
    programme_label: str
    tiers: tuple[Tier, ...]
    above_top_tier: str
    type_rules: dict[str, str]
    services: dict[str, str]  # service -> company code ("kakao" or a programme code)
    programmes: dict[str, Programme]
    matching: dict[str, float]
    document: str
    sha256: str
    _owners: dict[tuple[str, str], str | None] = field(default_factory=dict, repr=False, compare=False)

    def tier_for(self, loss: int) -> Tier | None:
        for t in self.tiers:
            if loss <= t.max_loss:
                return t
        return None

    def programme_for_company(self, company_name: str) -> Programme | None:
        return next((p for p in self.programmes.values() if p.company == company_name), None)

    def owner(self, service: str, company: str) -> str | None:
        """Who settles a report about this service: "kakao", an affiliate programme's code,
        or None. The policy's service list decides; a service it does not name belongs to
        the company the report gives. Memoised: a register has a few dozen pairs."""
        try:
            return self._owners[(service, company)]
        except KeyError:
            pass
        code = self.services.get(service)
        if not code:
            p = None if company == KAKAO else self.programme_for_company(company)
            code = "kakao" if company == KAKAO else p.code if p else None
        self._owners[(service, company)] = code
        return code


def default_policy_text() -> str:
    return resources.files("resources").joinpath("policy/1015-default.toml").read_text("utf-8")


def _need(doc: dict, key: str, kind: type, where: str) -> Any:
    if key not in doc:
        raise InputRefused(f"정책 파일: {where}{key} 항목이 없습니다.")
    value = doc[key]
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise InputRefused(f"정책 파일: {where}{key} 의 형식이 맞지 않습니다.")
    return value


def parse_policy(text: str, name: str = "policy") -> Policy:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputRefused(f"{name}: 정책 파일을 읽을 수 없습니다 ({e}).") from None
    sb = _need(doc, "small_business", dict, "")
    tiers = []
    for i, t in enumerate(_need(sb, "tiers", list, "small_business.")):
        where = f"small_business.tiers[{i}]."
        tier = Tier(_need(t, "max_loss", int, where), _need(t, "amount", int, where),
                    str(t.get("label", "")))
        if tier.amount < 0 or tier.max_loss < 0:
            raise InputRefused(f"정책 파일: {where} 금액은 0 이상이어야 합니다.")
        tiers.append(tier)
    if not tiers or [t.max_loss for t in tiers] != sorted({t.max_loss for t in tiers}):
        raise InputRefused("정책 파일: small_business.tiers 는 max_loss 가 커지는 순서여야 합니다.")
    above = str(sb.get("above_top_tier", "committee"))
    if above not in ("committee", "top_tier"):
        raise InputRefused("정책 파일: above_top_tier 는 committee 또는 top_tier 입니다.")
    type_rules = {k: str(v) for k, v in doc.get("claimant_types", {}).items()}
    for k, v in type_rules.items():
        if k not in ("user", "enterprise") or v not in TYPE_RULES + ("small_business",):
            raise InputRefused(f"정책 파일: claimant_types.{k} = {v} 는 쓸 수 없습니다.")
    programmes = {}
    for code, p in _need(doc, "affiliate_programmes", dict, "").items():
        where = f"affiliate_programmes.{code}."
        overlap = _need(p, "overlap", str, where)
        if overlap not in OVERLAP_RULES:
            raise InputRefused(f"정책 파일: {where}overlap 은 {', '.join(OVERLAP_RULES)} 중 하나입니다.")
        programmes[code] = Programme(code, str(p.get("label", code)), _need(p, "company", str, where),
                                     overlap)
    services = {str(k): str(v) for k, v in _need(doc, "services", dict, "").items()}
    unknown = sorted({v for v in services.values() if v != "kakao" and v not in programmes})
    if unknown:
        raise InputRefused(f"정책 파일: services 가 정의되지 않은 프로그램을 가리킵니다: {', '.join(unknown)}")
    matching = {k: float(v) for k, v in doc.get("matching", {}).items()}
    matching.setdefault("name_agree", 85.0)
    return Policy(
        version=_need(doc, "version", str, ""), title=str(doc.get("title", "")),
        programme=str(doc.get("programme", "kakao_1015")),
        programme_label=str(doc.get("programme_label", "")), tiers=tuple(tiers),
        above_top_tier=above, type_rules=type_rules, services=services, programmes=programmes,
        matching=matching, document=text, sha256=hashlib.sha256(text.encode()).hexdigest())


def load_policy(path: str | Path | None = None) -> Policy:
    if path is None:
        return parse_policy(default_policy_text(), "1015-default.toml")
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise InputRefused(f"{p}: 정책 파일을 열 수 없습니다 ({e.strerror}).") from None
    return parse_policy(text, p.name)


def record_policy(conn: Connection, policy: Policy) -> int:
    """The policy_version row for this policy (created on first use). A version name
    reused for a different document is refused: every outcome must be reproducible."""
    row = conn.execute(select(_pv.c.id, _pv.c.sha256).where(_pv.c.version == policy.version)).first()
    if row is not None:
        if row.sha256 != policy.sha256:
            raise InputRefused(f"정책 버전 '{policy.version}'은(는) 이미 다른 내용으로 쓰였습니다. "
                               "정책을 바꾸면 version 도 새로 정해 주세요.")
        return row.id
    return conn.execute(insert(_pv).values(version=policy.version, sha256=policy.sha256,
                                           document=policy.document)).inserted_primary_key[0]
