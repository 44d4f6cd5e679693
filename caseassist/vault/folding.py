"""How names are folded before they are compared or indexed (kept apart from the stores,
so key rotation can recompute the name index without importing them)."""

from __future__ import annotations

import unicodedata

__all__ = ["fold_for_search"]


def fold_for_search(name: str) -> str:
    """Case, accents and spacing folded away, so names and note searches match as people type.

    Stored name indexes are keyed by it: changing it needs a migration. (The
    intake's lexicon keys are `intake.text.fold_name`, a different folding.)
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())
