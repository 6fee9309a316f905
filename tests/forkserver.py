"""One forkserver for the tests that run work in a child process (crash and hostile-file tests).

The server starts once, with the application and these test modules imported, so a child
starts in milliseconds and a kill or a memory ceiling lands in the work itself. It also
starts with the environment of whichever test first used it, so each child is given the
current test's environment by ``child_env``.
"""

from __future__ import annotations

import multiprocessing
import os

CTX = multiprocessing.get_context("forkserver")
CTX.set_forkserver_preload(["tests.test_crashes", "tests.importers.test_hostile"])


def child_env() -> dict[str, str]:
    """What a child needs of this test's environment (the key lives under XDG_CONFIG_HOME)."""
    return {k: v for k, v in os.environ.items() if k.startswith(("XDG_", "RECON1015_"))}
