"""The demo generator: the seed's exact table at full scale, determinism, planted cases."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter

import msoffcrypto
import pytest
from python_calamine import CalamineWorkbook, SheetVisibleEnum as Vis

from demo.generate import FILE_NAMES, build, register_counts
from demo.register import target_counts
from importers.normalize import brn_is_valid, normalize_brn

SEED_TABLE = {
    "reports_total": 105_116, "reports_kakao": 87_195, "reports_affiliate": 17_921,
    "paid_service": 14_918, "free_monetary": 13_195,
}


def test_full_scale_distribution_is_exact():
    data = build(seed=1015, scale=1.0)
    counts = register_counts(data.register_rows())
    for key, value in SEED_TABLE.items():
        assert counts[key] == value, key
    kakao = counts["reports_kakao"]
    assert round(100 * counts["user"] / kakao, 1) == 79.8
    assert round(100 * counts["small_business"] / kakao, 1) == 20.0
    assert round(100 * counts["enterprise"] / kakao, 1) == 0.2
    assert round(100 * counts["paid_service"] / kakao, 1) == 17.1
    assert round(100 * counts["free_monetary"] / kakao, 1) == 15.1
    # The announcement says "83.1%", but its own counts give 87,195 / 105,116 = 82.95%.
    # The counts are exact; the share is what they give.
    assert round(100 * kakao / counts["reports_total"], 2) == 82.95


@pytest.mark.parametrize("scale", [0.01, 0.05, 0.5])
def test_scaled_counts_add_up(scale):
    c = target_counts(scale)
    data = build(seed=7, scale=scale)
    counts = register_counts(data.register_rows())
    assert counts["reports_total"] == c.total
    assert (counts["user"], counts["small_business"], counts["enterprise"]) == (c.k_user, c.k_sb, c.k_ent)
    assert counts["paid_service"] == c.paid and counts["free_monetary"] == c.free_monetary


def _fingerprint(data):
    return (data.register_rows(),
            {a: [(p.values, p.truth, p.case) for p in rows] for a, rows in data.payouts.items()})


def test_deterministic_by_seed():
    assert _fingerprint(build(seed=42, scale=0.02)) == _fingerprint(build(seed=42, scale=0.02))
    assert _fingerprint(build(seed=42, scale=0.02)) != _fingerprint(build(seed=43, scale=0.02))


def test_same_seed_same_files(tmp_path):
    from demo.files import write_demo

    a, b = tmp_path / "a", tmp_path / "b"
    write_demo(a, scale=0.01, seed=5)
    write_demo(b, scale=0.01, seed=5)
    for kind in ("pay", "truth"):
        assert (a / FILE_NAMES[kind]).read_bytes() == (b / FILE_NAMES[kind]).read_bytes()
    for kind in ("claims", "mobility", "games"):
        ra = CalamineWorkbook.from_path(a / FILE_NAMES[kind])
        rb = CalamineWorkbook.from_path(b / FILE_NAMES[kind])
        assert ra.sheet_names == rb.sheet_names
        for name in ra.sheet_names:
            assert ra.get_sheet_by_name(name).to_python() == rb.get_sheet_by_name(name).to_python()


def test_identifiers_are_realistic():
    data = build(seed=3, scale=0.05)
    rows = data.register_rows()
    brns = [normalize_brn(r[7]) for r in rows if r[7]]
    invalid = [b for b in brns if not b.valid]
    assert brns and 0 < len(invalid) < 0.02 * len(brns)  # a few deliberately wrong
    assert all(r[6] is None or r[6].startswith("010-") for r in rows)
    # the same business files several times, and some reports are submitted twice
    per_brn = Counter(r[7] for r in rows if r[7])
    assert max(per_brn.values()) >= 3
    assert any(rep.resubmission_of is not None for rep in data.reports)
    # small businesses with documents carry a bank account, as text
    accounts = [r[17] for r in rows if r[17]]
    assert accounts and all(isinstance(a, str) for a in accounts)


def test_files_have_the_real_world_quirks(demo_dir):
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    # Mobility: title rows above the header, a 합계 row and notes below, lost leading zeros
    mob = CalamineWorkbook.from_path(demo_dir / FILE_NAMES["mobility"])
    rows = mob.get_sheet_by_name("지급내역").to_python()
    assert rows[3][:3] == ["기사ID", "성명", "휴대전화"]
    assert rows[0][0].startswith("카카오모빌리티") and "작성일" in rows[1][0]
    assert any(r[0] == "합계" for r in rows[-5:]) and rows[-1][0].startswith("※")
    phones = [r[2] for r in rows[4:] if r[0].startswith("DRV")]
    assert any(isinstance(p, float) and str(int(p)).startswith("10") for p in phones)
    assert any(isinstance(p, str) and "****" in p for p in phones)
    # Games: a hidden sheet, amounts as text, a header synonym
    games = CalamineWorkbook.from_path(demo_dir / FILE_NAMES["games"])
    assert [m.visible for m in games.sheets_metadata] == [Vis.Visible, Vis.Hidden]
    g = games.get_sheet_by_name("PC방 보상").to_python()
    assert "사업자 번호" in g[3] and all(str(r[6]).endswith("원") for r in g[4:20])
    # Pay: CP949 CSV (not valid UTF-8), dates as 20221220
    raw = (demo_dir / FILE_NAMES["pay"]).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    lines = list(csv.reader(io.StringIO(raw.decode("cp949"))))
    assert lines[2][0] == "가맹점ID" and lines[3][6].isdigit() and len(lines[3][6]) == 8
    # Entertainment: encrypted, two visible sheets and a hidden one
    with open(demo_dir / FILE_NAMES["entertainment"], "rb") as f:
        office = msoffcrypto.OfficeFile(f)
        assert office.is_encrypted()
        office.load_key(password=truth["entertainment_password"])
        plain = io.BytesIO()
        office.decrypt(plain)
    plain.seek(0)
    ent = CalamineWorkbook.from_filelike(plain)
    assert [m.visible for m in ent.sheets_metadata] == [Vis.Visible, Vis.Visible, Vis.Hidden]


def test_truth_points_at_the_rows_it_describes(demo_dir):
    truth = json.loads((demo_dir / FILE_NAMES["truth"]).read_text())
    cases = Counter(p["case"] for p in truth["payouts"])
    for case in ("reporter", "sure_brn", "sure_phone", "sure_phone_fallback",
                 "ambiguous_name_differs", "ambiguous_masked", "ambiguous_two", "namesake",
                 "unrelated"):
        assert cases[case] >= 3, case
    mob = CalamineWorkbook.from_path(demo_dir / FILE_NAMES["mobility"]).get_sheet_by_name("지급내역").to_python()
    claimants = truth["claimants"]
    for p in truth["payouts"]:
        if p["affiliate"] == "mobility" and p["case"] == "ambiguous_masked":
            row = mob[p["row"] - 1]
            assert "****" in str(row[2])
            reports = claimants[p["claimant"]]["reports"]
            assert reports
    # every small business with a loss has an expected outcome and amount
    sbs = [c for c in claimants.values() if c["type"] == "small_business" and "outcome" in c]
    assert {"pay", "no_loss", "committee"} <= {c["outcome"] for c in sbs}
    for c in sbs:
        if c["outcome"] == "pay":
            assert 0 < c["payable_krw"] <= c["entitled_krw"]
            assert c["payable_krw"] == max(0, c["entitled_krw"] - c["affiliate_paid_krw"])


def test_valid_brn_check_digit():
    for b in ("116-82-00276", "134-86-72683", "220-81-62517", "124-81-00998"):
        assert brn_is_valid(b.replace("-", ""))
    assert not brn_is_valid("1168200277")
