"""Stop 43 (knowers): whether the people who exploited her know where she is, and whether
she is in danger now, on invented notes in en, es, fr and pt.

- a request to another service to check whether someone knows is a question still to ask:
  nothing applied;
- a place someone from that life turned up at, then a stay elsewhere "since then", is not
  where she is now;
- a form label "location known" in other words and languages asks the knowing question;
  one naming her family or the police asks nothing of the people she left;
- someone from that life after her now, she the object ("el patrón la está siguiendo"),
  is a danger now; her sister or the police looking for her is none; "he" only offered;
  "they" (anyone) reads nothing.
"""

from __future__ import annotations

import pytest

from caseassist.intake.engine import IntakeSession

KNOWS = "safety.trafficker_knows_location"
DANGER = "safety.in_immediate_danger"


def _read(note: str, fact: str) -> tuple[object, object]:
    """The applied value and the offered value of `fact` for `note`."""
    s = IntakeSession(staff_locale="en", staff_languages=("en",), recorded_by="t")
    s.apply_referral(note)
    applied = s.facts[fact].value if fact in s.facts else None
    return applied, s.possible.get(fact)


@pytest.mark.parametrize(
    "note",
    [
        "We saw Ms. Okafor briefly today. Please check whether the former employer knows "
        "where she is; we did not have time to ask.",
        "Vimos a la Sra. Quispe un momento. Por favor, comprueben si el patrón sabe dónde "
        "está, no pudimos preguntarlo.",
        "Nous avons vu Mme Diallo rapidement. Merci de vérifier si le patron sait où elle "
        "se trouve, nous n'avons pas pu le demander.",
        "Atendemos a Sra. Lima de passagem. Por favor, confirmem se o patrão sabe onde ela "
        "está, não deu tempo de perguntar.",
    ],
)
def test_a_check_asked_of_another_service_reads_nothing(note: str) -> None:
    assert _read(note, KNOWS) == (None, None)


@pytest.mark.parametrize(
    "note",
    [
        "On Monday the boss came to the shelter asking for him. Since then he has been "
        "staying with a cousin across town.",
        "El lunes el patrón vino a preguntar por ella al albergue. Desde entonces se queda "
        "con una amiga en otro barrio.",
        "Lundi, le patron s'est présenté à la porte du foyer. Depuis elle loge chez une "
        "cousine à l'autre bout de la ville.",
        "Na segunda o patrão veio perguntar por ela ao abrigo. Desde então fica em casa de "
        "uma amiga noutro bairro.",
    ],
)
def test_a_visit_to_a_place_she_left_since_is_not_her_place_now(note: str) -> None:
    applied, _offered = _read(note, KNOWS)
    assert applied is None


@pytest.mark.parametrize(
    ("note", "value"),
    [
        ("Name: Tomás\nWhereabouts known to trafficker: N\nNeeds: bed", "no"),
        ("Nombre: Lucía\nUbicación actual conocida por el tratante: NO", "no"),
        ("Nom : Aïcha\nLocalisation actuelle connue du réseau : OUI", "yes"),
        ("Nome: Bruna\nLocalização conhecida pelo aliciador: sim", "yes"),
    ],
)
def test_location_known_as_a_form_label(note: str, value: str) -> None:
    assert _read(note, KNOWS)[0] == value


@pytest.mark.parametrize(
    "note",
    [
        "Name: Tomás\nLocation known to his family: yes",
        "Nom : Aïcha\nLocalisation connue de sa famille : oui",
        "Nome: Bruna\nLocalização conhecida pela polícia: sim",
    ],
)
def test_a_label_about_her_own_people_says_nothing_of_the_traffickers(note: str) -> None:
    assert _read(note, KNOWS)[0] is None


@pytest.mark.parametrize(
    "note",
    [
        "Caller at the bus depot. The man she worked for is looking for her right now.",
        "Está en la estación. El encargado del bar la está buscando, lo vio en la entrada.",
        "Elle est à la gare. Le patron la cherche, il est devant l'entrée.",
        "Ela está na rodoviária. O aliciador tá procurando ela, está na porta.",
    ],
)
def test_someone_from_that_life_after_her_now_is_danger(note: str) -> None:
    assert _read(note, DANGER)[0] is True


@pytest.mark.parametrize(
    "note",
    [
        "Her mother is looking for her, she has not called home in weeks.",
        "Su hermana la está buscando para llevarla a casa.",
        "La police la cherche pour qu'elle témoigne.",
        "A irmã está à procura dela desde o verão.",
        "The boss is looking for her passport, he says it is missing.",
    ],
)
def test_her_own_people_looking_for_her_is_no_danger(note: str) -> None:
    assert _read(note, DANGER)[0] is None


def test_they_after_her_reads_no_danger() -> None:
    assert _read("Outreach says they are looking for her.", DANGER) == (None, None)


def test_a_he_after_her_is_only_offered() -> None:
    applied, offered = _read("She called from a café. He is looking for her.", DANGER)
    assert applied is None
    assert offered is True
