"""A bed tonight and a home later, stop 28 (home16), in invented sentences in en/es/fr/pt,
each kind with rows that must not fire: a form line typed as a chat turn reads as the form
line; shorthand labels and needs ("HU ce soir", "Acog. urg. hoy", "Nec. vivienda LP",
"Bes. logt LT"); tonight said to be fine with where she stays; no housing need said as a
noun; the home later said to be fine with where she lives; a condition opening the
sentence only offers a bed; a shelter refused is no bed of ours; a night gone by says
nothing of tonight; a place asked about without its question mark states nothing; a
request for a bed for "a man" or "a woman"."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

BED = "shelter.needs_shelter_tonight"
HOME = "housing.needs_long_term_housing"


def _read(text: str) -> tuple[dict[str, object], dict[str, object]]:
    got = extract(text)
    return dict(got.values), dict(got.offered())


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Shelter: go ahead\nClinic: Emergency shelter tonight: Y", BED, True),
        ("[14:03] Clinic (Nurse Hollis): Long-term housing: N", HOME, False),
        ("Albergue: adelante\nClínica: Alojamiento esta noche: SÍ", BED, True),
        ("Enfermera Ríos: ¿Cama esta noche?: sí", BED, True),
        ("Foyer : allez-y\nClinique: Hébergement ce soir : OUI", BED, True),
        ("Infirmière Morel: Besoins : lit d'urgence ce soir + logement pérenne", HOME, True),
        ("Abrigo: pode dizer\nClínica: Cama esta noite?: sim", BED, True),
        ("[14:03] Clínica (enf. Sousa): Moradia a longo prazo: não", HOME, False),
    ],
)
def test_a_form_line_in_a_chat_turn(text: str, fact: str, value: object) -> None:
    assert extract(text).values.get(fact) is value


@pytest.mark.parametrize("text", ["Clinic: Age: 34", "[14:03] Clinic (Nurse Hollis): Age: 34"])
def test_a_chat_turn_form_line_reads_as_the_form_line(text: str) -> None:
    """(Read since chat16's `read/chat_turns.py` and the form-line reader of a turn; a
    third rewrite of the same turn, `fields.turn_form_lines`, was dropped as a duplicate.)"""
    assert extract(text).values.get("person.age") == 34


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("ES tonight: REQ'D.", BED, True),
        ("Needs ES tonight.", BED, True),
        ("Pt needs bed tonite. LT housing: yes.", HOME, True),
        ("Acog. urg. hoy: SÍ.", BED, True),
        ("Nec. vivienda LP.", HOME, True),
        ("HU ce soir : OUI.", BED, True),
        ("Besoin HU cette nuit.", BED, True),
        ("Bes. logt LT.", HOME, True),
        ("Acolh. emerg. hoje: SIM.", BED, True),
        ("Nec. habitação LP.", HOME, True),
    ],
)
def test_shorthand(text: str, fact: str, value: object) -> None:
    assert extract(text).values.get(fact) is value


@pytest.mark.parametrize("text", ["Lang: ES", "Idioma: ES.", "Langue : ES", "Línguas: ES, PT"])
def test_es_alone_is_no_shelter(text: str) -> None:
    values, offered = _read(text)
    assert BED not in values and BED not in offered


@pytest.mark.parametrize(
    "text",
    [
        "ok so she's fine for tonight, staying in the dorm.",
        "Esta noche está bien, se queda con su tía.",
        "Ce soir OK (chez tante).",
        "Esta noite ok (c/ tia).",
    ],
)
def test_tonight_fine_where_she_stays(text: str) -> None:
    assert extract(text).values.get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "She is fine for tonight.",  # "fine" may be her health: offered only
        "Esta noche está bien.",
        "Ce soir ça va.",
        "Esta noite está bem.",
    ],
)
def test_tonight_only_fine_is_offered(text: str) -> None:
    values, _offered = _read(text)
    assert BED not in values


@pytest.mark.parametrize(
    "text",
    [
        "No long-term housing need: client has a stable apartment in her own name.",
        "Has somewhere to stay; no housing needs at all.",
        "Sin necesidad de vivienda a largo plazo: tiene un piso estable a su nombre.",
        "Ninguna necesidad de vivienda.",
        "Aucun besoin en logement.",
        "Nenhuma necessidade de habitação.",
        "Sem necessidade de habitação a longo prazo.",
        # the home later fine, and where she lives
        "Long-term she's ok, lives with her aunt.",
        "A largo plazo está bien, vive con su tía.",
        "À long terme ça va, elle vit chez sa tante.",
        "A longo prazo está bem, mora com a tia.",
    ],
)
def test_no_home_needed_later(text: str) -> None:
    assert extract(text).values.get(HOME) is False


@pytest.mark.parametrize(
    "text",
    [
        "She needs long-term housing.",
        "Necesita vivienda a largo plazo.",
        "Besoin d'un logement pérenne.",
        "Precisa de habitação a longo prazo.",
    ],
)
def test_a_home_needed_later_still_is(text: str) -> None:
    assert extract(text).values.get(HOME) is True


@pytest.mark.parametrize(
    "text",
    [
        "Long-term she is fine.",  # no place named: offered
        "No housing needs tonight, she is at her aunt's.",  # tonight's, not later
    ],
)
def test_not_a_clear_no_later(text: str) -> None:
    assert HOME not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "If her cousin can't take her, she'll need a shelter bed tonight.",
        "Si su prima no la puede recibir, necesitará plaza en albergue esta noche.",
        "Si sa cousine ne peut pas la recevoir, il lui faudra une place en foyer ce soir.",
        "Se a prima não puder recebê-la, vai precisar de vaga em abrigo esta noite.",
        "Clinic: If her cousin can't take her, she'll need a shelter bed tonight.",
        "[14:03] Clínica (enf. Ríos): Si su prima no la puede recibir, necesitará cama hoy.",
    ],
)
def test_a_condition_opening_the_sentence_offers(text: str) -> None:
    values, offered = _read(text)
    assert BED not in values
    assert offered.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "If possible, she needs a bed tonight.",  # politeness, no condition
        "Si es posible, necesita una cama esta noche.",
        "Si possible, elle a besoin d'un lit ce soir.",
        "Needs a bed tonight. If her cousin calls back we will update you.",
    ],
)
def test_a_short_or_later_condition_leaves_the_need(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "She does not want to stay at the shelter tonight: she will sleep at a friend's.",
        "No quiere quedarse en el albergue esta noche: va a dormir a casa de una amiga.",
        "Elle ne veut pas dormir au foyer ce soir, elle dort chez sa soeur.",
        "Não quer ficar no abrigo esta noite: vai dormir a casa de uma amiga.",
    ],
)
def test_a_shelter_refused_with_a_place(text: str) -> None:
    assert extract(text).values.get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "She cannot stay at the house tonight.",
        "No puede quedarse en casa esta noche.",
        "Elle ne peut pas rester chez lui ce soir.",
        "Não pode ficar em casa esta noite.",
    ],
)
def test_not_staying_where_she_is_is_still_a_need(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "She slept in the station last night.",
        "He spent last night in a park.",
        "Durmió en la estación anoche.",
        "Il est parti hier, il a dormi à la gare.",
        "Dormiu na estação ontem.",
    ],
)
def test_a_night_gone_by(text: str) -> None:
    values, offered = _read(text)
    assert BED not in values
    assert offered.get(BED) is True  # staff confirm whether she has a place tonight


@pytest.mark.parametrize(
    "text",
    [
        "She has been sleeping in the station.",
        "She slept at the bus station.",
        "Duerme en la estación.",
        "Dort à la gare depuis une semaine.",
        "Dorme na estação.",
        "Pas de place pour dormir ce soir, elle a dormi à la gare routière hier.",
        "No hay sitio para dormir esta noche.",
        "Não tem cama esta noite.",
    ],
)
def test_sleeping_there_still_or_no_bed_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is True


def test_a_place_asked_without_its_mark_states_nothing() -> None:
    text = (
        "[21:07] Priya (shelter): ok. does he have a place tonight\n"
        "[21:07] Lewis (outreach): no. slept in the park last night"
    )
    assert extract(text).values.get(BED) is not False
    assert extract("She has a place for tonight.").values.get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "hi, do u have a bed for a man tonight?",
        "¿Tienen cama para una mujer esta noche?",
        "Vous avez une place pour une femme ce soir ?",
        "Há vaga para uma mulher hoje?",
        "Vous pouvez la prendre aujourd'hui ?",
        "¿Podéis acogerla esta noche?",
    ],
)
def test_a_request_for_a_bed(text: str) -> None:
    assert extract(text).values.get(BED) is True


def test_a_bed_asked_of_her_is_no_request() -> None:
    assert extract("Do you have a bed tonight?").values.get(BED) is not True
