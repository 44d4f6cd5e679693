"""A thing taken from the survivor, then given back in the next sentence, named there only
by a pronoun ("A manager held her passport; police recovered it last week", "Le patron
avait pris ses papiers. La police les lui a rendus."): the holding is past, the fact the
holding made false is true again. Which facts, and by which word groups, is data
(`[regained]` in rules.toml); within one sentence the holding rules yield by themselves
(`cancelled_by`). A document made anew or given back in the last sentence that speaks of
one, after any word of it kept there, settles a disagreement of the sentences before it ("Unos amigos le tenían el DNI. ...
Le hicimos un DNI nuevo ayer."): `renewed_last`."""

from __future__ import annotations

from collections.abc import Set

from caseassist.intake import lexicon
from caseassist.intake.read.result import Extraction
from caseassist.intake.read.segment import tokens
from caseassist.intake.word_gate import may_hold


def regained_later(
    sentences: list[str], asks: list[bool], out: Extraction, words: Set[str] | None = None
) -> None:
    """Turn a fact read false by a thing taken true when a later sentence, right after one
    that names the thing, says it was given back (never "never given back"). `words`: the
    sentences' tokens, when known (no word of a giving back, no search)."""
    for fid, (named, regains, negators) in lexicon.words_of_rules("regained", "facts").items():
        offered = fid not in out.values and fid in out.possible and not out.possible[fid]
        if (out.values.get(fid) is not False and not offered) or not may_hold(words, regains):
            continue  # (a holding only offered, "the owner had her passport", given back too)
        back = lexicon.phrase_regex(regains)
        for i, sent in enumerate(sentences):
            if asks[i] if i < len(asks) else False:
                continue
            m = back.search(sent)
            if m is None:
                continue
            lead = tokens(sent[: m.start()])
            before = " ".join(lead[-2:])
            if before and lexicon.phrase_regex(negators).search(before):
                continue  # "has not got it back", "nunca se lo devolvieron"
            ws = lexicon.word_sets()
            if any(
                a in ws.possessives and b.rstrip("'") in ws.other_people
                for a, b in zip(lead, lead[1:], strict=False)
            ):
                continue  # "los de su hermana se recuperaron": someone else's given back
            names = lexicon.phrase_regex(named)
            if names.search(sent) or (i > 0 and names.search(sentences[i - 1])):
                out.values[fid] = True
                out.possible.pop(fid, None)
                return


def renewed_last(sentences: list[str], asks: list[bool], out: Extraction) -> None:
    """A fact two statements disagree on, settled true when the last sentence that names
    the thing says it was made anew or given back, and holds no word of it being kept
    ("passport held by the captain ... The consulate has issued him an emergency travel
    document"): the latest state is the one that holds now. Data: `[regained.renewed]`,
    the groups that name the thing, that make it anew, and that keep it."""
    for fid, (named, renewed, *kept) in lexicon.words_of_rules("regained", "renewed").items():
        if fid not in out.conflicts:
            continue
        names = lexicon.phrase_regex(named)
        last = next(
            (
                s
                for s, q in zip(reversed(sentences), reversed(asks), strict=False)
                if not q and names.search(s)
            ),
            None,
        )
        if last is None or not lexicon.phrase_regex(renewed).search(last):
            continue
        if not _renewed_after_kept(last, renewed, kept):
            continue  # "emitida CTPS digital, RG retido": kept after it was made
        out.conflicts.discard(fid)
        out.values[fid] = True


def _renewed_after_kept(sentence: str, renewed: str, kept: list[str]) -> bool:
    """The sentence's last word of the thing made anew or given back comes after every word
    of it kept or lost ("retenu jusqu'à ce matin, récupéré par nos soins": the later state
    is hers); a kept word after it, or one overlapping it, leaves the order unclear."""
    back = max(m.start() for m in lexicon.phrase_regex(renewed).finditer(sentence))
    held = [m.end() for k in kept for m in lexicon.phrase_regex(k).finditer(sentence)]
    return all(end <= back for end in held)
