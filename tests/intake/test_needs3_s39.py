"""Her long-term needs and wishes read from notes (stop 39, needs3).

Invented note sentences in en/es/fr/pt: a relative to be seen on going back is only
offered as a wish for contact (a call stays clear); a relative who is only the topic of a
contact with the police is no wish to reach them; papers held, then given back in the same
sentence, are hers; her not having a document named by a pronoun is at least an offered
no, and "no lo tiene claro" is none; a wish to put her status right is legal help only with a lawyer or help
named; a child named by a superlative wishes for himself. Each has a counterpart that must
keep its reading."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

FAMILY = "reintegration.wants_family_contact"
RETURN = "reintegration.wants_to_return_home"
DOCS = "legal.has_identity_documents"
LEGAL = "legal.wants_legal_help"
STATUS = "legal.immigration_concern"


def _read(text: str) -> tuple[dict, dict]:
    got = extract(text)
    return dict(got.values), dict(got.offered())


@pytest.mark.parametrize(
    "text",
    [
        "Wants to go back to Accra and see his sons there.",
        "Le gustaría regresar a Honduras para ver a su madre.",
        "Il voudrait retourner au Mali et revoir ses frères.",
        "Quer regressar a Angola para ver a mãe dele.",
        "Quiere ir a ver a sus hermanas a Tegucigalpa en Navidad.",
    ],
)
def test_a_relative_seen_on_going_back_is_only_offered(text: str) -> None:
    values, offered = _read(text)
    assert FAMILY not in values
    assert offered.get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "Wants to go back to Accra and phone his sons tonight.",
        "Quiere llamar a su madre esta semana.",
        "Elle voudrait appeler ses frères au Mali.",
        "Quer ligar para a mãe dele amanhã.",
        # the going back is refused: the visit is her wish for contact
        "Elle ne veut pas retourner chez la patronne et demande à revoir ses frères.",
    ],
)
def test_a_call_or_a_visit_without_going_back_stays_clear(text: str) -> None:
    assert _read(text)[0].get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "She asked us to inform the police about her cousin who is still there.",
        "Pidió hablar con la policía sobre su prima, que sigue en el club.",
        "Elle veut parler à la police au sujet de sa cousine restée là-bas.",
        "Pediu para falar com a polícia sobre a irmã, que ainda está na casa.",
    ],
)
def test_a_relative_as_the_topic_of_a_police_contact_is_no_family_wish(text: str) -> None:
    values, offered = _read(text)
    assert FAMILY not in values
    assert FAMILY not in offered


@pytest.mark.parametrize(
    "text",
    [
        "The landlord held her ID card, but she took it back on Friday.",
        "El capataz guardaba su pasaporte; se le devolvió ayer en comisaría.",
        "La patronne gardait son passeport, mais elle l'a repris avant de partir.",
        "O patrão ficou com o passaporte dela; foi apreendido e devolvido a ela ontem.",
    ],
)
def test_papers_given_back_in_the_same_sentence_are_hers(text: str) -> None:
    assert _read(text)[0].get(DOCS) is True


@pytest.mark.parametrize(
    "text",
    [
        "The landlord held her ID card and it has not been returned to her.",
        "El capataz guardaba su pasaporte y no se le devolvió.",
    ],
)
def test_papers_never_given_back_stay_held(text: str) -> None:
    assert _read(text)[0].get(DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "Her ID card stayed at the farm, she does not have it with her.",
        "Su cédula se quedó en la finca; no la tiene consigo.",
        "Sa carte d'identité est restée à la ferme, elle ne l'a pas sur elle.",
        "O bilhete de identidade ficou na quinta, ela não o tem.",
    ],
)
def test_a_document_she_does_not_have_named_by_a_pronoun_is_at_least_offered_as_a_no(
    text: str,
) -> None:
    values, offered = _read(text)
    assert values.get(DOCS, offered.get(DOCS)) is False


@pytest.mark.parametrize(
    "text",
    [
        "¿Volver a Colombia? No lo tiene claro todavía.",
        "Sur la police, elle ne l'a pas dit clairement.",
    ],
)
def test_a_pronoun_not_had_that_is_no_document_says_nothing(text: str) -> None:
    values, offered = _read(text)
    assert DOCS not in values
    assert DOCS not in offered


@pytest.mark.parametrize(
    "text",
    [
        "He hopes to regularise his status here.",
        "Desea regularizar su situación en España.",
        "Il souhaite régulariser sa situation en Belgique.",
        "Pretende regularizar a sua situação no país.",
    ],
)
def test_a_wish_to_put_her_status_right_offers_legal_help(text: str) -> None:
    values, offered = _read(text)
    assert values.get(STATUS) is True
    assert LEGAL not in values
    assert offered.get(LEGAL) is True


@pytest.mark.parametrize(
    "text",
    [
        "He wants a lawyer to help him regularise his status.",
        "Pidió ayuda para regularizar su situación.",
        "Il voudrait être aidé par un avocat pour régulariser sa situation.",
        "Pediu apoio jurídico para regularizar a situação.",
    ],
)
def test_help_named_with_the_status_is_legal_help(text: str) -> None:
    assert _read(text)[0].get(LEGAL) is True


@pytest.mark.parametrize(
    "text",
    [
        "La más chica, la de 9, quiere volver a Quito; ella todavía no lo sabe.",
        "Le plus jeune, celui de 10 ans, veut rentrer en Haïti.",
    ],
)
def test_a_child_named_by_a_superlative_wishes_for_himself(text: str) -> None:
    assert RETURN not in _read(text)[0]


def test_her_own_going_back_is_still_hers() -> None:
    assert _read("Quiere volver a Quito cuanto antes.")[0].get(RETURN) == "yes"
