"""The README's test command is exactly what CI runs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command():
    ci_command = [l for l in (ROOT / ".ci" / "run").read_text().splitlines() if l.strip()][-1]
    assert "pytest" in ci_command
    assert ci_command in (ROOT / "README.md").read_text()
