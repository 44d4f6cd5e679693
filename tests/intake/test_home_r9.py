"""Round 9, a bed tonight, children, documents and housing: each kind of statement read in
every shape people write it (chat line, form line, narrative, transcript), in en/es/fr/pt,
with as many readings that must not fire. Invented sentences and names only."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

BED = "shelter.needs_shelter_tonight"


def bed(text: str) -> object:
    return extract(text).values.get(BED)


# ------------------------------------------- a chat line opening with its time is a turn


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "[09:10] Escola: aluna Nadia, 15 anos\n"
            "[09:12] Escola: disse que não volta para casa, não tem onde ficar esta noite\n"
            "[09:13] Abrigo: fala português?\n[09:13] Escola: sim",
            True,
        ),
        (
            "[21:02] Outreach: lad called Tomas, 19\n[21:03] Us: where is he sleeping tonight?\n"
            "[21:04] Outreach: outside for 2 nights. he needs a bed tonight\n"
            "[21:05] Us: injured?\n[21:05] Outreach: no",
            True,
        ),
        (
            "[18:40] Maraude : une jeune femme, Sana, 22 ans\n[18:41] Foyer : elle dort où ce soir ?\n"
            "[18:42] Maraude : il faut une place ce soir\n[18:43] Foyer : elle parle français ?\n"
            "[18:43] Maraude : oui",
            True,
        ),
        (
            "[10:01] Parroquia: tenemos a Inés, 30 años\n"
            "[10:02] Parroquia: esta noche se queda con nosotras, está segura\n"
            "[10:03] Albergue: ¿habla español?\n[10:03] Parroquia: sí",
            False,
        ),
    ],
)
def test_a_chat_line_with_its_time_is_read_apart_from_the_question_after_it(
    text: str, want: object
) -> None:
    assert bed(text) is want


@pytest.mark.parametrize(
    "text",
    [
        # a question in the line after is still a question: a bare "yes" to it says nothing
        "[09:12] Abrigo: ela tem onde ficar esta noite?\n[09:13] Escola: fala pouco",
        "[21:03] Us: does he have somewhere to sleep tonight?\n[21:04] Outreach: will ask",
        # someone else's bed in a chat line
        "[18:42] Maraude : son frère n'a pas de place ce soir\n[18:43] Foyer : ok",
        "[10:02] Parroquia: ¿tiene dónde dormir esta noche?\n[10:03] Albergue: no sé",
    ],
)
def test_a_chat_line_states_no_bed_it_does_not_name_as_hers(text: str) -> None:
    assert bed(text) is None


# ------------------------------------------- a place she has tonight: leave to stay, a place


@pytest.mark.parametrize(
    "text",
    [
        # leave to stay the night, the place named or not
        "She can stay here tonight, it is safe.",
        "Referral from the parish: Amaru can stay until the morning.",
        "Hoy puede quedarse conmigo, es seguro.",
        "Puede dormir en la parroquia esta noche.",
        "Elle peut rester ce soir, c'est sûr.",
        "Mme Koné peut dormir chez nous pour ce soir.",
        "Ele pode ficar hoje, aqui está seguro.",
        "Está na casa da vizinha e pode ficar lá por hoje, em segurança.",
        # a place, not a host, with tonight in any order
        "Tonight she is sleeping at the hostel, paid by the council.",
        "She is staying in a hotel tonight, paid by the police.",
        "Esta noche duerme en el hostal del ayuntamiento.",
        "Elle dort ce soir à l'hôtel social, nous avons payé deux nuits.",
        "Il est hébergé dans notre foyer jusqu'à demain matin.",
        "Hoje dorme na igreja, o padre deixou.",
    ],
)
def test_a_place_she_has_tonight_is_no_bed_needed(text: str) -> None:
    assert bed(text) is False


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # refused leave is a need, never a place
        ("She cannot stay here tonight.", True),
        ("Elle ne peut pas rester ce soir.", True),
        ("Não pode ficar hoje, precisa de vaga.", True),
        # a condition on the leave states nothing
        ("If she can stay here tonight, we will call you tomorrow.", None),
        ("Si puede quedarse esta noche, mejor.", None),
        # a past night at a place is neither
        ("She slept at the hostel last night.", None),
        ("Anoche durmió en la iglesia.", None),
        ("Elle a dormi à l'hôtel la nuit dernière.", None),
        ("Ontem dormiu na igreja.", None),
        # leave with no night in it: a day visit, not a bed
        ("She can stay here until 6pm.", None),
        ("Pode ficar aqui até às 18h.", None),
        # someone else's leave
        ("El marido puede quedarse esta noche en el hostal.", None),
    ],
)
def test_leave_refused_conditional_past_or_someone_elses_is_no_place_tonight(
    text: str, want: object
) -> None:
    assert bed(text) is want


# ------------------------------------------- a state that changed: the latest is hers

DOCS = "legal.has_identity_documents"


def docs(text: str) -> object:
    return extract(text).values.get(DOCS)


@pytest.mark.parametrize(
    "text",
    [
        # taken, then replaced or handed back, in the next clause or sentence
        "Her passport was confiscated by the employer; it was replaced by the consulate.",
        "The boss kept his passport. It has been reissued since.",
        "Documents: passport held by the agent until this morning, recovered by us and handed to her today.",
        "Le patron avait confisqué son passeport ; il a été remplacé par le consulat.",
        "Son passeport, retenu par l'employeur, a été remplacé par nos services ce jour.",
        "Papiers : passeport retenu jusqu'à hier, récupéré par la police et remis à l'intéressée.",
        "Su pasaporte fue retenido por la patrona; fue reemplazado por el consulado la semana pasada.",
        "Le quitaron el pasaporte. Ya fue sustituido por uno nuevo.",
        "O passaporte ficou retido pelo patrão; foi substituído pelo consulado ontem.",
        "Documentos: passaporte retido até ontem, recuperado pela polícia e lhe foi entregue hoje.",
    ],
)
def test_a_document_taken_then_replaced_or_handed_back_is_hers(text: str) -> None:
    assert docs(text) is True


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # replaced, then taken again: the later state is the holding
        ("Her passport was reissued in June, then the new boss confiscated her passport.", False),
        ("Son passeport a été refait en juin, puis le patron a confisqué son passeport.", False),
        # given back or replaced only as a wish
        ("Le quitaron el pasaporte, pide que sea reemplazado.", False),
        ("O patrão ficou com o passaporte, ela pede que seja devolvido.", False),
        ("The boss kept her passport and she wants it returned.", False),
        # kept after the other was made, in one breath: not clear
        (
            "Documentos: pasaporte recuperado por la policía, la cédula sigue retenida por la patrona.",
            None,
        ),
        # a replacement still to come
        ("Her passport was taken; she needs it replaced.", False),
        ("Le passeport a été confisqué, elle demande qu'il soit remplacé.", False),
        ("O passaporte foi confiscado, precisa de tirar um novo.", False),
        # someone else's document replaced
        ("Her passport is held by the boss. Her sister's passport was replaced last year.", False),
    ],
)
def test_a_document_held_last_or_only_to_be_replaced_is_not_hers(text: str, want: object) -> None:
    assert docs(text) is want


# ------------------------------------------- no place tonight: leaving, not knowing, no solution


@pytest.mark.parametrize(
    "text",
    [
        # having to leave where she is tonight
        "The trafficker found the flat, so she needs to move tonight.",
        "It is not safe there and she has to leave tonight.",
        "El dueño conoce la dirección, por lo que necesita salir de allí esta noche.",
        "No están seguras aquí y necesitan trasladarse esta noche.",
        "Elle doit quitter l'appartement ce soir, le patron connaît l'adresse.",
        "Tem de sair de casa hoje, o patrão sabe onde ela está.",
        # not knowing where she will sleep tonight
        "She does not know where she will sleep tonight.",
        "Walk-in. Says she doesnt know where she will sleep tonight.",
        "No sabe dónde va a dormir esta noche.",
        "Elle ne sait pas où elle va dormir ce soir.",
        "Não sabe onde vai dormir hoje.",
        # no solution for tonight
        "Son hébergement d'urgence prend fin ce matin et elle n'a aucune solution pour ce soir.",
        "Sin solución para esta noche, el albergue está lleno.",
        "Nenhuma solução para esta noite, pede-se vaga.",
    ],
)
def test_having_to_leave_or_nowhere_known_tonight_is_a_bed_needed(text: str) -> None:
    assert bed(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # someone else leaving or not knowing
        "Her husband has to leave tonight.",
        "El novio tiene que salir de la casa esta noche.",
        "The boss does not know where she will sleep tonight.",
        # a later day, or no night at all
        "She will need to move next week.",
        "Elle doit quitter l'appartement à la fin du mois.",
        "Ela precisa de sair do emprego.",
        # a past night
        "She did not know where she would sleep last night.",
        # negated
        "She does not need to move tonight.",
        # a solution for something else
        "Elle n'a pas de solution pour ses papiers ce soir.",
        "No solution yet for her documents.",
    ],
)
def test_someone_elses_a_later_or_past_leaving_is_no_bed_tonight(text: str) -> None:
    assert bed(text) is None


# ------------------------------------------- long-term housing: a lasting place, a requests label

HOUSING = "housing.needs_long_term_housing"


def housing(text: str) -> object:
    return extract(text).values.get(HOUSING)


@pytest.mark.parametrize(
    "text",
    [
        # a lasting place beside tonight's bed
        "She is with a volunteer tonight so she is ok for tonight, but needs a longer place.",
        "Puede quedarse esta noche con una familia, pero necesita algo estable.",
        "Elle dort chez une amie ce soir mais cherche quelque chose de stable.",
        "Fica hoje em casa da prima, mas precisa de algo estável.",
        "Precisa de uma solução de alojamento duradoura.",
        "Ela precisa de um sítio para viver.",
        # a requests label (plural) listing it
        "Usager : Tesfaye, 28 ans\nDemandes : logement pérenne, formation cariste",
        "Ficha: Cida, 50 anos\nDemandas: moradia definitiva; curso de cuidadora",
        "Usuaria: Rosa, 41 años\nSolicitudes: vivienda estable, curso de cocina",
    ],
)
def test_a_lasting_place_needed_is_long_term_housing(text: str) -> None:
    assert housing(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # someone else's, or tonight's bed only
        "Her son needs a lasting place.",
        "Usager : Tesfaye, 28 ans\nDemandes : hébergement ce soir, formation cariste",
        "Demandas: vaga esta noite",
        # a solution for something else
        "Necesita un trabajo estable y un curso de cocina.",
        # wanting to leave a flat is not wanting one
        "She wants to leave the apartment where she was kept.",
    ],
)
def test_tonights_bed_or_someone_elses_place_is_no_long_term_housing(text: str) -> None:
    assert housing(text) is None


# ------------------------------------------- children with her: where each is, a grown one

KIDS = "household.children_with_them"


def kids(text: str) -> object:
    return extract(text).values.get(KIDS)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # their ages before where they are: still elsewhere, and she came alone
        ("Her own two kids (9 and 12) are back in Cebu with her mother, she came here alone.", 0),
        ("Sus dos hijos (5 y 8) siguen en Olancho con la abuela, ella vino aquí sola.", 0),
        (
            "Ses deux enfants (4 et 7 ans) sont restés au Mali chez sa mère, elle est venue seule ici.",
            0,
        ),
        ("Os filhos (2 e 6) ficaram em Angola com a avó, ela veio sozinha.", 0),
        # a grown son or daughter beside her is no child with her
        ("La acompaña su hija de 20 años. La usuaria no tiene niños a su cargo.", 0),
        ("She came with her adult son. No children with her.", 0),
        # a child beside her stays counted
        ("Elle est avec son fils (3 ans).", 1),
        ("Vino con su hija de 5 años.", 1),
        ("Her two kids (9 and 12) are with her.", 2),
    ],
)
def test_children_with_her_by_where_each_is_and_their_age(text: str, want: int) -> None:
    assert kids(text) == want


@pytest.mark.parametrize(
    "text",
    [
        # only a grown son or daughter: nothing of children with her
        "She is with her daughter, 19.",
        "Elle est avec son fils (30 ans).",
        "Her son (30) came with her.",
        "Sa fille majeure l'accompagne.",
        "Veio com a filha adulta.",
        "Llegó con su hijo mayor de edad.",
        # children elsewhere, her coming alone not said
        "Her two kids (9 and 12) are back in Cebu with her mother.",
        "Os filhos (2 e 6) ficaram em Angola com a avó.",
    ],
)
def test_a_grown_child_or_children_elsewhere_state_no_count(text: str) -> None:
    assert kids(text) is None
