"""Stop 43 (police): whose police wish it is (one of the workers, a description set off
after a name, the client of a writer who acts for her relative), her wish that the police
be kept out of it, no contact "nenhum", and "not now." then "maybe later" in one turn.
Invented sentences in the four languages."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_POLICE = "safety.wants_law_enforcement"


def _read(text: str) -> object:
    return extract(text).values.get(_POLICE)


@pytest.mark.parametrize(
    "text",
    [
        # another of the workers, with a description set off after his name
        "Another of the workers, Kwame, a Ghanaian man of 29, wants to report it.",
        "Otro de los trabajadores, Kwame, un ghanés de 29 años, quiere denunciar.",
        "Un autre des ouvriers, Kwame, un Ghanéen de 29 ans, veut porter plainte.",
        "Outro dos trabalhadores, o Kwame, um ganês de 29 anos, quer fazer queixa.",
        "Her cousin, Amara, a nurse of about forty, would like to speak to the police.",
        # one of them, another of them: picked from other people
        "Un autre des ouvriers veut porter plainte.",
        "L'un des autres ouvriers veut porter plainte.",
        "Um dos outros trabalhadores quer fazer queixa.",
        "Una de sus compañeras quiere denunciar.",
        "One of her co-workers wants to go to the police.",
        # a set-off companion's "sí"
        "Observaciones: su compañera de piso, Ana, sí quiere denunciar.",
        "A colega dela, a Rita, sim quer fazer queixa.",
        # the writer acts for her relative: "my client" is that relative
        "I am the lawyer of her brother. My client wants to report the gang to the police.",
        "Soy abogado del hermano de la usuaria. Mi cliente quiere denunciar a la red.",
        "Je suis l'avocate du frère de la victime. Mon client veut porter plainte.",
        "Sou a advogada do irmão dela. O meu cliente quer fazer queixa.",
    ],
)
def test_someone_elses_police_wish_is_not_hers(text: str) -> None:
    assert _read(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The client, Ms. Reyes, a Honduran woman of 34, wants to report it.",
        "La usuaria, Rosa, una mujer de 30 años, quiere denunciar.",
        "Mme Awa Diallo, une Malienne de 35 ans, veut porter plainte.",
        "Joana, uma brasileira de 31 anos, quer fazer queixa.",
        "I am her lawyer. My client wants to press charges.",
    ],
)
def test_her_own_wish_after_a_description_still_reads(text: str) -> None:
    assert _read(text) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She wants the police kept out of it completely.",
        "She would like the cops kept well away from her case.",
        "Quiere a la policía fuera de esto.",
        "Quiere que la policía quede al margen.",
        "Elle veut que la police reste en dehors de tout ça.",
        "Ela quer a polícia fora disso.",
        "Quer que a polícia fique de fora.",
        # no contact at all, with "nenhum" / "ningún"
        "Agora diz que não quer mais contacto nenhum com a polícia.",
        "Ya no quiere ningún contacto con la policía.",
    ],
)
def test_police_kept_out_is_a_no(text: str) -> None:
    assert _read(text) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "She does not want the police kept out of it.",
        "No quiere que la policía se quede al margen.",
        "Elle ne veut pas que la police reste en dehors.",
        "Não quer que a polícia fique de fora.",
        "Her brother wants the police kept out of it.",
    ],
)
def test_kept_out_denied_or_of_another_reads_no_refusal(text: str) -> None:
    assert _read(text) is None


def test_a_statement_years_ago_then_no_more_contact_is_a_no() -> None:
    text = (
        "Em 2019 prestou depoimento à polícia; o processo já terminou. "
        "Agora diz que não quer mais contacto nenhum com a polícia."
    )
    assert _read(text) == "no"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "accueil : vous voulez porter plainte ?\nMina : pas maintenant. peut-être plus tard\n"
            "accueil : ok",
            "undecided",
        ),
        (
            "staff: do you want us to call the police?\nAmy: not now. maybe later idk\nstaff: ok",
            "undecided",
        ),
        (
            "técnica: quer que a gente chame a polícia?\nBia: agora não. talvez depois\ntécnica: ok",
            "undecided",
        ),
        (
            "técnica: quieres q avisemos a la poli?\nLucía: ahora no, tal vez mas adelante\n"
            "técnica: vale",
            "undecided",
        ),
        ("staff: do you want us to call the police?\nAmy: not now.\nstaff: ok", "no"),
        ("accueil : on appelle les flics ?\nAwa : non\naccueil : ok", "no"),
    ],
)
def test_a_reply_then_maybe_later_in_the_same_turn(text: str, value: str) -> None:
    assert _read(text) == value
