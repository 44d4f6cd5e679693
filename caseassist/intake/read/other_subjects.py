"""Whose clause it is, beyond the subject words `roles` reads: the topic carried from the
clause before, or a cleft ("quem precisa de médico é o meu filho")."""

from __future__ import annotations

import re
from dataclasses import fields
from functools import cache, lru_cache

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read.child_words import _own_child_named, children_counted
from caseassist.intake.read.clause_context import OriginalClause
from caseassist.intake.read.counsel_clients import client_of_other
from caseassist.intake.read.gender_asides import the_child_again
from caseassist.intake.read.language_appositions import apposed_to_another
from caseassist.intake.read.named_asides import aside_of_other, described_after_name
from caseassist.intake.read.roles import _child_words, _other_subject
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.topics import _verb_only, carried_other, cleft_other
from caseassist.intake.text import fold, fold_name


def by_subject(
    clause_text: object,
    folded: str,
    m: re.Match[str],
    before: list[str],
    writer: bool,
    with_children: bool,
) -> bool:
    """Another person by the subject words before the match (`roles._other_subject`), by
    the topic carried from the clause before, or by a cleft."""
    return (
        _subject_other(tuple(before), with_children)
        or topic_other(clause_text, folded, m, before, writer)
        or (with_children and child_again(clause_text, before))
        or _carried_named(clause_text, folded, before, with_children)
        or _set_off_other(clause_text, folded, before)
        or client_of_other(clause_text, before)
    )


def _set_off_other(clause_text: object, folded: str, before: list[str]) -> bool:
    """The verb follows a name, an age or a description set off by commas, and the part
    that opens the phrase names another person ("otro de los trabajadores, Rogelio,
    mexicano de 29 años, quiere denunciar", "un autre ouvrier, M. Diallo, 41 ans, veut",
    "um dos colegas, o Sr. Tavares, quer"): the apposition hides the subject's head from
    the subject words read back from the verb (`language_appositions.set_off_head`)."""
    lead = len(before)
    while lead and before[lead - 1] in _verb_leads():
        lead -= 1  # "Kwame, 29, also wants"
    if lead or not isinstance(clause_text, OriginalClause):
        return before[lead - 1 : lead] == [","] and _apposed(tuple(before[: lead - 1]))
    sent = clause_text.folded_sentence  # (the clause opens right after the comma)
    at = sent.find(folded)
    return at > 0 and sent[:at].rstrip().endswith(",") and _apposed(tuple(tokens(sent[:at])[:-1]))


@cache
def _verb_leads() -> frozenset[str]:
    """Words between a subject and its verb that are no subject (`language_verb_leads`:
    "also", "only", "no", "ya", "aussi", "também"; `wish_verb_leads`: "sí", "really")."""
    return lexicon.by_language("language_verb_leads") | lexicon.by_language("wish_verb_leads")


@lru_cache(maxsize=1024)
def _apposed(before: tuple[str, ...]) -> bool:
    """`apposed_to_another` after the last colon (a label's value is no name set off:
    "Enfants : aucun, dort chez une amie"), kept: each rule at the same place asks again."""
    colon = max((k for k, t in enumerate(before) if t == ":"), default=-1)
    return apposed_to_another(list(before[colon + 1 :]))


def _carried_named(
    clause_text: object, folded: str, before: list[str], with_children: bool
) -> bool:
    """A clause with no subject of its own joined by "and" to one whose subject is a person
    the note names as someone else, or a child of hers taken up again ("Marta tiene fiebre
    alta y vómitos", "the boy has a fever and is vomiting", "A Ana tem febre e tosse"): that
    person's too, as `topics.carried_other` reads a noun subject."""
    if not isinstance(clause_text, OriginalClause) or not _verb_only(before):
        return False
    sent = clause_text.folded_sentence
    at = sent.find(folded)
    if at <= 0:
        return False
    told = sent[:at].rsplit(":", 1)[-1].replace(";", ",")
    groups = [g.split() for g in told.split(",") if g.split()]
    ands = function_words().and_words
    if not groups or len(groups[-1]) < 2:
        return False
    if groups[-1][-1] in ands:
        group = groups[-1][:-1]
    elif before[:1] and before[0] in ands:
        group = groups[-1]  # (the clause opens on its "and": "y vómitos")
    else:
        return False
    return named_other(clause_text, group) == OTHER or (
        with_children and child_again(clause_text, group)
    )


def child_again(clause_text: object, before: list[str]) -> bool:
    """The subject is a child word with its definite article ("the boy has a fever", "la
    niña tiene fiebre", "le petit", "o menino") once the note, up to this sentence, has named
    a child of hers or with her ("con su hijo de 3", "com o filho de 2 anos", "two kids"):
    that child again, not her (`gender_asides.the_child_again`, as her sex is read)."""
    if not isinstance(clause_text, OriginalClause) or not clause_text.originals.folded:
        return False
    i = 0
    while i < len(before) and before[i] in _leads() - function_words().definite_articles:
        i += 1  # "and the boy", "pero la niña"
    hit = before[i + 1] if i + 1 < len(before) else ""
    if hit not in lexicon.word_sets().child_ambiguous or not the_child_again(
        before, i + 1, hit, child_named=True
    ):
        return False  # (the subject opens the clause: not "she took the boy to...")
    folded = clause_text.originals.folded
    k = clause_text.sentence_index
    if k < 0:  # (a loose part of a short sentence: found by its words)
        sent = clause_text.folded_sentence
        k = folded.index(sent) if sent in folded else len(folded) - 1
    return _first_child_named(tuple(folded)) <= k


@lru_cache(maxsize=8)
def _first_child_named(sentences: tuple[str, ...]) -> int:
    """The first sentence of a note naming a child of hers ("her son", "sa fille"),
    children counted ("2 filhos"), or a child word right after a "with" word and an
    article ("com o filho de 2 anos", "avec l'enfant"); past the last one when none does.
    (Read once a note: each clause asks whether it comes after that sentence.)"""
    kids = lexicon.word_sets().child_singular | lexicon.word_sets().child_plural
    withs = lexicon.by_language("pronoun_prepositions")
    arts = function_words().definite_articles | function_words().indefinite_articles
    mine = lexicon.word_sets().possessives
    for at, sent in enumerate(sentences):
        toks = tokens(sent)
        if _own_child_named(toks) or children_counted(toks):
            return at
        for i, w in enumerate(toks):
            if w in kids and i > 1 and toks[i - 1] in arts and toks[i - 2] in withs:
                return at
            near = toks[max(0, i - 6) : i]
            if w in kids and mine & set(near) and any(t.isdigit() for t in near):
                return at  # "with her 2-year-old son"
    return len(sentences)


@lru_cache(maxsize=4096)
def _subject_other(before: tuple[str, ...], with_children: bool) -> bool:
    """`roles._other_subject`, kept: each rule matching at the same place asks again."""
    return _other_subject(list(before), with_children=with_children)


def topic_other(
    clause_text: object, folded: str, m: re.Match[str], before: list[str], writer: bool
) -> bool:
    """Another person by the topic carried from the clause before, or by a cleft."""
    if cleft_other(before, tokens(folded[m.end() :])):
        return True
    if not isinstance(clause_text, OriginalClause):
        return False
    sent = clause_text.folded_sentence
    at = sent.find(folded)
    if at > 0 and described_after_name(
        clause_text.originals.text, sent[:at], before, _capitalised(clause_text.originals.text)
    ):
        return True  # "avec sa belle-soeur, Fatou, enceinte de 8 mois": Fatou's
    if at > 0 and aside_of_other(sent[:at], before):
        return True  # "Le gérant a été blessé (bras cassé selon la police)": his
    return at > 0 and _carried(sent[:at], tuple(before), folded, not writer)


@lru_cache(maxsize=2048)
def _carried(sentence_before: str, before: tuple[str, ...], folded: str, answer: bool) -> bool:
    """`carried_other`, kept: each rule matching at the same place of a clause asks again."""
    return carried_other(sentence_before, list(before), tokens(folded), answer=answer)


OTHER = "other"
RELAYED = "relayed"
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*|[^\w\s]")
_SET_OFF = frozenset([",", "("])
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ](?:(?<=[^\W_] .)|(?<=[,(] .)|(?<=\(.))[^\W\d_]+")
"""A capital after a word and a space, a ", " or "(" (the capital first and what comes
before it looked behind: the engine then skips to the next capital at once)."""


def named_other(clause_text: object, before: list[str]) -> str | None:
    """OTHER when the clause's subject is a person the note names as someone else (a
    relative or companion noun, then a name: "her cousin Ramesh ... O Ramesh quer voltar
    ao Nepal", or that name's initial: "her friend Blessing ... B wants a ticket home");
    RELAYED when that person says "she" ("B says she wants to go home": whose wish is not
    plain, so it is only offered); None otherwise."""
    if not isinstance(clause_text, OriginalClause):
        return None
    i = 0
    while i < len(before) and before[i] in _leads():
        i += 1  # "but B says", "o Ramesh quer"
    if i >= len(before) or not before[i].isalpha() or before[i] in _plain_words():
        return None  # (most clauses: the note's names are never looked for)
    if not _named_other(clause_text.originals.text, before[i]):
        return None
    rest = set(before[i + 1 :])
    fw = function_words()
    if rest.isdisjoint(fw.subject_pronouns | fw.writer_words):
        return OTHER  # (not "ma mère, à Bafoussam, oui, je veux l'appeler")
    return RELAYED if not rest.isdisjoint(lexicon.by_language("claim_verbs")) else None


@cache
def _leads() -> frozenset[str]:
    """Words before a clause's subject: "and", "but", an article."""
    fw = function_words()
    return fw.and_words | fw.but_words | fw.definite_articles


@lru_cache(maxsize=64)
def _named_other(text: str, word: str) -> bool:
    """The note names `word` (folded) as someone else, or as that person's initial: right
    after an `other_people` noun on its line, a comma, bracket, article or title between
    ("her friend Blessing", "um primo, Ramesh", "colleague Mr. Suman")."""
    if word in _others() or word in _titles():
        return False  # "the friend wants": the noun itself, read by `roles`
    folded = fold(text)
    if len(word) == 1:  # "B says": an initial of a name so given
        pattern = rf"\b{re.escape(word)}[^\W\d_]+"
        return any(_named_other(text, m.group()) for m in re.finditer(pattern, folded))
    at = folded.find(word)
    while at >= 0:
        start, at = at, folded.find(word, at + 1)  # (str.find: a regex per word is slow)
        if folded[start - 1 : start].isalnum() or folded[start + len(word) :][:1].isalnum():
            continue  # within another word
        line = folded.rfind("\n", 0, start) + 1
        toks = _WORD.findall(folded[max(line, start - 80) : start])
        k = len(toks) - 1
        while k >= 0 and len(toks) - k <= 3:
            if toks[k] == "." and k > 0 and toks[k - 1] in _titles():
                k -= 2  # "Mr. Suman"
            elif toks[k] in _between():
                k -= 1
            else:
                break
        k = _past_names(toks, k, text)
        if k >= 0 and fold_name(toks[k]) in _others_or_kids():
            return word in _capitalised(text)  # a name, not "tiene", "nao"
        if _noun_after(folded, start + len(word)):
            return word in _capitalised(text)  # "Caller: Sunil (30, Nepali), co-worker"
    return False


def _past_names(toks: list[str], k: int, text: str) -> int:
    """Back from `k` over the names listed before a name, each with its bracket, joined by
    "and" or a comma ("her children Sara (9) and Tom (5)", "sus hijos Luis (12) y Marta (7)",
    "ses enfants Inès (8 ans) et Karim"): the word before the first name, or `k`."""
    if k < 0 or toks[k] not in _joins():
        return k
    j, names = k, 0
    while j >= 0 and k - j < 16:
        t = toks[j]
        if t == ")":
            while j >= 0 and toks[j] != "(":
                j -= 1  # (the bracket's own words)
            j -= 1
        elif t in _joins():
            j -= 1
        elif t.isalpha() and t not in _plain_words() and t in _capitalised(text):
            names, j = names + 1, j - 1
        else:
            break
    return j if names and j >= 0 and toks[j] in _others_or_kids() else k


@cache
def _others_or_kids() -> frozenset[str]:
    """`other_people` nouns and the child words that are never her ("filha", "son fils";
    not "girl", "niña"): a name listed after one is someone else."""
    return _others() | _child_words()


@cache
def _joins() -> frozenset[str]:
    return function_words().and_words | frozenset([",", ")"])


_AFTER_NAME = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)\s*)?,\s*([^\W\d_]+)(?:[\s-]+([^\W\d_]+))?(?:[\s-]+([^\W\d_]+))?"
)
"""A name's bracket ("(30, Nepali)"), a comma, then up to three words: a noun for another
person set off after the name ("Sunil (30, Nepali), co-worker", "Ramesh, her cousin,")."""


def _noun_after(folded: str, end: int) -> bool:
    """An `other_people` noun set off right after a name, at most an article or a
    possessive before it."""
    m = _AFTER_NAME.match(folded, end)
    if not m:
        return False
    words = [w for w in m.groups() if w]
    fw = function_words()
    if words and words[0] in fw.definite_articles | fw.indefinite_articles | fw.third_possessives:
        words = words[1:]
    others = _others()
    return bool(words) and (words[0] in others or " ".join(words[:2]) in others)


@lru_cache(maxsize=4)
def _capitalised(text: str) -> frozenset[str]:
    """The note's words written with a capital within a sentence, folded ("Não quer" opens
    a line; looked at only once a word stands where a name would)."""
    return frozenset(fold(" ".join(_CAPITAL.findall(text))).split())


@cache
def _titles() -> frozenset[str]:
    return lexicon.by_language("person_titles")  # "Mr. Hari" is no one else's name


@cache
def _others() -> frozenset[str]:
    return lexicon.word_sets().other_people - _titles()


@cache
def _between() -> frozenset[str]:
    fw = function_words()
    return fw.definite_articles | fw.indefinite_articles | _titles() | _SET_OFF


@cache
def _plain_words() -> frozenset[str]:
    """Function words in every language: never a name or an initial."""
    fw = function_words()
    return frozenset().union(*(getattr(fw, f.name) for f in fields(fw)))
