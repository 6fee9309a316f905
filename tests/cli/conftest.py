"""The command line, called in-process as a clerk would type it."""

from __future__ import annotations

from cli.main import main


def run(capsys, *argv) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `recon1015 ARGV…`."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err
