"""Her wishes and papers in other words (stop 40, needs4).

Invented note sentences in en/es/fr/pt: a refusal said in the future is a no to going
home, and one put off by "until" says nothing; a call to relatives named by a pronoun in
the feminine plural or after a preposition is a wish for contact; a form value that opens
on her having a relative is hers, whatever the label; a bracket opening on "he" / "she"
after another person is that person's; a lesser document kept with the passport by a
relative is kept too; a document only offered as held is hers again when given back.
Each has a counterpart that must keep its reading."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

FAMILY = "reintegration.wants_family_contact"
RETURN = "reintegration.wants_to_return_home"
DOCS = "legal.has_identity_documents"
WORK = "jobs.wants_employment"


def _read(text: str) -> tuple[dict, dict]:
    got = extract(text)
    return dict(got.values), dict(got.offered())


@pytest.mark.parametrize(
    "text",
    [
        "She has made it very clear that she will not return to Moldova.",
        "Says she is never going to go back to her country.",
        "Dijo que no va a regresar a Guatemala.",
        "Il ne va pas rentrer au Cameroun, il l'a dit à l'équipe.",
        "Ela não vai voltar para Cabo Verde.",
        "Nunca regresará a El Salvador, lo repitió dos veces.",
        "Elle ne rentrera jamais au Togo.",
        "Ele não voltará a Moçambique.",
    ],
)
def test_a_refusal_in_the_future_is_no_going_home(text: str) -> None:
    values, _ = _read(text)
    assert values.get(RETURN) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "She will not return home until the case against the recruiter is heard.",
        "Refuses to go back to Ukraine until the war is over.",
        "Il refuse de rentrer au pays tant que la dette n'est pas réglée.",
        "Her cousin will not return to Nigeria.",
        "The police will not return her phone.",
        "Elle ne va pas retourner chez le patron.",
        "No volverá a trabajar en esa casa.",
        "Su hermano no volverá a Honduras.",
    ],
)
def test_a_refusal_put_off_or_of_something_else_is_no_answer(text: str) -> None:
    values, _ = _read(text)
    assert RETURN not in values


@pytest.mark.parametrize(
    "text",
    [
        "Sus dos hermanas viven en Lima y quiere comunicarse con ellas.",
        "La madre y la abuela siguen en Cobán, ella quiere llamarlas.",
        "As tias moram em Benguela e ela quer telefonar para elas.",
        "Os pais estão em Braga, ela quer muito ligar para eles.",
    ],
)
def test_a_call_to_relatives_by_a_pronoun_is_a_wish_for_contact(text: str) -> None:
    values, _ = _read(text)
    assert values.get(FAMILY) is True


def test_a_call_to_workmates_by_a_pronoun_is_only_offered() -> None:
    values, offered = _read("Sus compañeras siguen en el piso, quiere llamarlas.")
    assert FAMILY not in values
    assert offered.get(FAMILY) is True


@pytest.mark.parametrize(
    "text",
    [
        "Family: has a son in Lagos and wants to call him.",
        "Familia: tiene una hermana en Quito y quiere hablar con ella.",
        "Família: tem duas irmãs em Luanda, quer falar com elas.",
    ],
)
def test_a_form_value_opening_on_her_having_a_relative_is_hers(text: str) -> None:
    values, _ = _read(text)
    assert values.get(FAMILY) is True


def test_a_label_for_other_people_still_keeps_its_value_theirs() -> None:
    values, _ = _read("Other children: 2 (boys, 9 and 12, want to call their father)")
    assert FAMILY not in values


@pytest.mark.parametrize(
    "text",
    [
        "Her roommate, Dana, 41, is leaving too (she is looking for work in a laundry).",
        "Son collègue, Ibou, 30 ans, part aussi (il cherche du travail dans la sécurité).",
        "O colega de quarto, Rui, também sai (procura trabalho na construção).",
        "Sa voisine déménage (elle cherche un emploi de caissière).",
    ],
)
def test_a_bracket_after_another_person_is_theirs(text: str) -> None:
    values, _ = _read(text)
    assert WORK not in values


def test_her_own_bracket_stays_hers() -> None:
    values, _ = _read("She arrived yesterday (she is looking for work in a bakery).")
    assert values.get(WORK) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her uncle keeps her passport and her birth certificate.",
        "Su tío le guarda el pasaporte y la partida de nacimiento.",
        "La cousine garde son passeport et son acte de naissance.",
    ],
)
def test_a_lesser_document_kept_with_the_passport_by_a_relative_is_kept_too(text: str) -> None:
    values, _ = _read(text)
    assert values.get(DOCS) is False


def test_a_lesser_document_she_holds_beside_no_passport_stays_offered() -> None:
    values, offered = _read("Elle n'a que sa carte d'étudiante, pas de passeport.")
    assert DOCS not in values
    assert offered.get(DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "The landlord had her passport in a drawer. Police recovered it and gave it back to her.",
        "The boss had her ID card. We got it back for her this morning, she got it back.",
    ],
)
def test_a_document_only_offered_as_held_then_given_back_is_hers(text: str) -> None:
    values, _ = _read(text)
    assert values.get(DOCS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Would like help getting her back pay from the restaurant.",
        "Pide ayuda para cobrar los salarios adeudados.",
        "Il voudrait de l'aide pour récupérer ses salaires impayés.",
        "Quer ajuda para receber os salários em atraso.",
    ],
)
def test_help_to_get_her_wages_is_legal_help(text: str) -> None:
    values, _ = _read(text)
    assert values.get("legal.wants_legal_help") is True


def test_wages_owed_without_a_wish_are_no_legal_help() -> None:
    values, _ = _read("The employer still owes her back pay for March.")
    assert "legal.wants_legal_help" not in values
