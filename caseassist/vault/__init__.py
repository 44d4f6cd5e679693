"""The encrypted vault: the only package that touches SQLCipher, cryptography and argon2.

Names are imported on first use (PEP 562), so reading the keyring's demo flag
or importing a submodule does not load SQLAlchemy and SQLCipher before the UI
is on the screen.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from caseassist.vault.keys import KdfParams
    from caseassist.vault.roles import Role
    from caseassist.vault.vault import DEMO_PASSPHRASE, Vault, new_id

__all__ = ["DEMO_PASSPHRASE", "KdfParams", "Role", "Vault", "new_id"]

_WHERE = {
    "KdfParams": "caseassist.vault.keys",
    "DEMO_PASSPHRASE": "caseassist.vault.vault",
    "Role": "caseassist.vault.roles",
    "Vault": "caseassist.vault.vault",
    "new_id": "caseassist.vault.vault",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(name)
