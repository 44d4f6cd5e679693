"""Reading a whole referral note: every reader over its sentences, then settling."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from caseassist.intake import fields, lexicon
from caseassist.intake.facts import FACTS
from caseassist.intake.read.ages import _ages, bare_ages, replied_age
from caseassist.intake.read.children import settle_children
from caseassist.intake.read.contact import read_safe_contact
from caseassist.intake.read.countries import (
    _ORIGIN_TRIGGERS,
    _countries,
    descriptor_languages,
)
from caseassist.intake.read.details import _dietary, _name
from caseassist.intake.read.gender import (
    _DIGIT_FM,
    _SEX_MARK,
    _TITLES,
    _gender,
    _settle_gender,
    _sex_marks,
)
from caseassist.intake.read.languages import _LANG_TRIGGERS, _languages, _settle_languages
from caseassist.intake.read.missions import passing_origin
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _CLEAR_YES
from caseassist.intake.read.segment import (
    _HYPHEN_SLASH,
    _LANGUAGE_ROLE_WORDS,
    _LOOSE_SPLIT,
    _WISH_AND,
    clauses,
    sentences,
    tokens,
)
from caseassist.intake.read.statements import (
    _SIFT_FROM,
    _apply_rules,
    _LazyOriginals,
    _OriginalClause,
    _rule_candidates,
    _wished,
)
from caseassist.intake.text import fold

# ---------------------------------------------------------------- entry points


@dataclass(frozen=True)
class _Prefilter:
    gender: frozenset[str]
    languages: frozenset[str]
    countries: frozenset[str]
    children: frozenset[str]


@cache
def _prefilter() -> _Prefilter:
    """Words without which a sentence cannot state a gender, language, origin or child."""
    ws = lexicon.word_sets()

    def firsts(words: Iterable[str]) -> frozenset[str]:
        return frozenset(w.split()[0] for w in words if w.strip())

    return _Prefilter(
        gender=firsts(ws.gender_female | ws.gender_male | ws.gender_nonbinary)
        | ws.pronoun_female
        | ws.pronoun_male
        | frozenset(_TITLES),
        languages=frozenset(lexicon.speaker_words())
        | _LANGUAGE_ROLE_WORDS
        | {"traductor", "traducteur"},
        countries=firsts(lexicon.demonyms())
        | frozenset(n for n in lexicon.country_names() if " " not in n and len(n) > 3),
        children=ws.child_singular | ws.child_plural | ws.child_pairs,
    )


def extract(text: str, *, answer: bool = False) -> Extraction:
    """Every fact a referral note (or any free text) clearly states.

    `answer`: the text is the survivor's own answer, in the first person, so
    "she" / "he" there is someone else and never tells the survivor's gender."""
    out = Extraction()
    if not text or not text.strip():
        return out
    describes: dict[str, str] = {}
    votes: dict[str, int] = {}
    pron: dict[str, int] = {}
    langs: list[tuple[str, str]] = []
    all_clauses: list[str] = []
    folded_clauses: list[str] = []
    asked_clauses: list[str] = []
    replies: list[tuple[list[str], str, str]] = []  # a question's clauses, the reply, the question
    bare: set[int] = set()
    demonym_genders: list[str] = []
    pre = _prefilter()
    asks: list[bool] = []
    folded_sents = [
        lexicon.respell(" ".join(f.translate(_HYPHEN_SLASH).split()))
        for f in sentences(fold(text), asks)
    ]
    originals = _LazyOriginals(text, len(folded_sents))
    _name(text, out)
    for r in fields.read(text):
        (out.maybe if r.possible else out.put)(r.fact, r.value)
    if not answer:
        read_safe_contact(text, out)
    for k, sf in enumerate(folded_sents):
        tokset = set(tokens(sf))
        _ages(sf, out, answer=answer)
        if not answer:  # in an answer a bare number is a count, a day, a price
            bare |= bare_ages(tokens(sf))
        if tokset & pre.gender:
            _gender(sf, votes, pron)
        if ("f" in tokset or "m" in tokset or _DIGIT_FM.search(sf)) and _SEX_MARK.search(sf):
            _sex_marks(sf, votes)
        if tokset & pre.languages or _LANG_TRIGGERS.search(sf):
            _languages(sf, out, langs)
        if "," in tokset:
            langs += [x for x in descriptor_languages(tokens(sf)) if x[0] not in dict(langs)]
        if tokset & pre.countries or _ORIGIN_TRIGGERS.search(sf) or " de " in sf:
            _countries(sf, out, demonym_genders, answer=answer)
        folded = clauses(sf)
        if asks[k]:
            # a question states nothing: offered at most, unless a plain yes follows it
            # ("Pregnant? Yes.", "Quiere denunciar? Si, ...")
            nxt = tokens(folded_sents[k + 1])[:1] if k + 1 < len(folded_sents) else []
            if not (nxt and nxt[0] in _CLEAR_YES):
                asked_clauses.extend(folded)
                if k + 1 < len(folded_sents) and not asks[k + 1]:
                    replies.append((folded, folded_sents[k + 1], sf))
                continue
        all_clauses.extend(
            _OriginalClause(originals, k, j, len(folded), fc, sf) for j, fc in enumerate(folded)
        )
        folded_clauses.extend(folded)
        _dietary(sf, sf, out)
    # a short text (an answer) is cheaper to search whole than to sift by needles
    if asked_clauses:
        asked = Extraction()
        for j, fc in enumerate(asked_clauses):
            _apply_rules(fc, fc, asked, {}, None, j, writer=not answer)
        for fid, value in {**asked.offered(), **asked.values}.items():
            out.maybe(fid, value)
        for fid, value in _replies(replies, answer=answer).items():
            out.put(fid, value)
    candidates = _rule_candidates(folded_clauses) if len(text) > _SIFT_FROM else None
    for i, (cl, fc) in enumerate(zip(all_clauses, folded_clauses, strict=True)):
        _apply_rules(cl, fc, out, describes, candidates, i, writer=not answer)
    # also read "and"-joined verbs as one statement ("quiero trabajar y aprender un oficio",
    # "voudrait trouver un travail et suivre une formation"); it only adds facts the
    # clauses left open, never overrides. In a long note only after a wish, to stay cheap.
    wished: list[str] = []
    loose_parts: list[str] = []
    for sent in (f for f, q in zip(folded_sents, asks, strict=True) if not q):
        if (" and " in sent or " y " in sent or " et " in sent) and _WISH_AND.search(sent):
            wished += _wished(sent)  # (in place of the whole "and"-joined parts)
        elif candidates is None:
            loose_parts += [
                part
                for part in _LOOSE_SPLIT.split(sent)
                if part and part.strip() and part not in folded_clauses
            ]
    if wished or loose_parts:
        loose = Extraction()
        # few words: searching every pattern is cheaper than sifting them by needles
        wished_candidates = _rule_candidates(wished) if wished and candidates else None
        for j, part in enumerate(wished):
            _apply_rules(part, part, loose, {}, wished_candidates, j, writer=not answer)
        for part in loose_parts:
            _apply_rules(part, part, loose, {}, None, 0, writer=not answer)
        for fid, value in loose.values.items():
            if fid not in out.values and fid not in out.conflicts:
                out.put(fid, value)
    _settle_gender(votes, pron, out, answer=answer)
    if "person.gender" not in out.values and not votes and len(set(demonym_genders)) == 1:
        out.weak("person.gender", demonym_genders[0])
    _settle_languages(langs, out, offer_minor=not answer)
    settle_children(folded_sents, pre.children, out)
    for fact_id, clause in describes.items():
        if fact_id in FACTS:
            out.weak(fact_id, clause)
    passing_origin(folded_sents, out, answer=answer)  # a consulate's national; going back
    replied_age(folded_sents, asks, out)  # "How old? - Fifteen."
    if len(bare) == 1 and "person.age" not in out.conflicts:
        out.weak("person.age", next(iter(bare)))  # "Woman, 34, Honduran"
    if not answer:
        for fid in lexicon.words_of_rules("referral", "offer_only"):
            if fid in out.values:
                out.possible[fid] = out.values.pop(fid)  # consent is the survivor's to give
    if out.values.get("person.gender") == "male":
        out.values.pop("household.pregnant", None)
    return out


def _replies(replies: list[tuple[list[str], str, str]], *, answer: bool) -> dict[str, object]:
    """A transcript's question and the reply after it ("¿Quiere denunciar? Utente: não,
    polícia não."): the reply read as an answer to the facts the question asks about,
    as the intake reads a survivor's answer (after the speaker's label)."""
    from caseassist.intake.read.answers import interpret_answer  # (answers imports this module)

    out: dict[str, object] = {}
    for question_clauses, reply, question in replies:
        asked = Extraction()
        for j, fc in enumerate(question_clauses):
            _apply_rules(fc, fc, asked, {}, None, j, writer=not answer)
        toks = tokens(reply)
        if ":" in toks[:4]:
            reply = " ".join(toks[toks.index(":") + 1 :])  # "Dra.:", "utente :"
        if not reply.strip() or len(tokens(reply)) > 25:
            continue
        for fid in {**asked.possible, **asked.values}:
            got = interpret_answer(fid, reply, question=question).values.get(fid)
            if got is not None:
                out[fid] = got
    return out
