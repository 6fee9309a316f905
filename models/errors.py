"""Errors the front ends show to the clerk as plain messages (never a traceback)."""


class Recon1015Error(Exception):
    """A known problem, told to the user plainly. ``exit_code`` is the CLI's."""

    exit_code = 1


class WorkspaceError(Recon1015Error):
    """The workspace cannot be opened or used as asked."""


class InputRefused(Recon1015Error):
    """Input was refused; the message names file, sheet, row and column."""
