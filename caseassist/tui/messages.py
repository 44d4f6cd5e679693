"""Messages that cross screens (the ones a single widget sends live nested in it)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from caseassist.services.workspace import Workspace


@dataclass
class Unlocked(Message):
    """The unlock screen opened the vault; the app takes the workspace from here."""

    workspace: Workspace
    hold: int | None = None
    """The key-gate hold taken while unlocking, released once the cases screen is up."""
