"""What the clause around a language verb says besides the language: that it is set in
her childhood ("grew up speaking Twi"), that no interpreter was needed ("no hizo falta
intérprete"), that a form value opens with a yes ("Interpreter: yes (Dari)"), or that
the language noun is a place's ("the official language"), or that a denied verb takes up
the language before it ("studied English but does not speak it"). Moved out of `languages.py` as it is, to keep that module under 400 lines."""

from __future__ import annotations

from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_words import (
    _NEGATORS,
    _SPOKEN_VERBS,
    _STOP,
    _UNDERSTAND,
    _phrase_at,
)
from caseassist.intake.read.segment import tokens


def _in_childhood(before: list[str], after: list[str]) -> bool:
    """A language verb's clause set in her childhood ("grew up speaking", "de pequeña
    hablaba", "quand elle était petite", "em criança falava": `language_childhood`)."""
    cut = next((k for k, t in enumerate(after) if t in _STOP), len(after))
    return bool(lexicon.phrase_regex("language_childhood").search(" ".join(before + after[:cut])))


def _forgotten(after: list[str]) -> bool:
    """The sentence goes on to say she has lost the language named ("spoke Farsi as a
    child but no longer remembers any of it", "ya no lo recuerda", "l'avoir oublié",
    "já não se lembra": `language_forgotten`): not one she speaks now."""
    return bool(
        lexicon.phrase_regex("language_forgotten").search(" ".join(after)) or denied_of_her(after)
    )  # or someone else's, not hers: "Petar speaks Russian but she doesn't"


_LITERACY = lexicon.Words(set(), "language_literacy_verbs")
"""Verbs of reading and writing ("reads", "lee", "lit", "consegue ler")."""


def literacy_only(toks: list[str], i: int) -> bool:
    """The language at `i` says nothing of her speaking it: the object of a reading or
    writing verb, bare or after an article ("she reads English ok", "lee inglés", "elle
    lit l'anglais", "sabe ler inglês"), or set against the one she prefers ("prefers
    Spanish, not English", "asked that we speak English with him, not Vietnamese",
    "prefiere el francés, no el inglés"): not preferred is not unspoken."""
    if _against_preference(toks, i):
        return True
    k = i - 1
    if k > 0 and toks[k] in function_words().definite_articles:
        k -= 1
    literacy = _LITERACY.all()
    return k >= 0 and (toks[k] in literacy or (k > 0 and f"{toks[k - 1]} {toks[k]}" in literacy))


_HER_AFTER_BUT = lexicon.Words(set(), "language_her_after_but")
"""Stressed pronouns that name her after "but" ("but she doesn't", "pero él no", "mais
pas lui", "mas ela não"); a noun for her ("but the man doesn't") counts too."""
_DENIAL_REACH = 4
_LEADS = lexicon.Words(set(), "language_verb_leads")  # "does", "can": no other verb


def denied_of_her(after: list[str]) -> bool:
    """The sentence goes on "but she doesn't", "but the man does not", "pero ella no",
    "mais pas lui", "mas ela não" (a "but" word, then only her and a negator up to a
    stop): the language before was someone else's, and she does not speak it ("Petar also
    speaks Russian but the man doesn't")."""
    from caseassist.intake.read.language_owners import _her_nouns

    fw = function_words()
    her = _HER_AFTER_BUT.all() | _her_nouns()
    negators = lexicon.word_sets().negators | _NEGATORS.all()
    for k, t in enumerate(after):
        if t in fw.but_words:
            end = next((j for j in range(k + 1, len(after)) if after[j] in _STOP), len(after))
            part = after[k + 1 : end]
            rest = set(part) - her - negators - fw.definite_articles - _LEADS.all()
            return (
                1 < len(part) <= _DENIAL_REACH
                and not rest  # not "pero ella dice que no" (the offer she declines)
                and not her.isdisjoint(part)
                and (part[-1] in negators or (part[0] in negators and part[-1] in her))
            )
        if t in _STOP and after[k + 1 : k + 2] not in ([b] for b in fw.but_words):
            return False
    return False


def _interpreter_waived(sent_folded: str) -> bool:
    """The sentence says no interpreter was needed ("so we did not need an interpreter",
    "no hizo falta intérprete", "pas besoin d'interprète", "não foi preciso intérprete")."""
    noun = lexicon.phrase_regex("interpreter_nouns").search(sent_folded)
    if noun is None:
        return False
    if lexicon.phrase_regex("interpreter_no_need").search(sent_folded):
        return True
    lead = tokens(sent_folded[: noun.start()])[-6:]
    lead = lead[max([k + 1 for k, t in enumerate(lead) if t in _WAIVER_STOPS] or [0]) :]
    return bool(set(lead) & _NEGATORS.all())  # not "ne le comprend pas, il faut un interprète"


_WAIVER_STOPS = frozenset({",", ";", ".", ":"})


def helper_in_place(sent_folded: str) -> bool:
    """No interpreter was needed because the helper named speaks her language ("no
    interpreter needed, our promotora speaks Mixteco"); not when the helper only offered
    to interpret (`interpreter_offers`: "offered to interpret", "ofreció hacer de
    intérprete", "a proposé de traduire", "ofereceu-se para traduzir"): then the helper's
    language is the one she did not need."""
    if not _interpreter_waived(sent_folded):
        return False
    return lexicon.phrase_regex("interpreter_offers").search(sent_folded) is None


def _past_yes(toks: list[str], i: int) -> int:
    """The place after a yes word that opens a form value ("Interpreter: yes (Dari)")."""
    j = i + (toks[i : i + 1] == [":"])
    if toks[j : j + 1] and toks[j] in lexicon.word_sets().yes:
        return j + 1
    return i


_OF_PLACES = lexicon.Words(set(), "language_of_places")


def of_a_place(before: list[str], toks: list[str], start: int) -> bool:
    """A language noun said of a place (`language_of_places` just before or after it:
    "the official language", "la langue officielle", "la lengua del país")."""
    return (
        any(
            _phrase_at(before, k, _OF_PLACES, 2)
            for k in range(max(0, len(before) - 2), len(before))
        )
        or bool(_phrase_at(toks, start, _OF_PLACES, 2))
        or _of_a_session(before, toks)
    )


_SESSIONS = lexicon.Words(set(), "conversation_nouns")
_DOCUMENTS = lexicon.Words(set(), "language_document_nouns")


def _of_a_session(before: list[str], toks: list[str]) -> bool:
    """A language noun right after a conversation or a document noun ("Interview language:
    English", "Report language", "call language"): the language that was used there, which
    may be the staff's, says nothing of hers; not with a word of her choice before it
    ("Preferred interview language: Dari"), nor when an interpreter carried it ("Call
    language: Spanish (phone interpreter)": hers, as `language_sessions` reads it)."""
    from caseassist.intake.read.language_prefer import prefer_stems
    from caseassist.intake.read.language_wordsets import INTERPRETER_STEMS

    if not before or before[-1] not in _SESSIONS.all() | _DOCUMENTS.all():
        return False
    if any(t.startswith(INTERPRETER_STEMS) for t in toks):
        return False
    near = before[-4:-1]
    return not any(t.startswith(prefer_stems()) or t in _PREFER_LABEL.all() for t in near)


_PREFER_LABEL = lexicon.Words(set(), "language_prefer_label_words")


_IT = lexicon.Words(set(), "language_object_pronouns")
_IT_REACH = 12
"""How far back the language a pronoun takes up may stand."""


def denied_before(verb: str, before: list[str], after: list[str], weight: str) -> str | None:
    """The language a denied language verb takes up with a pronoun ("studied English at
    school but does not speak it", "el inglés lo estudió pero no lo habla", "ne le parle
    pas", "não o fala"): the nearest one named before it in the sentence. Only a verb of
    speaking ("speaks Arabic but does not read it" denies no language)."""
    its = _IT.all()
    if (
        weight != lw.NEG
        or verb not in _SPOKEN_VERBS
        or not (set(after[:1]) | set(before[-1:])) & its
    ):
        return None
    for k in range(len(before) - 1, max(-1, len(before) - _IT_REACH - 1), -1):
        if hit := _lang_at(before, k):
            if not _UNDERSTAND.all().isdisjoint(before[max(0, k - 3) :]):
                return None  # "understands Spanish but does not speak it": understood
            return hit[0]
    return None


def a_course(toks: list[str], i: int, n: int) -> bool:
    """The language at toks[i:i+n] names what a course teaches, not one she speaks
    (`language_course_leads` right before it, an article between allowed: "un cours de
    français d'abord", "clases de español primero", "aulas de português", and the study
    verbs "studied French at school", "estudió el francés"; `language_course_ends` right
    after it: "English classes first"): no level word beside it weighs her speaking it."""
    leads, ends = _course_words()
    at = i - (i > 0 and toks[i - 1] in function_words().definite_articles)
    if any(toks[max(0, k - len(lt)) : k] == lt for lt in leads for k in {i, at}):
        return True
    return toks[i + n : i + n + 1] != [] and toks[i + n] in ends


@cache
def _course_words() -> tuple[tuple[list[str], ...], frozenset[str]]:
    """The course leads as token lists, and the course ends (built once)."""
    words = lexicon.words()
    leads = tuple(lt for w in words.get("language_course_leads", ()) if (lt := tokens(w)))
    return leads, frozenset(words.get("language_course_ends", ()))


def _against_preference(toks: list[str], i: int) -> bool:
    """ ", not X" (an article may stand before X) in a sentence part that says what she
    prefers or asked for (`prefer_stems`, `language_prefer_words`)."""
    from caseassist.intake.read.language_prefer import prefer_stems

    k = i - 1 - (i > 0 and toks[i - 1] in function_words().definite_articles)
    if k < 1 or toks[k] not in _NEGATORS.all() or toks[k - 1] != ",":
        return False
    start = max([j + 1 for j in range(k - 1) if toks[j] in (".", ";")] or [0])
    part = toks[start : k - 1]
    said = " ".join(part)
    return any(t.startswith(prefer_stems()) for t in part) or any(
        f" {p} " in f" {said} " for p in _PREFER_WORDS.all()
    )


_PREFER_WORDS = lexicon.Words(set(), "language_prefer_words")


_AND = lexicon.Words({"and", "y", "et", "e"}, "language_and")


def _coordinated(toks: list[str], end: int, i: int) -> bool:
    """Whether toks[end:i] only joins two bare languages ("and", "y"): a level word after
    the second then reads on both ("habla creole y español bien")."""
    between = toks[end:i]
    return len(between) == 1 and between[0] in _AND  # not "y un inglés fluido": its own
