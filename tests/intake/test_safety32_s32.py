"""Safety facts, stop 32 (safety32), in invented sentences in en/es/fr/pt: a police refusal
whose object is a pronoun ("Police: she does not want them"), a police topic fronted with a
comma ("La policía, no la quiere"), and a relayed belief about who knows where she is
("She doesn't think so"), offered rather than applied. Each family has a counterpart that
must not give the value."""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, OFFERED, check, each, table

KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"

POLICE_CASES = [
    # a refusal with the thing refused as a pronoun, after a form label
    *each(
        "no",
        "Police: she does not want them.",
        "Police: she doesn't want that.",
        "Policía: ella no los quiere.",
        "Police : elle n'en veut pas.",
        "Police : elle ne la veut pas.",
        "Polícia: ela não a quer.",
    ),
    # a topic fronted with a comma, then her bare answer
    *each(
        "no",
        "La policía, no la quiere.",
        "Police, she does not want them.",
        "La police, elle n'en veut pas.",
        "A polícia, ela não quer.",
        "La denuncia, no la quiere poner.",
    ),
    ("La policía, ella quiere denunciar.", "yes"),
    # the police's own act, or another person's, after the comma: not her answer
    *each(
        NOT_CLEAR,
        "The police, after two hours, refused to register the complaint.",
        "La policía, que la encontró en la calle, no quiso tomarle declaración.",
        "La police, il ne veut pas qu'elle y aille.",
        "A polícia, ele não quer que ela vá.",
        "Police, he does not want them involved.",
    ),
]


@table(POLICE_CASES)
def test_police_refusal(text: str, expected: object) -> None:
    check(text, POLICE, expected)


KNOWS_CASES = [
    # a relayed belief: offered, never applied
    *each(
        OFFERED,
        "Intake: Does the man know where she is?\nNurse: She doesn't think so.",
        "Acogida: ¿El patrón sabe dónde está?\nCalle: Creo que no.",
        "Accueil : Le réseau sait où elle est ?\nFoyer : Je crois que oui.",
        "Acolhimento: Sabem onde ela está?\nTécnica: Provavelmente sim.",
    ),
    (
        "Acolhimento: O dono sabe onde ela está?\nIrmã: Acho que não, mas ele sabe onde ela reza.",
        NOT_CLEAR,
    ),
    # a plain reply still settles it
    ("Intake: Does the man know where she is?\nNurse: No.", "no"),
    ("Acolhimento: Sabem onde ela está?\nTécnica: Sim, sabem.", "yes"),
]


@table(KNOWS_CASES)
def test_knows_belief(text: str, expected: object) -> None:
    check(text, KNOWS, expected)
