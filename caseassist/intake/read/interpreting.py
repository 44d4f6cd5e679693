"""An interpreting event for her beside a statement that she lacks the language
(stop 37): "Mandarin only (our worker Wei interpreted)", "no English ... we used a phone
interpreter", "ne parle que le bulgare (fils a traduit par tél.)", "não fala português
... tradução via linha tel.". Spoken with through someone who interprets because she
does not speak the staff's language: she needs an interpreter.

The event is a sentence with an `interpreting_events` phrase that no `interpreter_devices`
("translation app"), `interpreter_offers`, `interpreter_conditions`,
`interpreter_group_objects` or `interpreting_not_hers` phrase ("will interpret", "for her
mother", "booked") makes something else. Her lack is a `language_lacks` phrase ("no
English", "pas de français", "no habla español", "não fala português") or a language
that is no staff language said with a `language_only_words` word ("Burmese only",
"ne parle que le bulgare", "solo habla rumano"; not a staff language named in its own
tongue, `own_names`: "speaks English only" in an English note), before any interpreter word of its
sentence (not the interpreter's own languages), or the staff's own lack of hers
(`staff_lacks`: "we do not speak Punjabi", "a equipe não fala crioulo", "nós não
percebemos nada", stop 39). A note that says she managed without
one (`interpreting_managed`: "no interpreter needed", "speaks English well") or a
reading already made (true, false or disputed) is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import sentences
from caseassist.intake.text import fold


@cache
def _facts() -> tuple[str, ...]:
    return lexicon.words_of_rules("interpreting", "facts")


@cache
def _own_names() -> frozenset[str]:
    return frozenset(lexicon.words_of_rules("interpreting", "own_names"))


@cache
def _blockers() -> re.Pattern[str]:
    keys = (
        "interpreter_devices",
        "interpreter_offers",
        "interpreter_conditions",
        "interpreter_group_objects",
        "interpreting_not_hers",
    )
    return re.compile("|".join(lexicon.phrase_regex(k).pattern for k in keys))


@cache
def _only_forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    only = lexicon.phrase_regex("language_only_words").pattern
    verbs = r"(?:(?:speaks?|habla|parle|fala|falo|hablo|parlo) )?"
    arts = r"(?:(?:el|le|la|l'|o) ?)?"
    return (
        re.compile(rf"{only} {verbs}{arts}([a-z']+)"),
        re.compile(rf"\b([a-z']+),? {only}"),
    )


def _lacks(sentence: str) -> bool:
    """She lacks the staff's language, said before any interpreter word of the sentence or
    after a cause that follows it (`interpreting_causes`: "because", "porque", "car")."""
    cut = lexicon.phrase_regex("interpreter_nouns").search(sentence)
    head = sentence[: cut.start()] if cut else sentence
    if cut and (cause := lexicon.phrase_regex("interpreting_causes").search(sentence, cut.end())):
        head += " . " + sentence[cause.end() :]  # "... interpretación porque no habla castellano"
    if lexicon.phrase_regex("language_lacks").search(head) or _staff_lack(head):
        return True
    for form in _only_forms():
        if any(
            _language(m.group(1)) and m.group(1) not in _own_names() for m in form.finditer(head)
        ):
            return True
    return False


@cache
def _staff_lack_form() -> re.Pattern[str]:
    lacks = lexicon.phrase_regex("staff_lacks").pattern
    nothing = lexicon.phrase_regex("staff_lack_objects").pattern
    arts = r"(?:(?:the|any|el|le|la|l'|o|nada de|ni|ni le|nem|nem o) ?)?"
    return re.compile(rf"{lacks} (?:{nothing}|{arts}([a-z']+))")


def _staff_lack(head: str) -> bool:
    """The staff say they lack her language, or understand nothing of her (`staff_lacks`
    then a language or a `staff_lack_objects` word: "a neighbour translated because we do
    not speak Creole", "porque nós não percebemos nada"): she lacks theirs."""
    return any(
        m.group(1) is None or _language(m.group(1)) for m in _staff_lack_form().finditer(head)
    )


def _language(word: str) -> bool:
    return word.strip("'") in lexicon.language_names()


_LINE = re.compile(
    r"\b(?:used|via|through) (?:the |a |an )?([a-z']+) (?:line|interpreter|interp)\b"
)
"""An interpreter or a line named by its language ("we used the Mandarin line")."""


def _event(sentence: str) -> bool:
    if _blockers().search(sentence):
        return False
    if lexicon.phrase_regex("interpreting_events").search(sentence):
        return True
    return any(_language(m.group(1)) for m in _LINE.finditer(sentence))


def interpreted_lacking(text: str, out: Extraction) -> None:
    """Set her interpreter need when the note has both an interpreting event for her and
    a statement that she lacks the language, and nothing read or said otherwise."""
    folded = fold(text)
    if not (lexicon.phrase_regex("interpreting_events").search(folded) or _LINE.search(folded)):
        return  # (most notes: no interpreting at all, one search)
    asks: list[bool] = []
    sents = [s for s, q in zip(sentences(folded, asks), asks, strict=True) if s.strip() and not q]
    managed = lexicon.phrase_regex("interpreting_managed")
    if any(managed.search(s) for s in sents):
        return
    if not any(_event(s) for s in sents) or not any(_lacks(s) for s in sents):
        return
    for fid in _facts():
        if fid in out.values or fid in out.conflicts:
            continue
        if out.possible.get(fid, True) is True:
            out.possible.pop(fid, None)
            out.put(fid, True)
