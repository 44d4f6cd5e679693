"""A transcript's legend (`read/turn_legend.py`): which short turn labels stand for which
speaker, read once for `chat_turns` and `speakers.her_turns`. Each behaviour once: the
legend read directly, then what a user sees in a note (the fact read, or not). All people
are invented (moved here from the stop-35 tests of people35b, langs35b, safety35b)."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.turn_legend import HER, OTHER, STAFF, read_legend

AGE = "person.age"
LANG = "person.preferred_language"
POLICE = "safety.wants_law_enforcement"


def _side(label: str) -> str:
    roles = {"caller": HER, "persona que llama": HER, "utilizadora": HER, "volunteer": STAFF}
    return roles.get(label, OTHER)


def test_initial_stands_for_the_one_label_with_it() -> None:
    legend = read_legend("volunteer: k.  caller: young woman\nk: hi\nc: hello", _side)
    assert legend.initial("c") == ("caller", HER)
    assert legend.hers({"c", "k"}) == {"c"}


def test_a_letter_a_staff_label_names_is_staff() -> None:
    legend = read_legend("volunteer: k.  caller: young woman", _side)
    assert legend.initial("k") == ("volunteer", STAFF)
    # a staff label naming "c": "C:" is never hers, though "caller" has its initial
    assert read_legend("volunteer: c.  caller: young woman", _side).hers({"c"}) == set()


def test_a_shared_initial_is_no_ones() -> None:
    legend = read_legend("case: r-14  caller: young woman", _side)
    assert legend.initial("c") is None and legend.hers({"c"}) == set()


def test_handle_and_bracket_alias() -> None:
    legend = read_legend('utilizadora: anonima ("flor_azul")  operadora: tania', _side)
    assert legend.hers({"flor_azul", "tania"}) == {"flor_azul"}
    legend = read_legend("operador: pablo (p)   persona que llama: mujer (r)", _side)
    assert legend.hers({"r", "p"}) == {"r"}


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
    assert extract(_TURNS[lang]).values.get(LANG) == "ro"


@pytest.mark.parametrize("lang", sorted(_TURNS))
def test_no_legend_no_language(lang: str) -> None:
    """Without the header, nothing says whose the short label is: the "my" is no one's
    known, and no language is read as hers."""
    assert LANG not in extract(_TURNS[lang].split("\n\n", 1)[1]).values


def test_initial_of_another_label_is_not_hers() -> None:
    """A header with another label of the same initial ("Case: ... Caller: ...") leaves
    whose "C:" is unknown."""
    text = _TURNS["en"].replace("Volunteer: T.", "Volunteer: T.  Case: R-14")
    assert LANG not in extract(text).values


# "C:" under "Caller: young woman" is her turn: her own age is read, and "he is 30"
# in her turn is the man's age, never hers.
CALLS = [
    "Youth line, call 21:10.  Volunteer: M.  Caller: young woman\nM: Are you safe?\n"
    "C: yes. i am alone now. i want to leave him\nM: How old are you?\n"
    "C: fifteen. i am fifteen. i am from Peru\nM: Who is he?\n"
    "C: Jorge. he is 30. he says he is my boyfriend",
    "Écoute jeunes, appel 21h10.  Bénévole : M.  Appelante : jeune femme\n"
    "M : Tu es en sécurité ?\nA : oui. je suis seule maintenant. je veux le quitter\n"
    "M : Quel âge as-tu ?\nA : quinze. j'ai quinze ans. je viens du Pérou\n"
    "M : Qui est-il ?\nA : Jorge. il a 30 ans. il dit qu'il est mon copain",
    "Linha jovem, chamada 21h10.  Voluntária: M.  Utente: mulher jovem\n"
    "M: Estás segura?\nU: sim. estou sozinha agora. quero deixar ele\n"
    "M: Quantos anos tens?\nU: quinze. tenho quinze anos. sou do Peru\n"
    "M: Quem é ele?\nU: Jorge. ele tem 30 anos. diz que é meu namorado",
]


@pytest.mark.parametrize("text", CALLS)
def test_one_letter_turn_is_hers(text: str) -> None:
    assert extract(text).values.get(AGE) == 15


_CALL = (
    "Operador: Pablo (P)   Persona que llama: mujer (R)\n"
    "P: ¿Quiere que avisemos a la policía?\n"
    "R: Sí. Quiero denunciarlo.\n"
    "P: ¿Y su amiga?\n"
    "R: Mi amiga tiene 25. Ella no quiere policía.\n"
)


def test_header_alias_labels_her_turns() -> None:
    """'R' is the caller: her yes is hers, the friend's no in her turn is the friend's."""
    assert extract(_CALL).values.get(POLICE) == "yes"


def test_header_alias_friend_only() -> None:
    text = _CALL.replace("R: Sí. Quiero denunciarlo.", "R: No sé todavía.")
    assert extract(text).values.get(POLICE) != "no"
