"""Whose place a "she" in a knowing statement is: the woman the sentence is about.

"L'interprète, qui habite le même quartier, craint pour sa propre sécurité : l'exploiteur
sait où elle vit": the "elle" takes up the interpreter, the subject the sentence opens
on, not the survivor. A sentence opened by another person (her family, a friend, staff,
an interpreter: `_safe_knowers`, `other_people`, `interpreter_nouns`) and naming her in
no word of its own (`_SURVIVOR_SUBJECTS`) leaves the place another's: offered at most.
"""

from __future__ import annotations

import re

from caseassist.intake import lexicon
from caseassist.intake.read.knowers import _HE_SHE, _safe_knowers
from caseassist.intake.read.roles import _SURVIVOR_SUBJECTS, _other_people
from caseassist.intake.read.segment import tokens
from caseassist.intake.read.their_side import exploiters

_PRONOUNS = frozenset(["we", "nous", "nosotros", "nosotras", "nos", "ns", "they", "ils", "elles"])
_OPENING = 4  # the words a sentence's subject opens within ("L'interprète, qui...")


def others_pronoun_place(matched: list[str], sentence_before: list[str]) -> bool:
    """Whether the "she / he" of the place in `matched` takes up another person the
    sentence before the clause opens on (`sentence_before`, folded words)."""
    if not set(matched[1:]) & _HE_SHE or not sentence_before:
        return False
    if ":" in sentence_before[:3]:  # a speaker's turn: "CONSULATE: The agency man..."
        sentence_before = sentence_before[sentence_before.index(":") + 1 :]
    opening = sentence_before[:_OPENING]
    bad = exploiters()
    pairs = {f"{a} {b}" for a, b in zip(opening, opening[1:], strict=False)}
    if (set(opening) | pairs) & bad or set(sentence_before) & _SURVIVOR_SUBJECTS:
        return False  # "The agency man ... but he does not know she is here"
    others = _safe_knowers() | _other_people() | lexicon.by_language("interpreter_nouns")
    opener = next((w for w in opening if w in others), None)
    return opener is not None and opener not in _PRONOUNS  # "We moved her, but ...": staff


def others_place_of(fact: str, m: re.Match[str], folded: str, clause_text: object) -> bool:
    """`others_pronoun_place` for a match `m` of a `[statements] place_now` fact in the
    clause `folded` (with the word after it: "sabe dónde vive ella")."""
    if fact not in lexicon.words_of_rules("statements", "place_now"):
        return False
    sentence = getattr(clause_text, "folded_sentence", "") or ""
    matched = tokens(m.group()) + tokens(folded[m.end() :])[:1]
    before = tokens(sentence[: max(0, sentence.find(folded))])
    if set(tokens(folded[: m.start()])) & _SURVIVOR_SUBJECTS:
        return False  # "o antigo 'empregador' do aluno não sabe onde ele mora": the student's
    return others_pronoun_place(matched, before)
