"""Data layer: SQLModel tables, engine, migrations, and the audit chain.

This is the bottom layer of Recon1015; it imports no other project package
and no Qt. ``models.progress`` (the cancellable progress interface) lives here
too because every service above uses it.
"""

from models.errors import InputRefused, Recon1015Error, WorkspaceError
from models.workspace import Workspace, open_workspace

__all__ = ["InputRefused", "Recon1015Error", "Workspace", "WorkspaceError", "open_workspace"]
