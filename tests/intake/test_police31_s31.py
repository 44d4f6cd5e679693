"""Her police wish, never read from a complaint to another body, from what the police would
do to her, from someone else's subjunctive wish, and only offered when she may change her
mind later. Invented sentences in en/es/fr/pt, each with a counterpart that still reads."""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, OFFERED, check, each, table

FACT = "safety.wants_law_enforcement"

CASES = [
    # a complaint to a consulate, embassy, labour body or union is no police wish
    *each(
        NOT_CLEAR,
        "She would like to complain to the embassy about her boss.",
        "Wants to take the employer to the labour office.",
        "Desea presentar una queja en el consulado.",
        "Quiere poner una denuncia ante el Ministerio de Trabajo.",
        "Elle veut déposer plainte à l'ambassade.",
        "Elle souhaite saisir l'inspection du travail.",
        "Quer apresentar queixa na embaixada.",
        "Ela pretende denunciar a situação ao sindicato.",
    ),
    *each(
        "yes",
        "She would like to complain to the police about her boss.",
        "Quiere poner una denuncia en comisaría.",
        "Elle veut déposer plainte au commissariat.",
        "Quer apresentar queixa na esquadra.",
    ),
    # what the police would do to her is no wish for them, either way
    *each(
        NOT_CLEAR,
        "She doesn't want the police to deport her.",
        "Quiere que la policía la deje en paz.",
        "No quiere que la policía la deporte.",
        "Elle veut que la police la laisse tranquille.",
        "Elle ne veut pas que la police l'expulse.",
        "Quer que a polícia a deixe em paz.",
        "Não quer que a polícia a deporte.",
    ),
    *each(
        "no",
        "No quiere policía, le da miedo que la deporten.",
        "Não quer ir à polícia, tem medo que a prendam.",
        "Elle ne veut pas de la police, elle a peur qu'on l'expulse.",
        "Does not want police, scared they will deport her.",
    ),
    # "denuncie" after "que" is someone's wish for her, not her past report
    *each(
        NOT_CLEAR,
        "Su hermana quiere que ella denuncie.",
        "La abogada sugiere que denuncie cuanto antes.",
        "Le pedimos que preste declaración mañana.",
    ),
    ("Ya denuncié en la comisaría y quiero seguir adelante.", "yes"),
    # a no with a later maybe is only offered as undecided
    *each(
        OFFERED,
        "Does not want to go to the police right now; may reconsider.",
        "Won't involve police at the moment - might change her mind.",
        "No quiere denunciar, aunque no lo descarta.",
        "De momento no quiere ir a la policía, tal vez algún día.",
        "Elle ne veut pas porter plainte, mais pourrait changer d'avis.",
        "Pas de plainte pour l'instant, peut-être à l'avenir.",
        "Não quer fazer queixa, mas pode mudar de ideia.",
        "Não quer a polícia agora, talvez no futuro.",
    ),
    *each(
        "no",
        "No quiere denunciar y no va a cambiar de opinión.",
        "Elle ne veut pas porter plainte et ne changera pas d'avis.",
        "Não quer fazer queixa e não vai mudar de ideia.",
    ),
]


@table(CASES)
def test_police_wish(text: str, expected: object) -> None:
    check(text, FACT, expected)
