"""Consent across ";", a safe contact that is none, her next birthday, the phone's owner
(stop 33, turns33b).

A limit after a ";" ("shares with the shelter; for other services ask her first") keeps a
consent from reading yes; "Safe contact: none – the phone is the boss's" is no contact; an
answer giving only her next birthday ("I'll be 17 in June") says she is 16, and a
relative's age beside it is theirs; the age of the woman whose phone she called from is
not hers. Invented notes in en/es/fr/pt, each with a counterpart that must not change."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

CONSENT = "consent.share_with_providers"
CONTACT = "person.safe_contact"
AGE = "person.age"


# ------------------------------------------------ a consent limited after a ";"


@pytest.mark.parametrize(
    "text",
    [
        "Consent: she agrees to share with the shelter and the clinic; for other services she wants to be asked first.",
        "Datos: acepta que compartamos con el albergue; para otros servicios quiere que le pregunten antes.",
        "Données : elle accepte de partager avec le foyer ; pour les autres services, il faut lui demander avant.",
        "Partilha: aceitou que partilhemos com a clínica; para os outros serviços, perguntar-lhe antes.",
    ],
)
def test_limit_after_semicolon_is_no_yes(text: str) -> None:
    got = extract(text)
    assert got.values.get(CONSENT) != "yes"
    # her wish to be asked first is read (stop 41): applied when its clause says so plainly
    assert (got.values.get(CONSENT) or dict(got.offered()).get(CONSENT)) == "ask_each_time"


@pytest.mark.parametrize(
    "text",
    [
        "Consent: she agrees to share with the shelter and the clinic; she lives with her aunt.",
        "Datos: acepta que compartamos con el albergue y el médico; vive con su tía.",
        "Partilha de dados: aceita que partilhemos com o abrigo e o médico; mora em Lisboa.",
    ],
)
def test_unrelated_sentence_after_semicolon_keeps_yes(text: str) -> None:
    assert extract(text).values.get(CONSENT) == "yes"


# ------------------------------------------------ a safe contact that is none


@pytest.mark.parametrize(
    "text",
    [
        "Safe contact: none - the phone belongs to the boss. Do not call 555-0100.",
        "Contacto seguro: ninguno – el celular es del patrón, no llamar.",
        "Contact sûr : aucun — le portable appartient au patron, ne pas appeler le 06 11 22 33 44.",
        "Contacto seguro: nenhum – o telemóvel é do patrão. NÃO ligar p/ esse nº.",
    ],
)
def test_contact_none_is_no_contact(text: str) -> None:
    assert CONTACT not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Safe contact: her friend Ana - 555-0133.",
        "Contacto seguro: su prima Elena – 600 111 222.",
        "Contact sûr : sa cousine Renata, 06 71 48 22 90.",
        "Contacto seguro: telemóvel da irmã Lúcia – 912 000 338.",
    ],
)
def test_contact_with_a_means_is_read(text: str) -> None:
    assert extract(text).values.get(CONTACT)


# ------------------------------------------------ her next birthday, a relative's age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I'll be 17 in June. My brother, he is 19.", 16),
        ("Voy a cumplir 18 en marzo. Mi hermana tiene 22.", 17),
        ("J'aurai 17 ans en juin. Mon frère qui est venu avec moi, lui, il a 19 ans.", 16),
        ("Vou fazer 17 em junho. O meu irmão tem 19.", 16),
        ("Tengo 17 y voy a cumplir 18 en marzo.", 17),
    ],
)
def test_next_birthday_answer(text: str, age: int) -> None:
    assert interpret_answer(AGE, text, None).values.get(AGE) == age


@pytest.mark.parametrize(
    "text",
    [
        "My sister will be 20 in May.",
        "Mi hermano va a cumplir 20.",
        "Faz dois anos que estou cá.",
    ],
)
def test_someone_elses_birthday_or_a_span_is_no_age(text: str) -> None:
    assert AGE not in interpret_answer(AGE, text, None).values


# ------------------------------------------------ the woman whose phone she called from


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 31, Brazilian. The lady with the phone (50 years old) knows nothing.",
        "Mujer, 31 años, brasileña. La señora del celular (unos 50 años) no sabe nada.",
        "Femme, 31 ans, brésilienne. La dame au téléphone (environ 50 ans) ne sait rien.",
        "- mulher, 31a, brasileira\n- a moça do celular (uns 50a, fala espanhol) não sabe de nada",
    ],
)
def test_phone_owner_age_is_not_hers(text: str) -> None:
    assert extract(text).values.get(AGE) == 31


@pytest.mark.parametrize(
    "text",
    [
        "The lady (50 years old) called from a friend's phone.",
        "A senhora (50 anos) ligou do celular de uma amiga.",
    ],
)
def test_her_own_bracketed_age_stays(text: str) -> None:
    assert extract(text).values.get(AGE) == 50


# ------------------------------------------------ the way itself, not a pronoun or an aside


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Safe number: the one of her friend Ana, 555-0133 — she keeps it hidden.", "of her"),
        ("Número seguro: el de su prima Elena, 600 111 222.", "de su prima"),
        ("Numéro sûr : celui de Rosa, 06 12 34 56 78 — c'est sa voisine.", "de Rosa"),
        ("Número seguro: o da irmã Marta, (11) 95555-0142.", "da irmã"),
    ],
)
def test_contact_pronoun_and_aside_dropped(text: str, start: str) -> None:
    value = extract(text).values.get(CONTACT)
    assert value and value.startswith(start) and "—" not in value


@pytest.mark.parametrize(
    "text",
    [
        "Safe contact: her aunt, 555-0144 — only after 7pm.",
        "Número seguro: la parroquia, 600 222 333 — solo por la tarde.",
    ],
)
def test_contact_aside_with_a_time_is_kept(text: str) -> None:
    value = extract(text).values.get(CONTACT)
    assert value and "—" in value
