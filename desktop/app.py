"""`recon1015-gui`: start the desktop application.

    recon1015-gui                 open the last workspace (or offer a new one / the demo)
    recon1015-gui --db TARGET     open this workspace file or team database URL
    recon1015-gui --demo          build the demo workspace if missing, and open it
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from desktop import i18n
from desktop.errors import show_error
from desktop.main_window import MainWindow, open_target, settings
from models import Recon1015Error
from models.engine import default_workspace_path
from models.logs import setup_logging
from models.workspace import ENV_OPERATOR

def operator_name(parent=None) -> str:
    """Asked once, remembered, shown in the status bar."""
    env = os.environ.get(ENV_OPERATOR)
    if env:
        return env
    s = settings()
    name = s.value("operator", "", str)
    if not name:
        name, ok = QInputDialog.getText(parent, QCoreApplication.translate("app", "담당자"), QCoreApplication.translate("app", "담당자 이름 (감사 기록에 남습니다):"))
        name = name.strip() if ok and name.strip() else (os.environ.get("USER") or "clerk")
        s.setValue("operator", name)
    return name


def demo_workspace(scale: float) -> Path:
    """The default workspace with the demo in it: built (files, import, reconcile, a ledger)
    unless it already holds reports — so `recon1015 demo && recon1015-gui --demo` opens the
    workspace the command line just filled."""
    from cli.main import main as cli_main
    from models import open_workspace
    from models.stats import workspace_stats

    path = default_workspace_path()
    ws = open_workspace(path)
    try:
        empty = workspace_stats(ws)["reports_total"] == 0
    finally:
        ws.close()
    if empty:
        cli_main(["--db", str(path), "demo", "--scale", str(scale)])
    return path


class App:
    def __init__(self, argv: list[str]) -> None:
        p = argparse.ArgumentParser(prog="recon1015-gui")
        p.add_argument("--db", metavar="TARGET")
        p.add_argument("--demo", action="store_true")
        p.add_argument("--demo-scale", type=float, default=1.0, help=argparse.SUPPRESS)
        p.add_argument("--lang", choices=sorted(i18n.LANGUAGES))
        self.args, qt_args = p.parse_known_args(argv[1:])
        self.qapp = QApplication.instance() or QApplication([argv[0], *qt_args])
        self.qapp.setOrganizationName("Recon1015")
        self.qapp.setApplicationName("Recon1015")
        self.language = i18n.install(self.qapp, self.args.lang or settings().value("language", "ko", str))
        self.window: MainWindow | None = None

    def start(self) -> MainWindow | None:
        target = self.args.db
        if self.args.demo:
            target = str(demo_workspace(self.args.demo_scale))
        if target is None:
            target = settings().value("last_workspace", "", str) or None
        if target is None:
            box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("app", "Recon1015"),
                              QCoreApplication.translate("app", "아직 작업 파일이 없습니다. 새로 만들까요, 데모를 열까요?"))
            new = box.addButton(QCoreApplication.translate("app", "새 작업 파일"), QMessageBox.ButtonRole.AcceptRole)
            demo = box.addButton(QCoreApplication.translate("app", "데모 열기"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is new:
                target = str(default_workspace_path())
            elif box.clickedButton() is demo:
                target = str(demo_workspace(self.args.demo_scale))
            else:
                return None
        return self.open(target)

    def open(self, target: str) -> MainWindow | None:
        try:
            ws = open_target(target, operator_name())
        except Recon1015Error as e:
            show_error(self.window, e).exec()
            return self.window
        old = self.window
        self.window = MainWindow(ws, self.language)
        self.window.languageRequested.connect(self.set_language)
        self.window.workspaceRequested.connect(self.open)
        self.window.show()
        if old is not None:
            old.close()
            old.ws.close()
        return self.window

    def set_language(self, language: str) -> None:
        settings().setValue("language", language)
        self.language = i18n.install(self.qapp, language)
        if self.window is not None:  # rebuild the window so every string is translated anew
            target = self.window.ws.url.render_as_string(hide_password=False)
            self.window.ws.close()
            self.open(target if "://" in target and not target.startswith("sqlite") else str(self.window.ws.path))


def main(argv: list[str] | None = None) -> int:
    setup_logging()
    logging.getLogger("recon1015.gui").info("recon1015-gui started")
    app = App(list(argv if argv is not None else sys.argv))
    window = app.start()
    if window is None:
        return 0
    if os.environ.get("RECON1015_GUI_SMOKE"):
        QTimer.singleShot(1000, app.qapp.quit)
    return app.qapp.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
