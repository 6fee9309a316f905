"""Exporting an approved ledger: the workbook, optionally masked or encrypted, and the bank sheet.

Files are written to a temporary file in the target folder and renamed into
place; the ledger is marked exported in the same transaction, after the
rename. Any failure leaves no partial file and the ledger as it was.
"""

from __future__ import annotations

import base64
import io
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msoffcrypto.format.ooxml
from sqlalchemy import update

from ledger.lifecycle import _ledger, ledger_lines
from ledger.workbook import LedgerView, write_bank_sheet, write_ledger
from models import audit
from models.bulk import paused_gc
from models.crypto import workspace_vault
from models.errors import InputRefused
from models.progress import Progress
from models.sheets import temp_path_beside
from models.tables import Ledger
from models.workspace import Workspace
from models.domain import local_time

log = logging.getLogger(__name__)
L = Ledger.__table__


def _view(conn, led: dict[str, Any], masked: bool) -> LedgerView:
    lines = ledger_lines(conn, led["id"])
    vault = None
    out = []
    for line in lines:
        s = dict(line["snapshot"])
        enc = s.pop("account_enc", None)
        if enc and masked:
            s["account"] = "*" * 8 + (s.get("account_last4") or "")
        elif enc:
            vault = vault or workspace_vault(conn)
            s["account"] = vault.open(base64.b64decode(enc))
        s["payable_krw"] = line["amount_krw"]
        out.append(s)
    details = json.loads(led["details"] or "{}")
    info = {k: led[k] for k in ("prepared_by", "approved_by", "line_count", "total_krw", "lines_sha256")}
    info["prepared_at"] = local_time(led["prepared_at"])
    info["approved_at"] = local_time(led["approved_at"])
    info["policy_versions"] = details.get("policy_versions", [])
    info["sources"] = details.get("sources", [])
    return LedgerView(led["number"], info, out, details.get("exclusions", []), masked)


def _encrypt_in_place(path: Path, password: str) -> None:
    plain = path.read_bytes()
    out = io.BytesIO()
    msoffcrypto.format.ooxml.OOXMLFile(io.BytesIO(plain)).encrypt(password, out)
    path.write_bytes(out.getvalue())


def _write(target: Path, write, password: str | None, staged: list[tuple[Path, Path]]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_beside(target)
    staged.append((tmp, target))
    write(tmp)
    if password:
        _encrypt_in_place(tmp, password)


@paused_gc()
def export(ws: Workspace, ledger_id: int, out: str | os.PathLike[str], *, mask: bool = False,
           password: str | None = None, bank_sheet: str | os.PathLike[str] | None = None,
           progress: Progress | None = None) -> dict[str, Any]:
    progress = progress or Progress()
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputRefused(f"{out.name}: 지급대장은 .xlsx 로 내보냅니다.")
    if bank_sheet is not None and mask:
        raise InputRefused("대량이체 파일은 은행에 올리는 원본이라 마스킹 사본과 함께 만들 수 없습니다.")
    staged: list[tuple[Path, Path]] = []
    placed: list[Path] = []
    try:
        with ws.writer().begin() as conn:
            led = _ledger(conn, ledger_id)
            if led["status"] not in ("approved", "exported"):
                raise InputRefused(f"지급대장 {led['number']}은(는) '{led['status']}' 상태입니다. "
                                   "승인된 지급대장만 내보낼 수 있습니다.")
            view = _view(conn, led, mask)
            progress.stage_started("지급대장 쓰는 중", len(view.lines))
            _write(out, lambda p: write_ledger(view, p, on_row=lambda i: progress.update(i)), password,
                   staged)
            if bank_sheet is not None:
                _write(Path(bank_sheet), lambda p: write_bank_sheet(view, p), password, staged)
            progress.check()
            now = datetime.now(UTC)
            if led["status"] == "approved":
                changed = conn.execute(update(L).where(L.c.id == ledger_id, L.c.version == led["version"])
                                       .values(status="exported", exported_at=now,
                                               version=led["version"] + 1)).rowcount
                if changed != 1:
                    raise InputRefused(f"지급대장 {led['number']}이(가) 내보내는 동안 다른 곳에서 바뀌었습니다. "
                                       "다시 확인하세요.")
            audit.append(conn, ws.operator, "ledger.export", entity="ledger", entity_id=ledger_id,
                         details={"number": led["number"], "file": out.name, "masked": mask,
                                  "encrypted": bool(password),
                                  "bank_sheet": Path(bank_sheet).name if bank_sheet else None,
                                  "lines": len(view.lines), "total_krw": led["total_krw"]})
            for tmp, target in staged:
                os.replace(tmp, target)
                placed.append(target)
            staged.clear()
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        for target in placed:  # renamed, but the transaction did not commit
            target.unlink(missing_ok=True)
        raise
    log.info("ledger %s exported by %s to %s (masked %s, encrypted %s, bank sheet %s)", led["number"],
             ws.operator, out.name, mask, bool(password), bool(bank_sheet))
    return {"ledger_id": ledger_id, "number": led["number"], "file": str(out),
            "bank_sheet": str(bank_sheet) if bank_sheet else None, "masked": mask,
            "encrypted": bool(password), "lines": led["line_count"], "total_krw": led["total_krw"]}
