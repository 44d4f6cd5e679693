"""Her children counted, then split by where they are: "Tiene 3 hijos: dos aquí con ella y
el mayor sigue en Guatemala", "She has three kids - two here with her, the eldest back home",
"Elle a 3 enfants : deux ici avec elle", "Tem 3 filhos: dois aqui com ela". The total is not
how many are with her: the count that opens what follows the colon or dash is, when it is
smaller and said, right after it, to be here or with her (`with_the_writer`, or "with
her"; "two in Ghana with her mother" is not)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.numbers import number_words
from caseassist.intake.read.segment import tokens

_BREAKS = frozenset([":", "-", "(", ","])


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word) if int(word) <= 20 else None
    n = number_words().get(word)
    return n if n is not None and n <= 20 else None


def here_of_total(sent_folded: str) -> int | None:
    """How many of a counted group of her children are with her, when the sentence counts
    them all and then says how many are here; None when it does not."""
    from caseassist.intake.read.children import _WITH_PRONOUN_RE  # (it imports this module)

    ws = lexicon.word_sets()
    toks = tokens(sent_folded)
    for i in range(1, len(toks) - 2):
        if toks[i] not in ws.child_plural or toks[i + 1] not in _BREAKS:
            continue
        total, here = _count(toks[i - 1]), _count(toks[i + 2])
        if total is None or here is None or not 0 < here < total:
            continue
        after = " ".join(toks[i + 3 : i + 7])  # the place right after the count, not later
        if lexicon.phrase_regex("with_the_writer").match(after) or _WITH_PRONOUN_RE.match(after):
            return here
    return None
