"""Safety facts read by the kind of statement, not its phrasing: "followed" as in care
("suivie par une assistante sociale") is no danger, while "followed" by a person still is.
Every sentence here is invented for the test, in several languages and forms."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import DANGER, KNOWS, POLICE, reads
from tests.intake.reading import clear_values as values

# ------------------------------------------------- "followed" in care, wanted, threatened with


@pytest.mark.parametrize(
    "text",
    [
        "Il est suivi par une autre structure.",
        "Elle est suivie par une assistante sociale depuis mars.",
        "Elle est suivie en psychiatrie.",
        "Ils sont suivis par le CCAS.",
        "Elle est suivie au CMP.",
        "Il est suivi médicalement.",
        "Elle est recherchée par la police.",
        "Elle est menacée d'expulsion.",
        "She is being followed up by the GP.",
        "She is being followed by a caseworker at the council.",
        "La siguen atendiendo en el centro de salud.",
        "La siguen viendo en psicología.",
        "Lo siguen en el centro de salud mental.",
        "Ela está a ser seguida pela psicóloga.",
        "Ela está sendo seguida no CAPS.",
    ],
)
def test_followed_in_care_wanted_or_threatened_with_eviction_is_no_danger(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Elle est suivie par un homme depuis hier.",
        "Elle est suivie.",
        "Elle est menacée par son ancien patron.",
        "Elle est menacée de mort.",
        "Elle est recherchée par le réseau.",
        "She is being followed by a man in a car.",
        "La siguen desde la estación.",
        "La siguen buscando.",
        "Ela está a ser seguida por um homem.",
        "Está a ser seguida.",
    ],
)
def test_followed_or_hunted_by_a_person_is_still_danger(text):
    assert values(text)[DANGER] is True


# ------------------------------------------------ "he" again, the place by its kind, the man


@pytest.mark.parametrize(
    "text",
    [
        "Il va revenir, il sait où je suis.",
        "He will come back, he knows where I am.",
        "Él va a volver, él sabe dónde vivo.",
        "Ele vai voltar, ele sabe onde eu estou.",
    ],
)
def test_the_same_he_twice_in_her_own_words_is_the_knower(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "She is scared, he knows where I live.",
        "Elle a peur, il sait où je suis.",
    ],
)
def test_where_i_live_beside_she_is_the_writer_not_her(text):
    assert KNOWS not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le tenancier connaît le quartier où elle loge.",
        "The pimp knows the street where she lives.",
        "El patrón conoce el barrio donde vive.",
        "O patrão conhece o bairro onde ela mora.",
        "O homem sabe que ela está no hospital.",
        "L'homme sait où elle dort.",
        "El tipo sabe dónde vive.",
        "The man knows she is at the shelter.",
    ],
)
def test_someone_from_that_life_knowing_the_place_she_stays(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Sa mère connaît le quartier où elle loge.",
        "Her sister knows the area where she lives.",
        "A mãe sabe que ela está no hospital.",
        "Il connaît la ville où elle est née.",
        "La señora sabe dónde vive su hija.",
    ],
)
def test_family_knowing_or_a_birthplace_is_not_the_exploiters_knowing(text):
    assert KNOWS not in values(text)


# ------------------------------------- working with the authorities, the complaint going on


@pytest.mark.parametrize(
    "text",
    [
        "Manifiesta que sí desea colaborar con la Fiscalía.",
        "Sí quiere que siga la denuncia.",
        "She wants to cooperate with the prosecutor.",
        "She wants to work with the police.",
        "Elle souhaite collaborer avec la police.",
        "Quer colaborar com o Ministério Público.",
    ],
)
def test_a_wish_to_work_with_the_authorities_or_keep_the_complaint_going(text):
    assert values(text)[POLICE] == "yes"


@pytest.mark.parametrize(
    "text",
    ["No desea colaborar con la Fiscalía.", "Elle ne veut pas coopérer avec la police."],
)
def test_refusing_to_work_with_the_authorities_is_a_no(text):
    assert values(text)[POLICE] == "no"


@pytest.mark.parametrize(
    "text", ["She wants to help the nurse.", "Quiere ayudar a su madre.", "Veut aider sa soeur."]
)
def test_helping_someone_else_is_no_police_wish(text):
    assert POLICE not in values(text)


# ----------------------------------------------- "out of danger" said of her body is no safety


@pytest.mark.parametrize(
    "text",
    [
        "Paciente estable, fuera de peligro.",
        "La paciente ya está fuera de peligro tras la operación.",
        "Patient stable and out of danger after surgery.",
        "She is out of danger medically.",
        "Patiente stable, hors de danger.",
        "Elle est hors de danger, constantes normales.",
        "Paciente estável, fora de perigo.",
        "Está fora de perigo depois da cirurgia.",
    ],
)
def test_out_of_danger_said_of_her_body_says_nothing_of_safety(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She is now out of danger.", False),
        ("Está fuera de peligro, en casa de su tía.", False),
        ("Elle est désormais hors de danger.", False),
        ("Está fora de perigo agora.", False),
        ("She is not out of danger yet.", True),
        ("No está todavía fuera de peligro.", True),
        ("Elle n'est pas encore hors de danger.", True),
    ],
)
def test_out_of_danger_said_of_her_safety(text, value):
    assert values(text)[DANGER] is value


# ------------------------------------------- whose place: his place, or a place she has left


@pytest.mark.parametrize(
    "text",
    [
        "Elle sait où il habite.",
        "Elle sait où il dort.",
        "She knows where he lives.",
        "Ella sabe dónde vive él.",
        "Ela sabe onde ele mora.",
    ],
)
def test_her_knowing_his_place_is_not_his_knowing_hers(text):
    assert KNOWS not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The boss came to the door of the restaurant every night when she worked there.",
        "Back then the recruiter came to the hostel every week.",
        "El patrón vino a la puerta de la casa cuando ella vivía allí.",
        "Le patron est venu devant la maison à l'époque.",
        "O patrão veio à porta da casa quando ela morava lá.",
    ],
)
def test_someone_at_the_door_of_a_place_she_has_left_knows_nothing_now(text):
    assert KNOWS not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Il sait où j'habite, dit-elle.",
        "Le patron sait où elle habite.",
        "The boss came to the shelter door last night.",
        "El patrón vino a la puerta del albergue ayer.",
        "O patrão veio à porta do abrigo ontem.",
    ],
)
def test_her_place_known_now_is_still_read(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows where her passport is.",
        "No one knows where her daughter is.",
        "Nobody knows where she keeps the money.",
        "Nadie sabe dónde está su hijo.",
        "Personne ne sait où est sa fille.",
        "Ninguém sabe onde está o filho dela.",
    ],
)
def test_nobody_knowing_where_something_else_is_says_nothing_of_her_place(text):
    assert KNOWS not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows where she is staying.",
        "No one knows where I am.",
        "Nadie sabe dónde vive.",
        "Personne ne sait où elle habite.",
        "Ninguém sabe onde ela está.",
        "Aquí nadie sabe que estoy.",
    ],
)
def test_nobody_knowing_where_she_is_is_a_no(text):
    assert values(text)[KNOWS] == "no"


# ----------------------------------------- the police as where something is, not what she wants


@pytest.mark.parametrize(
    "text",
    [
        "She wants the police to give back her passport.",
        "Quiere que la policía le devuelva el pasaporte.",
        "Elle veut que la police lui rende son passeport.",
        "Quer que a polícia lhe devolva o passaporte.",
    ],
)
def test_wanting_something_back_from_the_police_is_no_police_wish(text):
    assert POLICE not in values(text)


# ------------------------------------------ a hedged reply in a transcript is no clear answer


@pytest.mark.parametrize(
    "text",
    [
        "Operadora: ¿Está usted a salvo ahora?\nUsuaria: Sí, creo que sí. Hay gente aquí.",
        "Worker: Are you safe right now?\nCaller: Yes, I think so.",
        "Worker: Are you in danger now?\nCaller: No, I don't think so.",
        "Intervenante : Vous êtes en sécurité ?\nAppelante : Oui, je crois.",
        "Técnica: Está em segurança agora?\nUtente: Sim, acho que sim.",
        "Técnica: Corre perigo agora?\nUtente: Não, acho que não.",
    ],
)
def test_a_hedged_yes_or_no_to_danger_is_offered_not_applied(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Worker: Are you safe right now?\nCaller: Yes.", False),
        ("Operadora: ¿Corre peligro ahora?\nUsuaria: Sí.", True),
        ("Intervenante : Vous êtes en sécurité ?\nAppelante : Oui.", False),
    ],
)
def test_a_plain_yes_or_no_to_danger_is_still_read(text, value):
    assert values(text)[DANGER] is value


# ------------------------------- the writer unsure of a past fact is not her being undecided


@pytest.mark.parametrize(
    "text",
    [
        "Not sure if the police were involved before.",
        "Unsure whether the police were called.",
        "No está claro si la policía intervino.",
        "On ne sait pas trop si la police est intervenue.",
        "Não se sabe bem se a polícia interveio.",
    ],
)
def test_not_sure_whether_the_police_were_involved_is_no_wish(text):
    assert POLICE not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "She may have given a statement in Spain, not sure.",
        "Quizás ya puso una denuncia, no está claro.",
    ],
)
def test_a_report_she_may_have_made_is_offered_not_undecided(text):
    got = extract(text)
    assert POLICE not in got.values and got.offered()[POLICE] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Unsure about involving the police.",
        "Indecisa sobre la denuncia.",
        "Hésite à porter plainte.",
        "Ainda não decidiu sobre a queixa.",
    ],
)
def test_her_own_hesitation_is_still_undecided(text):
    assert values(text)[POLICE] == "undecided"


# --------------------------------------- interest in the police, its siblings and misspellings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("not intrested in police at all.", "no"),
        ("Not interested in pressing charges.", "no"),
        ("No tiene interés en ir a la policía.", "no"),
        ("Está interesada en denunciar.", "yes"),
        ("N'est pas intéressée par une plainte.", "no"),
        ("Não tem interesse em apresentar queixa.", "no"),
        ("Tem interesse em apresentar queixa.", "yes"),
        ("She says she wants the polise involved.", "yes"),
    ],
)
def test_interest_in_the_police_is_a_wish(text, value):
    assert values(text)[POLICE] == value


def test_someone_elses_interest_in_the_police_is_not_hers():
    assert POLICE not in values("Her sister is interested in going to the police.")


# ------------------------------- a form label that names its fact, left unanswered or pending

LEGAL = "legal.wants_legal_help"
IMMIGRATION = "legal.immigration_concern"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Wants police: ?", POLICE),
        ("Wants police: -", POLICE),
        ("Wants police:", POLICE),
        ("Wants police: to be discussed", POLICE),
        ("Wants to report: TBD", POLICE),
        ("Quiere denunciar: por definir", POLICE),
        ("Desea denunciar: a conversar", POLICE),
        ("Souhaite porter plainte : ?", POLICE),
        ("Souhaite porter plainte : à discuter", POLICE),
        ("Quer apresentar queixa: a definir", POLICE),
        ("Quer fazer queixa: —", POLICE),
        ("In danger: ?", DANGER),
        ("In danger: to be assessed", DANGER),
        ("Immediate danger: not evaluated", DANGER),
        ("En peligro: a valorar", DANGER),
        ("Peligro inmediato: no evaluado", DANGER),
        ("En danger : à évaluer", DANGER),
        ("Danger immédiat : non évalué", DANGER),
        ("Em perigo: a avaliar", DANGER),
        ("Perigo imediato: não avaliado", DANGER),
        ("Trafficker knows where she is: ?", KNOWS),
        ("Trafficker knows where she is: to be explored", KNOWS),
        ("El tratante sabe dónde vive: por explorar", KNOWS),
        ("Le réseau sait où elle est : à explorer", KNOWS),
        ("Needs lawyer: ?", LEGAL),
        ("Quiere abogado: -", LEGAL),
        ("Souhaite un avocat : à voir", LEGAL),
        ("Immigration concern: ?", IMMIGRATION),
        ("Medo de deportação: a avaliar", IMMIGRATION),
    ],
)
def test_a_label_that_states_its_fact_unanswered_or_pending_sets_nothing(text, fact):
    assert fact not in values(text)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Wants police: no", POLICE, "no"),
        ("Wants police: yes", POLICE, "yes"),
        ("Quiere denunciar: sí", POLICE, "yes"),
        ("Souhaite porter plainte : non", POLICE, "no"),
        ("In danger: no", DANGER, False),
        ("Em perigo: sim", DANGER, True),
        ("Denuncia: todavía no lo tiene claro", POLICE, "undecided"),
    ],
)
def test_a_label_that_states_its_fact_answered_is_read(text, fact, value):
    assert values(text)[fact] == value


# ---------------------------------- who knows: a topic is not the knower; a bystander is unsure


@pytest.mark.parametrize(
    "text",
    [
        "Sobre la patrona, dice que no sabe dónde está ahora.",
        "Acerca del patrón, dice que no sabe dónde vive.",
        "En cuanto al tratante, no sabe dónde está.",
        "Quanto ao patrão, diz que não sabe onde está.",
        "Respecto al explotador, cuenta que no sabe dónde vive.",
    ],
)
def test_the_person_a_sentence_is_about_is_not_who_knows(text):
    assert KNOWS not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "The landlord knows where she is.",
        "The neighbour knows where she lives.",
        "La vecina sabe dónde vive.",
        "Le voisin sait où elle habite.",
        "O vizinho sabe onde ela mora.",
    ],
)
def test_a_bystander_knowing_where_she_is_is_only_offered(text):
    got = extract(text)
    assert KNOWS not in got.values and got.offered().get(KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Le loverboy sait où elle dort.",
        "Her loverboy knows where she sleeps.",
        "La empleadora sabe dónde vive.",
        "El contratista sabe dónde duerme.",
        "O capitão sabe onde ele dorme.",
        "Les proxénètes savent où elle habite.",
    ],
)
def test_someone_from_that_life_named_by_any_word_knows(text):
    assert values(text)[KNOWS] == "yes"


# ------------------------------ knowing that she is at a place, with us, or came to one


@pytest.mark.parametrize(
    "text",
    [
        "El patrón sabe que está con nosotros.",
        "El tipo sabe que ella está en el cuartel.",
        "Diz q capitão sabe q está no hospital.",
        "O patrão sabe que ela está connosco.",
        "O homem sabe que ele fica por ali.",
        "El tratante sabe que vino al albergue.",
        "The trafficker knows that she is staying with us.",
        "The boss knows she came to the shelter.",
        "The pimp knows she is at the consulate.",
        "Le patron sait qu'elle est chez nous.",
        "Le réseau sait qu'elle est à l'hôpital.",
    ],
)
def test_knowing_she_is_at_a_place_or_with_us(text):
    assert values(text)[KNOWS] == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "El patrón sabe que está en peligro.",
        "El patrón sabe que está en tratamiento.",
        "El patrón sabe que está embarazada.",
        "O patrão sabe que ela está em tratamento.",
        "O patrão sabe que ela está doente.",
        "Le patron sait qu'elle est malade.",
        "The boss knows she went to the police.",
        "El patrón sabe que fue a la policía.",
        "Her sister knows she is with us.",
        "La policía sabe que está en el albergue.",
        "El patrón sabía que estaba en el albergue.",
    ],
)
def test_knowing_her_state_or_a_safe_person_knowing_is_not_her_place_known(text):
    assert KNOWS not in values(text)


# ------------------------------------- an opinion denied is an opinion of the opposite, offered


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("He doesn't think the bosses know he is with us.", KNOWS, "no"),
        ("She does not believe the trafficker knows where she lives.", KNOWS, "no"),
        ("No cree que el patrón sepa dónde vive.", KNOWS, "no"),
        ("Elle ne pense pas que le réseau sait où elle habite.", KNOWS, "no"),
        ("She does not think she is in danger.", DANGER, False),
        ("She thinks the trafficker knows where she lives.", KNOWS, "yes"),
    ],
)
def test_an_opinion_is_offered_and_a_denied_one_is_its_opposite(text, fact, value):
    got = extract(text)
    assert fact not in got.values and got.offered().get(fact) == value


# ------------------ danger: safe to talk, in danger of something, a past feeling, a category


@pytest.mark.parametrize(
    "text",
    [
        "Oui, je suis en sécurité pour parler.",
        "Est-ce que vous êtes en sécurité pour parler ? Oui, je suis dans le champ.",
        "¿Está segura para hablar ahora? Sí, estoy sola.",
        "¿Es seguro hablar ahora? Sí.",
        "Pode falar em segurança? Sim, estou sozinha.",
        "Are you safe to talk right now? Yes, I'm alone.",
        "Me siento segura para hablar.",
        "Estou segura para falar.",
    ],
)
def test_safe_to_talk_is_not_about_danger(text):
    got = extract(text)
    assert DANGER not in got.values


@pytest.mark.parametrize(
    "text",
    [
        "She is in danger of being evicted.",
        "She is in danger of relapse.",
        "Elle est en danger de rechute.",
        "Está en peligro de exclusión.",
        "Corre peligro de perder la visa.",
        "Está em perigo de perder o emprego.",
    ],
)
def test_in_danger_of_something_is_not_danger_now(text):
    assert DANGER not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "She is in danger of death.",
        "Elle est en danger de mort.",
        "Está en peligro de muerte.",
        "Está em perigo de vida.",
        "Corre perigo de morte.",
        "Elle est en danger.",
        "La jeune est en danger.",
    ],
)
def test_in_danger_of_her_life_or_plainly_is_danger(text):
    assert values(text)[DANGER] is True


@pytest.mark.parametrize(
    "text",
    [
        "She felt unsafe at the farm.",
        "She felt very unsafe with them.",
        "Objet : élève en danger - information préoccupante transmise",
        "Mineur en danger.",
        "Signalement : enfants en danger",
    ],
)
def test_a_past_feeling_or_a_protection_category_is_offered(text):
    got = extract(text)
    assert DANGER not in got.values and got.offered().get(DANGER) is True


# --------------------- the police for another matter; cooperating, charges, statements given


@pytest.mark.parametrize(
    "text",
    [
        "She wants to report her lost passport.",
        "Quiere denunciar la pérdida de su pasaporte.",
        "Quer fazer queixa da perda do passaporte.",
        "Elle veut déclarer la perte de son passeport au commissariat.",
        "She wants to get a police clearance certificate.",
        "Her employer is cooperating with the police.",
        "The employer wants charges against her.",
    ],
)
def test_the_police_for_another_matter_or_person_is_no_wish(text):
    assert POLICE not in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pas de police il dit", "no"),
        ("No police she says", "no"),
        ("Nada de policía dice ella.", "no"),
        ("Já prestou declarações.", "yes"),
        ("Prestou declarações na esquadra.", "yes"),
        ("Elle a été auditionnée par la police hier.", "yes"),
        ("She is cooperating with the police investigation.", "yes"),
        ("Está colaborando con la policía.", "yes"),
        ("Elle collabore avec les enquêteurs.", "yes"),
        ("Está a colaborar com a polícia.", "yes"),
        ("She does not want charges against her nephew.", "no"),
        ("She wants charges brought against him.", "yes"),
        ("Quiere presentar cargos contra el patrón.", "yes"),
        ("Elle veut des poursuites contre lui.", "yes"),
        ("Quer apresentar queixa contra o patrão.", "yes"),
        ("Sobre la policía dice que sí quiere poner la denuncia.", "yes"),
        ("Quant à la police, elle veut porter plainte.", "yes"),
        ("Sobre a polícia, diz que quer apresentar queixa.", "yes"),
    ],
)
def test_a_police_wish_said_by_cooperating_charges_a_statement_or_after_its_topic(text, value):
    assert values(text)[POLICE] == value


# ---------------------- legal help: asked to find her a lawyer; an accented "sí" is a yes


@pytest.mark.parametrize(
    "text",
    [
        "Can you find her a lawyer?",
        "Could you help her find a lawyer?",
        "¿Le pueden conseguir un abogado?",
        "Pouvez-vous lui trouver un avocat ?",
        "Podem arranjar-lhe um advogado?",
    ],
)
def test_asking_for_a_lawyer_for_her_is_an_offered_wish(text):
    assert reads(text, LEGAL) in (True, "possible")


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Sí quiere un abogado que le explique su situación, porque no tiene papeles.",
            LEGAL,
            True,
        ),
        ("Sí quiere denunciar, tiene todas las pruebas.", POLICE, "yes"),
    ],
)
def test_an_accented_yes_opening_a_clause_is_no_condition(text, fact, value):
    assert values(text)[fact] == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Si quiere un abogado, se lo buscamos.", LEGAL),
        ("Si quiere denunciar, la acompañamos.", POLICE),
        ("We could not find a lawyer for her.", LEGAL),
    ],
)
def test_a_condition_or_our_own_search_is_no_wish(text, fact):
    assert fact not in values(text)


# ---------------------------------- immigration: a status since put right, "no visa issues"


@pytest.mark.parametrize(
    "text",
    [
        "She has no visa issues.",
        "She used to be undocumented but now has a residence permit.",
        "Her work visa expired but she renewed it.",
        "Su visa venció pero la renovó.",
        "Estaba indocumentada, ya tiene papeles.",
        "Era indocumentada, já regularizou.",
    ],
)
def test_a_status_put_right_or_no_visa_problem_is_no_concern(text):
    assert IMMIGRATION not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her visa expired last year.",
        "Sem visto, tem medo de ser deportada.",
    ],
)
def test_a_status_problem_now_is_still_a_concern(text):
    assert values(text)[IMMIGRATION] is True


# a status stated alone is not a fear (stop 27): offered, never applied
@pytest.mark.parametrize(
    "text", ["She is undocumented.", "Está indocumentada y ya no quiere volver.", "No visa."]
)
def test_a_status_stated_alone_is_no_clear_concern(text):
    assert IMMIGRATION not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pero él sabe que vine al consulado, me vio entrar.",
        "Él sabe que llegué al albergue.",
    ],
)
def test_in_her_own_words_he_knows_the_place_she_came_to(text):
    assert values(text)[KNOWS] == "yes"
