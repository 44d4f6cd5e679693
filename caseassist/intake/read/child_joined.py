"""Where a child is, from the phrase around the child word (read/children.py asks):

- joined in one noun phrase with the person the note is about ("Estou com um senhor
  angolano de 40 anos e o filho dele", "Je suis avec une dame et son fils"): together. The
  person is a gender noun that opens the sentence after an indefinite article or follows
  the writer's being with her (`writer_with`: "estou com", "we have", "je suis avec"); a joiner (`subject_joiners`) follows within a few words with no
  punctuation between, then only determiners and possessives before the child word. "She
  worked for a woman and her daughter" is not read, nor "A mulher e os filhos estão lá".
- with another person ("a daughter with grandmother", "con la abuela", "chez sa tante"):
  away from her (`other_person_at`).
- after a wish only ("souhaiterait rentrer, si possible avec son fils"): what she wants,
  not where the child is now (`wished_only`).
"""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.numbers import number_words
from caseassist.intake.read.child_words import _GENERIC_CHILD
from caseassist.intake.read.segment import tokens

_ARTICLES = frozenset(
    [
        "a",
        "an",
        "the",
        "one",
        "un",
        "una",
        "une",
        "uma",
        "um",
        "el",
        "la",
        "le",
        "o",
        "this",
        "esta",
        "este",
        "cette",
        "essa",
        "esse",
    ]
)
_NEAR = 6
"""Words at most between the person noun and the joiner ("senhor angolano de 40 anos")."""


@cache
def _person_nouns() -> frozenset[str]:
    ws = lexicon.word_sets()
    return frozenset(w for w in ws.gender_female | ws.gender_male if " " not in w)


def _fronted(toks: list[str], g: int) -> bool:
    """The person noun at `g` opens its sentence or follows a "with" (articles between)."""
    k = g - 1
    while k >= 0 and toks[k] in _ARTICLES:
        k -= 1
    if k >= 0:  # "estou com um senhor", "we have a lady": the writer is with her
        return (
            lexicon.phrase_regex("writer_with").search(" ".join(toks[max(0, k - 4) : k + 1]))
            is not None
        )
    # opening a sentence, only an indefinite noun (`indefinite_ones`) introduces her ("Una
    # señora y sus hijos llegaron"); "A mulher e os dois filhos estão lá" is his wife
    return g > 0 and toks[g - 1] in lexicon.by_language("indefinite_ones")


def joined_to_her(toks: list[str], kids: frozenset[str]) -> bool:
    """A child word joined by "and / e / y / et" to a fronted person noun before it."""
    joiners = lexicon.by_language("subject_joiners")
    fillers = lexicon.by_language("joint_fillers") | lexicon.word_sets().possessives | _ARTICLES
    nouns = _person_nouns()
    for i, w in enumerate(toks):
        if w not in kids:
            continue
        j = i - 1
        while j >= 0 and toks[j] in fillers and toks[j] not in joiners:
            j -= 1
        if j < 1 or toks[j] not in joiners:
            continue
        for g in range(j - 1, max(-1, j - 1 - _NEAR), -1):
            if not toks[g].isalnum():
                break  # a comma or a bracket: another phrase
            if toks[g] in nouns:
                if _fronted(toks, g):
                    return True
                break
    return False


_PERSON_ARTICLES = frozenset(["the", "la", "el", "le", "a", "o", "sa", "leur"])


def other_person_at(toks: list[str], k: int, others: frozenset[str]) -> bool:
    """Another person (not a child) at `k`, after a possessive or an article or bare:
    "with her sister", "with grandmother", "con la abuela", "chez sa tante"."""
    ws = lexicon.word_sets()
    if k < len(toks) and (toks[k] in ws.possessives or toks[k] in _PERSON_ARTICLES):
        k += 1
    if k < len(toks) - 1 and f"{toks[k]} {toks[k + 1]}" in others:
        return True  # "chez sa grand-mère", "with her older sister"
    return k < len(toks) and toks[k] in others and toks[k] not in _GENERIC_CHILD


def wished_only(sent_folded: str) -> bool:
    """Every child word comes after a wish word ("wants to go home with her son", "quiere
    traer a sus hijos", "souhaite rentrer avec son fils"): what she wants, not where they
    are now."""
    wish = lexicon.phrase_regex("wish_cues").search(sent_folded)
    if not wish:
        return False
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural | ws.child_pairs
    toks = tokens(sent_folded[wish.end() :])
    first = next((k for k, t in enumerate(toks) if t in kids), None)
    return (
        kids.isdisjoint(tokens(sent_folded[: wish.start()]))
        and first is not None
        and {":", ";", "[", "]"}.isdisjoint(toks[:first])  # "... no quiere policía. Hijos: 0"
    )


_INTAKE_BETWEEN = frozenset(
    [
        "not",
        "no",
        "pas",
        "plus",
        "nao",
        "ne",
        "n'",
        "d'",
        "de",
        "des",
        "les",
        "any",
        "more",
        "a",
        "an",
    ]
    + ["ninos", "ninas", "los", "las", "criancas", "os", "as", "com", "con", "avec", "with"]
)


def service_intake(toks: list[str], i: int) -> bool:
    """The child word at `i` is what a service takes (`child_intake_words`, only small words
    between: "notre structure n'accueille plus d'enfants", "we do not take children", "una
    plaza madre-hijo", "vaga mãe-filho"): the service's rule, not her children."""
    k = i - 1
    while k >= 0 and i - k <= 4 and toks[k] in _INTAKE_BETWEEN:
        k -= 1
    lead = " ".join(toks[max(0, k - 4) : k + 1])
    found = lexicon.phrase_regex("child_intake_words").search(lead)
    return found is not None and found.end() == len(lead)


_OF = frozenset(["de", "of", "do", "da", "dos", "das", "del", "du", "des"])
_WHO = frozenset(["who", "that", "que", "qui"])
_HER_OBJECTS = frozenset(["her", "him", "them", "la", "lo", "le", "l", "l'", "o", "a", "os", "as"])


def child_of_other(toks: list[str], i: int, others: frozenset[str]) -> bool:
    """The child word at `i` is someone else's by an "of" after it: a person word
    (`others`: "los hijos de su hermana", "the children of her cousin"), or a person
    described by what they did to her ("o filho da senhora que o trouxe", "the son of the
    woman who brought her", "el hijo de la señora que la trajo")."""
    after = toks[i + 1 : i + 4]
    if after[:1] and after[0] not in _OF:
        return False
    if any(t in others for t in after[1:]):
        return True
    k = next((k for k in range(i + 3, min(i + 5, len(toks))) if toks[k] in _WHO), None)
    if k is None or any(t.isdigit() or t in number_words() for t in toks[i + 2 : k]):
        return False  # "o filho de 3 anos que a acompanha": an age, not a person
    return not _HER_OBJECTS.isdisjoint(toks[k + 1 : k + 3])


def writer_has_child(text: str, kids: frozenset[str]) -> str:
    """The text with a child word blanked where the writer says she is with one
    (`writer_with` and an indefinite article: "Tô com uma menina aqui, ela tem 16 anos",
    "We have a girl here", "Tenemos una niña de 15"): the child is the person the note is
    about, not a child with her."""
    writer = lexicon.phrase_regex("writer_with")
    toks = tokens(text)
    for m in writer.finditer(text):
        after = tokens(text[m.end() :])[:2]
        if (
            len(after) == 2
            and after[0] in function_words().indefinite_articles
            and after[1] in kids
        ):
            return " ".join(toks).replace(f"{after[0]} {after[1]}", after[0], 1)
    return text
