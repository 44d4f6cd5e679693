"""A language verb said of a group that does not name her ("los tratantes hablaban
rumano", "les proxénètes parlaient albanais entre eux", "os aliciadores falavam romeno",
"they spoke Albanian among themselves"): the verb is in the third person plural
(`language_plural_verbs`) or its subject is a plural or indefinite pronoun
(`language_group_subjects`: "they", "ellos", "on lui a" before "parlé en anglais"),
or its clause opens on many people (`language_group_leads`: "many women on this route"),
so it says what several people speak, and with no word for her in the clause ("ella y su
madre hablan quechua" keeps it) the language is theirs, not hers. The person words of
such groups ("traffickers", "pimps") are not needed: the verb or pronoun says enough."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words


@cache
def her_subjects() -> frozenset[str]:
    """The words that make a language verb's subject her: "she", "he" (a man referred) and
    `survivor_subjects` ("the client", "la usuaria")."""
    fw = function_words()
    return fw.she_words | fw.he_words | lexicon.by_language("survivor_subjects")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The plural verbs, the plural subjects, the words that name her and the leads of
    many people ("many", "la plupart des": `language_group_leads`), built once."""
    return (
        frozenset(lexicon.by_language("language_plural_verbs")),
        frozenset(lexicon.by_language("language_group_subjects") | function_words().they_words),
        frozenset(her_subjects() | lexicon.by_language("language_group_her")),
        frozenset(lexicon.by_language("language_group_leads")),
    )


def a_group_speaking(clause: list[str], trigger: str) -> bool:
    """The language verb `trigger` (its clause's words before it: `clause`) is said of a
    group with no word for her in it."""
    plural, subjects, her, _many = _words()
    said = {" ".join(clause[-k:]) for k in range(1, 4) if len(clause) >= k}
    if trigger.split()[0] not in plural and said.isdisjoint(subjects) and not many(clause):
        return False  # (a subject of up to three words: "on lui a parlé en anglais")
    return her.isdisjoint(clause)


def many(clause: list[str]) -> bool:
    """The clause opens on many people ("many women", "la plupart des victimes")."""
    words = [w for w in clause if w.isalpha()]
    return not {" ".join(words[:k]) for k in (1, 2, 3) if len(words) >= k}.isdisjoint(_words()[3])
