"""The application log: what was done, when and by whom — never whose data.

Both front ends call ``setup_logging`` once. Records go to a rotating file in the user
log directory (``RECON1015_LOG_FILE`` or ``--log-file`` to choose another, and
``RECON1015_LOG_LEVEL`` for the level). Code logs identifiers of *work* (batch ids,
file names, ledger numbers, counts, durations), never a claimant's phone, BRN, account
or name. As a second line of defence the formatter redacts anything shaped like a
mobile number, a BRN, a resident registration number or a bank account from every
formatted line, tracebacks included (a database error quotes its parameters).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

import platformdirs

ENV_FILE = "RECON1015_LOG_FILE"
ENV_LEVEL = "RECON1015_LOG_LEVEL"
APP_NAME = "Recon1015"
MAX_BYTES = 5 * 1024 * 1024
BACKUPS = 5

# Order matters: the longer shapes first, so a RRN is not half-taken for an account.
_RRN = re.compile(r"(?<!\d)\d{6}[-\s]?[1-8]\d{6}(?!\d)")
_MOBILE = re.compile(r"(?<![\d-])(?:\+82[-\s]?1|01)[016789][-\s.]?\d{3,4}[-\s.]?\d{4}(?!\d)")
_BRN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{5}(?![\d-])")
_DASHED = re.compile(r"(?<![\d-])\d{2,6}(?:-\d{1,8}){1,4}(?![\d-])")  # accounts are written with dashes
_DIGITS = re.compile(r"(?<!\d)\d{8,}(?!\d)")  # accounts, BRNs and phones without them


def _dashed(m: re.Match) -> str:
    # a date (2022-10-15) has 8 digits; no bank account has fewer than 10
    return "[번호]" if sum(c.isdigit() for c in m.group()) >= 10 else m.group()


def redact(text: str) -> str:
    text = _RRN.sub("[주민번호]", text)
    text = _MOBILE.sub("[휴대전화]", text)
    text = _BRN.sub("[사업자번호]", text)
    text = _DASHED.sub(_dashed, text)
    return _DIGITS.sub("[번호]", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def default_log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)) / "recon1015.log"


def setup_logging(path: str | os.PathLike[str] | None = None, level: str | None = None) -> Path | None:
    """Send the application's records to the rotating log file; returns its path (None
    when the file cannot be opened: the application works on without a log)."""
    target = Path(path or os.environ.get(ENV_FILE) or default_log_path())
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_recon1015", False):
            root.removeHandler(h)
            h.close()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler._recon1015 = True  # type: ignore[attr-defined]
    handler.setFormatter(RedactingFormatter(
        "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"))
    root.addHandler(handler)
    root.setLevel((level or os.environ.get(ENV_LEVEL) or "INFO").upper())
    for noisy in ("sqlalchemy", "alembic", "PIL", "fontTools", "keyring", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return target
