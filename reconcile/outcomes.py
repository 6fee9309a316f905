"""What the policy decides for each claimant, with an explanation a clerk can read."""

from __future__ import annotations

from typing import NamedTuple

from reconcile.claimants import ClaimantDraft
from reconcile.policy import Policy


def won(n: int) -> str:
    return f"{n:,}원"


class OutcomeDraft(NamedTuple):
    """An outcome as the policy decides it (immutable: the same value may be shared)."""

    programme: str
    kind: str
    explanation: str
    loss_krw: int | None = None
    tier: str | None = None
    entitled_krw: int = 0
    offset_krw: int = 0
    payable_krw: int = 0


_FIXED_TEXT = {
    "unidentifiable": "신청인을 알아볼 정보(휴대전화·사업자등록번호·카카오계정)가 없어 담당자 확인이 필요합니다",
    "benefits_only": "일반 이용자: 이모티콘·쿠폰 등 혜택 대상 (현금 지급 없음)",
    "individual_review": "중대형기업: 개별 검토 대상",
}
_fixed_outcomes: dict[tuple[str, str], OutcomeDraft] = {}


def _fixed(programme: str, kind: str) -> OutcomeDraft:
    """The outcomes that are the same for every claimant they apply to (most of them)."""
    o = _fixed_outcomes.get((programme, kind))
    if o is None:
        o = _fixed_outcomes[(programme, kind)] = OutcomeDraft(programme, kind, _FIXED_TEXT[kind])
    return o


def claimant_loss(d: ClaimantDraft, policy: Policy) -> int:
    """The sum over distinct Kakao-owned reports; the same service and amount twice counts once."""
    owner = policy.owner
    distinct = {(r.service, r.loss_krw) for r in d.reports
                if r.loss_krw and owner(r.service, r.company) == "kakao"}
    return sum(v for _, v in distinct)


def has_kakao_report(d: ClaimantDraft, policy: Policy) -> bool:
    owner = policy.owner
    for r in d.reports:
        if owner(r.service, r.company) == "kakao":
            return True
    return False


def kakao_outcome(d: ClaimantDraft, policy: Policy, paid_by: dict[str, int],
                  committee: dict | None) -> OutcomeDraft | None:
    """Kakao's own programme, for a claimant with at least one Kakao-owned report."""
    if not has_kakao_report(d, policy):
        return None
    prog = policy.programme
    if d.unidentifiable:
        return _fixed(prog, "unidentifiable")
    ctype = d.claimant_type
    rule = policy.type_rules.get(ctype, "small_business" if ctype == "small_business" else None)
    if ctype == "user" and rule == "benefits_only":
        return _fixed(prog, "benefits_only")
    if ctype == "enterprise" and rule == "individual_review":
        return _fixed(prog, "individual_review")
    loss = claimant_loss(d, policy)
    if loss <= 0:
        return OutcomeDraft(prog, "no_loss", "매출손실액 신고 없음: 지급 대상 아님", loss_krw=0)
    tier = policy.tier_for(loss)
    if tier is not None:
        entitled, tier_label = tier.amount, tier.label
        head = f"매출손실 {won(loss)} → {won(tier.amount)} 구간"
    elif policy.above_top_tier == "top_tier":
        top = policy.tiers[-1]
        entitled, tier_label = top.amount, top.label
        head = f"매출손실 {won(loss)} → 최고 구간 {won(top.amount)}"
    elif committee is None:
        return OutcomeDraft(prog, "committee",
                            f"매출손실 {won(loss)}: 최고 구간({won(policy.tiers[-1].max_loss)}) 초과 → "
                            "협의체 심의 대기", loss_krw=loss, tier="협의체 심의")
    else:
        entitled, tier_label = committee["amount_krw"], f"협의체 심의 ({committee['reference']})"
        head = f"매출손실 {won(loss)} → 협의체 결정 {won(entitled)} ({committee['reference']})"
    parts = [head]
    offset_sum = 0
    for code in sorted(paid_by):
        prog_def = policy.programmes.get(code)
        amount = paid_by[code]
        if prog_def is None or amount <= 0:
            continue
        if prog_def.overlap == "exclude":
            return OutcomeDraft(prog, "covered_by_affiliate",
                                f"{head}; {prog_def.company} 지급 {won(amount)} 이력 → 정책상 제외",
                                loss_krw=loss, tier=tier_label, entitled_krw=entitled,
                                offset_krw=entitled, payable_krw=0)
        if prog_def.overlap == "offset":
            offset_sum += amount
            parts.append(f"{prog_def.company} 지급 {won(amount)} 차감")
        else:
            parts.append(f"{prog_def.company} 지급 {won(amount)} (정책상 차감 안 함)")
    payable = max(0, entitled - offset_sum)
    offset = entitled - payable
    if payable == 0 and offset > 0:
        parts.append("계열사 기지급으로 지급액 없음")
        kind = "covered_by_affiliate"
    elif payable == 0:
        kind = "committee" if tier is None else "no_loss"
        parts.append("지급액 없음")
    else:
        kind = "pay"
        parts.append(f"지급 {won(payable)}")
    return OutcomeDraft(prog, kind, "; ".join(parts[:-1]) + " → " + parts[-1] if len(parts) > 1
                        else parts[0], loss_krw=loss, tier=tier_label, entitled_krw=entitled,
                        offset_krw=offset, payable_krw=payable)


def affiliate_outcomes(d: ClaimantDraft, policy: Policy, paid_by: dict[str, int]) -> list[OutcomeDraft]:
    """Reports about an affiliate's services are that affiliate's to settle."""
    out = []
    if len(d.reports) == 1:
        r = d.reports[0]
        owner = policy.owner(r.service, r.company)
        owners = [] if owner in ("kakao", None) else [owner]
    else:
        owners = sorted({policy.owner(r.service, r.company) for r in d.reports} - {"kakao", None})
    for code in owners:
        prog = policy.programmes.get(code)
        label = prog.company if prog else code
        if paid_by.get(code, 0) > 0:
            out.append(OutcomeDraft(f"affiliate:{code}", "settled_by_affiliate",
                                    f"{label} 서비스 신고: {label}가 {won(paid_by[code])} 지급 → 정산 완료"))
        else:
            out.append(OutcomeDraft(f"affiliate:{code}", "open_at_affiliate",
                                    f"{label} 서비스 신고: {label} 지급 내역에 없음 → {label} 미결 목록"))
    return out
