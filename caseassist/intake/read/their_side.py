"""Who is on the exploiter's side, for who knows where she is (`knowers.knower`): a person
possessed by someone from the life she left ("the owner's brother", "el hermano del patrón",
"le frère du patron", "o irmão do patrão") is from that life too, not her family; a relation
a man claims ("the man who brought her in (says he is her boyfriend)", "dice ser su novio",
"se dit son oncle", "diz ser o tio dela"), or one marked as only claimed ("her so-called
boyfriend", "su supuesto novio", "son soi-disant copain", "o suposto namorado"), is his
claim, not a person of hers; so is the one she worked for ("la familia para la que
trabajaba", `worked_for_clauses`). The claim cues are data (`claimed_relations`,
`claimed_markers` in each language's words.toml)."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon

_OF = frozenset(["of", "del", "de", "du", "do", "da", "dos", "das"])
_ARTICLES = frozenset(["the", "la", "el", "le", "l'", "les", "los", "las", "o", "a", "os", "as"])
_CLAIM_ENDS = frozenset([",", ")", ".", ";", ":", "(", "!", "?"])


@cache
def _claims() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The claim cues by their first word, longest first."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon.by_language("claimed_relations"):
        words = tuple(phrase.split())
        by_first.setdefault(words[0], []).append(words)
    return {w: tuple(sorted(c, key=len, reverse=True)) for w, c in by_first.items()}


def on_their_side(words: list[str], people: frozenset[str], bad: frozenset[str]) -> list[str]:
    """`words` with a person of an exploiter's written as that exploiter, and the words of a
    claimed relation left out; the rest as it was."""
    out: list[str] = []
    claims = _claims()
    i = 0
    while i < len(words):
        cues = claims.get(words[i])
        claim = next((c for c in cues if tuple(words[i : i + len(c)]) == c), None) if cues else None
        if claim is not None:  # "(says he is her boyfriend, ...)": up to the next mark
            i += len(claim)
            while i < len(words) and words[i] not in _CLAIM_ENDS:
                i += 1
            continue
        w = words[i]
        if w in people and (
            _claimed_before(words, i) or _controlling_after(words, i) or _worked_for(words, i)
        ):  # "her so-called boyfriend", 'Boyfriend "controls..."', "la familia para la que..."
            out.append("exploiter")
            i += 1
            continue
        owner = _owner_after(words, i) if w in people else None
        if owner is None and w in people and i >= 2 and words[i - 1] == "s":
            owner = words[i - 2].rstrip("'") if words[i - 2].endswith("'") else None
            owner = owner if owner in bad else None  # "the owner's brother"
        out.append(owner or w)
        i += 1
    return out


def _claimed_before(words: list[str], i: int) -> bool:
    """A person word right after a word that says the relation is only claimed
    (`claimed_markers`: "so-called", "supuesto", "soi-disant", "suposto")."""
    markers = lexicon.by_language("claimed_markers")
    before = [w for w in words[max(0, i - 3) : i] if w != "-"]  # "so - called" unfolded
    return bool(before and (before[-1] in markers or " ".join(before[-2:]) in markers))


@cache
def _controllers() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The person words that may be from that life (other people, never her family, friends
    or helpers), and the `controlling_verbs` phrases, longest first."""
    who = lexicon.word_sets().other_people - lexicon.by_language("safe_knowers")
    verbs = sorted((tuple(p.split()) for p in lexicon.by_language("controlling_verbs")), key=len)
    return who, tuple(reversed(verbs))


def _controlling_after(words: list[str], i: int) -> bool:
    """Such a person word with a verb of control right after it, a quote between at most
    ('Boyfriend "controls everything"', "el novio la controla", "son copain la vend", "o
    namorado explora-a"): the note says he exploits her, so he is from that life."""
    who, verbs = _controllers()
    if words[i] not in who:
        return False
    j = i + 1 + (i + 1 < len(words) and words[i + 1] in _QUOTES)
    return any(tuple(words[j : j + len(v)]) == v for v in verbs)


_QUOTES = frozenset(['"', "“", "”", "«", "»", "'"])


@cache
def _worked_fors() -> tuple[tuple[str, ...], ...]:
    """The `worked_for_clauses` phrases, longest first."""
    phrases = (tuple(p.split()) for p in lexicon.by_language("worked_for_clauses"))
    return tuple(sorted(phrases, key=len, reverse=True))


def _worked_for(words: list[str], i: int) -> bool:
    """A person word with the clause of her working for them right after it ("the family she
    worked for", "la familia para la que trabajaba", "la famille chez qui elle travaillait",
    "a família para quem trabalhava"): the household she worked for, from that life, even a
    word of her own people ("family")."""
    return any(tuple(words[i + 1 : i + 1 + len(p)]) == p for p in _worked_fors())


def in_worked_for(words: list[str], i: int) -> bool:
    """`words[i]` is inside such a clause ("que" of "para la que trabajaba"): not a "que"
    that opens what someone says."""
    return any(
        tuple(words[s : s + len(p)]) == p
        for p in _worked_fors()
        for s in range(max(0, i - len(p) + 1), i + 1)
    )


def _owner_after(words: list[str], i: int) -> str | None:
    """The exploiter a person word is of ("hermano del patrón", "brother of the boss")."""
    j = i + 1
    if j < len(words) and words[j] in _OF:
        j += 1
        if j < len(words) and words[j] in _ARTICLES:
            j += 1
        if j < len(words) and words[j] in exploiters():
            return words[j]
    return None


@cache
def exploiters() -> frozenset[str]:
    """The exploiter roles of every language (`exploiters`: boss, patrón, patron, patrão...)."""
    return lexicon.by_language("exploiters")
