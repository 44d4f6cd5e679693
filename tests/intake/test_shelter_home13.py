"""A bed tonight, stop 26 (home13), in invented sentences in en/es/fr/pt, each kind with
rows that must not fire: a need composed of a need or obligation word, a place word
(also "somewhere else", "otro sitio", "ailleurs", "outro lugar") and tonight; no solution
or no other place tonight; the referrer's own service full tonight; a place held for her
("plaza confirmada", "vaga garantida"); a span that reaches through tonight ("un tiempo",
"a while"); an e-mail subject line only offers; a capacity request without tonight only
offers; chat lines stamped with a date and short unpunctuated lines are statements of
their own; Portuguese "no momento" is no negator."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.line_ends import ended_short_lines

BED = "shelter.needs_shelter_tonight"


@pytest.mark.parametrize(
    "text",
    [
        # an obligation to find a place, tonight
        "She has to find a place to stay tonight.",
        "Tiene que buscar un alojamiento para esta noche.",
        "Elle doit trouver un hébergement pour ce soir.",
        "Ela tem de arranjar um alojamento para hoje.",
        # a place elsewhere, tonight
        "Needs to sleep elsewhere tonight, cannot go back.",
        "Necesita dormir en otro sitio esta noche.",
        "Elle a besoin de dormir ailleurs ce soir.",
        "Precisa de dormir noutro lugar esta noite.",
        # no solution, no other place, no place to spend the night
        "No other place for tonight, she cannot go back.",
        "Elle et son fils n'ont pas de solution pour cette nuit.",
        "Ce soir : n'a pas d'autre endroit où dormir.",
        "Alojamiento: no tiene donde pernoctar hoy.",
        "Hoje já não pode ficar lá e não tem outro sítio.",
        # the referrer's own service full tonight
        "We are full tonight, so we are sending her to you.",
        "Nosotros no tenemos cama para tantos esta noche.",
        "Nous n'avons plus de place ce soir, nous vous l'orientons.",
        "Não temos vaga hoje, por isso encaminhamos a senhora.",
    ],
)
def test_a_need_tonight(text: str) -> None:
    assert extract(text).values.get(BED) is True


@pytest.mark.parametrize(
    "text",
    [
        # no tonight: maybe a home wanted later
        "She has to find a place to live.",
        "Debe encontrar trabajo.",
        # someone else's obligation or lack
        "Her sister has to find a place to stay tonight.",
        # the service has room: no lack of hers
        "We have beds tonight if you need one.",
        "Tenemos plaza esta noche.",
    ],
)
def test_no_need_read(text: str) -> None:
    assert extract(text).values.get(BED) is not True


@pytest.mark.parametrize(
    "text",
    [
        # a place held for her
        "Accommodation tonight: bed confirmed at the night shelter.",
        "Alojamiento esta noche: plaza confirmada en el albergue municipal.",
        "Hébergement actuel : CADA, place stable.",
        "Hoje dorme no albergue municipal, vaga garantida, está seguro lá.",
        # a place and a span through tonight
        "Estoy en casa de una amiga, me puedo quedar acá un tiempo.",
        "She is sleeping at my sisters house for now, it is ok there.",
        "- staying w/ a friend tonight and next week, says OK there",
        "No momento está hospedada com uma amiga da igreja, onde pode ficar até ao fim do mês.",
        # a place of a kind, named by a word or two
        "Accommodation: currently in seafarers' mission hostel, safe until Friday",
        "In emergency foster placement tonight, safe there.",
    ],
)
def test_a_place_she_has(text: str) -> None:
    assert extract(text).values.get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        # a place still wanted, or not confirmed
        "Needs a confirmed bed tonight.",
        "No bed confirmed yet, she has nowhere to sleep tonight.",
        "Necesita una plaza confirmada para esta noche.",
    ],
)
def test_a_place_not_held(text: str) -> None:
    assert extract(text).values.get(BED) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Admitted overnight for observation.",
        "Queda ingresada esta noche en observación.",
        "Elle reste hospitalisée cette nuit.",
        "Fica internado hoje, cirurgia amanhã.",
    ],
)
def test_a_ward_bed_is_only_offered(text: str) -> None:
    got = extract(text)
    assert BED not in got.values and got.offered().get(BED) is False


@pytest.mark.parametrize(
    "text",
    [
        "Objet : TR: Imran – demande d'hébergement\n\nJe vous transfère la situation de mon client.",
        "Subject: bed request - Ms K.\n\nPlease find her details below.",
        "Asunto: necesita alojamiento\n\nOs paso el caso.",
        "Assunto: Pedido de transferência urgente\n\nBom dia, escrevo sobre a Sra. Osas.",
        # a capacity request with no tonight
        "Anyway, me avisan si tienen cupo. Gracias.",
    ],
)
def test_a_topic_or_a_request_without_tonight_only_offers(text: str) -> None:
    got = extract(text)
    assert BED not in got.values and got.offered().get(BED) is True


def test_a_subject_line_with_tonight_states_it() -> None:
    text = "Subject: needs a bed tonight\n\nWoman, 30, from Ghana."
    assert extract(text).values.get(BED) is True


def test_chat_lines_stamped_with_a_date_are_turns() -> None:
    text = (
        "[19/05 20:43] Irma Celia (Igreja Comunidade da Graca): ela ta gravida de 3 meses\n"
        "[19/05 20:44] Irma Celia (Igreja Comunidade da Graca): nao tem onde dormir hoje\n"
        "[19/05 20:45] Irma Celia (Igreja Comunidade da Graca): voces podem receber ela hoje??"
    )
    assert extract(text).values.get(BED) is True


def test_short_lines_are_statements_of_their_own() -> None:
    text = (
        "PV left employers house tonite (domestic work, not paid, ID kept by employer per caller - "
        "not confirmed)\n"
        "no kids with her. has 2 kids in the Philippines w/ her mother\n"
        "needs somewhere to sleep TONIGHT. currently at 24h laundromat on Pike Ave\n"
        "does NOT want police."
    )
    assert extract(text).values.get(BED) is True
    assert extract(text).values.get("safety.wants_law_enforcement") == "no"


@pytest.mark.parametrize(
    "text",
    [
        # lines wrapped by width: full, or ending on a word a statement goes on after
        "Informamos que compareceu ontem neste Consulado uma cidadã brasileira, de 42 anos\n"
        "natural de\nAnápolis, que veio para Portugal com promessa de emprego num restaurante.",
        "She says she does not\nwant the police involved at all, she is scared of them, and of him.\n"
        "She has her passport.",
        # a form line or a bullet is already its own statement
        "Name: Ana\nAge: 24\nNationality: Brazilian and she speaks Portuguese and some Spanish too.",
    ],
)
def test_wrapped_lines_stay_joined(text: str) -> None:
    if "does not\n" in text:
        assert ended_short_lines(text).startswith("She says she does not\nwant")
    else:
        assert ended_short_lines(text) == text


def test_a_negated_wish_across_a_wrapped_line_stays_negated() -> None:
    text = (
        "Caller says the young woman does not\n"
        "want the police involved at all, she is too scared of the men who brought her here.\n"
        "She has her passport with her."
    )
    assert extract(text).values.get("safety.wants_law_enforcement") != "yes"
