"""Matching affiliate payout rows to claimants, by blocking on identity keys.

Every payout is looked up only in the claimants that share one of its keys
(BRN, full mobile, the last four digits of a masked mobile, a BRN that fails
its check digit); no pair of rows is ever compared blindly.

* Sure: the same valid BRN; or the same full mobile with names that agree —
  when exactly one claimant fits.
* Candidate (a clerk decides), with a score and its reasons: the same full
  mobile but names that disagree; a masked mobile whose visible digits and
  name agree; a phone and name that agree while the payout's valid BRN is
  nobody's; a name plus a BRN that fails its check digit. A payout that fits
  several claimants equally well is always a candidate.
* A name alone is nothing.
* A clerk's decision (same / different), keyed by stable identities, wins over
  whatever the rules say, on every run.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

from reconcile.claimants import ClaimantDraft
from reconcile.names import best_name_score


@dataclass
class PayoutRow:
    id: int
    affiliate: str
    programme: str
    amount_krw: int
    partner_code: str | None
    payee_name: str | None
    business_name: str | None
    representative: str | None
    brn: str | None
    brn_valid: bool
    mobile: str | None
    mobile_masked: bool
    sheet: str
    row_number: int
    paid_on: object = None

    @property
    def names(self) -> list[str]:
        return [n for n in (self.payee_name, self.business_name, self.representative) if n]

    @property
    def key(self) -> str:
        """A stable identity for the row, from its content (not its position): survives
        re-runs, a batch undone and imported again, and rows moved within a corrected file."""
        raw = "\x1f".join(str(v) for v in (
            self.affiliate, self.partner_code, self.payee_name, self.business_name,
            self.representative, self.brn, self.mobile, self.amount_krw, self.paid_on))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class Proposal:
    claimant_key: str
    method: str
    score: float
    reasons: list[str]
    status: str  # sure, candidate, confirmed, rejected
    decided_by: str | None = None
    decided_at: object = None
    note: str | None = None


@dataclass
class Index:
    """Claimant keys by identity key. Names and phones are looked up only for the few
    claimants a payout's keys lead to, so they are derived on demand."""

    drafts: dict[str, ClaimantDraft]
    by_brn: dict[str, str] = field(default_factory=dict)
    by_mobile: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_last4: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_bad_brn: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def names(self, key: str) -> list[str]:
        return self.drafts[key].names

    def mobiles(self, key: str) -> set[str]:
        return {r.mobile for r in self.drafts[key].reports if r.mobile and not r.mobile_masked}


def build_index(drafts: dict[str, ClaimantDraft], payouts: list[PayoutRow]) -> Index:
    """The claimants under each identity key that one of ``payouts`` carries (no other key
    is ever looked up, so no other is indexed)."""
    ix = Index(drafts)
    by_brn, by_mobile, by_last4, by_bad_brn = ix.by_brn, ix.by_mobile, ix.by_last4, ix.by_bad_brn
    mobiles: set[str] = set()
    last4: set[str] = set()
    brns: set[str] = set()
    bad_brns: set[str] = set()
    for p in payouts:
        if p.mobile:
            (last4.add(p.mobile[-4:]) if p.mobile_masked else mobiles.add(p.mobile))
        if p.brn:
            (brns if p.brn_valid else bad_brns).add(p.brn)
    # a valid BRN is one business: its claimant is keyed by it
    for brn in brns:
        if "brn:" + brn in drafts:
            by_brn[brn] = "brn:" + brn
    for key, d in drafts.items():
        reps = d.reports
        if len(reps) == 1:
            r = reps[0]
            m = r.mobile
            if m and not r.mobile_masked:
                if m in mobiles:
                    by_mobile[m].append(key)
                if m[-4:] in last4:
                    by_last4[m[-4:]].append(key)
            if r.brn in bad_brns and not r.brn_valid and not d.unidentifiable:
                by_bad_brn[r.brn].append(key)
            continue
        for m in {r.mobile for r in reps if r.mobile and not r.mobile_masked}:
            if m in mobiles:
                by_mobile[m].append(key)
            if m[-4:] in last4:
                by_last4[m[-4:]].append(key)
        for bad in {r.brn for r in reps if r.brn in bad_brns and not r.brn_valid}:
            by_bad_brn[bad].append(key)
    return ix


def _masked_fits(masked: str, full: str) -> bool:
    return len(masked) == len(full) and all(m == "*" or m == f for m, f in zip(masked, full, strict=True))


def propose(p: PayoutRow, ix: Index, agree: float, scores: dict[str, float]) -> list[Proposal]:
    names = p.names
    if p.brn and p.brn_valid and p.brn in ix.by_brn:
        return [Proposal(ix.by_brn[p.brn], "brn", 1.0, ["사업자등록번호 일치"], "sure")]
    out: list[Proposal] = []
    brn_unknown = bool(p.brn and p.brn_valid)  # a valid BRN that no claimant has
    if p.mobile and not p.mobile_masked:
        agreeing, differing = [], []
        for key in ix.by_mobile.get(p.mobile, ()):
            s = best_name_score(names, ix.names(key))
            (agreeing if s >= agree else differing).append((key, s))
        if len(agreeing) == 1 and not differing and not brn_unknown:
            key, s = agreeing[0]
            return [Proposal(key, "mobile+name", 1.0, ["휴대전화 일치", f"성명 일치({s:.0f})"], "sure")]
        for key, s in agreeing:
            reasons = ["휴대전화 일치", f"성명 일치({s:.0f})"]
            if brn_unknown:
                reasons.append("지급 내역의 사업자등록번호는 신청인에게 없음")
                score = scores.get("score_brn_unknown_phone_name", 0.55)
            else:
                reasons.append("같은 휴대전화의 신청인이 여럿")
                score = 0.9
            out.append(Proposal(key, "mobile+name", score, reasons, "candidate"))
        for key, s in differing:
            out.append(Proposal(key, "mobile", scores.get("score_mobile_name_differs", 0.6),
                                ["휴대전화 일치", f"성명 불일치({s:.0f})"], "candidate"))
    elif p.mobile and p.mobile_masked and p.mobile[-4:].isdigit():
        for key in ix.by_last4.get(p.mobile[-4:], ()):
            if not any(_masked_fits(p.mobile, m) for m in ix.mobiles(key)):
                continue
            s = best_name_score(names, ix.names(key))
            if s >= agree:
                out.append(Proposal(key, "masked_mobile+name",
                                    scores.get("score_masked_mobile_name", 0.75),
                                    ["마스킹된 휴대전화의 보이는 숫자 일치", f"성명 일치({s:.0f})"],
                                    "candidate"))
    if p.brn and not p.brn_valid:
        seen = {c.claimant_key for c in out}
        for key in ix.by_bad_brn.get(p.brn, ()):
            s = best_name_score(names, ix.names(key))
            if key not in seen and s >= agree:
                out.append(Proposal(key, "name+partial_brn", scores.get("score_name_partial_brn", 0.5),
                                    ["성명 일치", "사업자등록번호 일치(검증번호 오류)"], "candidate"))
    return out


def apply_decisions(p_key: str, proposals: list[Proposal],
                    decisions: dict[str, dict[str, dict]], known: set[str]) -> list[Proposal]:
    """Human decisions override the rules; a payout matches at most one claimant."""
    mine = decisions.get(p_key, {})
    by_key = {pr.claimant_key: pr for pr in proposals}
    for ckey, d in mine.items():  # a decision about a pair the rules no longer propose survives
        if ckey not in by_key and ckey in known:
            by_key[ckey] = Proposal(ckey, "clerk", 0.0, ["담당자 판단"], "candidate")
    confirmed = None
    for ckey, pr in by_key.items():
        d = mine.get(ckey)
        if d is None:
            continue
        pr.decided_by, pr.decided_at, pr.note = d["operator"], d["decided_at"], d["note"]
        if d["decision"] == "same":
            pr.status = "confirmed"
            confirmed = ckey
        else:
            pr.status = "rejected"
    if confirmed is not None:
        for ckey, pr in by_key.items():
            if ckey != confirmed and pr.status != "rejected":
                pr.status = "rejected"
                pr.reasons = pr.reasons + ["다른 신청인이 동일인으로 확인됨"]
    return list(by_key.values())
