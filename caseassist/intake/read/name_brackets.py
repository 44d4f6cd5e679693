"""A name with a remark in brackets on how she is called: "Mariam (she asked us to use
that name)", "Rowena (así la llamamos, a petición suya)", "Bikash (nome pelo qual quer
ser tratado)", "Ana (así la conocemos en la escuela)": the name before the bracket is
the one she uses. A lone quoted name in brackets after a name ("Mme Guadalupe R.
(« Lupita »)") is the name she goes by. The remark is read by its parts: a naming wish
(`name_wish_cues`), a name noun with a word of use (`name_label_qualifiers`), or a
remark of naming (`name_remarks`: "así la conocemos", "use that name"); a bracket that
names another person ("Juan (el patrón, le dicen Chino)") gives nothing."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.name_wishes import phrase_search, plain_words

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'\u2019-]+"
_BRACKETED = re.compile(
    rf"(?P<name>\b{_NAME}(?:\s+{_NAME})?)(?:\s+[A-Z]\.)?\s*\((?P<inner>[^()\n]{{1,90}})\)"
)
_CAPITAL = re.compile(r"\b[A-ZÀ-ÖØ-Þ][a-zà-ÿ]")
"""A name in the remark itself ("(he said call him Harry)"): the cue reader's to give."""
_VERBS = lexicon.Words({"referring", "refer", "refers", "remite", "encaminho"}, "referral_verbs")
"""A capitalised verb opening the sentence before a name: not part of it."""
_TITLE_BEFORE = re.compile(r"\b[A-Z][a-z]{0,3}\.\s*$")
_QUOTED = re.compile(rf"^\s*[\"'\u201c\u00ab]\s*(?P<nick>{_NAME})\s*[\"'\u201d\u00bb]\s*$")


def _naming_remark(inner: str) -> bool:
    words = plain_words(inner)
    if not lexicon.word_sets().other_people.isdisjoint(words):
        return False
    if phrase_search("name_wish_cues", inner) or phrase_search("name_remarks", inner):
        return True
    nouns = {w for w in lexicon.words().get("name_labels", ()) if " " not in w}
    return not nouns.isdisjoint(words) and phrase_search("name_label_qualifiers", inner)


def bracketed_names(text: str) -> list[tuple[str, int]]:
    """(name, offset of the name before the bracket, or of its title) of each name a
    bracket's remark says she uses."""
    if "(" not in text:
        return []
    found: list[tuple[str, int]] = []
    for m in _BRACKETED.finditer(text):
        if text[m.end() : m.end() + 3].lstrip().startswith(":"):
            continue  # "Nombre (como quiere que la llamen): Rosa": a label's qualifier
        inner, at = m.group("inner"), m.start("name")
        title = _TITLE_BEFORE.search(text, max(0, at - 8), at)
        at = title.start() if title else at  # "M. Pierre": its sentence did not end at "M."
        quoted = _QUOTED.match(inner)
        if quoted:
            found.append((quoted.group("nick"), at))
        elif _naming_remark(inner) and not _CAPITAL.search(inner):  # not "(goes by "Chi")"
            words = m.group("name").split()
            if len(words) == 2 and plain_words(words[0])[0] in _VERBS:
                words = words[1:]  # "Referring Joy (not her real name)"
            found.append((" ".join(words), at))
    return found
