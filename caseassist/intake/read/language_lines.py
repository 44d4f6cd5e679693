"""Where a language form line's value ends. A label's value is the list after it up to
its sentence's end: "Lang.: Tagalog. Call done in English, client switched to Tagalog
when upset." names her language and then tells, in a sentence of its own, what the call
was held in; "Langues : lingala (préférée). L'interprète parle aussi swahili" goes on
about the interpreter. The sentences after the value are read as sentences (whose they
are, what weight), not as more items of the label's list."""

from __future__ import annotations

import re
from collections.abc import Callable

_SENTENCE_END = re.compile(
    r"(?<=[^\W\d_][^\W\d_]|[^\W\d_]\)|[^\W\d_]['’])[.!?]\s+(?=\(?[A-ZÀ-Þ]\S*\s+\S)"
)
"""A full stop after a word (one ending in an apostrophe too: "K'iche'.") or a closing
bracket, then a capitalised word that another word follows, bracketed or not: a
sentence, not the next item of a list ("Tigrinya. English" has no word after "English";
"Amh./Engl." no space; "Spanish. (Ofc. Brandt does not speak Spanish)" is about the
officer, read as a sentence of its own)."""


def own_value(value: str, is_list: Callable[[str], bool]) -> str:
    """The value of a language line up to the end of the first sentence after which a
    sentence is not only more of the list (`is_list`: "Ukrainian (first). Also Russian.
    Good English." goes on; "Tagalog. Call done in English" ends at "Tagalog.")."""
    for m in _SENTENCE_END.finditer(value):
        end = _SENTENCE_END.search(value, m.end())
        if not is_list(value[m.end() : end.start() + 1 if end else len(value)]):
            return value[: m.start() + 1]
    return value
