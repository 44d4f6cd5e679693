"""Her papers in another person's hands, said with no subject: "Tiene mi pasaporte", "Tem o
meu passaporte", "Il a mon passeport" in her own answer.

In a note a subject-less "tiene su pasaporte" is hers; in her own words a third-person have
verb (`third_haves` of each folder's answers.toml) before "my" and a document (`my`,
`docs`) says that someone else holds it: no paper of hers in hand. A reading that she has
her papers is then taken back and the other value offered (the convention: papers someone
else holds are no papers of hers, as "He has my passport" reads); which fact, `[facts]
held_papers`."""

from __future__ import annotations

from caseassist.intake.read.answer_words import _data, at, sentences

_GAP = 2  # words between the verb and "my": "tiene todavía mi pasaporte", "still has my"


def _fact() -> str:
    return str(_data().get("facts", {}).get("held_papers", ""))


def held_by_another(text: str) -> bool:
    """A third-person have verb, then (within `_GAP` words) "my" and a document."""
    for s in sentences(text):
        for i in range(len(s)):
            n = at(s, i, "third_haves")
            if not n:
                continue
            for j in range(i + n, min(i + n + _GAP + 1, len(s))):
                m = at(s, j, "my")
                if m and at(s, j + m, "docs"):
                    return True
    return False


def take_back_held(text: str, out) -> None:  # noqa: ANN001 (an Extraction)
    """Her papers read as in hand, while her answer says someone else has them: offered."""
    fact = _fact()
    if fact and out.values.get(fact) is True and held_by_another(text):
        out.values.pop(fact)
        out.maybe(fact, False)
