"""A plain yes or no, then a sentence with a condition: the yes or no is the answer.

"Yes. If he finds us tonight he will take my son back" to "Are you in danger right
now?" answers yes; its "if" (a hedge word, `bare_conditions`) says what she fears,
not that the yes is unsure. Read as a hedge it left the fact "not known" and the
danger question was put again (`doubts`), the worst failure an intake has. Only a
yes or no that is a whole sentence of its own counts: "Yes, if they help me" keeps
its condition, and a doubt anywhere else ("I think", "maybe") is still a hedge.
"""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.answer_kinds import _yes_no
from caseassist.intake.read.answer_words import sentences
from caseassist.intake.read.roles import _has_hedge

_PLAIN_MOST = 4  # words of a plain yes or no sentence ("Yes", "Oh yes, sadly")


def plain_then_condition(text: str) -> bool:
    """Whether `text` opens on a yes or no that is its own sentence, and the only hedge
    of what follows is a bare condition (`bare_conditions`: "if")."""
    said = sentences(text)
    if len(said) < 2:
        return False
    first = " ".join(t for t in said[0] if t[0].isalnum())
    if not first or len(first.split()) > _PLAIN_MOST or "?" in said[0]:
        return False
    if _yes_no(first) is None or _has_hedge(first):
        return False
    rest = " ".join(" ".join(s) for s in said[1:])
    bare = lexicon.phrase_regex("bare_conditions")
    return bare.search(rest) is not None and not _has_hedge(bare.sub(" ", rest))


def only_a_condition(folded: str) -> bool:
    """The answer's only hedge is a condition (`bare_conditions`: "if"): she says what she
    wants and what it takes ("Now I do want to talk to them, if someone can come with me"),
    no undecided answer; her own unsure value is offered, never applied."""
    bare = lexicon.phrase_regex("bare_conditions")
    if bare.search(folded) is None or _has_hedge(bare.sub(" ", folded)):
        return False
    # "I don't know. If we go back he loses everything. I can't decide.": undecided itself
    return not any(lexicon.phrase_regex(k).search(folded) for k in ("dont_know", "undecided_cues"))
