"""How many children are with them over a whole note: each sentence's count
(`children._children`), a children named by their ages then taken up again ("her kids,
9 and 12, ... The kids are with her": two), and a child added with "also" ("sa fille
l'accompagne. Elle a aussi avec elle son fils": two, not one)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.adult_children import only_adult_children
from caseassist.intake.read.child_alone import _ALONE, came_alone
from caseassist.intake.read.child_cues import ages_listed, brought_along, disowned, none_with
from caseassist.intake.read.child_joined import wished_only
from caseassist.intake.read.child_labels import nobody_came, replied_count
from caseassist.intake.read.child_words import french_son
from caseassist.intake.read.children import (
    _TALK_VERBS,
    _WITH_CUE,
    _WITH_PRONOUN,
    _WITH_PRONOUN_RE,
    _children,
    _children_mentions,
    _joined,
)
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.roles import _has_hedge
from caseassist.intake.read.segment import tokens

_PRONOUN_WITH = re.compile(
    r"^(?:et |and |y |e )?(?:il|elle|ils|elles|he|she|they|el|ella|ellos|ellas|ele|ela|eles|elas|"
    r"son|sont|est|estan|esta|estao|ta|are|is)\b.*\b(?:avec moi|avec nous|with me|with us|"
    r"conmigo|con nosotros|comigo|com a gente|connosco|conosco|avec elle|avec lui|with her|"
    r"with him|con ella|con el|com ela|com ele)\b"
)
"""A sentence that only says "they are with me / il est avec moi / estan conmigo": it is
about the children the sentence before named."""

_TAKEN_UP = frozenset(["the", "los", "las", "les", "os", "as", "those", "these", "they"])
"""A definite plural takes up children named before: "the kids", "los niños", "les enfants"."""


def listed_children(sentences: list[str]) -> int:
    """The number of children a note names by a list of their ages after a plural child
    word; 0 when none or when two lists disagree."""
    plural = lexicon.word_sets().child_plural
    found: set[int] = set()
    for sent in sentences:
        toks = tokens(sent)
        found |= {n for i, w in enumerate(toks) if w in plural and (n := ages_listed(toks, i))}
    return found.pop() if len(found) == 1 else 0


def _with_listed(sent: str, n: int) -> str | None:
    """The sentence with a taken-up plural ("the kids are with her") counted as the list
    before named them ("the 2 kids are with her"); None when it names no such plural."""
    plural = lexicon.word_sets().child_plural
    toks = tokens(sent)
    for i, w in enumerate(toks[1:], 1):
        if w in plural and toks[i - 1] in _TAKEN_UP:
            return " ".join([*toks[:i], str(n), *toks[i:]])  # "elle et les 2 enfants"
    return None


def _names_child(toks: list[str], child_words: frozenset[str]) -> bool:
    """A child word in the sentence, not French "son" before its noun ("avec juste son
    sac"): the words `children._children_mentions` reads the same way."""
    for i, w in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in child_words and not french_son(w, nxt):
            return True
    return False


def _stated_before_ask(sent: str, child_words: frozenset[str], nxt: list[str]) -> int:
    """A sentence that states, then asks in its last clause ("my little boy has a fever,
    he is with me, can someone look at him?", "el niño tiene tos, ¿lo podéis ver? Está
    aquí conmigo"): the children its stated part (with a next sentence that only says
    "with me") counts with her; 0 when it names none, or when the stated part speaks to
    the reader ("your son, is he with you?" is a question all through)."""
    parts = sent.rsplit(",", 1)
    toks = tokens(parts[0])
    second = lexicon.by_language("second_person_possessives") | lexicon.by_language("asked_her")
    if len(parts) < 2 or not _names_child(toks, child_words) or not second.isdisjoint(toks):
        return 0
    c = _children(parts[0], answer=False)
    if (
        c in (False, None)
        and nxt
        and _PRONOUN_WITH.search(nxt[0])
        and set(tokens(nxt[0])).isdisjoint(child_words)
    ):
        c = _children(f"{parts[0]}, {nxt[0]}", answer=False)
    return c if isinstance(c, int) and not isinstance(c, bool) and c > 0 else 0


_CONTACTED = lexicon.Lazy(
    lambda: re.compile(
        rf"(?:{lexicon.phrase_regex('contact_verbs').pattern}|\b(?:{'|'.join(sorted(_TALK_VERBS))})\b)"
        r"(?:\s+[^\s,;.]+){0,2}"
    )
)
"""A contact verb and the two words after it: "habla con ellos", "desea comunicarse con
ella", "fala com os filhos" say nothing of where the children are."""


def _heard(sent: str) -> str:
    """The sentence with each contact verb and the words right after it taken out."""
    return _CONTACTED.pattern.sub(" ", sent)


def _silent(sent: str) -> bool:
    """A mention of children that says nothing of them being with her: no with-her cue
    (once contact verbs are taken out) and no hedge ("She has three children", "a
    conterrânea tem três filhos pequenos", "Filhos: uma filha de 30 anos, no Brasil").
    It leaves the count open only when no other sentence states one: a clear "none with
    her" or "came with her two kids" elsewhere in the note stands beside it."""
    heard = _heard(sent)
    return not (
        _WITH_CUE.search(heard)
        or _WITH_PRONOUN.search(heard)
        or _joined(heard)
        or brought_along(heard)
        or _has_hedge(sent)
    )


def _nouns(sent: str) -> frozenset[str]:
    return frozenset(noun for noun, _c in _children_mentions(sent, answer=False))


def settle_children(
    sentences: list[str],
    child_words: frozenset[str],
    out: Extraction,
    asks: list[bool] | None = None,
) -> None:
    """How many children are with them, over a note's sentences: every clear count
    agrees (or a single one stands); any unclear mention leaves it open. A mention
    with no "with her" is read together with a next sentence that says only that
    ("Et mon fils aussi... Il a cinq ans, il est avec moi"). A question in the note
    ("des enfants avec elle ?") states nothing; its reply may ("Non, aucun."). Coming
    alone ("veio sozinho") says none are with her only in a note that names children:
    the blind labels leave a note that never speaks of children open."""
    counts: set[int] = set()
    unclear = False
    added = 0  # children named one after another with "also": their sum
    seen: frozenset[str] = frozenset()
    listed: int | None = None
    also = lexicon.phrase_regex("child_also_words")
    replied = -1  # a reply a question's count was read from: read once
    came_unaccompanied = False
    for k, sf in enumerate(sentences):
        if asks and k < len(asks) and asks[k]:
            c = replied_count(sf, sentences[k + 1] if k + 1 < len(sentences) else "")
            if c is not None:
                counts.add(c)
                replied = k + 1
            elif stated := _stated_before_ask(sf, child_words, sentences[k + 1 : k + 2]):
                counts.add(stated)  # "my boy has a fever, he is with me, can you see him?"
            continue
        if k == replied:
            continue
        no_child = set(tokens(sf)).isdisjoint(child_words)
        if no_child and not (
            _ALONE.search(sf) or nobody_came(sf) or none_with(sf, _WITH_PRONOUN_RE)
        ):
            continue
        c = _children(sf, answer=False)
        if no_child and c == 0 and c is not False and came_alone(sf):
            came_unaccompanied = True  # "veio sozinho": none with her only if children named
            continue
        if (c is False or (c is not None and c > 0)) and only_adult_children(sf):
            continue  # "La acompaña su hija de 20 años": grown, no child with her
        nxt = sentences[k + 1] if k + 1 < len(sentences) else ""
        if c and nxt and disowned(nxt):
            continue  # "brought her own boy; he is not Ioana's child": not hers
        if c and nxt and none_with(nxt, _WITH_PRONOUN_RE):
            c = 0  # "His three children are in Guatemala with her; none of them are with him"
        if (
            c is False
            and nxt
            and _PRONOUN_WITH.search(nxt)
            and set(tokens(nxt)).isdisjoint(child_words)
        ):
            c = _children(f"{sf}, {nxt}", answer=False)
        if c is False:  # "the kids": those a list of ages named, or those counted before
            listed = listed_children(sentences) if listed is None else listed
            before = listed or added or max(counts, default=0)
            counted = _with_listed(sf, before) if before else None
            c = _children(counted, answer=False) if counted else False
        if c is False:
            unclear = unclear or not _silent(sf)  # a silent mention leaves a count be
        elif c is not None:
            nouns = _nouns(sf)
            if c and seen and also.search(sf) and nouns and seen.isdisjoint(nouns):
                added = max(added, max(counts, default=0)) + c  # "a aussi avec elle son fils"
            seen |= nouns
            counts.add(c)
    if (
        came_unaccompanied
        and not counts
        and not unclear
        and any(_names_child(tokens(s), child_words) and not wished_only(s) for s in sentences)
    ):
        counts.add(0)  # "Came alone. Her two kids are in Honduras" (not "wants to go to her son")
    if added and not unclear:
        out.put("household.children_with_them", added)
    elif counts and not unclear:
        out.put("household.children_with_them", max(counts))
    elif len(counts) == 1 and 0 not in counts:
        out.put("household.children_with_them", next(iter(counts)))
