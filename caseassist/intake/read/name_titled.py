"""A title before a name, then a short description and the person's age ("Mme Esther K., 29
ans", "doña Rosa, mujer peruana de 63 años"): the name of the person referred."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.numbers import to_int
from caseassist.intake.read.name_set_off import describes_other
from caseassist.intake.read.people_counts import referred
from caseassist.intake.read.segment import ffold, tokens


def _titled_regex() -> re.Pattern[str]:
    """A title ("Mme", "señora", "Mr") before a capitalised name (an initial may follow),
    at most four words of description ("mujer peruana de", "cidadã filipina de") and then
    the person's age, in digits ("34a") or words with their unit ("trente-deux ans"), or
    two digits set off by commas right after the name ("Ms. Camila Souza, 28, came")."""
    titles = sorted(lexicon.words().get("name_titles", ()), key=len, reverse=True)
    alts = "|".join(re.escape(t) for t in titles) or "(?!)"
    return re.compile(
        rf"(?<![\w.])(?i:{alts})\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'\u2019-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'\u2019-]+)?)"
        r"(?:\s+[A-Z]\.)?\s*,?\s+(?P<desc>(?:[a-zà-ÿ'\u2019-]+,?\s+){0,4}?)(?:a\s+|de\s+|aged\s+)?"
        r"(?:\d{1,3}[\s-]*(?:-?years?|ans|años|anos|a\b)"
        r"|(?P<words>[a-zà-ÿ]{2,}(?:[\s-][a-zà-ÿ]{2,}){0,2})[\s-]+(?:-?years?|ans|años|anos)\b"
        r"|(?<=[\w.],\s)(?P<bare>[1-9]\d)(?=\s*[,;)]|\.?\s*$|\.\s))"
    )


def titled_names(text: str) -> list[re.Match[str]]:
    """The titled names an age follows: an age in words must be a number ("que vino a"
    is none), and the description between must not name someone else ("Sr. Carlos, o
    patrão, 50 anos")."""
    found = []
    for m in _TITLED_RE.finditer(text):
        if m.group("bare") and (m.group("desc") or not _opens_or_referred(text, m.start())):
            continue  # "Mr. Ruiz, who has 3", "lives with Mrs. Osei, 70,": not her age
        words = ffold(m.group("words") or "").replace("-", " ").split()
        if words and all(to_int(" ".join(words[k:])) is None for k in range(len(words))):
            continue
        if describes_other(m.group("desc")):
            continue
        found.append(m)
    return found


_TITLED_RE = lexicon.Lazy(_titled_regex)

_LEADS = frozenset([":", "-", "*", "\u2022", ">", "("])


def _opens_or_referred(text: str, at: int) -> bool:
    """The title opens its sentence, line or form value ("Ms. Camila Souza, 28, came",
    "Client: Mrs. Osei, 70") or follows a referral verb ("we refer Mr. Ruiz, 40,"): a
    bare number after it is the referred person's age, not a landlord's or employer's."""
    before = sentence_before(text, at)
    return not before or before[-1] in _LEADS or referred(before)


def sentence_before(text: str, at: int) -> list[str]:
    """The folded words of `text` from the start of the sentence `at` is in, up to `at`."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    return tokens(ffold(text[start:at]))


def clause_before(text: str, at: int) -> list[str]:
    """The words of `sentence_before` after its last comma, colon or semicolon: the
    subject of a cued name is read back to the clause's start ("the man who recruited
    her is a Colombian known as ...") but not into a clause before ("Contato seguro: cel
    da vizinha, quer ser chamada de Yeli")."""
    words = sentence_before(text, at)
    return words[max((i + 1 for i, w in enumerate(words) if w in ",;:"), default=0) :]


def _called_regex() -> re.Pattern[str]:
    """A title she is called by with her given name (`called_titles`: "doña", "Dona"),
    then that name."""
    titles = sorted(lexicon.words().get("called_titles", ()), key=len, reverse=True)
    alts = "|".join(re.escape(t) for t in titles) or "(?!)"
    return re.compile(rf"(?<![\w.])(?i:{alts})\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'\u2019-]+)")


def called_names(text: str) -> list[re.Match[str]]:
    """ "doña Rosa", "Dona Filomena" right after a referral or meeting verb ("Encontramos a
    Dona Filomena perto da rodoviária", "derivamos a doña Rosa"): the person referred, by
    the name she is called, with no age needed after it."""
    found = []
    for m in _CALLED_RE.finditer(text):
        before = sentence_before(text, m.start())
        if before and before[-1] in ("a", "al", "la", "o"):
            before = before[:-1]  # "Encontramos a Dona ...", "derivamos a la Sra."
        if referred(before):
            found.append(m)
    return found


_CALLED_RE = lexicon.Lazy(_called_regex)
