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
