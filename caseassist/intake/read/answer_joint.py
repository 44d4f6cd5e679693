"""Two facts of one question group said together in one sentence of her answer:

- a joint refusal: "no work and no school", "ni travail ni formation", "Trabalhar já não,
  nem cursos", "neither a job nor a course": both wishes no; one alone, said as a clause of
  its own ("Curso agora não", "No course for now"): that wish no;
- a wish that a family member know she is well ("je voudrais qu'elle sache que je suis
  vivant", "I want my mum to know I am safe", "quiero que mi abuela sepa"): family contact;
  a family member named after going back ("quero voltar para Maputo, para a minha esposa")
  and a call to them by a pronoun ("e quero ligar-lhes já"): family contact too; already
  in touch with them ("con mi mamá ya hablo todos los domingos"): no contact wanted;
- a status paper (visa, residence permit) expired or over in an answer about documents
  ("my visa is expired", "mon visa est fini", "o visto já acabou"), or a doubt that she may
  stay ("I want to know if I can stay", "que me deporten"): an immigration worry; a lawyer
  she asks staff for ("Can I talk to a lawyer?"): legal help.

A question, a condition or a clause opening on someone else reads nothing. The words are
data (`joint_negators`, `work_words`, `school_words`, `status_papers` ... in answers.toml)."""

from __future__ import annotations

from caseassist.intake.read.answer_words import OPENING, Clause, at, find, has

_NEAR = 3  # words (articles aside) between a refusal's negator and what it refuses: "no more work", "nem os cursos"


def _refused(sentence: Clause, key: str) -> bool:
    """A `key` word in `sentence` with a negator just before or just after it, in its own
    clause ("nor take a course": articles aside; not "Trabajo no, curso sí")."""
    i = find(sentence, key)
    if i < 0:
        return False
    n = at(sentence, i, key)
    around = _near(sentence[:i][::-1]) + _near(sentence[i + n :])
    return any(at(around, j, "joint_negators") for j in range(len(around)))


def _near(words: Clause) -> Clause:
    """The first `_NEAR` words of `words` that are no article, up to a comma."""
    out: Clause = []
    for w in words:
        if w == "," or len(out) == _NEAR:
            break
        if not at([w], 0, "articles"):
            out.append(w)
    return out


def _contrasted(sentence: Clause) -> bool:
    """A contrast word that opens a second side ("no work, but a course yes"); not "mais"
    / "más" before a comma or the end, "more" ("não quero trabalhar mais, nem curso")."""
    for i in range(len(sentence)):
        n = at(sentence, i, "contrasts")
        if n and i + n < len(sentence) and sentence[i + n] not in (",", "?"):
            return True
    return False


def joint_refusal(sentence: Clause) -> bool:
    """Work and training both refused in one sentence, with no contrast or wish between
    that takes one back ("no work, but a course yes")."""
    if (
        sentence[-1:] == ["?"]
        or has(sentence, "conditions")
        or find(sentence, "others", 0, OPENING) >= 0
    ):
        return False
    if _contrasted(sentence) or has(sentence, "unsure") or has(sentence, "possession"):
        return False  # "I have no work and no school": what she lacks, not what she wants
    school = "school_words" if has(sentence, "school_words") else "courses"
    return _refused(sentence, "work_words") and _refused(sentence, school)


def lone_refusal(clause: Clause, key: str) -> bool:
    """A clause that is only a refusal of one `key` thing: "Curso agora não", "No course",
    "Formation, non merci", "Trabajo no, por ahora" (negators, articles and `refusal_fillers`
    aside, nothing but the thing)."""
    i = find(clause, key)
    if i < 0:
        return False
    rest = clause[:i] + clause[i + at(clause, i, key) :]
    negated = False
    j = 0
    while j < len(rest):
        n = at(rest, j, "joint_negators")
        negated = negated or n > 0
        n = n or at(rest, j, "refusal_fillers") or at(rest, j, "articles")
        if not n:
            return False
        j += n
    return negated


def family_told(clause: Clause, before: Clause) -> bool:
    """A wish that a family member (named in the clause, or before it and taken up by a
    pronoun) know about her: "je voudrais qu'elle sache", "I want my mum to know"."""
    w = find(clause, "wishes")
    if w < 0 or any(at(clause, j, "negators") for j in range(w)):
        return False
    k = find(clause, "told_verbs", w + 1)
    if k < 0 or any(at(clause, j, "negators") for j in range(w, k)):
        return False
    between = clause[w + 1 : k]
    if has(between, "family"):
        return True
    taken_up = has(between, "object_pronouns") or has(between + clause[k:], "he_she")
    return has(before, "family") and taken_up


def family_in_touch(clause: Clause) -> bool:
    """She is already in touch with her family ("con mi mamá ya hablo todos los domingos",
    "I already call my mum every week", "já falo com a minha mãe"): no contact to arrange.
    Not with a wish, a negator ("ya no hablo con ella") or a question."""
    if not has(clause, "already") or not has(clause, "family") or not has(clause, "contact_now"):
        return False
    return not has(clause, "wishes") and not has(clause, "negators")


def family_after_return(clause: Clause, before: Clause) -> bool:
    """A family member named right after a wish to go back ("quero voltar para Maputo, para
    a minha esposa e os miúdos") or a call to them by a pronoun after it ("e quero
    ligar-lhes já", "and I want to call them")."""
    if not has(before, "return_verbs") or not has(before, "wishes"):
        return False
    if at(clause, 0, "with") and has(clause[:6], "family"):
        return not any(at(clause, j, "negators") for j in range(len(clause)))
    c = find(clause, "contact_verbs")
    if c < 0 or any(at(clause, j, "negators") for j in range(c)):
        return False
    rest = clause[c + at(clause, c, "contact_verbs") : c + 4]
    return has(before, "family") and has(rest, "object_pronouns") and has(clause[:c], "wishes")


def status_expired(clause: Clause) -> bool:
    """A visa or residence permit of hers expired or over: "my visa is expired", "la visa
    ya se venció", "o visto de estudante já acabou"; or in doubt that it is still valid
    ("I don't know if my visa is still good", "no sé si mi visa sigue vigente")."""
    p = find(clause, "status_papers")
    if p < 0 or find(clause, "others", 0, OPENING) >= 0:
        return False
    if any(a.endswith("'") and b == "s" for a, b in zip(clause[:p], clause[1:p], strict=False)):
        return False  # "my sister's visa": someone else's
    if find(clause, "validity_doubts", 0, p) >= 0 and has(clause[p:], "valid_words"):
        return True  # (its "if" is the doubt's, not a condition)
    return not has(clause, "conditions") and has(clause[p:], "expired")


def lawyer_request(sentence: Clause) -> bool:
    """She asks for a lawyer, as a question back to staff ("Can I talk to a lawyer about
    getting it back?", "Est-ce que je peux avoir un avocat ?") or under a condition she
    then wishes for ("Si me pueden conseguir un abogado, eso quisiera"). Not "Do I need
    a lawyer?", nor a lawyer she can do without ("Can I stay without a lawyer?")."""
    r = find(sentence, "request_openers", 0, 4)
    if r < 0:
        r = find(sentence, "request_openers", 0, 5) if at(sentence, 0, "conditions") else -1
    if r < 0 or find(sentence, "others", 0, OPENING) >= 0:
        return False
    k = find(sentence, "lawyer", r, r + 9)
    if k < 0 or any(at(sentence, j, "lack") or at(sentence, j, "negators") for j in range(r, k)):
        return False
    if sentence[-1:] == ["?"]:
        return not at(sentence, 0, "conditions")
    return at(sentence, 0, "conditions") > 0 and find(sentence, "wishes", k) >= 0


def stay_worry(clause: Clause) -> bool:
    """A worry that she may not stay, or be sent back, said as hers: "I want to know if I
    can stay", "I'm scared they will send me back", "que me deporten", "si je peux rester"."""
    s = find(clause, "stay_doubts")
    if s < 0:
        s = find(clause, "stay_right_doubts")  # "si j'ai le droit de rester ici"
    if s < 0 or find(clause, "others", 0, OPENING) >= 0:
        return False
    return not any(at(clause, j, "negators") for j in range(s))
