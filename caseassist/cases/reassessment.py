"""What a reassessment may reopen: topics staff think may have changed.

Kept apart from `services.returning` (which loads the intake and the vault) so
that building the command line's parser, which lists these topics in its help,
loads nothing a command does not need before it starts unlocking.
"""

from __future__ import annotations

TOPICS = (
    "safety",
    "shelter",
    "food",
    "medical",
    "household",
    "housing",
    "legal",
    "jobs",
    "reintegration",
)
"""What may have changed since the last conversation: the fact groups a reassessment reopens."""
