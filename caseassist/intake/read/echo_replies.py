"""A reply that says the question's own verb negated is a no to that question, not a "does
not know" of hers: "A patroa sabe onde você está? - Não, ela não sabe.", "Le patron sait où
elle est ? - Il ne sait pas.", "¿El patrón sabe dónde está? - No sabe.", "Does the boss know
where she is? - He doesn't know."

Without a leading no, the reply's subject decides: none (Spanish and Portuguese drop it) or a
pronoun the question does not use for her ("he" after "where she is") is the question's own
subject; a pronoun the question uses ("she doesn't know" after "where she is") is her not
knowing, which stays the fact's undecided value. The pronouns are data
(`echo_subjects` in each `<lang>/words.toml`)."""

from __future__ import annotations

from caseassist.intake import lexicon
from caseassist.intake.read.segment import ffold, tokens

_ENDS = frozenset({".", "!", ";", ",", "?", ":"})


def echoed_no(question: str, reply: str) -> bool:
    """The reply's first clause says the question's verb negated: a no to the question."""
    ws = lexicon.word_sets()
    said = tokens(reply)
    if not said:
        return False
    asked = {t for t in tokens(question) if t.isalpha() and len(t) > 2} - ws.negators
    if said[0] in ws.no:  # "No, he doesn't know", "Non, ils ne savent pas"
        first = next((k for k, t in enumerate(said) if t in (".", "!", ";")), len(said))
        for k in range(1, min(first, 8)):
            if said[k] in ws.negators and set(said[k + 1 : k + 3]) & asked:
                return True
    return _bare_echo(said, question, asked)


def _bare_echo(said: list[str], question: str, asked: set[str]) -> bool:
    """ "Não sabe.", "Il ne sait pas.", "He doesn't know where she is.": the first clause is
    only a subject that is not hers, the negator and the question's knowing verb
    (`knowing_verbs`: whose not knowing it is is the question; "Not tonight" is not an
    echo), and words of the question after it."""
    ws = lexicon.word_sets()
    clause = said[: next((k for k, t in enumerate(said) if t in _ENDS), len(said))]
    subject = clause[0] if clause and clause[0] in lexicon.by_language("echo_subjects") else ""
    k = 1 if subject else 0
    if k + 1 < len(clause) and clause[k] in asked and clause[k + 1] in ws.negators:
        k += 1  # "he does not know": the question's own auxiliary
    if k >= len(clause) or clause[k] not in ws.negators:
        return False
    rest = clause[k + 1 :]
    if not rest or rest[0] not in asked or rest[0] not in lexicon.by_language("knowing_verbs"):
        return False  # "Não sabe" after a question with no knowing verb is her not knowing
    q = tokens(ffold(question))
    if not all(t in q or t in ws.negators for t in rest):
        return False
    return not subject or _not_hers(subject, q, q.index(rest[0]))


def _not_hers(subject: str, question: list[str], verb: int) -> bool:
    """The reply's pronoun is the question's subject ("Do they know where she is? - They
    don't know"), or differs from the pronoun the question names her by after its verb
    ("... where she is? - He doesn't know"); with no pronoun for her, it may be hers."""
    if subject in question[:verb]:
        return True
    after = set(question[verb + 1 :])
    return subject not in after and not after.isdisjoint(lexicon.by_language("echo_subjects"))
