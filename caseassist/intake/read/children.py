"""How many children are with the survivor (not those left at home)."""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.numbers import number_words
from caseassist.intake.read.ages import _UNIT_AFTER_NUMBER, SHORT_AGE_UNITS
from caseassist.intake.read.child_alone import _ALONE, _alone_now
from caseassist.intake.read.child_away import located_away as _located_away
from caseassist.intake.read.child_cues import (
    _counted_generic,
    _names_counted,
    age_after,
    ages_listed,
    brought_along,
    cared_for,
    company_ended,
    denied_having,
    disowned,
    living_with_hers,
    none_with,
    restated,
)
from caseassist.intake.read.child_joined import (
    child_of_other,
    joined_to_her,
    service_intake,
    wished_only,
    writer_has_child,
)
from caseassist.intake.read.child_labels import ELSEWHERE, _with_here
from caseassist.intake.read.child_labels import label_count as _label_count
from caseassist.intake.read.child_words import (
    _ARTICLES_ONE,
    _CHILD_MODIFIERS,
    _EN_SON_DET,
    _GENERIC_CHILD,
    _GROWN,
    _NEG_DET,
    _NOT_WITH,
    _PARTITIVE,
    _own_child_named,
    all_hers_plural,
    french_son,
    kin_adjective,
    set_off_son,
)
from caseassist.intake.read.roles import _first_person_is_other, _has_hedge, _negated, _other_people
from caseassist.intake.read.segment import _with_data, tokens

# ---------------------------------------------------------------- children

_WITH_PRONOUN_SRC = r"\b(?:(?:with|w|con|avec|com) (?:her|him|them|me|us|ella|el|ellos|ellas|elle|lui|eux|elles|ela|ele|eles|elas))\b"
_WITH_PRONOUN_RE = re.compile(
    _WITH_PRONOUN_SRC[:-2]
    + r"(?=\s*(?:$|[,.;:()&]|(?:now|here|tonight|today|at|in|and|ahora|aqui|hoy|y|en|"
    r"maintenant|ici|ce|et|au|agora|hoje|e|no|na)\b))"
)
_TALK_VERBS = frozenset(
    ["talk", "speak", "hablar", "habla", "hablo", "parler", "parle", "falar", "fala", "contact"]
)


_TALK_WITH = re.compile(
    r"\b(?:" + "|".join(sorted(_TALK_VERBS)) + r")(?: to| with)? (?:con|avec|com|with|to|a) "
    r"(?:her|him|them|ella|el|ellos|elle|lui|eux|ela|ele|eles)\b"
)


_NOT = re.compile(r"\b(?:not|no|pas|nao)\b")
_ORDINALS_AFTER = frozenset(["primero", "primera", "primeiro", "primeira"])  # "hijo primero"
_TAKEN_UP_CHILD = frozenset(["child", "kid", "enfant", "crianca", "menor"])
_DEFINITE_ONE = frozenset(
    ["the", "this", "that", "l'", "l", "le", "el", "a", "o", "este", "esta", "cet"]
)
"""A child named, then "the child / l'enfant / a criança" in the same sentence: that child."""


class _WithPronoun:
    """The children are with her / him, whoever else the sentence names ("sa femme et
    leur bebe sont au centre avec lui", "sus tres hijos viven con ella"); not "with her
    sister" (a possessive) nor "quiere hablar con ella" (talking to the child)."""

    def search(self, text: str) -> bool:
        for m in _WITH_PRONOUN_RE.finditer(text):
            before = text[: m.start()].split()
            if before and before[-1] in _TALK_VERBS:
                continue
            if lexicon.phrase_regex("wish_cues").search(text, 0, m.start()):
                continue  # "wants her children to come and live with her": not yet
            return True
        return False

    def sub(self, repl: str, text: str) -> str:
        return _WITH_PRONOUN_RE.sub(repl, text)


_WITH_PRONOUN = _WithPronoun()
_WITH_CUE_SRC = (
    r"\b(?:with (?:her|him|them|me|us)|w (?:her|him|them)|viene con|llega con|accompanied by|brought|came with|arrived with|is with|are with|here with|"
    r"con (?:ella|el|ellos|ellas|migo)|conmigo|acompanad[oa]s? (?:de|por)|llego con|vino con|trajo|"
    r"avec (?:elle|lui|eux|elles|moi)|accompagnee? (?:de|par)|arrivee? avec|venue? avec|"
    r"(?:with|avec|con) (?:her|his|their|my|son|sa|ses|su|sus|mon|ma|mes) )\b"
)
_WITH_CUE = lexicon.Lazy(lambda: _with_data(_WITH_CUE_SRC, "with_cues"))
_AWAY_CUE_SRC = (
    r"\b(?:back home|at home|left behind|stayed|stay(?:s|ing)? with|live(?:s)? with|in (?:her|his|their) (?:country|village|home)|"
    r"en (?:su|el) pais|se quedaron|viven con|au pays|restee?s? (?:au|a|avec|chez)|vivent (?:avec|chez)|"
    r"custody|foster|taken away|left (?:her|his|their|my)|dejo a (?:su|sus)|a laisse (?:son|sa|ses)|"
    r"not with (?:her|him|them)|no (?:esta|estan|viven?) con (?:ella|el)|(?:ne sont|n' est) pas avec (?:elle|lui))\b"
)
_AWAY_CUE = lexicon.Lazy(lambda: _with_data(_AWAY_CUE_SRC, "away_cues"))


_AGE_SHORT = re.compile(rf"\b(?P<n>\d{{1,2}}) ?(?:{SHORT_AGE_UNITS})(?=\W|$)")
"""An age written short after its number ("4 y/o", "2 yo", "3 y.o."), as ages.py reads it."""


def _children_mentions(folded: str, *, answer: bool) -> list[tuple[str, int | None]]:
    """(noun, count) for each child word with what it says of how many; count None: unclear."""
    ws = lexicon.word_sets()
    toks = tokens(_AGE_SHORT.sub(r"\g<n> year old", folded))  # "a 4 y/o son": "4 year old"
    nums = number_words()
    out: list[tuple[str, int | None]] = []
    grown: set[str] = set()
    counted = False  # a child word with a number before it: those after may name them
    for i, w in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        is_child = w in ws.child_singular or w in ws.child_plural or w in ws.child_pairs
        if not is_child:
            continue
        if (w in _CHILD_MODIFIERS or w in ("petit", "petite", "petits", "petites")) and (
            nxt in ws.child_singular or nxt in ws.child_plural
        ):
            continue  # "her baby girl", "sa petite fille": one child, the next word counts
        if kin_adjective(w, nxt):
            continue  # "mon petit frère", "sa petite sœur": a sibling, not a child of hers
        if w == "son" and (nxt in ws.child_singular or nxt in ws.child_plural or nxt in nums):
            continue  # French "son fils", Spanish "son dos"
        # walk back over modifiers and ages ("her 3 year old son", "sus dos hijos pequenos")
        j = i - 1
        while j >= 0:
            t = toks[j]
            if t in _GROWN:
                break  # "his adult son": not a child with them
            if t in _CHILD_MODIFIERS or t in ("old", "de", "d'", "edad"):
                j -= 1
                continue
            if t in _UNIT_AFTER_NUMBER and j > 0 and (toks[j - 1].isdigit() or toks[j - 1] in nums):
                j -= 2  # "3 year", "5 ans" (an age, not a count); not "an infant"
                continue
            break
        if j >= 0 and toks[j] in _GROWN:
            grown.add(w)
            continue
        det = toks[j] if j >= 0 else ""
        if w in grown and det in _DEFINITE_ONE:
            continue  # "his adult son ..., the son is still with the group": the grown one
        det2 = toks[j - 1] if j >= 1 else ""
        if det in lexicon.by_language("child_ordinals") or nxt in _ORDINALS_AFTER:
            continue  # "premier enfant", "her second baby", "filho primeiro": which, not how many
        if out and w in _TAKEN_UP_CHILD and det in _DEFINITE_ONE:
            continue  # "avec son fils de 9 ans (l'enfant vivait aussi...)": the same child
        if out and out[-1][1] == 1 and restated(toks, i, j):
            continue  # "un hijo con ella, un niño de 3 años": the same child described
        only = det in lexicon.by_language("child_only_words")  # "son seul enfant"
        if only and out:
            continue  # "sa fille de 2 ans avec elle, c'est son seul enfant": the same child
        count: int | None = None
        plural = w in ws.child_plural
        ambiguous = w in ws.child_ambiguous
        if det not in ws.possessives and not answer and cared_for(toks, i):
            continue  # "cuidando niños sin sueldo": the children of her work, not hers
        if not answer and service_intake(toks, i):
            continue  # "notre structure n'accueille plus d'enfants": a service's rule
        english = set_off_son(w, nxt)  # "Son, 4 yoa, present", "Son (4)"
        if w == "son" and not (det in _EN_SON_DET or det.isdigit() or det in nums or english):
            continue  # French "son" (his/her) before some other word
        if french_son(w, nxt):
            continue  # "elle a son passeport": French "son" before its noun
        number = None
        if det.isdigit():
            number = int(det)
        elif det in nums and det not in ("una", "un", "une", "uno", "one", "once", "sept", "son"):
            number = nums[det]
        elif det in ("one", "un", "una", "une", "uno") and not plural:
            number = 1
        if (
            f"{det2} {det}" in ("pas d'", "pas de")
            or det in _NEG_DET
            or det2 in _NEG_DET
            and det in ("any", "children", "d'", "de")
            or (det2 in ws.negators or det2 in ("ni", "nem", "nor"))
            and det in lexicon.by_language("child_none_verbs")
        ):  # "no hay menores", "não há menores", "ni refiere menores": none
            count = 0
        elif number is not None and number <= 20:
            count = number * (2 if w in ws.child_pairs else 1)
        elif only and not plural:
            count = 1  # "es su único hijo": one
        elif plural and not lexicon.by_language("child_both_words").isdisjoint(
            toks[max(0, j - 2) : j + 1]
        ):
            count = 2  # "both of her children", "ambos hijos", "ambos os filhos": two
        elif det in ws.possessives:
            count = 2 if w in ws.child_pairs else (ages_listed(toks, i) or None if plural else 1)
        elif det in _ARTICLES_ONE and not plural:
            count = 2 if w in ws.child_pairs else 1
        else:
            if ambiguous and not answer:
                continue
            aged = not plural and age_after(toks, i + 1)  # "daughter, 10, with him": one
            count = (
                2 if w in ws.child_pairs else (None if plural else (1 if answer or aged else None))
            )
        if count is None and out and _names_counted(toks, i, j, counted):
            continue  # "sus 3 hijos con ella, Kevin, la niña y el bebé": who they are
        counted = counted or number is not None
        if (
            ambiguous
            and count not in (0,)
            and det not in ws.possessives
            and number is None
            and not answer
        ):
            continue
        # someone else's children: "her sister's three children", "her friend came with two kids"
        if not answer and count != 0:
            lead = toks[max(0, j - 12) : max(j, 0) + 1]
            if any(t == "s" and k > 0 and lead[k - 1].endswith("'") for k, t in enumerate(lead)):
                continue
            label_end = max((k + 1 for k, t in enumerate(toks[:i]) if t == ":"), default=0)
            if _first_person_is_other(toks[label_end:i]) and not _WITH_PRONOUN.search(folded):
                continue
            if toks[i + 1 : i + 2] and child_of_other(toks, i, _other_people()):
                continue  # "los hijos de su hermana", "o filho da senhora que o trouxe"
        # "does not have children", "no tiene hijos", "n'a pas d'enfants"
        if count != 0 and _negated(folded, len(" ".join(toks[: max(j, 0)])), None):
            before = toks[max(0, j - 3) : j + 1]
            if denied_having(before, ws.negators):
                count = 0
        out.append((w, count))
    return out


_SENTENCE_END = re.compile(r"[.!?]+\s+")


def _children(sent_folded: str, *, answer: bool) -> int | None | bool:
    """Children with them stated in one sentence: a count, None (no statement), or False
    (unclear). An answer of several sentences is read one sentence at a time, leaving out
    those about children elsewhere ("My two boys are back home. Here, no, I'm alone.")."""
    parts = [p for p in _SENTENCE_END.split(sent_folded) if p.strip()] if answer else []
    if len(parts) > 1:
        got = [_children(p, answer=True) for p in parts if not _away(p)]
        vals = {g for g in got if g is not None and g is not False}
        if len(vals) == 1:
            return vals.pop()
        return None if not vals and all(g is None for g in got) else False
    if not answer:
        labelled = _label_count(sent_folded)
        if labelled is not None:  # "Children: 0 with her (3 in Ecuador)", "Hijos: ninguno"
            return None if labelled is not False and labelled == ELSEWHERE else labelled
    if none_with(sent_folded, _WITH_PRONOUN_RE):
        return 0  # "none of them are with him here"
    negated = _NOT_WITH.search(sent_folded)
    if negated:  # "Ma fille ... n'est pas ici avec moi": not with her; others only if said
        rest = f"{sent_folded[: negated.start()]} {sent_folded[negated.end() :]}"
        if _located_away(rest) and not _with_here(rest):
            # "Os dois filhos ... em Luanda com a avó e não estão com ela": all of hers
            return 0 if all_hers_plural(_children_mentions(sent_folded, answer=answer)) else None
        return False if _WITH_CUE.search(rest) or _WITH_PRONOUN.search(rest) else None
    with_her = _WITH_PRONOUN.search(_ALONE.pattern.sub(" ", sent_folded))  # not "nobody with her"
    if answer and _located_away(sent_folded) and not with_her:
        return None  # "My son is with my mom in Paraguay": elsewhere, not with her
    if not answer and _located_away(sent_folded) and not with_her:
        # children all elsewhere ("Her three children are in Jordan with her mother") say
        # nothing of any with her: no statement, so a clear "none with her" stands
        alone = (
            _ALONE.search(sent_folded)
            or lexicon.phrase_regex("family_absent").search(sent_folded)
            or _none_here_rest_away(sent_folded)
        )
        return 0 if alone else None
    if not answer:
        kids = lexicon.word_sets().child_singular
        sent_folded = writer_has_child(sent_folded, kids)  # "Tô com uma menina aqui": her
    mentions = _children_mentions(sent_folded, answer=answer)
    if not mentions:
        if _alone_now(sent_folded):
            return 0
        return None
    if not answer and disowned(sent_folded):
        return None  # "brought her own little boy; he is not Ioana's child": not hers
    if not answer and company_ended(sent_folded):
        return None  # "Vivía con sus tres hijos hasta que se los retiraron": not now
    if not answer and wished_only(sent_folded):
        return None  # "souhaiterait rentrer, si possible avec son fils": a wish, not where they are
    if _has_hedge(sent_folded) and not answer:
        return False
    if any(c == 0 for _n, c in mentions):
        if all(c == 0 for _n, c in mentions) or (not answer and _none_here_rest_away(sent_folded)):
            return 0
        return False
    if not answer and _ALONE.search(sent_folded) and _away(sent_folded):
        return 0  # "Ela esta sozinha, os dois filhos ficaram em Cusco"
    if not answer:
        # "lives with her" is with her; "lives with her grandmother" is away
        away = _AWAY_CUE.search(_WITH_PRONOUN.sub(" ", living_with_hers(sent_folded))) or any(
            _NOT.search(m.group(0)) for m in _AWAY_CUE.finditer(sent_folded)
        )  # "no estan con ella" stays away
        if away or _PARTITIVE.search(sent_folded):
            return False
        heard = _TALK_WITH.sub(" ", sent_folded)  # "quiere hablar con ella": not with her
        if not _own_child_named(tokens(heard)):  # "nous a amené son fils" is hers
            # "on nous a amené un petit garçon": the child brought to the writer is the person
            heard = lexicon.phrase_regex("brought_to_us").sub(" ", heard)
        cue = _WITH_CUE.search(heard)
        if cue and lexicon.phrase_regex("wish_cues").search(heard, 0, cue.start()):
            cue = None  # "wants her children to come and live with her": not yet
        if not (cue or _WITH_PRONOUN.search(heard) or _joined(heard) or brought_along(heard)):
            return False
    split = with_her and _located_away(sent_folded) and len({n for n, _c in mentions}) > 1
    if split or any(c is None for _n, c in mentions):
        return False  # "her daughter is in Kumasi, her son is with her": which ones, unclear
    generic = [c or 0 for noun, c in mentions if noun in _GENERIC_CHILD]
    if generic and (max(generic) > 1 or _counted_generic(sent_folded)):
        return max(generic)  # "3 hijos: un bebe y gemelos": the total, then who they are
    by_noun: dict[str, int] = {}
    for noun, c in mentions:
        by_noun[noun] = max(by_noun.get(noun, 0), c or 0)
    return sum(by_noun.values())


def _joined(text: str) -> bool:
    """ "com um senhor angolano e o filho dele": one phrase, together (read/child_joined.py)."""
    ws = lexicon.word_sets()
    return joined_to_her(tokens(text), ws.child_singular | ws.child_plural | ws.child_pairs)


_CLAUSE_BREAK = re.compile(r"\s*[(),;]\s*|\s+-\s+")


def _none_here_rest_away(sent_folded: str) -> bool:
    """One clause says none are with her, every other clause naming children puts them
    elsewhere: "Pas d'enfant avec elle (2 enfants restés au Nigeria chez sa mère)",
    "No kids with her; her two sons are in Honduras"."""
    ws = lexicon.word_sets()
    kids = ws.child_singular | ws.child_plural | ws.child_pairs
    parts = _CLAUSE_BREAK.split(sent_folded)
    if len(parts) < 2:
        return False  # one clause: nothing to weigh (and no reading of it again)
    clauses = [c for c in parts if not kids.isdisjoint(tokens(c))]
    counts = {c: _children(c, answer=False) for c in clauses}
    nones = [c for c in clauses if counts[c] is not False and counts[c] == 0]  # (False == 0)
    return bool(nones) and all(c in nones or counts[c] is False or _away(c) for c in clauses)


def _away(sent_folded: str) -> bool:
    """The sentence puts the children elsewhere and says nothing of any with them."""
    if _NOT_WITH.search(sent_folded):
        return True
    if _WITH_PRONOUN.search(sent_folded) or re.search(
        r"\b(?:conmigo|comigo|avec moi|with me)\b", sent_folded
    ):
        return False
    return bool(_AWAY_CUE.search(sent_folded)) or _located_away(sent_folded)
