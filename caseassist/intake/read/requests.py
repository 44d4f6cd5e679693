"""A referrer's request to the service that reads the note ("Do you have space for her
tonight?", "¿Tienen cupo?", "Avez-vous une place ?", "Podem recebê-la hoje?"): put as a
question, it asks nothing of the survivor, so it is read as a statement of her need, not
offered as a question nor answered by the next line. Per-language words:
`place_requests` (asked of the service) before `capacity_nouns` (what a service has,
never what a survivor is asked about), or `intake_requests` ("can you take her"), or
`intake_asks` with the person named ("¿Pueden recibir a Rosa esta noche?": stop 42)."""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon


@cache
def _request() -> re.Pattern[str]:
    asks = lexicon.phrase_regex("place_requests").pattern
    nouns = lexicon.phrase_regex("capacity_nouns").pattern
    takes = lexicon.phrase_regex("intake_requests").pattern
    named = lexicon.phrase_regex("intake_asks").pattern
    return re.compile(rf"{asks}(?: [^ ]+){{0,2}} {nouns}|{takes}|{named}")


def asks_for_place(sentence: str) -> bool:
    """The folded question asks the reading service for a place for her."""
    return _request().search(sentence) is not None
