"""A means to reach her said to be safe after it is named: "Her own phone is safe,
555-0163", "ela diz que esse número é seguro", "su celular es seguro: 600 000 000",
"son portable est sûr, 06 12 00 00 00". The sentence names a phone number and a
`contact_safe_predicates` phrase with no negator just before it; never when the
sentence names the writer's own service (`contact_writer_words`: "our office", "nuestro
número") or an exploiter (the boss's phone being "safe" is no way to reach her).
The value is the sentence as written, so staff read it as the referrer wrote it."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.segment import sentences, tokens
from caseassist.intake.read.their_side import exploiters
from caseassist.intake.text import fold

_PHONE = re.compile(r"\+?\(?\d[\d ().\-]{5,}\d")
_SPEAKER = re.compile(r"^\s*[^\W\d_]+(?: [^\W\d_]+){0,2} ?:\s*")


def safe_means(text: str) -> str | None:
    """The first sentence naming a phone number it calls safe, or None."""
    if not _PHONE.search(text):
        return None  # no number: nothing to call safe (one search of the raw note)
    predicates = lexicon.phrase_regex("contact_safe_predicates")
    if not predicates.search(fold(text)):
        return None  # most notes say nothing of the kind
    negators = lexicon.word_sets().negators
    writer = lexicon.phrase_regex("contact_writer_words")
    for original in sentences(text, []):
        folded = fold(original)
        m = predicates.search(folded)
        if not m or not _PHONE.search(original):
            continue
        if negators & set(tokens(folded[: m.start()])[-2:]):
            continue  # "her phone is not safe"
        if writer.search(folded) or _names_exploiter(tokens(folded)):
            continue  # "our line is safe, 555-0100"; "the boss's phone"
        return _SPEAKER.sub("", original).strip(" .")
    return None


def _names_exploiter(toks: list[str]) -> bool:
    words = exploiters()
    toks = [t.rstrip("'") for t in toks]  # "the boss's phone"
    return any(t in words for t in toks) or any(
        f"{a} {b}" in words for a, b in zip(toks, toks[1:], strict=False)
    )
