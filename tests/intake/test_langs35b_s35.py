"""Stop 35 (langs35b): her turns named by a transcript's header legend, and her own
first-person words on her main language in them. All people are invented."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

_TURNS = {
    "en": (
        "Volunteer: T.  Caller: young woman, from the market\n\n"
        "T: Are you safe to talk?\nC: yes. I am alone now.\nT: Where are you from?\n"
        "C: from Moldova. my english is bad, romanian is my language\n"
    ),
    "es": (
        "Voluntaria: T.  Usuaria: mujer joven, desde el mercado\n\n"
        "T: ¿Puede hablar?\nU: sí. estoy sola ahora.\nT: ¿De dónde es?\n"
        "U: de Moldavia. mi español es malo, el rumano es mi idioma\n"
    ),
    "fr": (
        "Bénévole : T.  Appelante : jeune femme, depuis la gare\n\n"
        "T : Vous pouvez parler ?\nA : oui. je suis seule maintenant.\n"
        "T : Vous venez d'où ?\nA : de Moldavie. mon français est mauvais, le roumain "
        "c'est ma langue\n"
    ),
    "pt": (
        'Operadora: Tânia (TS)   Utilizadora: mulher, anónima ("flor_azul")\n\n'
        "01:12 TS: Está em segurança?\n01:13 flor_azul: sim, estou sozinha agora.\n"
        "01:15 TS: De onde é?\n"
        "01:15 flor_azul: da Moldávia. o meu português é fraco, o romeno é a minha língua\n"
    ),
}


@pytest.mark.parametrize("lang", sorted(_TURNS))
def test_her_turn_by_the_header_legend(lang: str) -> None:
    """The header names her role with the short label her turns use ("Caller: ..." then
    "C:", a chat handle): her "X is my language" is her preferred language."""
    got = extract(_TURNS[lang]).values
    assert got.get("person.preferred_language") == "ro"


@pytest.mark.parametrize("lang", sorted(_TURNS))
def test_no_legend_no_language(lang: str) -> None:
    """Without the header, nothing says whose the short label is: the "my" is no one's
    known, and no language is read as hers."""
    got = extract(_TURNS[lang].split("\n\n", 1)[1]).values
    assert "person.preferred_language" not in got


def test_initial_of_a_staff_label_is_not_hers() -> None:
    """A header with another label of the same initial ("Case: ... Caller: ...") leaves
    whose "C:" is unknown."""
    text = _TURNS["en"].replace("Volunteer: T.", "Volunteer: T.  Case: R-14")
    assert "person.preferred_language" not in extract(text).values
