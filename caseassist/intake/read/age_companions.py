"""An age that belongs to a child or a person with her, not to her, told by who stands
before it: "She came in with a 4 y/o boy", "Ella llegó con una niña pequeña de 3 años",
"Elle est arrivée avec une petite fille de 3 ans", "Chegou com um menino de 2 anos".

A "with" word (`company_prepositions`) then an indefinite article, a few words at most
(an adjective, "de", the number's own words), and a word for a child or a person (a
child word, a girl, a boy, a man) before the number or right after its unit: whoever is
"with" is not her, whatever the age ("arrived with a 22-year-old man"), when a word for
her comes before it and none of the writer's (`gender_asides.with_someone`: "we spoke
with a man of about 40" is him). Several children or one counted or owned earlier in the sentence make
a young age theirs too (`bare_ages.among_children`), and so does a young child brought
in after a pronoun of hers (`age_owners.after_her`).
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.age_owners import after_her
from caseassist.intake.read.bare_ages import among_children
from caseassist.intake.read.gender_asides import with_someone

_REACH = 5  # words between the "with" word and the number ("with a little girl of")
_AFTER = 3  # words after the number where the child word may stand ("4 y o boy")


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    ws = lexicon.word_sets()
    return (
        lexicon.by_language("company_prepositions"),
        function_words().indefinite_articles,
        ws.child_singular
        | ws.child_ambiguous
        | frozenset(w for w in ws.gender_female | ws.gender_male if " " not in w),
    )


def with_a_child(lead: list[str], after: list[str]) -> bool:
    """`lead`, the words before the number, ends on "with a" and at most a few words,
    and a word for a child stands there or in the first words after the number."""
    withs, articles, kids = _words()
    tail = lead[-(_REACH + 1) :]
    for j in range(len(tail) - 1, -1, -1):
        if tail[j] not in withs:
            continue
        rest = tail[j + 1 :]
        if not rest or rest[0] not in articles:
            return False
        if not with_someone(lead, len(lead) - len(tail) + j):
            return False  # "we spoke with a man of about 40": him
        return not kids.isdisjoint(rest[1:]) or not kids.isdisjoint(after[:_AFTER])
    return False


def not_hers(lead: list[str], n: int, young: bool, after: list[str]) -> bool:
    """The age `n` after `lead` is a child's or a companion's: a young one after several
    children or one counted ("two kids, a girl of 3"), a young child brought in after a
    pronoun of hers ("She came with a little boy, 4"), or any after "with a" child."""
    if n < 12 and (among_children(lead) or (young and after_her(lead))):
        return True
    return with_a_child(lead, after)
