"""The encrypted vault: the only package that touches SQLCipher, cryptography and argon2."""

from caseassist.vault.keys import KdfParams
from caseassist.vault.vault import DEMO_PASSPHRASE, Role, Vault, new_id

__all__ = ["DEMO_PASSPHRASE", "KdfParams", "Role", "Vault", "new_id"]
