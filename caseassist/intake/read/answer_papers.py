"""Her papers said in an answer about work, read clause by clause for the work
authorization (answer_group.py): a permit she has is yes, none or expired is no, "I don't
know if my papers allow me" is unsure; papers set before a comma as the topic ("El permiso,
no lo tengo", "le permis je sais pas") take the clause after; someone else's permit then a
bare "not me" ("Mi prima tiene permiso, yo no") is her no."""

from __future__ import annotations

from caseassist.intake.read.answer_words import OPENING, Clause, at, find, has

LACK_WINDOW = 3  # words before the papers word a "no" governs: "no tengo papeles"


def negated_before(clause: Clause, i: int) -> bool:
    return any(at(clause, j, "negators") or at(clause, j, "lack") for j in range(i))


def _topic_only(clause: Clause) -> bool:
    """The clause is only the papers named, set before a comma as the topic ("Le permis de
    travail, je l'ai pas", "The permit, no idea"): what follows says what of them."""
    i = at(clause, 0, "articles")
    return at(clause, i, "papers") == len(clause) - i > 0


def work_papers(clause: Clause) -> str | None:
    """The work authorization a clause about her papers states (None: none)."""
    p = find(clause, "papers")
    if p < 0 or has(clause, "possessed_past") or _topic_only(clause):
        return None
    if has(clause[:p], "others") or has(clause[:p], "family"):
        return None  # "não sei se a minha irmã tem papéis": her sister's papers
    if find(clause, "unsure", 0, p) >= 0:
        return "unsure"  # "no sé si mis papeles me permiten trabajar"
    if find(clause, "dont_know_after", p) >= 0:
        return "unsure"  # "le permis je sais pas", "the permit, no idea"
    if has(clause[p:], "expired"):
        return "no"  # "mon titre de séjour a expiré"
    if negated_before(clause[max(0, p - LACK_WINDOW) :], min(p, LACK_WINDOW)) and not has(
        clause, "not_lack"
    ):
        return "no"  # "je n'ai pas de papiers pour ça", "sin permiso", "don't have papers"
    n = at(clause, p, "papers")
    if any(at(clause, j, "negators") for j in range(p + n, p + n + LACK_WINDOW)):
        return "no"  # "Permiso de trabajo no tengo", "a work permit, no"
    if at(clause, p + n, "papers_yes") and has(clause[p + n : p + n + 4], "have_verbs"):
        return "yes"  # "Permiso sí tengo", "Papers yes I have"
    if find(clause, "work_papers", p) >= 0 and not has(clause, "soft"):
        return "yes"  # "tengo permiso de trabajo", "el NIE con permiso de trabajo"
    return None


def bare_doubt(clause: Clause) -> bool:
    """A clause that is only a "don't know" ("Bueno, no sé", "Well, I don't know"), not one
    that asks after something ("I don't know if the police...")."""
    i = find(clause, "dont_know_after")
    return i >= 0 and len(clause) - at(clause, i, "dont_know_after") <= LACK_WINDOW - 1


def theirs_papers(clause: Clause) -> bool:
    """A clause that gives someone else a work permit ("my sister has a work permit", "mi
    prima sí tiene permiso"): a bare "not me" after it is her no."""
    o = find(clause, "others", 0, OPENING)
    return o >= 0 and work_papers(clause[o + at(clause, o, "others") :]) == "yes"


def whole(clause: Clause, key: str) -> bool:
    return at(clause, 0, key) == len(clause)


def topic_denied(clause: Clause, before: Clause) -> bool:
    """A clause that denies, after the papers set before it as a topic ("Le permis de
    travail, je l'ai pas", "El permiso, no lo tengo"): no; not someone else's."""
    if not before or has(clause, "papers") or has(clause, "others") or has(clause, "family"):
        return False
    tail = [w for w in before if w != ","]
    last = next((i for i in range(len(tail)) if _topic_only(tail[i:])), -1)
    return last >= 0 and negated_before(clause, min(len(clause), LACK_WINDOW + 1))


def papers_doubted(clause: Clause, before: Clause) -> bool:
    """A clause that opens on a doubt about the papers named before it in the sentence ("My
    permit was for the fishing only, I don't know if it is still good", "tengo un permiso,
    pero no sé si sigue vigente"): unsure; not a doubt about someone else's."""
    if find(clause, "unsure") != 0 or has(clause, "papers") or not has(before, "papers"):
        return False
    return not (has(clause, "others") or has(clause, "family"))
