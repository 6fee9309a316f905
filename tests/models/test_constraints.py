"""The rules money depends on hold in the database itself, on every backend."""

from __future__ import annotations

import pytest
from sqlalchemy import exc, insert, update

from models.tables import (
    Claimant,
    ImportBatch,
    Ledger,
    LedgerLine,
    PayableLine,
    PolicyVersion,
)

C, PL, PV, B, L, LL = (t.__table__ for t in
                       (Claimant, PayableLine, PolicyVersion, ImportBatch, Ledger, LedgerLine))


@pytest.fixture
def ids(workspace):
    with workspace.writer().begin() as conn:
        claimant = conn.execute(insert(C).values(
            claimant_key="brn:1168200276", claimant_type="small_business",
            unidentifiable=False, flags="[]")).inserted_primary_key[0]
        policy = conn.execute(insert(PV).values(
            version="1015-default-1", sha256="0" * 64, document="x")).inserted_primary_key[0]
    return claimant, policy


def _payable(conn, claimant, policy, status="live"):
    return conn.execute(insert(PL).values(
        claimant_id=claimant, programme="kakao_sb_cash", amount_krw=30_000,
        policy_version_id=policy, status=status)).inserted_primary_key[0]


def test_second_live_payable_line_fails_in_the_database(workspace, ids):
    claimant, policy = ids
    with workspace.writer().begin() as conn:
        first = _payable(conn, claimant, policy)
    with pytest.raises(exc.IntegrityError):
        with workspace.writer().begin() as conn:
            _payable(conn, claimant, policy)
    # a void line does not count: after voiding, a new live line is allowed
    with workspace.writer().begin() as conn:
        conn.execute(update(PL).where(PL.c.id == first).values(status="void"))
        _payable(conn, claimant, policy)
        _payable(conn, claimant, policy, status="void")


def test_payable_amount_must_be_positive(workspace, ids):
    claimant, policy = ids
    with pytest.raises(exc.IntegrityError):
        with workspace.writer().begin() as conn:
            conn.execute(insert(PL).values(claimant_id=claimant, programme="p", amount_krw=0,
                                           policy_version_id=policy))


def _batch(conn, sha, status="committed"):
    return conn.execute(insert(B).values(
        file_name="a.xlsx", file_size=1, sha256=sha, kind="claims", profile="claims",
        sheets="[]", rows_read=0, rows_imported=0, rows_rejected=0, operator="kim",
        status=status)).inserted_primary_key[0]


def test_same_file_twice_fails_in_the_database(workspace):
    sha = "ab" * 32
    with workspace.writer().begin() as conn:
        first = _batch(conn, sha)
    with pytest.raises(exc.IntegrityError):
        with workspace.writer().begin() as conn:
            _batch(conn, sha)
    # once the first batch is undone, the file may come in again
    with workspace.writer().begin() as conn:
        conn.execute(update(B).where(B.c.id == first).values(status="undone"))
        _batch(conn, sha)


def test_preparer_cannot_approve_in_the_database(workspace):
    with workspace.writer().begin() as conn:
        ledger = conn.execute(insert(L).values(
            number="1015-L-0001", status="draft", prepared_by="kim")).inserted_primary_key[0]
    with pytest.raises(exc.IntegrityError):
        with workspace.writer().begin() as conn:
            conn.execute(update(L).where(L.c.id == ledger).values(
                status="approved", approved_by="kim"))
    with workspace.writer().begin() as conn:
        conn.execute(update(L).where(L.c.id == ledger).values(status="approved", approved_by="lee"))


def test_claimant_in_one_live_ledger_only(workspace, ids):
    claimant, policy = ids
    with workspace.writer().begin() as conn:
        line = _payable(conn, claimant, policy)
        l1 = conn.execute(insert(L).values(number="1015-L-0001", prepared_by="kim")).inserted_primary_key[0]
        l2 = conn.execute(insert(L).values(number="1015-L-0002", prepared_by="kim")).inserted_primary_key[0]
        first = conn.execute(insert(LL).values(
            ledger_id=l1, payable_line_id=line, claimant_id=claimant, programme="kakao_sb_cash",
            amount_krw=30_000, released=False)).inserted_primary_key[0]
    with pytest.raises(exc.IntegrityError):
        with workspace.writer().begin() as conn:
            conn.execute(insert(LL).values(
                ledger_id=l2, payable_line_id=line, claimant_id=claimant,
                programme="kakao_sb_cash", amount_krw=30_000, released=False))
    with workspace.writer().begin() as conn:  # voiding the first ledger releases its lines
        conn.execute(update(LL).where(LL.c.id == first).values(released=True))
        conn.execute(insert(LL).values(
            ledger_id=l2, payable_line_id=line, claimant_id=claimant,
            programme="kakao_sb_cash", amount_krw=30_000, released=False))
