"""A language with a weight word beside it and no language verb ("conversational English",
"her English is fluent", "(Russian preferred)", "pas de français"): read over a whole
sentence once its language verbs are read (`languages._languages`)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.function_words import function_words
from caseassist.intake.read import language_descriptors as ld
from caseassist.intake.read import language_weights as lw
from caseassist.intake.read.language_ages import aged_another
from caseassist.intake.read.language_clauses import a_course, literacy_only
from caseassist.intake.read.language_doubts import clause_of, doubted
from caseassist.intake.read.language_levels import rated_also
from caseassist.intake.read.language_names import _lang_at
from caseassist.intake.read.language_owners import joined_to
from caseassist.intake.read.language_owners import owned_by_another as _anothers
from caseassist.intake.read.language_persons import a_child_beside_an_adult
from caseassist.intake.read.language_shorthand import in_shorthand_list
from caseassist.intake.read.language_subjects import _about_another
from caseassist.intake.read.language_words import _after, _also_before, _before
from caseassist.intake.read.language_wordsets import INTERPRETER_STEMS as _INTERPRETER


def qualified(
    toks: list[str],
    collected: list[tuple[str, str]],
    used: set[int],
    *,
    answer: bool,
    age: object = None,
    own_turn: bool = False,
) -> None:
    """A language with a weight word beside it, with no language verb: "conversational
    English", "her English is fluent", "(Russian preferred)", "Spanish 2nd lang",
    "pas de français", "un bon italien"."""
    well_end = 0  # the end of the last language a level word before it rated well
    for i in range(len(toks)):
        hit = _lang_at(toks, i)
        if not hit:
            continue
        code, n = hit
        if i in used:
            continue
        if _about_another(toks[:i], answer=answer, own_turn=own_turn) or _anothers(
            toks, i, writer=not answer
        ):
            continue
        if a_child_beside_an_adult(clause_of(toks[:i]), age) or aged_another(toks[:i], age):
            continue  # "the boy speaks English too", in a note about a woman of 34
        if ld.described_another(toks[:i]) or literacy_only(toks, i):
            continue  # "supervisor, 45, Bengali/Hindi"; "reads English ok": not spoken
        nxt = toks[i + n : i + n + 1]
        if (
            nxt
            and (nxt[0] in lexicon.by_language("nationality") or nxt[0].startswith(_INTERPRETER))
        ) or a_course(toks, i, n):
            continue  # "Vietnamese national", "no Spanish interpreter", "un cours de français"
        post = _after(toks, i + n)
        weight = (lw.ALSO if post == lw.WELL and _also_before(toks, i) else post) or _before(
            toks, i
        )
        weight = rated_also(toks, i, weight)  # "some Pashto too": the level rates it
        if weight is None and well_end and joined_to(toks, well_end, i):
            weight = lw.WELL  # "Fluent English and Spanish": both
        well_end = i + n if weight == lw.WELL and not post else 0
        if weight == lw.ONLY and toks[i - 1 : i] and toks[i - 1] in function_words().in_words:
            continue  # "leaflets in English only", "services en français uniquement": a thing's
        if weight is None and in_shorthand_list(toks, i, n):
            weight = lw.PLAIN  # "english + igbo", "ukr./russe", "nigérian (igbo, anglais)"
        if weight is not None:
            lw.add(collected, code, doubted(weight, clause_of(toks[:i]), answer=answer))
