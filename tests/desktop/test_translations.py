"""Every user-visible string in desktop/ is in the translation files, and English is complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out[(name, m.find("source").text)] = m.find("translation")
    return out


def test_english_and_korean_are_complete():
    for lang in ("en", "ko"):
        msgs = _messages(TS / f"recon1015_{lang}.ts")
        unfinished = [k for k, t in msgs.items() if t.get("type") == "unfinished" or not (t.text or "").strip()]
        assert not unfinished, f"{lang}: {unfinished[:5]}"
        assert (TS / f"recon1015_{lang}.qm").stat().st_size > 1000


def test_every_string_in_the_code_is_in_the_ts_files(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").glob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    assert set(_messages(fresh)) <= set(_messages(TS / "recon1015_en.ts")), \
        "run `python tools/translations.py`"


def _tr_calls(path: Path):
    """(context, text, line) of every translatable literal in a desktop module: ``self.tr("…")``
    (the context is the enclosing class), ``QCoreApplication.translate("ctx", "…")`` and
    ``QT_TRANSLATE_NOOP("ctx", "…")`` — wherever they stand, inside f-strings too, where
    pyside6-lupdate does not look."""
    import ast

    def walk(node, cls):
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                f, args = child.func, child.args
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", None)
                literal = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                           for a in args[:2]]
                if name == "tr" and literal and literal[0] is not None and cls:
                    own = isinstance(f.value, ast.Name) and f.value.id == "self"
                    yield (cls if own else None), literal[0], child.lineno  # other.tr: its class
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(literal) == 2 and None not in literal:
                    yield literal[0], literal[1], child.lineno
            yield from walk(child, inner)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), None)


def test_every_literal_tr_call_has_an_english_translation():
    """A ``self.tr("…")`` inside an f-string is invisible to lupdate and would stay Korean in
    the English interface (the review pane's 점수 / 지급 내역 / 신청인 did)."""
    en = _messages(TS / "recon1015_en.ts")
    missing = []
    calls = 0
    for path in sorted((ROOT / "desktop").glob("*.py")):
        for ctx, text, line in _tr_calls(path):
            calls += 1
            t = en.get((ctx, text)) if ctx else next(
                (m for (c, src), m in en.items() if src == text), None)
            if t is None or t.get("type") == "unfinished" or not (t.text or "").strip():
                missing.append(f"{path.name}:{line} [{ctx}] {text}")
    assert calls > 300  # the scan sees the interface's strings
    assert not missing, "not translated (move tr() out of the f-string?):\n" + "\n".join(missing)


def test_every_match_reason_reads_in_english(qapp):
    """reconcile/matching.py stores why it proposes a match in Korean; the review pane and the
    claimant's payouts show each one in the interface's language, name scores kept."""
    import ast
    import re

    from desktop import i18n
    from desktop.claims_model import REASONS, reason_text

    tree = ast.parse((ROOT / "reconcile" / "matching.py").read_text(encoding="utf-8"))
    reasons = {n.value.removesuffix("(") for n in ast.walk(tree)
               if isinstance(n, ast.Constant) and isinstance(n.value, str) and re.search("[가-힣]", n.value)}
    assert len(reasons) >= 10 and reasons <= set(REASONS), sorted(reasons - set(REASONS))
    try:
        i18n.install(qapp, "en")
        assert reason_text("성명 일치(92)") == "Names agree (92)"
        assert reason_text("사업자등록번호 일치(검증번호 오류)") == "Business registration numbers agree (check digit fails)"
        assert all(not re.search("[가-힣]", reason_text(r)) for r in reasons)
        assert reason_text("새 이유") == "새 이유"  # an unknown one is shown as stored
    finally:
        i18n.install(qapp, "ko")
    assert reason_text("성명 일치(92)") == "성명 일치 (92)"


def _explanations() -> list[str]:
    """Every shape of explanation reconcile/outcomes.py writes, from the code itself."""
    from types import SimpleNamespace as NS

    from reconcile.outcomes import affiliate_outcomes, kakao_outcome
    from reconcile.policy import default_policy_text, parse_policy

    default = parse_policy(default_policy_text())

    def with_overlap(rule):
        return parse_policy(default_policy_text().replace('overlap = "offset"', f'overlap = "{rule}"')
                            .replace('version = "1015-default-2022-12-29"', f'version = "t-{rule}"'))

    def draft(loss, ctype="small_business", unidentifiable=False, services=(("카카오톡", "카카오"),)):
        return NS(claimant_type=ctype, unidentifiable=unidentifiable,
                  reports=[NS(service=s, company=c, loss_krw=loss) for s, c in services])

    out = [kakao_outcome(draft(400_000), default, {"mobility": 7_550}, None),  # offset → pay
           kakao_outcome(draft(400_000), with_overlap("exclude"), {"mobility": 7_550}, None),
           kakao_outcome(draft(400_000), with_overlap("allow"), {"mobility": 7_550}, None),
           kakao_outcome(draft(100_000), default, {"mobility": 90_000}, None),  # covered
           kakao_outcome(draft(900_000), default, {}, None),  # above the top tier
           kakao_outcome(draft(900_000), default, {}, {"amount_krw": 120_000, "reference": "제3차 협의체"}),
           kakao_outcome(draft(0), default, {}, None),
           kakao_outcome(draft(100_000, "user"), default, {}, None),
           kakao_outcome(draft(100_000, "enterprise"), default, {}, None),
           kakao_outcome(draft(100_000, unidentifiable=True), default, {}, None)]
    two = draft(100_000, services=(("카카오T", "카카오모빌리티"), ("멜론", "카카오엔터테인먼트")))
    out += affiliate_outcomes(two, default, {"mobility": 7_550})
    return [o.explanation for o in out]


def test_every_explanation_reads_in_english_and_in_korean_exactly_as_stored(qapp):
    import re

    from desktop import i18n
    from desktop.claims_model import explanation_text

    texts = _explanations()
    assert len(texts) == 12 and any("정책상 제외" in t for t in texts) and any("미결 목록" in t for t in texts)
    assert [explanation_text(t) for t in texts] == texts  # Korean: the stored text, unchanged
    try:
        i18n.install(qapp, "en")
        english = [explanation_text(t) for t in texts]
    finally:
        i18n.install(qapp, "ko")
    leftover = [e for e in english if re.search("[가-힣]", re.sub(r"[\d,]+원", "", e.replace("제3차 협의체", "")))]
    assert not leftover, leftover  # only amounts (원, as everywhere) and the committee's reference
    assert english[0] == ("revenue loss 400,000원 → tier 50,000원; Kakao Mobility paid 7,550원, deducted"
                          " → pay 42,450원")


def _bad_register(path):
    """A register that trips every check the importers make on a row."""
    from openpyxl import Workbook

    headers = ["접수번호", "접수일시", "접수경로", "신청인구분", "성명", "상호", "휴대전화", "사업자등록번호",
               "카카오계정", "서비스", "담당회사", "유료서비스", "금전피해", "매출손실액", "피해내용", "증빙",
               "은행", "계좌번호", "예금주", "주민등록번호", "비고"]
    ok = ["1015-000001", "2022-10-15 10:00", "웹", "소상공인", "김민용", "햇살네일", "010-1111-2222",
          "116-82-00276", None, "카카오톡", "카카오", "N", "Y", 100000, "매출 감소", "Y", None, None, None,
          None, None]

    def row(n, **changes):
        r = list(ok)
        r[0] = f"1015-{n:06d}"
        for k, v in changes.items():
            r[headers.index(k)] = v
        return r

    rows = [row(1), row(2, 매출손실액=-5), row(3, 매출손실액="abc"), row(4, 매출손실액=1.5),
            row(5, 매출손실액=10 ** 13), row(6, 접수일시="2022-13-45"), row(7, 접수일시="hello"),
            row(8, 사업자등록번호="12-34"), row(9, 사업자등록번호="116-82-*****"),
            row(10, 사업자등록번호="116-82-00277"), row(11, 휴대전화="02-123-4567"),
            row(12, 은행="국민", 계좌번호="12ab"), row(13, 은행="국민", 계좌번호=12345678901.0),
            row(14, 신청인구분="외계인"), row(15, 담당회사="없는회사"), row(16, 증빙="maybe"),
            row(17, 은행="없는은행", 계좌번호="123-456-789012"), row(18, 피해내용="가" * 5000),
            row(19, 신청인구분=None), row(20, 성명=None, 상호=None, 휴대전화=None, 사업자등록번호=None),
            row(1), row(21, 계좌번호="123-456-789012"), row(22, 비고="850101-1234567"),
            row(23, 비고="900101-2234567"), row(24, 예금주="850101-1234567"),
            row(25, 접수일시="2022-10-15 25:00"), row(26, 접수일시=10 ** 7), ["작성자: 정산팀"] + [None] * 20]
    wb = Workbook()
    ws = wb.active
    ws.title = "접수"
    ws.append(headers)
    for r in rows:
        ws.append(r)
    other = wb.create_sheet("메모")
    other.append(["아무", "표"])
    wb.save(path)


def test_every_import_issue_reads_in_english_and_in_korean_as_written(qapp, tmp_path):
    """The checking report shows each issue in the interface's language: in Korean exactly
    as the importers wrote it, in English with only the file's own values left as they are."""
    import re

    from desktop import i18n
    from desktop.import_wizard import ISSUE_TEXT, ISSUES, issue_text
    from importers.service import plan_import

    from openpyxl import Workbook

    _bad_register(tmp_path / "bad.xlsx")
    plan = plan_import(tmp_path / "bad.xlsx")
    no_company = Workbook()  # without a 담당회사 column, the service must say who settles it
    no_company.active.append(["접수번호", "신청인구분", "성명", "휴대전화", "서비스"])
    no_company.active.append(["1015-000001", "소상공인", "김민용", "010-1111-2222", "없는서비스"])
    no_company.save(tmp_path / "no_company.xlsx")
    other = plan_import(tmp_path / "no_company.xlsx")
    messages = sorted({i.message for i in plan.errors + plan.warnings + other.errors})
    assert [issue_text(m) for m in messages] == messages
    used: set[str] = set()

    def walk(text):
        found = ISSUE_TEXT.match(text)
        if found:
            m, template = found
            used.add(template)
            for k in ("reason", "where", "sheet"):
                if m.groupdict().get(k):
                    walk(m[k])

    for m in messages:
        walk(m)
    assert used == set(ISSUES)  # every template, nested ones too
    try:
        i18n.install(qapp, "en")
        english = {m: issue_text(m) for m in messages}
    finally:
        i18n.install(qapp, "ko")
    quoted = ("외계인", "없는회사", "없는은행", "없는서비스", "작성자: 정산팀", "일반이용자/소상공인/중대형기업", "담당회사", "접수")
    leftover = [e for e in english.values() if re.search("[가-힣]", re.sub("|".join(quoted), "", e))]
    assert not leftover, leftover


def test_ledger_exclusions_read_as_the_ledger_writes_them(qapp):
    """The prepare preview counts exclusions by outcome; in Korean with the ledger's own words."""
    from desktop.ledgers import EXCLUDED
    from ledger.lifecycle import EXCLUSION_LABELS

    assert EXCLUDED == EXCLUSION_LABELS
