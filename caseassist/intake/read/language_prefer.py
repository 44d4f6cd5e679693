"""A preference for being spoken to in a language, said through a verb before it
("prefers to be seen in Portuguese", "prefiere que le hablen en quechua", "préfère être
reçue en arabe", "prefere ser atendida em português"): the language after the verb's
"in" is the one she prefers, however the verb between is worded."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.segment import _LANGUAGE_ROLE_WORDS

_IN_WORDS = lexicon.Words(set(), "language_prefer_in")
"""The words that lead to the language after a preference verb ("in", "en", "em")."""
_REACH = 6
"""At most this many words between "prefers" and the "in" (a verb and its pronouns)."""
REQUEST_REACH = 10
"""A request reaches further to its "in" ("pidió expresamente que las comunicaciones con
ella se hagan en inglés"): what she asked is how she is spoken to."""
_BREAKS = frozenset({",", ";", ".", ":", "(", ")", "/", "+", "but", "pero", "mais", "mas", "than"})


def prefer_in(
    toks: list[str], start: int, negators: frozenset[str], reach: int = _REACH
) -> int | None:
    """Where the language list starts after a preference verb ending at toks[start]: after
    the first "in" within `reach` words, when a language follows it and nothing between
    denies (`negators`), breaks the clause or names a language first (None otherwise)."""
    for k in range(start, min(len(toks), start + reach + 1)):
        t = toks[k]
        if t in _BREAKS or t in negators or _lang_at(toks, k):
            return None
        if t in _IN_WORDS and _lang_at(
            toks, k + 1 + (toks[k + 1 : k + 2] in (["l'"], ["la"], ["el"], ["o"]))
        ):
            return k + 1
    return None


def describes_another_noun(toks: list[str], j: int, end: int, nouns: frozenset[str]) -> bool:
    """A main-language word that opens a bracket after a language and goes on with
    another noun describes that noun, not the language ("Arabic (preferred name: Amal)",
    "Tigrinya (first name Selam)"); a language noun or a speaker word after it does not
    ("(main language)", "(native speaker)")."""
    if toks[j : j + 1] != ["("] or end >= len(toks):
        return False
    nxt = toks[end]
    return nxt not in _BREAKS and nxt not in nouns and nxt not in _LANGUAGE_ROLE_WORDS


_AT_EASE = lexicon.Words(set(), "language_at_ease")
"""Words that say she is most at ease in a language ("comfortable", "à l'aise", "cómoda",
"à vontade", "best"): in a relative after a language noun, the one she prefers."""
_APPOSITION_COPULAS = lexicon.Words(set(), "language_copulas")
"""A copula between a language and the noun that says she is most at ease in it."""


@cache
def _apposition_articles() -> frozenset[str]:
    """An article or a possessive before the noun in apposition ("la langue", "her language")."""
    fw = function_words()
    return fw.definite_articles | fw.indefinite_articles | lexicon.word_sets().possessives


@cache
def prefer_stems() -> tuple[str, ...]:
    """The start of every form of "to prefer" (`prefer_stems`)."""
    return tuple(sorted(lexicon.by_language("prefer_stems")))


def set_off_preference(toks: list[str], k: int) -> int | None:
    """Where a relative set off right after a language ends, when it says she prefers that
    language (", which she prefers,", ", que prefiere,", ", qu'il préfère,", ", que ela
    prefere,"): that language is her main one and the list goes on after it ("parle
    créole haïtien, qu'il préfère, et français"). None otherwise."""
    fw = function_words()
    if toks[k : k + 1] != [","] or not toks[k + 1 : k + 2]:
        return None
    if toks[k + 1] not in fw.relatives | fw.that_words:
        return None
    q = k + 2
    while q < len(toks) and q < k + 5 and toks[q] in fw.subject_pronouns | fw.object_clitics:
        q += 1  # "qu'elle le préfère", "que lo prefiere"
    ends = q + 1 >= len(toks) or toks[q + 1] in (",", ".", ";", ")")
    return q + 1 if ends and q < len(toks) and toks[q].startswith(prefer_stems()) else None


def appositive_preference(toks: list[str], k: int, nouns: frozenset[str]) -> tuple[str, int] | None:
    """A language noun in apposition after a language, whose relative says she prefers it
    or is most at ease in it ("le français, langue dans laquelle elle est le plus à
    l'aise", "el quechua, la lengua en la que se siente más cómoda", "English, the
    language she prefers"): `prefers`, and where the apposition ends. None for any other
    apposition ("Spanish, the language of the forms") and when the relative says another
    person prefers it ("la lengua que prefiere su prima": `relative_about_another`)."""
    if not toks[k : k + 1] or (toks[k] != "," and toks[k] not in _APPOSITION_COPULAS):
        return None
    j = k + 1
    while toks[j : j + 1] and toks[j] in _APPOSITION_COPULAS:
        j += 1  # "Punjabi is the language he is most comfortable in", "c'est la langue"
    j += toks[j : j + 1] != [] and toks[j] in _apposition_articles()
    if not toks[j : j + 1] or toks[j] not in nouns:
        return None
    at_ease = _AT_EASE.all()
    for m in range(j + 1, min(len(toks), j + 1 + _REACH + 4)):
        t = toks[m]
        if t in _BREAKS or _lang_at(toks, m):
            return None
        if t.startswith(prefer_stems()) or t in at_ease or " ".join(toks[m : m + 2]) in at_ease:
            ends = [e for e in range(m, len(toks)) if toks[e] in _BREAKS]
            end = ends[0] if ends else len(toks)
            from caseassist.intake.read.language_appositions import relative_about_another

            if relative_about_another(toks[j + 1 : end]):  # (it imports language_words)
                return None  # "French, the language her cousin prefers": the cousin's
            return "prefers", end  # (the list goes on after it)
    return None


_LIST_JOINERS = frozenset({",", "and", "y", "et", "e", "or", "o", "ou", "+", "/"})


def preferred_back(toks: list[str], phrase_start: int, phrase_end: int) -> str | None:
    """The language a "that is what she prefers" phrase after it names ("il parle lingala
    c'est ce qu'il préfère, il parle aussi français", "we spoke in Spanish, as she
    prefers"): the one language of the sentence, or the nearest one before the phrase
    when it stands alone, not last in a list and with none right after the phrase ("speaks Tigrinya and Arabic, as she
    prefers" says not which)."""
    if not lexicon.word_sets().negators.isdisjoint(toks[max(0, phrase_start - 4) : phrase_start]):
        return None  # "não disse se prefere assim": no preference said
    from caseassist.intake.read.language_subjects import _about_another  # (imports this)

    named = [(i, hit) for i in range(len(toks)) if (hit := _lang_at(toks, i))]
    if len({hit[0] for _i, hit in named}) == 1:  # not another's ("Son frère ... parle anglais")
        return None if _about_another(toks[: named[0][0]], answer=True) else named[0][1][0]
    before = [(i, hit) for i, hit in named if i + hit[1] <= phrase_start]
    if not before or any(phrase_end <= i <= phrase_end + 2 for i, _hit in named):
        return None  # "em português consegue, mas prefere o kriol": the one after it
    at, (code, _n) = before[-1]
    if len(before) > 1:
        prev_at, prev = before[-2]
        if set(toks[prev_at + prev[1] : at]) <= _LIST_JOINERS:
            return None  # "Tigrinya and Arabic, as she prefers": which one is not said
    return code


def owned_end(toks: list[str], k: int, nouns: frozenset[str], marks: frozenset[str]) -> int:
    """Where "her (first) language" after a language ends ("dioula, sa langue maternelle,
    et en français"): past its noun and the marks after it ("maternelle", "dela"), so
    they weigh no language named after it."""
    for q in range(k, min(len(toks), k + 6)):
        if toks[q] in nouns:
            end = q + 1
            while end < len(toks) and toks[end] in marks:
                end += 1
            return end
    return k


_COPULAS = lexicon.Words(set(), "language_copulas")
_MORE = frozenset({"mas", "mais"})
_NOT = frozenset({"not", "no", "pas", "nao", "ne", "n'"})


def relative_preference(toks: list[str], start: int) -> int | None:
    """Where the language starts after a language noun whose relative says she prefers it
    or is most at ease in it, then a copula ("la lengua en la que se siente más cómoda es el
    quechua", "la langue dans laquelle elle est le plus à l'aise est le lingala", "a língua
    em que se sente mais à vontade é o crioulo"): the mirror of `appositive_preference`.
    None when a break or a language comes first, or no such word or copula follows."""
    at_ease, copulas = _AT_EASE.all(), _COPULAS.all()
    eased = False
    for m in range(start, min(len(toks), start + _REACH + 6)):
        t = toks[m]
        if (t in _BREAKS and t not in _MORE) or t in _NOT or _lang_at(toks, m):
            return None  # (not "más" / "mais" before "cómoda": more, not but)
        if t.startswith(prefer_stems()) or t in at_ease or " ".join(toks[m : m + 2]) in at_ease:
            eased = True
        elif eased and t in copulas:
            j = m + 1 + (toks[m + 1 : m + 2] != [] and toks[m + 1] in _apposition_articles())
            return j if _lang_at(toks, j) else None
    return None


_REQUESTS = lexicon.Words(set(), "language_request_verbs")
_REQUEST_ENDS = lexicon.Words(set(), "language_request_ends")


def is_request(trigger: str) -> bool:
    """A verb of asking ("asked for", "pidió", "a demandé", "pediu")."""
    return trigger in _REQUESTS.all()


def requested_at(toks: list[str], start: int) -> bool:
    """A language asked for is the one she is to be spoken to in only when it is the
    whole object ("she asked for Portuguese, she reads it best", "pidió español"), not a
    thing in it ("asked for English classes", "pidió un intérprete de wolof")."""
    j = start + (toks[start : start + 1] != [] and toks[start] in _apposition_articles())
    hit = _lang_at(toks, j) if j < len(toks) else None
    if not hit:
        return False
    end = j + hit[1]
    return end >= len(toks) or toks[end] in _BREAKS or toks[end] in _REQUEST_ENDS.all()


def fallback_preference(sent_folded: str, trigger_start: int) -> bool:
    """A preference said only for when her own language is not at hand: a
    `language_fallbacks` phrase before the verb in its sentence ("If nobody at the shelter
    speaks Albanian he would rather use Italian", "si nadie habla albanés, preferiría el
    italiano", "à défaut, elle préférerait l'italien", "se ninguém falar albanês"): the
    language is one she speaks, not the one she prefers."""
    return bool(lexicon.phrase_regex("language_fallbacks").search(sent_folded[:trigger_start]))


def request_start(toks: list[str], start: int, negators: frozenset[str]) -> int:
    """Where the language a request verb ending at toks[start] asks for starts: right
    there when it is the whole object ("she asked for Portuguese"), else after an "in"
    further on ("pidió que le hablen en inglés", "asked that all letters be in English");
    -1 when it asks for something else ("asked for English classes")."""
    if requested_at(toks, start):
        return start
    at = prefer_in(toks, start, negators, REQUEST_REACH)
    return -1 if at is None else at


def asked_of_us(before: list[str]) -> bool:
    """A request opens right before the writer's pronoun that a language verb follows ("he
    asked that we speak English with him", "requested that we use Spanish"): the language
    is the one she asked to be spoken to in, not the writer's."""
    from caseassist.intake.function_words import function_words

    if not before or before[-1] not in function_words().writer_words:
        return False
    writer = function_words().writer_words
    for p in lexicon.Words(set(), "language_prefer_words").all():
        n = len(p.split())
        if before[-1 - n : -1] == p.split():
            return not writer & set(before[-4 - n : -1 - n])  # not "I asked that we speak"
    return False
