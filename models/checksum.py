"""A checksum of a workspace's whole content: every table, every row, in key order.

Used to prove that a refused or cancelled operation left the database exactly
as it was.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine, MetaData, select


def content_checksum(engine: Engine) -> str:
    meta = MetaData()
    meta.reflect(engine)
    h = hashlib.sha256()
    with engine.connect() as conn:
        for name in sorted(meta.tables):
            table = meta.tables[name]
            order = list(table.primary_key.columns) or list(table.columns)
            h.update(f"\x00table {name}\x00".encode())
            for row in conn.execute(select(table).order_by(*order)):
                h.update(repr(tuple(row)).encode("utf-8"))
    return h.hexdigest()
