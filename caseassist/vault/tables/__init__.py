"""SQLModel tables of the vault; importing this package registers every table."""

from caseassist.vault.tables import cases, core, directory, household  # noqa: F401
