"""The reconciliation worlds serve the ledger tests too."""

from tests.reconcile.conftest import sqlite_world, world  # noqa: F401
