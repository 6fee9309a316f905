"""Do two names belong to the same claimant? A Hangul-aware comparison.

Names are NFC-normalized, business suffixes ((주), 주식회사, ㈜ …) and spaces are
removed, and Hangul syllables are decomposed into jamo before rapidfuzz scores
them, so that a one-letter typo (김민용 / 김민영) costs one jamo, not a whole
syllable. A masked name (홍*동) agrees only with names of the same length whose
visible letters are the same. A name alone never identifies anyone: it only
supports a key that already agrees.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from importers.normalize import normalize_name

_MASKS = "*＊○●"


@lru_cache(maxsize=200_000)
def core(name: str | None) -> str | None:
    if not name:
        return None
    n = normalize_name(name)
    return n.core if n else None


@lru_cache(maxsize=200_000)
def _jamo(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def is_masked(name: str | None) -> bool:
    return bool(name) and any(m in name for m in _MASKS)


def masked_agree(masked: str, full: str) -> bool:
    if len(masked) != len(full):
        return False
    return all(m in _MASKS or m == f for m, f in zip(masked, full, strict=True))


def name_score(a: str | None, b: str | None) -> float:
    """0–100: how alike two names are once normalized (0 when either is missing)."""
    ca, cb = core(a), core(b)
    if not ca or not cb:
        return 0.0
    if ca == cb:
        return 100.0
    if is_masked(ca) or is_masked(cb):
        masked, full = (ca, cb) if is_masked(ca) else (cb, ca)
        return 100.0 if not is_masked(full) and masked_agree(masked, full) else 0.0
    return fuzz.ratio(_jamo(ca), _jamo(cb))


def best_name_score(candidates: list[str | None], others: list[str | None]) -> float:
    return max((name_score(a, b) for a in candidates for b in others if a and b), default=0.0)
