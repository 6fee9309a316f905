"""What a killed writer leaves beside its target is swept by the next writer, and nothing else."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

from models.sheets import PARTIAL_SUFFIX, atomic_write, sweep_partials


def test_sweep_removes_only_dead_local_writers_partials(tmp_path):
    target = tmp_path / "지급대장.xlsx"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    host = socket.gethostname()
    killed = tmp_path / f".{target.name}.{host}-{dead}.abc123{PARTIAL_SUFFIX}"
    running = tmp_path / f".{target.name}.{host}-{os.getpid()}.def456{PARTIAL_SUFFIX}"
    elsewhere = tmp_path / f".{target.name}.other-pc-{dead}.ghi789{PARTIAL_SUFFIX}"
    other_target = tmp_path / f".다른파일.xlsx.{host}-{dead}.jkl012{PARTIAL_SUFFIX}"
    for p in (killed, running, elsewhere, other_target):
        p.write_bytes(b"PK\x03\x04 half")
    assert sweep_partials(target) == [killed]
    assert running.exists() and elsewhere.exists() and other_target.exists()

    killed.write_bytes(b"half")
    atomic_write(target, lambda tmp: tmp.write_bytes(b"whole"))  # the next writer sweeps
    assert not killed.exists() and target.read_bytes() == b"whole"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(f".{target.name}.{host}-{os.getpid()}.")
                and p != running]
