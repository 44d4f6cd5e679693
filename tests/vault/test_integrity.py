"""The integrity check says "not intact" for a file that no longer opens, never a raw error."""

from __future__ import annotations

from tests.vault.conftest import unlock


def test_a_file_spoiled_after_unlock_is_reported_not_intact(demo_vault):
    vault = unlock(demo_vault, "admin")
    try:
        assert vault.integrity_ok()
        path = vault.db_path(vault.folder)
        with path.open("r+b") as fh:
            fh.write(b"\0" * 4096)  # the first page: salt and header gone
        assert vault.integrity_ok() is False
    finally:
        vault.close()


def test_flipped_bytes_in_a_page_are_found(demo_vault):
    vault = unlock(demo_vault, "admin")
    try:
        path = vault.db_path(vault.folder)
        vault.checkpoint()
        data = bytearray(path.read_bytes())
        data[3 * 4096 + 100] ^= 0xFF  # inside a later page: its HMAC no longer matches
        path.write_bytes(bytes(data))
        assert vault.integrity_ok() is False
    finally:
        vault.close()
