"""Claimants from reports: who is one person or one business.

* Reports with the same valid BRN are one business (key ``brn:…``).
* Other reports are one person by mobile number, else by Kakao account: a
  union over shared mobiles and accounts (key ``mobile:…`` or ``kakao:…``).
* A report with no usable identifier is its own claimant (``report:…``),
  flagged unidentifiable.
* A phone never merges businesses: one phone under two BRNs is flagged, as is
  a person's phone that is also a business's.

Keys are derived from identities, not from row ids, so a claimant keeps its key
(and the clerk's decisions about it) across every re-run and re-import.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

TYPE_RANK = {"user": 0, "small_business": 1, "enterprise": 2}


def _most_common(values) -> str | None:
    """The most frequent non-empty value; ties go to the first seen (like Counter.most_common)."""
    counts: dict[str, int] = {}
    for v in values:
        if v:
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.__getitem__) if len(counts) > 1 else next(iter(counts))


class ReportRow(NamedTuple):
    """One report as reconciliation sees it (a tuple: 105,116 of them are made at C speed)."""

    id: int
    report_no: str
    claimant_type: str
    name: str | None
    business_name: str | None
    mobile: str | None
    mobile_masked: bool
    brn: str | None
    brn_valid: bool
    kakao_account: str | None
    service: str
    company: str
    loss_krw: int | None
    account_key: str | None
    claimant_id: int | None


@dataclass(slots=True)
class ClaimantDraft:
    key: str
    reports: list[ReportRow] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    unidentifiable: bool = False
    _cached: tuple | None = field(default=None, repr=False, compare=False)

    def fields(self) -> tuple:
        """(type, display name, business name, brn, mobile, kakao, account key), computed once
        (call it after the last report is added)."""
        f = self._cached
        if f is None:
            f = self._cached = self._compute_fields()
        return f

    def _compute_fields(self) -> tuple:
        if len(self.reports) == 1:
            r = self.reports[0]
            return (r.claimant_type, r.name, r.business_name, r.brn if r.brn_valid else None,
                    r.mobile if not r.mobile_masked else None, r.kakao_account, r.account_key)
        rows = [(r.claimant_type, r.name, r.business_name, r.brn if r.brn_valid else None,
                 r.mobile if not r.mobile_masked else None, r.kakao_account, r.account_key)
                for r in self.reports]
        first = rows[0]
        if rows.count(first) == len(rows):  # the usual case: every report says the same
            return (first[0], *(v or None for v in first[1:]))
        types, *others = zip(*rows)
        ctype = max(dict.fromkeys(types), key=lambda t: (types.count(t), TYPE_RANK[t]))
        return (ctype, *map(_most_common, others))

    claimant_type = property(lambda self: self.fields()[0])
    display_name = property(lambda self: self.fields()[1])
    business_name = property(lambda self: self.fields()[2])
    brn = property(lambda self: self.fields()[3])
    mobile = property(lambda self: self.fields()[4])
    kakao_account = property(lambda self: self.fields()[5])
    account_key = property(lambda self: self.fields()[6])

    @property
    def names(self) -> list[str]:
        """Every name it is known by (people's and businesses'), for matching."""
        if len(self.reports) == 1:
            r = self.reports[0]
            return [n for n in (r.name, r.business_name) if n]
        seen: dict[str, None] = {}
        for r in self.reports:
            for n in (r.name, r.business_name):
                if n:
                    seen[n] = None
        return list(seen)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        root = parent.setdefault(x, x)
        if root == x:
            return x
        while root != parent[root]:
            root = parent[root]
        while x != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


_UNIDENTIFIABLE = "unidentifiable"
_BAD_BRN = "brn_check_digit_failed"


def resolve(reports: list[ReportRow]) -> dict[str, ClaimantDraft]:
    drafts: dict[str, ClaimantDraft] = {}
    people: list[tuple[ReportRow, str]] = []  # (report, its first identity node)
    uf = _UnionFind()
    find, union = uf.find, uf.union
    for r in reports:
        brn = r.brn
        if brn and r.brn_valid:
            key = "brn:" + brn
            d = drafts.get(key)
            if d is None:
                d = drafts[key] = ClaimantDraft(key)
            d.reports.append(r)
            continue
        mobile = r.mobile if r.mobile and not r.mobile_masked else None
        kakao = r.kakao_account
        if mobile is None and not kakao:
            key = "report:" + r.report_no
            d = drafts.get(key)
            if d is None:
                d = drafts[key] = ClaimantDraft(key, unidentifiable=True)
            d.reports.append(r)
            if _UNIDENTIFIABLE not in d.flags:
                d.flags.append(_UNIDENTIFIABLE)
            continue
        if mobile:
            node = "m:" + mobile
            if kakao:
                union(node, "k:" + kakao)
        else:
            node = "k:" + kakao
        people.append((r, node))  # a node seen once is its own root: find() adds it below
    # a phone never merges businesses; tell the clerk where one phone has several owners.
    # A person's phones are theirs alone (people are joined by phone), so a phone can be
    # shared only with a business: collect the businesses' phones, then look up each person's.
    by_phone: dict[str, list[str]] = defaultdict(list)
    for key, d in drafts.items():
        for m in {r.mobile for r in d.reports if r.mobile and not r.mobile_masked}:
            by_phone[m].append(key)
    components: dict[str, list[ReportRow]] = defaultdict(list)
    for r, node in people:
        components[find(node)].append(r)
    for reps in components.values():
        if len(reps) == 1:
            r = reps[0]
            if r.mobile and not r.mobile_masked:
                key = "mobile:" + r.mobile
                if r.mobile in by_phone:
                    by_phone[r.mobile].append(key)
            else:
                key = "kakao:" + r.kakao_account
            d = ClaimantDraft(key, reps)
            if r.brn and not r.brn_valid:
                d.flags.append(_BAD_BRN)
            drafts[key] = d
            continue
        mobiles = sorted({r.mobile for r in reps if r.mobile and not r.mobile_masked})
        key = f"mobile:{mobiles[0]}" if mobiles else \
            f"kakao:{min(r.kakao_account for r in reps if r.kakao_account)}"
        d = ClaimantDraft(key, reps)
        if len(mobiles) > 1:
            d.flags.append("several_mobiles")
        if any(r.brn and not r.brn_valid for r in reps):
            d.flags.append(_BAD_BRN)
        drafts[key] = d
        for m in mobiles:
            if m in by_phone:
                by_phone[m].append(key)
    for keys in by_phone.values():
        if len(keys) > 1:
            for k in keys:
                others = ",".join(o for o in keys if o != k)
                flag = f"phone_shared_with:{others}"
                if flag not in drafts[k].flags:
                    drafts[k].flags.append(flag)
    return drafts
