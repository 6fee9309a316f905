"""Personal data at rest: bank account numbers are encrypted, and matched by a keyed hash.

Each workspace has a random id and salt in ``workspace_meta``. Its master key
comes, in this order, from:

1. ``RECON1015_PASSPHRASE`` (a team's shared passphrase, stretched with scrypt
   and the workspace's salt) — what a shared PostgreSQL database needs;
2. the OS keyring (``keyring``), under service "Recon1015" and the workspace id;
3. where no keyring exists, a key file (mode 0600) in the user config directory.

The key never lives in the workspace itself, so a copied workspace file reveals
no account number. ``key_check`` (a keyed hash of a constant) is stored so that
a wrong key is refused instead of silently producing garbage.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import uuid
from pathlib import Path

import platformdirs
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Connection, insert, select

from models.errors import WorkspaceError
from models.tables import WorkspaceMeta

ENV_PASSPHRASE = "RECON1015_PASSPHRASE"
KEYRING_SERVICE = "Recon1015"
_VERSION = b"\x01"
_CHECK = "recon1015-key-check"
_meta = WorkspaceMeta.__table__


class Vault:
    """AES-GCM sealing and HMAC-SHA256 keyed hashes under one workspace key."""

    def __init__(self, master: bytes) -> None:
        derived = HKDF(algorithm=hashes.SHA256(), length=64, salt=None,
                       info=b"recon1015 vault v1").derive(master)
        self._aead = AESGCM(derived[:32])
        self._mac_key = derived[32:]

    def seal(self, text: str) -> bytes:
        nonce = os.urandom(12)
        return _VERSION + nonce + self._aead.encrypt(nonce, text.encode("utf-8"), None)

    def open(self, blob: bytes) -> str:
        if not blob or blob[:1] != _VERSION:
            raise WorkspaceError("An encrypted value is damaged or of an unknown version.")
        try:
            return self._aead.decrypt(blob[1:13], blob[13:], None).decode("utf-8")
        except InvalidTag:
            raise WorkspaceError("An encrypted value cannot be read with this key.") from None

    def keyed_hash(self, value: str) -> str:
        return hmac.digest(self._mac_key, value.encode("utf-8"), "sha256").hex()

    @property
    def check_value(self) -> str:
        return self.keyed_hash(_CHECK)


def _key_file(workspace_id: str) -> Path:
    return Path(platformdirs.user_config_dir("Recon1015", appauthor=False)) / "keys" / f"{workspace_id}.key"


def _file_key(workspace_id: str, create: bool) -> bytes | None:
    path = _key_file(workspace_id)
    if path.exists():
        return base64.b64decode(path.read_text().strip())
    if not create:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(base64.b64encode(key).decode())
    return key


def _keyring_key(workspace_id: str, create: bool) -> bytes | None:
    """The key from the OS keyring; None where there is no usable keyring."""
    try:
        import keyring
        from keyring.errors import KeyringError

        stored = keyring.get_password(KEYRING_SERVICE, workspace_id)
        if stored:
            return base64.b64decode(stored)
        if not create:
            return None
        key = secrets.token_bytes(32)
        keyring.set_password(KEYRING_SERVICE, workspace_id, base64.b64encode(key).decode())
        return key
    except (ImportError, KeyringError, RuntimeError):
        return None


def master_key(workspace_id: str, salt: bytes, create: bool) -> bytes | None:
    passphrase = os.environ.get(ENV_PASSPHRASE)
    if passphrase:
        return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=2**14, r=8, p=1, dklen=32)
    if _key_file(workspace_id).exists():
        return _file_key(workspace_id, create=False)
    return _keyring_key(workspace_id, create) or _file_key(workspace_id, create)


def workspace_vault(conn: Connection) -> Vault:
    """The vault of the workspace ``conn`` belongs to (created on first use).

    Call inside a writing transaction: the first call records the workspace's
    id, salt and key check.
    """
    meta = dict(conn.execute(select(_meta.c.key, _meta.c.value)).all())
    if "workspace_id" not in meta:
        meta = {"workspace_id": str(uuid.uuid4()), "kdf_salt": secrets.token_hex(16)}
        conn.execute(insert(_meta), [{"key": k, "value": v} for k, v in meta.items()])
    first_use = "key_check" not in meta
    key = master_key(meta["workspace_id"], bytes.fromhex(meta["kdf_salt"]), create=first_use)
    if key is None:
        raise WorkspaceError(
            "This workspace's personal data is encrypted with a key that is not on this "
            f"computer. Set {ENV_PASSPHRASE} to the team's passphrase, or open the workspace "
            "on the computer that created it.")
    vault = Vault(key)
    if first_use:
        conn.execute(insert(_meta).values(key="key_check", value=vault.check_value))
    elif not hmac.compare_digest(meta["key_check"], vault.check_value):
        raise WorkspaceError(
            "The key for this workspace's personal data is not the right one "
            f"(a wrong {ENV_PASSPHRASE}, or the key of another computer).")
    return vault
