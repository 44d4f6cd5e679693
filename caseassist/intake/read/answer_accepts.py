"""Two shapes of an answer that name a wish without its usual verb phrase:

- a thing named, then taken up by a word of acceptance: "Uma formação também pode ser",
  "A course too, why not", "Un psychologue, je veux bien", "cursos, me gustaría": a yes to
  that thing's wish; the thing and its fact come from `[accepted_topics]`, the acceptance
  words from `accepts` (answers.toml and each folder's). People answer the next question
  before it is put this way, so the wish would otherwise be asked again;
- a going-back verb with nothing after it but where or when ("não quero voltar", "I don't
  want to go back there, ever", "no quiero volver nunca"): in an answer to the going-home
  question the place is the one the question named, so it is the wish to go home (the
  caller asks it of that answer only); a verb with an object or a place of its own
  ("volver a trabajar", "go back to him") is not.

A stretch between contrasts that holds a negator, a doubt ("I don't know if"), a person
other than her before the thing, or a condition reads nothing of the first kind; the
caller offers rather than applies what a hedged stretch says."""

from __future__ import annotations

from functools import cache

from caseassist.intake.read.answer_words import OPENING, Clause, _data, at, find, has


@cache
def accepted_topics(group: str) -> tuple[tuple[str, str], ...]:
    """The (reading, word list) pairs whose things an acceptance takes up in `group`."""
    table = _data().get("accepted_topics", {}).get(group, {})
    return tuple((str(r), str(k)) for r, k in table.items())


def _spans(sentence: Clause) -> list[Clause]:
    """The stretches of `sentence` between contrast words ("no work, but a course, why
    not"); commas are kept out."""
    out: list[Clause] = [[]]
    i = 0
    while i < len(sentence):
        n = at(sentence, i, "contrasts")
        if n and i + n < len(sentence) and sentence[i + n] not in (",", "?"):
            out.append([])
            i += n
            continue
        if sentence[i] != ",":
            out[-1].append(sentence[i])
        i += 1
    return [s for s in out if s]


def _blank(span: Clause, key: str) -> Clause:
    """`span` with its `key` phrases taken out ("why not" holds a negator of its own)."""
    out: Clause = []
    i = 0
    while i < len(span):
        n = at(span, i, key)
        if n:
            out.append("")
            i += n
        else:
            out.append(span[i])
            i += 1
    return out


_NAMED_AFTER = 2  # words between "if there is" and the thing it names ("a sewing course")


def accepted(sentence: Clause, key: str) -> bool:
    """A `key` thing named in a stretch of `sentence`, an acceptance after it in the same
    stretch, and no negator, doubt, condition or other person's claim there."""
    if sentence[-1:] == ["?"]:
        if not _ends_accepting(sentence[:-1]):
            return False  # a question back to staff ("A course, is it paid?")
        sentence = sentence[:-1]  # "Un curso, ¿por qué no?": asked of nobody
    for span in _spans(sentence):
        span = _blank(span, "work_papers")  # "tenho o work permit, vale até": a permit named
        i = find(span, key)
        if i < 0 or find(span, "accepts", i + at(span, i, key)) < 0:
            continue
        plain = _blank(span, "accepts")
        a = find(plain, "availability_conditions", 0, i)
        n = at(plain, a, "availability_conditions") if a >= 0 else 0
        if n and i - (a + n) <= _NAMED_AFTER:
            plain[a : a + n] = [""] * n  # "if there is a cooking course": not "if there is one"
        if has(plain, "negators") or has(plain, "joint_negators") or has(plain, "unsure"):
            continue
        if has(plain, "conditions") or has(plain[:i], "others") or has(plain[:i], "family"):
            continue
        return True
    return False


def _ends_accepting(words: Clause) -> bool:
    """`words` end with an acceptance ("... why not", "... ¿por qué no")."""
    return any(at(words, i, "accepts") == len(words) - i for i in range(len(words)))


def bare_return(clause: Clause) -> str | None:
    """The wish to go home a clause states with a going-back verb and no object ("não quero
    voltar": no; "quiero volver, sí": yes; "no sé si quiero volver": undecided)."""
    i = find(clause, "return_verbs")
    if i < 0 or clause[-1:] == ["?"]:
        return None
    w = find(clause, "wishes", 0, i)
    if w < 0 or has(clause[:w], "others") or find(clause, "others", 0, OPENING) >= 0:
        return None
    tail = clause[i + at(clause, i, "return_verbs") :]
    j = 0
    while j < len(tail):
        n = at(tail, j, "return_tails") or at(tail, j, "negators")
        if not n:
            return None  # "volver a trabajar", "go back to him": a place or act of its own
        j += n
    if has(clause[:i], "unsure") or has(clause[:i], "conditions"):
        return "undecided" if has(clause[:i], "unsure") else None
    if has(clause[:w], "soft"):
        return None
    negated = any(at(clause, k, "negators") for k in range(i))
    return "no" if negated else "yes"
