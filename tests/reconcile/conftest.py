"""Small hand-made worlds for the reconciliation rules, written as real files and imported."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from importers.service import import_file
from reconcile.service import reconcile
from tests.importers.conftest import write_xlsx

REGISTER = ["접수번호", "신청인구분", "성명", "상호", "휴대전화", "사업자등록번호", "카카오계정",
            "서비스", "매출손실액"]
MOBILITY = ["기사ID", "성명", "휴대전화", "차량번호", "지급액"]
GAMES = ["가맹점코드", "상호", "사업자번호", "대표자", "연락처", "환산금액"]

_n = itertools.count(1)


class World:
    """Builds a workspace from rows: reports, and payouts per affiliate."""

    def __init__(self, ws, tmp_path: Path):
        self.ws, self.tmp = ws, tmp_path

    def reports(self, *rows: dict) -> None:
        body = [[r.get("no", f"R{next(_n)}"), r.get("type", "소상공인"), r.get("name", ""),
                 r.get("shop", ""), r.get("mobile", ""), r.get("brn", ""), r.get("kakao", ""),
                 r.get("service", "카카오톡"), r.get("loss")] for r in rows]
        path = write_xlsx(self.tmp / f"register{next(_n)}.xlsx", {"접수": [REGISTER, *body]})
        import_file(self.ws, path, kind="claims")

    def mobility(self, *rows: dict) -> None:
        body = [[r.get("code", f"D{next(_n)}"), r.get("name", ""), r.get("mobile", ""),
                 r.get("car", f"12가{next(_n):04d}"), r["amount"]] for r in rows]
        import_file(self.ws, write_xlsx(self.tmp / f"mob{next(_n)}.xlsx", {"s": [MOBILITY, *body]}),
                    kind="mobility")

    def games(self, *rows: dict) -> None:
        body = [[r.get("code", f"G{next(_n)}"), r.get("shop", ""), r.get("brn", ""), r.get("name", ""),
                 r.get("mobile", ""), r["amount"]] for r in rows]
        import_file(self.ws, write_xlsx(self.tmp / f"games{next(_n)}.xlsx", {"s": [GAMES, *body]}),
                    kind="games")

    def run(self, policy=None):
        return reconcile(self.ws, policy)


@pytest.fixture
def world(workspace, tmp_path) -> World:
    return World(workspace, tmp_path)


@pytest.fixture
def sqlite_world(sqlite_workspace, tmp_path) -> World:
    return World(sqlite_workspace, tmp_path)
