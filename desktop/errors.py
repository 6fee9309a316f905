"""The one way errors are shown: known problems in plain words, bugs with a details pane.

As in qutebrowser, problems of the environment (a file locked or missing, the disk
full, a wrong password, a refused input) are told plainly and the clerk acts on
them; anything else is a bug, shown without a traceback in the message itself.
"""

from __future__ import annotations

import errno
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import Recon1015Error


def describe(exc: BaseException) -> tuple[str, bool]:
    """(message, known) for an exception."""
    if isinstance(exc, Recon1015Error):
        return str(exc), True
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate("errors", "파일이 다른 프로그램에서 열려 있거나 권한이 없습니다: {0}").format(exc.filename or ""), True
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("errors", "파일을 찾을 수 없습니다: {0}").format(exc.filename or ""), True
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("errors", "디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하세요."), True
    if isinstance(exc, OSError):
        return QCoreApplication.translate("errors", "파일 작업에 실패했습니다: {0}").format(exc.strerror or str(exc)), True
    return QCoreApplication.translate("errors", "예상하지 못한 오류가 발생했습니다. 작업은 저장되지 않았습니다."), False


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    message, known = describe(exc)
    if known:
        logging.getLogger("recon1015.gui").warning("shown to the clerk: %s", type(exc).__name__)
    else:
        logging.getLogger("recon1015.gui").error("unexpected error", exc_info=exc)
    box = QMessageBox(QMessageBox.Icon.Warning if known else QMessageBox.Icon.Critical,
                      QCoreApplication.translate("errors", "Recon1015"), message, QMessageBox.StandardButton.Ok, parent)
    if not known:
        box.setDetailedText(getattr(exc, "__traceback_text__", "") or f"{type(exc).__name__}: {exc}")
    box.setObjectName("errorBox")
    box.open()
    return box
