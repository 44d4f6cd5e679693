"""Round 6, her needs tonight: kinds of statement read by mechanism, in invented sentences
in en/es/fr/pt, with the readings that must not fire as many as those that must.

- an opinion with an infinitive ("pense être enceinte", "cree estar embarazada") is an
  opinion: offered, never applied;
- an injury that has healed ("old, healed", "cicatrisée") is no injury to describe, and no
  urgent need; care done by anyone ("we dressed it", "já fizemos o penso", "IV fluids
  given") leaves no urgent need, the injury still described;
- "treatment" as how a person is addressed ("pede tratamento neutro") is no medicine;
- no place at all with tonight in the clause ("ce soir je n'ai pas d'endroit") is a need;
- a question asking where, when or who is never answered by a bare "no" ("Onde dorme? -
  No barco.": on the boat);
- alone for the moment where she is kept ("la señora salió, estoy sola") and a child
  brought to the writer ("on nous a amené un petit garçon") say nothing of children with
  her; her own child brought ("nous a amené son fils") still counts.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer
from caseassist.intake.text import fold

PREGNANT = "household.pregnant"
INJURIES = "medical.injuries"
URGENT = "medical.urgent_need"
MEDICATION = "medical.needs_medication"
SHELTER = "shelter.needs_shelter_tonight"
CHILDREN = "household.children_with_them"


@pytest.mark.parametrize(
    "text",
    [
        "Elle pense être enceinte, pas de test fait.",
        "Elle croit être enceinte de deux mois.",
        "Ella cree estar embarazada.",
        "La usuaria piensa estar embarazada, no se ha hecho la prueba.",
        "Ela julga estar grávida.",
        "A utente acredita estar grávida de três meses.",
        "She is believed to be pregnant.",
        "She thinks she is pregnant.",
    ],
)
def test_an_opinion_of_pregnancy_is_offered_not_applied(text: str) -> None:
    got = extract(text)
    assert PREGNANT not in got.values
    assert got.offered().get(PREGNANT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Elle est enceinte de deux mois.",
        "Ella está embarazada.",
        "Ela está grávida de três meses.",
        "She is pregnant, about 20 weeks.",
    ],
)
def test_a_pregnancy_stated_plainly_is_still_applied(text: str) -> None:
    assert extract(text).values.get(PREGNANT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Il a une brûlure à l'avant-bras, ancienne, cicatrisée.",
        "Burn scar on her right forearm (old, healed).",
        "Tiene una quemadura en el brazo, ya cicatrizada.",
        "Tem um corte na perna, já sarou.",
        "Une coupure à la main, guérie depuis.",
        "A cut on his hand that has healed.",
    ],
)
def test_an_injury_that_has_healed_is_neither_described_nor_urgent(text: str) -> None:
    got = extract(text)
    assert INJURIES not in got.values
    assert URGENT not in got.values
    assert URGENT not in got.offered()


@pytest.mark.parametrize(
    "text",
    [
        "Il a une brûlure à l'avant-bras gauche.",
        "She has a cut on her hand, healing slowly.",
        "Tiene una quemadura en el brazo.",
        "Tem um corte na perna.",
    ],
)
def test_an_injury_not_healed_is_still_described(text: str) -> None:
    assert INJURIES in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Tem uma infeção num corte na mão, já fizemos o penso.",
        "Dehydrated on arrival, IV fluids given.",
        "Tiene una herida en el pie, le hicimos la curación.",
        "Une plaie à la jambe, on lui a fait un pansement.",
        "Deshidratada, se le puso suero.",
        "Déshydratée, mise sous perfusion.",
    ],
)
def test_care_done_by_anyone_states_no_urgent_need(text: str) -> None:
    assert URGENT not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Tem uma infeção num corte na mão.",
        "Dehydrated on arrival, needs fluids.",
        "Tiene una herida infectada en el pie.",
        "Elle est déshydratée.",
    ],
)
def test_the_same_symptom_without_care_still_states_or_offers_one(text: str) -> None:
    got = extract(text)
    assert got.values.get(URGENT) is True or got.offered().get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Kai pede tratamento neutro.",
        "Pede tratamento por você, não por senhora.",
        "Prefiere el tratamiento de usted.",
        "Pide tratamiento neutro y que la llamen Alex.",
    ],
)
def test_treatment_as_a_form_of_address_is_no_medicine(text: str) -> None:
    assert MEDICATION not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Precisa de tratamento para a diabetes.",
        "Pide tratamiento para la diabetes.",
        "Elle demande son traitement pour l'asthme.",
        "She asked for her treatment for epilepsy.",
    ],
)
def test_a_treatment_asked_for_is_still_a_medicine(text: str) -> None:
    assert extract(text).values.get(MEDICATION) is True


@pytest.mark.parametrize(
    "text",
    [
        "Ce soir je n'ai pas d'endroit.",
        "Ce soir elle n'a pas d'endroit où dormir.",
        "Tonight she has no place to stay.",
        "No tengo lugar para esta noche.",
        "Não tenho lugar para esta noite.",
    ],
)
def test_no_place_with_tonight_is_a_need(text: str) -> None:
    assert extract(text).values.get(SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Elle n'a pas d'endroit pour garer sa voiture.",
        "No tengo lugar para guardar mis cosas.",
        "There is no place for her bags.",
        "Não tem lugar para guardar as coisas.",
    ],
)
def test_no_place_without_tonight_is_no_clear_need(text: str) -> None:
    assert SHELTER not in extract(text).values


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("E onde está a dormir?", "No barco."),
        ("Onde dorme agora?", "No quarto da fábrica."),
        ("Where will she sleep tonight?", "No idea yet."),
        ("¿Dónde va a dormir hoy?", "No sé todavía."),
        ("Et où dort-elle ce soir ?", "Non, je ne sais pas."),
    ],
)
def test_a_question_asking_where_is_not_answered_by_a_bare_no(question: str, reply: str) -> None:
    got = interpret_answer(SHELTER, reply, question=question)
    assert got.values.get(SHELTER) is not False


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("Tem onde dormir esta noite?", "Não."),
        ("Do you have somewhere to sleep tonight?", "No."),
        ("¿Tiene dónde dormir esta noche?", "No."),
        ("Avez-vous un endroit où dormir ce soir ?", "Non."),
    ],
)
def test_a_yes_no_question_about_a_place_is_still_answered_by_a_no(
    question: str, reply: str
) -> None:
    assert interpret_answer(SHELTER, reply, question=question).values.get(SHELTER) is True


@pytest.mark.parametrize(
    "note",
    [
        "Abrigo: E onde está a dormir?\nUSF: No barco.",
        "Foyer : Où dort-il ?\nInfirmière : Non, pas encore de solution.",
    ],
)
def test_a_transcript_where_question_reply_gives_no_no(note: str) -> None:
    assert extract(note).values.get(SHELTER) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Sí, la señora salió, estoy sola. Pero regresa en la noche.",
        "She is alone, the boss went out.",
        "Ela está sozinha, o patrão saiu.",
        "Elle est seule, le patron est sorti.",
        "Estoy sola en la casa ahorita.",
    ],
)
def test_alone_for_the_moment_where_she_is_kept_says_nothing_of_children(text: str) -> None:
    assert CHILDREN not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Vino sola. Sus hijos están en Honduras.",
        "She came alone. Her son stayed in Lagos.",
        "Elle est venue seule. Ses enfants sont au Mali.",
        "Chegou sozinha. Os filhos ficaram em Angola.",
        "Está sola, sin hijos.",
    ],
)
def test_came_alone_is_still_no_children_with_her(text: str) -> None:
    # (stop 26: coming alone in a note that never speaks of children is left open, as the
    # blind labels leave it: tests/intake/test_people_false_readings.py)
    assert extract(text).values.get(CHILDREN) == 0


@pytest.mark.parametrize(
    "text",
    [
        "On nous a amené aujourd'hui un petit garçon de 11 ans qui mendiait au marché.",
        "They brought us a girl of 12 who was selling flowers.",
        "Nos trajeron a una niña de 12 años que vendía dulces.",
        "Trouxeram-nos uma menina de 12 anos que pedia na rua.",
    ],
)
def test_a_child_brought_to_the_writer_is_the_person_not_her_child(text: str) -> None:
    assert CHILDREN not in extract(text).values


@pytest.mark.parametrize(
    "text",
    [
        "Elle nous a amené son fils de 3 ans.",
        "Nos trajo a su hija de 4 años.",
        "She brought her daughter with her.",
        "Ela chegou com a filha de 2 anos.",
    ],
)
def test_her_own_child_brought_still_counts(text: str) -> None:
    assert extract(text).values.get(CHILDREN) == 1


@pytest.mark.parametrize(
    "note",
    [
        "Name: Ama\nInjuries: none\nFood: has eaten",
        "Nombre: Rosa\nLesiones: ninguna",
        "Nom : Awa\nBlessures : aucune",
        "Nome: Ana\nFerimentos: nenhum",
    ],
)
def test_an_injury_label_with_a_plain_none_is_no_urgent_need(note: str) -> None:
    got = extract(note)
    assert got.values.get(URGENT) is False
    assert INJURIES not in got.values


@pytest.mark.parametrize(
    "note",
    [
        # (a none seen or told is now a no, as "no visible injuries" is: stop 42)
        "Nome: Ana\nFerimentos: cortes nas mãos",
    ],
)
def test_an_injury_label_observed_or_reported_states_no_clear_no(note: str) -> None:
    assert extract(note).values.get(URGENT) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Her sister has nowhere to go tonight.",
        "Her son has no place tonight.",
        "Su hermana no tiene lugar esta noche.",
        "Sa cousine n'a pas d'endroit ce soir.",
    ],
)
def test_no_place_of_another_person_is_not_hers(text: str) -> None:
    assert SHELTER not in extract(text).values


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Trae herida en la mano izq. con el winche, suturada.", ["izq", "winche"]),
        ("Corte na mão esq. com a faca da fábrica.", ["esq", "faca"]),
        ("Herida en el pie dcho. por una caída en la obra.", ["dcho", "caida"]),
        ("Hematoma no braço esq. depois da queda.", ["esq", "queda"]),
        ("Deep cut on lt. hand, stitched at the clinic.", ["lt", "hand", "stitched"]),
        ("Plaie à la main dte. faite par la machine.", ["dte", "machine"]),
    ],
)
def test_a_side_abbreviated_in_shorthand_does_not_end_the_injury(
    text: str, words: list[str]
) -> None:
    got = fold(str(extract(text).values.get(INJURIES, "")))
    assert all(w in got for w in words)


@pytest.mark.parametrize(
    "text",
    [
        "Corte na mão. Com a faca não aconteceu nada.",
        "Herida en la mano. Con el patrón no quiere hablar.",
        "Cut on her hand. From the press she saw nothing.",
        "Plaie à la main. Par la suite elle veut partir.",
    ],
)
def test_a_plain_full_stop_still_ends_the_injury(text: str) -> None:
    got = fold(str(extract(text).values.get(INJURIES, "")))
    assert got and not {"faca", "patron", "press", "suite"} & set(got.split())


MED_Q = "Do you take any medication every day?"


@pytest.mark.parametrize(
    "answer",
    [
        "Quem toma é a minha filha, tem asma, usa a bombinha e a bombinha já acabou.",
        "Mi hija tiene asma, usa el inhalador y se le acabó ayer.",
        "Ma fille a de l'asthme, elle a un inhalateur, il est fini depuis hier.",
        "My daughter has asthma, uses an inhaler, and it ran out.",
    ],
)
def test_a_topic_carried_over_clauses_with_no_subject_is_still_the_other_persons(
    answer: str,
) -> None:
    got = interpret_answer(MEDICATION, answer, question=MED_Q)
    assert got.values.get(MEDICATION) is not True


@pytest.mark.parametrize(
    "answer",
    [
        "Tengo asma, uso el inhalador y se me acabó ayer.",
        "Fiquei sem a bombinha.",
        "J'ai de l'asthme et je n'ai plus mon inhalateur.",
        "I have asthma and my inhaler ran out.",
        "Mi hija está bien, tengo asma y se me acabó el inhalador.",
    ],
)
def test_her_own_medicine_run_out_is_a_need(answer: str) -> None:
    assert interpret_answer(MEDICATION, answer, question=MED_Q).values.get(MEDICATION) is True


@pytest.mark.parametrize(
    "answer",
    [
        "Eu não tomo nada. Quem toma é a minha filha.",
        "Yo no tomo ningún medicamento.",
        "Je ne prends aucun médicament.",
        "I am not taking any medication.",
    ],
)
def test_she_takes_nothing_in_her_own_words_is_a_no(answer: str) -> None:
    assert interpret_answer(MEDICATION, answer, question=MED_Q).values.get(MEDICATION) is False


@pytest.mark.parametrize(
    "answer",
    [
        "Je ne prends rien, sauf mon insuline.",
        "Minha filha não toma nada.",
        "Mi hijo no toma nada, pero yo tomo metformina.",
        "She doesn't take anything, I take my insulin.",
    ],
)
def test_nothing_taken_with_an_exception_or_by_someone_else_is_no_no(answer: str) -> None:
    assert interpret_answer(MEDICATION, answer, question=MED_Q).values.get(MEDICATION) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Alojamiento: sí, necesita plaza esta misma noche.",
        "Precisamos de lugar pra ela hoje mesmo.",
        "She needs a family room tonight.",
        "We need a room for her this very night.",
        "Elle a besoin d'une place ce soir même.",
        "Necesita una habitación familiar hoy por la noche.",
    ],
)
def test_tonight_with_an_intensifier_and_a_room_are_read(text: str) -> None:
    assert extract(text).values.get(SHELTER) is True


@pytest.mark.parametrize(
    "text",
    [
        "Her sister needs a family room tonight.",
        "Su hermana necesita plaza esta misma noche.",
        "She has a family room tonight at her cousin's, so no bed needed.",
        "Sa cousine a besoin d'une place ce soir même.",
        "O irmão dela precisa de lugar hoje mesmo.",
    ],
)
def test_the_same_need_of_someone_else_or_met_is_not_hers(text: str) -> None:
    assert extract(text).values.get(SHELTER) is not True


@pytest.mark.parametrize(
    "text",
    [
        "He has a cut on his foot that is infected, GP appointment tomorrow, not an emergency.",
        "He has a cut on his foot, GP apointment tomorow, not an emergancy.",
        "No es emergencia lo de la tos.",
        "Tiene fiebre alta, no es emergencia.",
        "Elle a mal au dos, ce n'est pas une urgence.",
        "Tem tosse, não é emergência.",
        "Tem uma ferida na perna, não é urgente.",
    ],
)
def test_not_an_emergency_beside_a_symptom_is_no_urgent_need(text: str) -> None:
    assert extract(text).values.get(URGENT) is False


@pytest.mark.parametrize(
    "text",
    [
        "She does not want the police, not an emergency for her.",
        "No es emergencia lo de los papeles.",
        "Ce n'est pas une urgence pour le logement.",
        "Não é urgente tratar dos documentos.",
        "Elle a mal au dos.",
    ],
)
def test_not_an_emergency_without_a_health_word_states_no_clear_no(text: str) -> None:
    assert extract(text).values.get(URGENT) is not False


@pytest.mark.parametrize(
    "text",
    [
        "Tiene un golpe en el brazo que le duele mucho, creemos que tiene que verla un doctor.",
        "She has a deep cut, still bleeding, we think she should see a doctor.",
        "Elle a une plaie qui saigne encore, nous pensons qu'elle doit voir un médecin.",
        "Tem uma ferida que ainda sangra, achamos que precisa de médico.",
    ],
)
def test_the_referrers_opinion_keeps_an_urgent_need_offered(text: str) -> None:
    got = extract(text)
    assert URGENT not in got.values
    assert got.offered().get(URGENT) is True


@pytest.mark.parametrize(
    "text",
    [
        "Tiene un golpe en el brazo que le duele mucho.",
        "She has a deep cut, still bleeding.",
        "Tem uma ferida que ainda sangra.",
        "She needs a doctor.",
    ],
)
def test_the_same_without_an_opinion_is_clear(text: str) -> None:
    assert extract(text).values.get(URGENT) is True


def test_her_own_opinion_of_a_break_does_not_hide_her_clear_pain() -> None:
    got = interpret_answer(
        URGENT,
        "Sí, me duele mucho el brazo, creo que está roto, no lo puedo mover.",
        question="¿Necesita atención médica ahora mismo?",
    )
    assert got.values.get(URGENT) is True
