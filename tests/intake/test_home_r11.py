"""Round 11, a bed tonight, documents and children: a place that ends from tonight, a
giving back that is denied, a holder named after the verb, tick boxes in a form, and
children whose ages stand between them and where they are. Invented sentences in
en/es/fr/pt, several shapes per mechanism, and as many readings that must not fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.checkboxes import ticked_only

BED = "shelter.needs_shelter_tonight"
DOCS = "legal.has_identity_documents"
KIDS = "household.children_with_them"


def read(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


# ------------------------------------------------- a place she is at that ends from tonight


@pytest.mark.parametrize(
    "text",
    [
        "She is staying with a friend who can no longer keep her as of tonight.",
        "She is sleeping at her cousin's, who cannot keep her from tonight.",
        "Está en casa de una amiga que ya no puede tenerla a partir de esta noche.",
        "Se queda con un paisano que no puede tenerlo más a partir de hoy.",
        "Il est hébergé par un compatriote qui ne peut plus le garder à partir de ce soir.",
        "Elle dort chez une amie, qui ne pourra plus l'héberger dès ce soir.",
        "Ela está na casa de uma amiga que não pode mais recebê-la a partir de hoje.",
        "Está hospedado com um primo que já não pode ficar com ele a partir desta noite.",
    ],
)
def test_a_place_that_ends_from_tonight_is_a_bed_needed(text: str) -> None:
    assert read(text, BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "She is staying with a friend from tonight.",
        "She is staying with a friend; from tonight she can no longer go back to her employer.",
        "Desde hoy se queda con su tía, que la puede recibir.",
        "Elle est hébergée chez sa tante à partir de ce soir.",
        "A partir de hoje ela fica na casa da prima.",
        "Está en casa de su hermana, que puede tenerla hasta el viernes.",
    ],
)
def test_a_place_that_starts_tonight_or_a_change_not_of_the_place_is_no_bed_needed(
    text: str,
) -> None:
    assert read(text, BED) is not True


@pytest.mark.parametrize(
    "text",
    [
        "She is staying with her cousin, who may no longer be able to keep her from tonight.",
        "She is staying with a friend who can't keep her after tonight.",
        "Il dort chez un ami, qui ne peut peut-être plus le garder à partir de ce soir.",
    ],
)
def test_a_hedged_or_later_end_of_a_place_is_not_applied(text: str) -> None:
    assert read(text, BED) is not True


@pytest.mark.parametrize(
    "text",
    [
        "Il n'a aucune solution pour la nuit.",
        "No tiene ninguna solución para la noche.",
        "Não pode voltar ao apartamento; sem local para passar a noite.",
        "She has no solution for the night.",
    ],
)
def test_no_solution_or_no_place_for_the_night_is_a_bed_needed(text: str) -> None:
    assert read(text, BED) is True


@pytest.mark.parametrize(
    "text",
    [
        "Il a trouvé une solution pour la nuit chez un cousin.",
        "Tem local para passar a noite, na casa da irmã.",
        "Sem local de trabalho fixo desde março.",
    ],
)
def test_a_solution_found_or_no_workplace_is_no_bed_needed(text: str) -> None:
    assert read(text, BED) is not True


# ------------------------------------------------------------------------ tick boxes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Shelter tonight: [x] needed", True),
        ("[x] Emergency shelter needed tonight", True),
        ("Hébergement ce soir : [x] sans solution", True),
        ("Alojamiento esta noche: [x] lo necesita", True),
        ("Alojamento hoje: (x) necessário", True),
        ("Shelter tonight: [ ] needed", None),
        ("[ ] Emergency shelter needed tonight", None),
        ("Hébergement ce soir : [ ] sans solution", None),
        ("Alojamiento esta noche: [ ] lo necesita", None),
        ("Alojamento hoje: ( ) necessário", None),
    ],
)
def test_only_a_ticked_option_is_stated(text: str, want: object) -> None:
    assert read(text, BED) is want


@pytest.mark.parametrize(
    "text",
    [
        "[x] needs interpreter   [ ] children with her   [x] no place to stay tonight",
        "[x] necesita intérprete   [ ] menores a cargo   [x] sin alojamiento esta noche",
        "[x] besoin d'un interprète [ ] enfants [x] sans hébergement ce soir",
        "[x] precisa de intérprete   [ ] filhos   [x] sem alojamento esta noite",
    ],
)
def test_two_ticked_options_on_one_line_are_two_statements(text: str) -> None:
    """Run together ("needs interpreter      no place to stay tonight") the second option's
    negation took the first's verb: a bed tonight read as not needed. Each ticked option
    is its own statement."""
    assert read(text, BED) is True
    assert read(text, "person.needs_interpreter") is True


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Embarazada: [ ] sí  [x] no", "Embarazada: no"),
        ("Documents: [ ] with her  [x] held by employer", "Documents: held by employer"),
        ("Interprète : [X] oui [ ] non", "Interprète : oui"),
        ("Salud urgente: [ ] sí  [ ] no", ""),  # a label answered by nothing says nothing
        ("Bed tonight: yes [x] no [ ]", "Bed tonight: yes [x] no [ ]"),  # boxes after words
        ("Sí [x]  No [ ]", "Sí [x]  No [ ]"),
        ("No boxes here (see above).", "No boxes here (see above)."),
    ],
)
def test_a_box_owns_the_words_after_it(line: str, want: str) -> None:
    assert ticked_only(line) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Documents: [ ] with her  [x] held by employer", False),
        ("Documentos: [x] con ella  [ ] retenidos por el patrón", True),
        ("Papiers : [ ] sur elle  [x] confisqués par l'employeur", False),
        ("Documentos: [ ] com ela  [x] retidos pelo patrão", False),
    ],
)
def test_documents_read_from_the_ticked_option_only(text: str, want: object) -> None:
    assert read(text, DOCS) is want


# ---------------------------------------------------------- a giving back that is denied


@pytest.mark.parametrize(
    "text",
    [
        "Passport: held by employer, not returned yet.",
        "Pasaporte retenido por el patrón, no devuelto hasta ahora.",
        "Passeport confisqué par l'employeur, jamais rendu.",
        "Passaporte retido pelo patrão, não devolvido.",
        "Documentos (passaporte e carteira): retidos pelo empregador, NÃO devolvidos até o "
        "momento.",
    ],
)
def test_a_holding_with_its_giving_back_denied_is_no_documents(text: str) -> None:
    assert read(text, DOCS) is False


@pytest.mark.parametrize(
    "text",
    [
        "Passport held by the employer, returned yesterday.",
        "Pasaporte retenido por el patrón, devuelto ayer.",
        "Passeport confisqué par l'employeur, rendu hier.",
        "Passaporte retido pelo patrão, devolvido ontem.",
    ],
)
def test_a_holding_then_given_back_is_documents(text: str) -> None:
    assert read(text, DOCS) is True


@pytest.mark.parametrize(
    "text",
    [
        "But I dont have papers to work here.",
        "Je n'ai pas de papiers pour rester.",
    ],
)
def test_papers_to_work_or_stay_say_nothing_of_identity_documents(text: str) -> None:
    assert read(text, DOCS) is None


# ------------------------------------------------------------ a holder after the verb


@pytest.mark.parametrize(
    "text",
    [
        "Hombre, 45 a., con su hijo. Pasaportes: el suyo y el del hijo los tiene él.",
        "Senhor, 50 anos. Passaportes: o dele e o do filho os tem ele.",
        "Hombre de 40 años. El pasaporte lo tiene él.",
    ],
)
def test_a_subject_pronoun_after_the_verb_holds_her_own(text: str) -> None:
    assert read(text, DOCS) is True


@pytest.mark.parametrize(
    "text",
    [
        "Hombre, 45 años. El pasaporte del hijo lo tiene él.",
        "Senhor, 50 anos. O passaporte do filho tem-no ele.",
        "Hombre, 45 años. El pasaporte de su esposa lo tiene él.",
    ],
)
def test_another_persons_document_held_by_him_says_nothing_of_his(text: str) -> None:
    assert read(text, DOCS) is None


@pytest.mark.parametrize(
    "text",
    [
        "Hombre, 45 años. Su pasaporte lo tiene el patrón.",
        "Mulher, 30 anos. O passaporte, quem o tem é o patrão.",
        "Passport: the boss has it.",
    ],
)
def test_a_named_holder_after_the_verb_is_still_someone_else(text: str) -> None:
    assert read(text, DOCS) is False


# ------------------------------------------- children elsewhere beside a clear none with her


@pytest.mark.parametrize(
    "text",
    [
        "Children in care of client: 0. Other dependants: 2 children (ages 7 and 10), "
        "living with grandmother in Lagos.",
        "No tiene hijos a su cargo aquí; su hija mayor, de 24, vive en Cali.",
        "Vino sola. Sus hijos, de 4 y 7 años, viven en Honduras.",
        "Elle est venue seule. Ses deux enfants, âgés de 5 et 8 ans, sont restés au Mali.",
        "Veio sozinha. Os dois filhos (3 e 6 anos) ficaram em Angola.",
    ],
)
def test_children_placed_away_past_their_ages_leave_a_clear_none(text: str) -> None:
    assert read(text, KIDS) == 0


@pytest.mark.parametrize(
    "text",
    [
        "She came with her 2 children (ages 7 and 10).",
        "Os dois filhos (3 e 6 anos) estão com ela.",
        "Llegó con sus dos hijos, de 4 y 7 años.",
        "Sus hijos, de 4 y 7 años, están con ella en el albergue.",
        "Ses enfants, âgés de 2 et 5 ans, sont avec elle.",
    ],
)
def test_children_with_her_past_their_ages_are_not_placed_away(text: str) -> None:
    assert read(text, KIDS) != 0
