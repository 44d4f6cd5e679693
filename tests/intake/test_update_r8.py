"""Notes that correct themselves, eighth round of issue 12 (`read/corrections.py`), in
invented sentences in en/es/fr/pt.

A value corrected in place ("Age 17 - correction: 19"), an update paragraph ("Update
01:50 from night staff: ..."), the newer message of a forwarded chain above its quoted
older one: the later, marked statement holds. An unmarked disagreement stays unapplied,
as before. A form label naming two things ("DOB/Age: unk / 31") gives each its own
value; a blank or unknown value states nothing. As many readings must not fire as must."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from caseassist.intake.read.corrections import chronological, corrected_in_place, paired_labels

AGE = "person.age"
POLICE = "safety.wants_law_enforcement"
DOCS = "legal.has_identity_documents"
BED = "shelter.needs_shelter_tonight"
GENDER = "person.gender"


def _applied(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


# ------------------------------------------------------------ corrected in place


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Female. Age 17 - correction: 19 per her ID card.", 19),
        ("Woman found at the site, age 17 (corrected to 19 after the ID check).", 19),
        ("Client age: 30, actually 32 per her passport.", 32),
        ("Mujer venezolana, edad 17 -- corrección: 19 según su cédula.", 19),
        ("Mujer.\nEdad: 17, corregido a 20", 20),
        ("Âge : 17 ans – rectificatif : 16 ans selon son acte de naissance.", 16),
        ("Jeune femme, âge 15 ans, corrigé en 16 ans.", 16),
        ("Idade: 17 – correção: 19 conforme o passaporte.", 19),
        ("Mulher de 30 anos (corrigido para 32 anos).", 32),
    ],
)
def test_a_number_corrected_in_place_is_the_new_number(text: str, age: int) -> None:
    assert _applied(text, AGE) == age


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Woman. Age 17 - correction: see her ID card.", 17),
        ("Woman, age 17. Correction officer Hale, badge 19, brought her.", 17),
        ("Woman, age 19 - her sister (17) corrected the form.", 19),
        ("Mujer, edad 17 - corrección pendiente.", 17),
        ("Femme, âge : 17 ans - rectificatif à venir.", 17),
        ("Mulher de 17 anos — correção: ver o documento.", 17),
    ],
)
def test_a_correction_with_no_new_number_leaves_the_value(text: str, age: int) -> None:
    assert _applied(text, AGE) == age


def test_only_the_corrected_number_changes() -> None:
    assert corrected_in_place("Case 2024/17 - Age 17 - correction: 19") == ("Case 2024/17 - Age 19")
    assert corrected_in_place("Called at 17:30 - correction: 18:00") == (
        "Called at 17:30 - correction: 18:00"
    )


# ------------------------------------------------------------ update paragraphs


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Woman, 25. She has agreed to give a statement to the police.\n\n"
            "Update 01:50 from night staff: spoke with her again.\n"
            "She does not want the police involved.",
            POLICE,
            "no",
        ),
        (
            "Mujer, 25. Quiere denunciar.\n\n"
            "Actualización (turno de noche): hablamos otra vez con ella.\n"
            "No quiere denunciar.",
            POLICE,
            "no",
        ),
        (
            "Femme, 25 ans. Elle ne veut pas porter plainte.\n\n"
            "Mise à jour 02:10 : l'équipe de nuit lui a reparlé.\n"
            "Elle veut porter plainte.",
            POLICE,
            "yes",
        ),
        (
            "Mulher, 25 anos. Tem o passaporte.\n\n"
            "Atualização da equipa da noite: falámos com ela.\n"
            "O passaporte está com o patrão.",
            DOCS,
            False,
        ),
        (
            "Man, 40. Has his passport.\n\n"
            "Correction from the day team: his passport is with the boss.",
            DOCS,
            False,
        ),
    ],
)
def test_an_update_paragraph_replaces_an_earlier_reading(
    text: str, fact: str, value: object
) -> None:
    assert _applied(text, fact) == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (  # no mark: two readings disagree, nothing applied
            "Woman, 25. She has agreed to give a statement to the police.\n\n"
            "Night staff spoke with her again.\nShe does not want the police involved.",
            POLICE,
        ),
        (
            "Mujer, 25. Quiere denunciar.\n\nEl turno de noche habló con ella.\n"
            "No quiere denunciar.",
            POLICE,
        ),
        (  # the update is the earlier paragraph: the later unmarked one disagrees
            "Mise à jour 09:00 : elle veut porter plainte.\n\n"
            "Femme, 25 ans. Elle ne veut pas porter plainte.",
            POLICE,
        ),
        (  # both readings inside one update paragraph: neither replaces the other
            "Mulher, 25 anos.\n\nAtualização: tem o passaporte. O passaporte está com o patrão.",
            DOCS,
        ),
        (
            "Man, 40. Has his passport.\n\nDay team: his passport is with the boss.",
            DOCS,
        ),
    ],
)
def test_an_unmarked_disagreement_is_not_applied(text: str, fact: str) -> None:
    assert _applied(text, fact) is None


# ------------------------------------------------------------ forwarded chains


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Hi, she is staying with her brother, she does not need a bed tonight.\n\n"
            "> On Monday, the outreach team wrote:\n"
            "> Woman, 30, from Ghana. She has nowhere to sleep tonight.",
            BED,
            False,
        ),
        (
            "Buenos días: la señora ya tiene su pasaporte, se lo expedimos ayer.\n\n"
            "> El 20/11 escribió el consulado:\n"
            "> Mujer de 30 años. El patrón le retuvo el pasaporte.",
            DOCS,
            True,
        ),
        (
            "Bonjour, elle dort chez sa cousine, pas besoin de lit ce soir.\n\n"
            "> Le 02/11, l'association a écrit :\n"
            "> Femme, 30 ans. Elle n'a nulle part où dormir ce soir.",
            BED,
            False,
        ),
        (  # an older message quoted inside the one quoted: the one on top is newest
            "Olá, ela já não quer apresentar queixa.\n\n"
            "> Ela quer apresentar queixa.\n>\n"
            ">> Mulher, 30 anos. Não quer apresentar queixa.",
            POLICE,
            "no",
        ),
        (  # written below the quote (bottom-posted): the message below is newest
            "Outreach team wrote:\n> Woman, 30, from Ghana. She has nowhere to sleep tonight.\n\n"
            "She is staying with her brother, she does not need a bed tonight.",
            BED,
            False,
        ),
    ],
)
def test_the_newest_message_of_a_chain_holds(text: str, fact: str, value: object) -> None:
    assert _applied(text, fact) == value


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (  # what the newer message does not speak of stays read from the older one
            "Hi, she is staying with her brother.\n\n> Woman, 30, from Ghana.",
            AGE,
            30,
        ),
        (
            "Buenos días, les reenvío el caso.\n\n> Mujer de 28 años, quiere denunciar.",
            POLICE,
            "yes",
        ),
        (
            "Bonjour, je vous transfère.\n\n> Femme, 41 ans, elle a son passeport.",
            DOCS,
            True,
        ),
    ],
)
def test_the_older_message_still_tells_what_the_newer_leaves(
    text: str, fact: str, value: object
) -> None:
    assert _applied(text, fact) == value


@pytest.mark.parametrize(
    "text",
    [
        # replies written between the quoted lines: not a chain on top of an older one
        "> Does she want to report?\nShe wants to report.\n> Anything else?\n"
        "She does not want to report.",
        "> ¿Quiere denunciar?\nQuiere denunciar.\n> ¿Algo más?\nNo quiere denunciar.",
    ],
)
def test_replies_between_quoted_lines_are_not_reordered(text: str) -> None:
    text = f"Forwarded message\n{text}"
    assert chronological(text) == (text, None)
    assert _applied(text, POLICE) is None


# ------------------------------------------------------------ one label, two values


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Client: R.\nDOB/Age: unk / 31\nSex: F", AGE, 31),
        ("Cliente: R.\nFDN/Edad: n/d / 31\nSexo: F", AGE, 31),
        ("Usagère : M.\nDDN/Âge : inconnue / 45\nSexe : F", AGE, 45),
        ("Utente: J.\nDN/Idade: n/d / 52\nSexo: M", AGE, 52),
        ("Client: R.\nDOB/Age: unk / approx 58\nSex: M", AGE, 58),
        ("Cliente: R.\nSexo/Edad: F/34", AGE, 34),
        ("Cliente: R.\nSexo/Edad: F/34", GENDER, "female"),
    ],
)
def test_each_value_answers_its_own_label(text: str, fact: str, value: object) -> None:
    assert _applied(text, fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "Client: R.\nDOB/Age: 12/03/1995\nSex: F",
        "Client: R.\nDOB/Age: unk\nSex: F",
        "Cliente: R.\nFDN/Edad: unk / unk\nSexo: F",
        "Usagère : M.\nDDN/Âge : néant / néant\nSexe : F",
        "Utente: J.\nDN/Idade: 1990 / não sabe\nSexo: M",
        "Cliente: R.\nFDN/Edad: N/A\nSexo: F",
    ],
)
def test_a_blank_or_unknown_value_states_no_age(text: str) -> None:
    assert _applied(text, AGE) is None


def test_only_labels_split_alike_are_paired() -> None:
    assert paired_labels("DOB/Age: 12/03/1995") == "DOB/Age: 12/03/1995"
    assert paired_labels("Notes/Remarks: see above") == "Notes/Remarks: see above"
    assert paired_labels("DOB/Age: unk / 31") == "DOB: unk\nAge: 31"


# ------------------------------------------------------------ what a correction line says


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Man, 23. Passport is with the labour agent, he only has a photo of it.", False),
        ("Hombre, 23. El pasaporte lo tiene el patrón, él solo tiene una foto.", False),
        ("Homme, 23 ans. Le patron a gardé son passeport, il a juste une photocopie.", False),
        ("Homem, 23. O patrão ficou com o passaporte, ele só tem uma cópia.", False),
        ("Man, 23. He has his passport, the agent has a copy of it.", True),
        ("Ayer le expedimos pasaporte nuevo.", True),
        ("Ontem emitimos um passaporte novo.", True),
    ],
)
def test_a_copy_in_another_clause_leaves_who_holds_the_document(text: str, value: bool) -> None:
    assert _applied(text, DOCS) is value


@pytest.mark.parametrize(
    "text",
    [
        "Man, 23. He only has a photo of his passport.",
        "Hombre, 23. Solo tiene una copia del pasaporte.",
        "Homme, 23 ans. Il n'a qu'une photocopie de son passeport.",
        "Homem, 23. Só tem uma cópia do passaporte.",
    ],
)
def test_a_copy_alone_says_nothing_of_the_document(text: str) -> None:
    assert _applied(text, DOCS) is None


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Sigue queriendo buscar trabajo aquí.", "jobs.wants_employment", True),
        ("Sigue queriendo denunciar.", POLICE, "yes"),
        ("Continua a querer procurar trabalho aqui.", "jobs.wants_employment", True),
        ("Continua querendo apresentar queixa.", POLICE, "yes"),
        ("He still wants to find work here.", "jobs.wants_employment", True),
        ("Il veut toujours chercher du travail ici.", "jobs.wants_employment", True),
    ],
)
def test_a_wish_that_still_holds_is_a_wish(text: str, fact: str, value: object) -> None:
    assert _applied(text, fact) == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Ya no sigue queriendo buscar trabajo aquí, prefiere volver.", "jobs.wants_employment"),
        ("No sé si sigue queriendo denunciar.", POLICE),
        ("Não sei se continua a querer apresentar queixa.", POLICE),
        ("Not sure he still wants to find work here.", "jobs.wants_employment"),
    ],
)
def test_a_still_wish_denied_or_doubted_is_not_a_yes(text: str, fact: str) -> None:
    assert _applied(text, fact) not in (True, "yes")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She does NOT want any further contact with police.", "no"),
        ("She does not want any more contact with the police.", "no"),
        ("She wants further contact with police.", "yes"),
        (  # the update paragraph of c/02's kind, in other words
            "Woman, 20. She agreed to give a statement to the police.\n\n"
            "Update 03:10 (night staff): she does not want any further contact with police.",
            "no",
        ),
    ],
)
def test_further_contact_with_the_police_is_a_police_wish(text: str, value: str) -> None:
    assert _applied(text, POLICE) == value


@pytest.mark.parametrize(
    "text",
    [
        "He wants no further contact with his employer.",
        "She does not want any further contact with her boss, the police are informed.",
        "She does not want more food, she is tired.",
    ],
)
def test_further_contact_with_someone_else_is_no_police_wish(text: str) -> None:
    assert _applied(text, POLICE) is None


# ------------------------------------------------------------ a printout's notes line


@pytest.mark.parametrize(
    "text",
    [
        "Notas: trabajo doméstico sin pago, 2 años.",
        "Notes: unpaid domestic work, 3 years.",
        "Remarques : travail domestique non payé, 2 ans.",
        "Notas: trabalho doméstico sem salário, 4 anos.",
    ],
)
def test_years_after_a_work_item_are_how_long_it_lasted(text: str) -> None:
    assert _applied(text, AGE) is None


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mujer, 31 años, trabajo doméstico.", 31),
        ("Trabajadora doméstica, 31 años.", 31),
        ("Trabajo doméstico. Mujer, 31 años.", 31),
        ("Femme ivoirienne, 29 ans, travail domestique.", 29),
        ("Mulher angolana, 40 anos.", 40),
        ("Cliente: R.\nFDN/Edad: unk / 31\nNotas: trabajo doméstico sin pago, 2 años.", 31),
    ],
)
def test_an_age_beside_work_is_still_her_age(text: str, age: int) -> None:
    assert _applied(text, AGE) == age


# ------------------------------------------------------------ a clause after the document


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mujer, edad 19 según su cédula, que sí trae consigo.", True),
        ("Mujer de 30 años. Su pasaporte, que el patrón le quitó, sigue allá.", False),
        ("Femme, 19 ans selon son passeport, que le patron a gardé.", False),
        ("Femme, 19 ans selon son passeport, qu'elle a avec elle.", True),
        ("Femme, 30 ans. Son passeport, qui est chez le patron.", False),
        ("Woman, 19 per her passport, which is with the agent.", False),
        ("Woman, age 19 per her ID card (found in her bag, now back in her possession).", True),
        ("Mulher, 19 anos segundo o passaporte, que ela tem consigo.", True),
        ("Mulher, 19 anos segundo o passaporte, que o patrão guardou.", False),
    ],
)
def test_a_clause_after_the_document_says_who_holds_it(text: str, value: bool) -> None:
    assert _applied(text, DOCS) is value


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. Her passport, which expires in March, is Romanian.",
        "Mujer, 30. Su pasaporte, que vence en marzo, es hondureño.",
        "Femme, 30 ans. Son passeport, qui expire en mars.",
        "Mulher, 30 anos. O passaporte, que é angolano, caducou em março.",
        "Woman, 30. Passport (Romanian).",
        "Mujer, 30. Documentos (ver abajo).",
        "Femme, 30 ans. Passeport (copie au dossier).",
    ],
)
def test_a_clause_after_the_document_that_holds_nothing_says_nothing(text: str) -> None:
    assert _applied(text, DOCS) is None


# ------------------------------------------------------------ an update after a form line

_FORM_THEN_UPDATE = [
    (
        "Woman, 30.\nHousing status: staying with a friend tonight.\n\n"
        "{H} (night line): the friend asked her to leave. She needs a bed tonight.",
        "Update 22:10",
        "Night line 22:10",
    ),
    (
        "Mujer, 30.\nAlojamiento: se queda con una amiga esta noche.\n\n"
        "{H} (línea nocturna): la amiga le pidió que se fuera. Necesita una cama esta noche.",
        "Actualización 22:10",
        "Línea nocturna 22:10",
    ),
    (
        "Client : homme, 45 ans.\nHébergement : dort chez son cousin ce soir.\n\n"
        "{H} (permanence) : arrivé à l'accueil. Il a besoin d'un lit ce soir.",
        "Mise à jour 17:05",
        "Permanence 17:05",
    ),
    (
        "Homem, 45 anos.\nAlojamento: fica em casa de um primo esta noite.\n\n"
        "{H} (plantão): chegou à receção. Precisa de uma cama esta noite.",
        "Atualização 17:05",
        "Plantão 17:05",
    ),
]


@pytest.mark.parametrize(("text", "marked", "unmarked"), _FORM_THEN_UPDATE)
def test_an_update_replaces_a_form_line_read_before_it(
    text: str, marked: str, unmarked: str
) -> None:
    assert _applied(text.replace("{H}", marked), BED) is True


@pytest.mark.parametrize(("text", "marked", "unmarked"), _FORM_THEN_UPDATE)
def test_the_same_paragraph_unmarked_leaves_the_disagreement(
    text: str, marked: str, unmarked: str
) -> None:
    assert _applied(text.replace("{H}", unmarked), BED) is None


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Homme de 33 ans. L'employeur retenait son passeport, que nous\n"
            "avons récupéré et lui avons rendu hier. Il souhaite porter plainte.",
            DOCS,
            True,
        ),
        (
            "Man, 33. The employer held his passport, which we\n"
            "recovered and gave back to him yesterday. He wants to press charges.",
            DOCS,
            True,
        ),
        ("Docs: su cédula, que trae consigo\nSexo: F\nEdad: 30", DOCS, True),
        ("Docs: su cédula, que trae consigo\nSexo: F\nEdad: 30", GENDER, "female"),
        ("Docs: su cédula, que trae consigo\nSexo: F\nEdad: 30", AGE, 30),
    ],
)
def test_a_relative_over_a_wrapped_line_or_a_form_line(text: str, fact: str, value: object) -> None:
    assert _applied(text, fact) == value


# ------------------------------------------------------------ a value that points elsewhere

INJURIES = "medical.injuries"


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30.\nInjuries: see attached medical report",
        "Mujer, 30.\nLesiones: ver informe médico adjunto",
        "Femme, 30 ans.\nBlessures : voir certificat médical",
        "Mulher, 30.\nLesões: ver relatório médico",
        "Man, 58.\nInjuries: refer to the ER discharge summary",
    ],
)
def test_a_value_pointing_to_another_document_records_nothing(text: str) -> None:
    assert _applied(text, INJURIES) is None


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Woman, 30.\nInjuries: cut on the left hand, see nurse's report",
            INJURIES,
            "cut on the left hand, see nurse's report",
        ),
        ("Femme, 30 ans.\nBlessures : voir le médecin demain", INJURIES, "voir le médecin demain"),
        ("Mujer, 30.\nDeseo: ver a su familia", "reintegration.wants_family_contact", True),
        (
            "Mulher, 30.\nLesões: ver de perto o braço esquerdo",
            INJURIES,
            "ver de perto o braço esquerdo",
        ),
    ],
)
def test_a_value_that_only_starts_with_see_is_still_read(
    text: str, fact: str, value: object
) -> None:
    assert _applied(text, fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "Woman, 30. She wants to press charges.\n> She does not want to press charges.",
        "Mujer, 30. Quiere denunciar.\n> No quiere denunciar.",
        "Femme, 30 ans. Elle veut porter plainte.\n> Elle ne veut pas porter plainte.",
        "Mulher, 30. Quer apresentar queixa.\n> Não quer apresentar queixa.",
    ],
)
def test_quote_marks_with_no_chain_are_not_an_older_message(text: str) -> None:
    assert chronological(text) == (text, None)
    assert _applied(text, POLICE) is None
