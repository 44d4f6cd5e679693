"""Tonight's needs and health: a bed tonight, an urgent medical need, medication,
counselling, food now, injuries and a safe contact, read by the kind of statement
rather than by one phrasing.

One table a fact, its rows grouped by kind (a transcript's question and its reply, a
place for now, a form line, shorthand, no accents, typos; another person's need, a
denial, a later day), each kind beside its opposite and its distractors. Invented
sentences in en/es/fr/pt; none is taken from the corpus. What each row asks for is
a clear value or one of the expectations of `tests.intake.expect`.
"""

from __future__ import annotations

from tests.intake.expect import (
    CLEAR,
    NOT_CLEAR,
    NOT_NO,
    NOT_YES,
    OFFERED,
    OFFERED_YES,
    SILENT,
    check,
    each,
    holding,
    table,
)

SHELTER_CASES = [
    # a transcript's no to having a place to sleep is a need for a bed...
    *each(
        True,
        "Worker: Does she have a place to sleep tonight?\nFriend: No.",
        "Staff: Is there somewhere he can stay tonight?\nCaller: no",
        "Écoutante : Vous avez un endroit pour dormir cette nuit si vous partez ?\n"
        "Appelante : Non, rien.",
        "Permanence : Elle a où dormir ?\nVoisine : Non.",
        "Q: ¿Tiene dónde dormir esta noche?\nR: No.",
        "Trabajadora: ¿Tienen algún sitio para pasar la noche?\nMadre: No, ninguno.",
        "P: Tem onde dormir hoje?\nR: Não tenho.",
        "Técnica: Ela tem algum lugar para ficar?\nAmiga: Não.",
    ),
    # ...and a yes is none
    *each(
        False,
        "Worker: Does she have a place to sleep tonight?\nFriend: Yes, with her aunt.",
        "Q: ¿Tiene dónde dormir esta noche?\nR: Sí, en casa de una amiga.",
        "Permanence : Il a un endroit pour dormir ?\nImam : Oui.",
        "P: Tem onde ficar esta noite?\nR: Sim.",
    ),
    # a question about needing a place is not turned round
    ("Worker: Does she need a place to sleep tonight?\nCaller: yes", True),
    ("Worker: Does she need a place to sleep tonight?\nCaller: no", False),
    # not knowing where she will sleep settles nothing
    ("Worker: Where will she sleep tonight?\nCaller: I don't know.", NOT_CLEAR),
    # a place for now, whoever gives it, a hotel or a shelter, is no need tonight
    *each(
        False,
        "Shelter tonight: staying with Sister Amina",
        "Tonight she is staying with Mrs Okafor from the parish.",
        "Esta noche está durmiendo en la casa de la hermana Dilcia.",
        "Hoy se queda con doña Elvira, la vecina.",
        "Ce soir elle reste chez Mme Diallo.",
        "Hébergement ce soir : dort chez Fatou, une voisine",
        "Hoje fica em casa da Dona Rosa.",
        "He has a bed there for now.",
        "She has a room at the hostel for tonight.",
        "She can stay here until Friday.",
        "He can sleep at the mosque until Monday.",
        "Aquí pueden dormir hasta el jueves.",
        "Elle peut dormir au foyer jusqu'à lundi.",
        "Pode ficar aqui até sexta.",
        "She is safe now, in a hotel the consulate pays until Monday.",
        "He is at the shelter in Leeds already.",
        "Está en un albergue de la red desde ayer.",
        "Il est au foyer depuis une semaine.",
        "Ela está num abrigo da rede.",
        "She has a place for now.",
    ),
    # ...and so is a relative's or a friend's place tonight
    *each(
        False,
        "Tonight she is at her aunt's place.",
        "Esta noche se queda en casa de su tía.",
        "je suis chez ma grand-mère ce soir",
        "Está em casa da tia esta noite.",
        "tonite my freind lets me stay",
        "A friend is putting her up tonight.",
        "Una amiga la deja quedarse esta noche.",
    ),
    # ...but with no "tonight" someone's place is no clear answer either way
    *each(
        NOT_CLEAR,
        "I'm at my cousin's place and I feel safe.",
        "Ahora está con un amigo en Omaha.",
        "Estou em casa de uma amiga em Faro.",
        "Elle fait le ménage chez la famille qui l'héberge.",
        "Su hija todavía está con una amiga en Lagos.",
    ),
    # staying with the one who held her, or a stay denied, is no place
    *each(
        NOT_NO,
        "Shelter tonight: staying with the trafficker",
        "Tonight she is staying with her employer.",
        "Esta noche se queda con el patrón.",
        "Ce soir elle reste chez son patron.",
        "She cannot stay here until Friday.",
        "She cannot leave tonight, he watches the door.",
    ),
    # not wanting to leave tonight is no need for a bed
    *each(
        False,
        "He does not want to leave tonight, his cousin is there with him.",
        "No quiere salir de allí esta noche, teme perder su cama.",
        "Elle ne veut pas partir ce soir, sa soeur est avec elle.",
        "Não quer sair de lá hoje, o irmão está com ele.",
    ),
    # a need for tonight negated is a no
    *each(
        False,
        "He does not need a bed tonight.",
        "Client doesnt need a place tonight, staying w/ cousin",
        "No necesita alojamiento esta noche.",
        "Elle n'a pas besoin d'hébergement ce soir.",
        "Não precisa de abrigo esta noite.",
    ),
    # a needs label listing a bed tonight, shorthand, tonight in the next clause
    *each(
        True,
        "Needs: bed tonight, food",
        "Immediate needs: emergency accommodation tonight",
        "Necesidades: alojamiento esta noche, ropa",
        "Besoins : hébergement ce soir, repas",
        "- besoins exprimés : un lit pour cette nuit",
        "Necessidades: alojamento esta noite",
        "Besoin hébergt CE SOIR.",
        "Besoin hbgt urgent.",
        "Needs emerg accom tonight.",
        "Necesita alojam para esta noche",
        "Precisa alojam hoje",
        "Requiere alojamiento temporal, incl. esta noche.",
        "Needs a bed, tonight if possible.",
        "Besoin d'un hébergement, dès ce soir.",
        "Precisa de alojamento, ainda hoje mesmo.",
    ),
    ("Pas besoin d'hébergt ce soir.", False),
    # a need set on a later day, a need to come, or no tonight: not tonight's
    *each(
        NOT_YES,
        "She will be discharged tomorrow and will need somewhere to stay from then.",
        "Tem alta amanhã e não tem para onde ir.",
        "Elle sort demain et n'aura nulle part où dormir.",
        "Sale del hospital pasado mañana y necesita alojamiento.",
        "Leaves the ward tmrw, needs a bed",
        "She's in care tonight, so no shelter needed tonight, but will need placement.",
        "Needs accommodation.",
        "Needs accommodation at some point, nothing urgent.",
    ),
    # ...unless tonight is named too
    *each(
        True,
        "Discharged tomorrow but has nowhere to sleep tonight.",
        "Mañana sale, y esta noche no tiene dónde dormir.",
    ),
    # nowhere to go alone is only offered for tonight...
    *each(
        OFFERED_YES,
        "She has nowhere to go.",
        "He says he has no place to go, he wants a flat of his own.",
        "Dice que no tiene a dónde ir.",
        "No tienen adonde ir, buscan vivienda estable.",
        "Il n'a nulle part où aller.",
        "Elle n'a pas où aller depuis qu'elle a quitté la famille.",
        "Não tem para onde ir, precisa de casa definitiva.",
        "Nao tem onde ir.",
    ),
    # ...and so is no address alone
    ("Client gave no address.", OFFERED),
    # nowhere to go tonight, nowhere to sleep, no fixed abode, being homeless: a need
    *each(
        True,
        "She has nowhere to go tonight.",
        "No tiene a dónde ir esta noche.",
        "Il n'a nulle part où aller ce soir.",
        "Não tem para onde ir hoje à noite.",
        "Nowhere to sleep.",
        "No tiene dónde dormir.",
        "No fixed abode.",
        "M, 40, NFA, sleeping at the station",
        "Varón, sin domicilio fijo.",
        "Homme sans domicile fixe, dort dehors.",
        "Utente sem morada fixa.",
        "Está sem sítio para dormir.",
        "Discharge planned tonight: no address.",
        "Sale del hospital esta noche y no tiene domicilio.",
        "Sortie prévue ce soir : pas d'adresse.",
        "Tem alta esta noite e nao tem morada.",
        "She is homeless.",
        "Homeless since Monday.",
        "Il est sans abri.",
        "SDF depuis une semaine.",
    ),
    # put out, sleeping outside, an urgent bed, with typos: a need tonight
    *each(
        True,
        "Her employer threw her out this afternoon.",
        "needs emrgency accomodation tonite",
        "Lleva tres noches durmiendo en la estación de autobuses.",
        "La patrona la echó de la casa esta mañana.",
        "nesecita alojamiento urgente",
        "Il dort dehors depuis trois jours.",
        "Besoin d'une mise à l'abri en urgence.",
        "Está a dormir na rua.",
        "Precisa de abrigo urgente.",
    ),
    # someone else with nowhere to go, or a service for homeless people, is not her bed
    *each(
        NOT_CLEAR,
        "Her sister has nowhere to go tonight.",
        "Su hermana no tiene a dónde ir esta noche.",
        "Referred by the homeless outreach team.",
        "Homeless shelter staff called us at noon.",
        "Call from the homeless persons unit.",
        "Il vit au foyer pour sans-abri depuis un mois.",
        "Le centre des SDF nous a appelés.",
        "Appel de l'accueil de jour pour sans domicile.",
    ),
]

URGENT_CASES = [
    # an acute symptom now, severe pain, care needed today: an urgent need
    *each(
        True,
        "He cannot breathe properly and has chest pain.",
        "She is having contractions.",
        "32 wks pregnant, contractions every 10 min",
        "No puede respirar bien.",
        "Tiene contracciones desde esta mañana.",
        "Il a du mal à respirer.",
        "Elle a des contractions.",
        "Não consegue respirar, falta de ar.",
        "Tem contrações.",
        "Está com febre alta.",
        "collapsed at work, short of breath",
        "Severe abdominal pain.",
        "Dolor muy fuerte en el abdomen.",
        "Douleur intense au ventre.",
        "Dor forte na barriga.",
        "Severe pain, needs to be seen by a doctor today.",
        "Hoy mismo necesita atención médica.",
        "Elle a besoin de voir un médecin ce soir.",
        "Precisa de ir ao hospital hoje.",
    ),
    # a small word before her own description keeps the symptom hers
    *each(
        True,
        "A little girl of 9, she has a high fever.",
        "Young woman, has a fever.",
        "Jeune femme, fièvre.",
    ),
    # pain that is not severe, a check-up, a past injury healed: not urgent
    *each(
        NOT_YES,
        "Came in with abdominal pain, pregnancy confirmed tonight.",
        "Venue pour douleurs abdominales, grossesse confirmée ce soir.",
        "Back pain.",
        "She asks for a check-up.",
        "Quiere un chequeo general.",
        "Elle souhaite un bilan de santé.",
        "She was injured last month; the cut on her arm has healed.",
    ),
    # "not urgent" beside a symptom or an injury is a no
    *each(
        False,
        "She came in for back pain, which is chronic and not an emergency.",
        "Small cut on his foot, not an emergency.",
        "Vino por dolor de espalda, no es urgente.",
        "Tiene tos, sin urgencia.",
        "Blessure à la jambe, soins faits ce matin, pas d'urgence.",
        "Douleurs au dos, rien d urgent.",
        "Tem dermatite nas mãos e precisa de pomada, sem urgência.",
        "Dor nas costas, nada de urgência.",
    ),
    # ...and so is "no urgent medical needs"
    *each(
        False,
        "No urgent medical needs.",
        "Sin necesidades médicas urgentes.",
        "Pas de besoin médical urgent.",
        "Sem necessidades médicas urgentes.",
        "Salud: nada urgente",
    ),
    # ..."not urgent" about something else settles nothing
    *each(
        NOT_CLEAR,
        "Shelter is not urgent, she can stay with her aunt.",
        "La denuncia no es urgente.",
        "Pas d'urgence pour le logement.",
    ),
    # being unhurt, said of her, is no urgent need
    *each(
        False,
        "He is not injured.",
        "She's not hurt.",
        "Not injured.",
        "Uninjured, tired.",
        "No está herida.",
        "Está ilesa.",
        "Il n'est pas blessé.",
        "Pas blessée.",
        "Elle est indemne.",
        "Não está ferida.",
        "Ele está ileso.",
        "He has no injuries.",
        "No tiene heridas.",
        "Il n'a aucune blessure.",
        "Não tem ferimentos.",
        "No injuries requiring treatment.",
        "Ninguna lesión que requiera atención médica.",
        "Pas de blessure nécessitant des soins.",
    ),
    # no visible injury is no urgent need, as the s36 labelling rule reads it
    # (labels-s36-not-injured-rule.md; stop 36, needs36b)
    *each(
        False,
        "No visible injuries on arrival.",
        "No apparent injuries, calm and talkative.",
        "No presenta lesiones visibles.",
        "Sin lesiones aparentes.",
        "Aucune blessure apparente.",
        "Pas de blessure visible à l'accueil.",
        "Sem lesões visíveis.",
        "Sem ferimentos aparentes, está calma.",
        "Has no visible injuries.",
        "No tiene lesiones visibles.",
        "Não tem ferimentos visíveis.",
    ),
    # none as someone reports it: only offered
    *each(OFFERED, "Client reports no injuries."),
    # an injury not seen or only seeming so says nothing of a need, nor offers one
    *each(
        SILENT,
        "We did not see any injuries.",
        "Does not appear injured.",
        "No pain reported.",
        "No se observan heridas.",
        "No parece herida.",
        "Elle ne semble pas blessée.",
        "Não apresenta ferimentos.",
    ),
    # a symptom denied, treated, or her child's or someone else's, says nothing of hers
    *each(
        SILENT,
        "The nurse says she has no fever.",
        "Sin fiebre.",
        "Pas de fièvre.",
        "Fever treated, now stable.",
        "Her son has a fever.",
        "Su hijo tiene fiebre.",
        "My little boy has a fever since yesterday.",
        "Her eldest daughter has a high fever.",
        "His youngest son cannot breathe well.",
        "Su hija pequeña tiene fiebre.",
        "Mi hijo menor está vomitando.",
        "Sa petite fille a de la fièvre.",
        "Son fils cadet a du mal à respirer.",
        "A minha filha caçula está com febre.",
    ),
    # ...and someone else unhurt says nothing of her
    *each(
        NOT_CLEAR,
        "Her son is not injured.",
        "Su hijo no está herido.",
        "Sa fille n'est pas blessée.",
        "O filho dela não está ferido.",
    ),
]

MEDICATION_CASES = [
    # a medicine she takes or lacks, named after a heading or as a treatment, is a need
    *each(
        True,
        "She takes insulin twice a day.",
        "Ran out of her inhaler yesterday.",
        "Se quedó sin su insulina.",
        "Il prend un traitement pour l'asthme.",
        "Ficou sem os comprimidos.",
        "Meds: metformin 500mg",
        "Current medication: sertraline",
        "Medicación: insulina",
        "Traitement : insuline",
        "Medicação: metformina",
        "Em tratamento para a tuberculose.",
        "HIV+, on ARVs",
        "Toma pastillas para la presión.",
    ),
    # ...and so is one she has enough of, or was just given: she takes it whatever is left
    # (labels-s41-medicine-supply-rule.md)
    *each(
        True,
        "She has high blood pressure and takes tablets, she has enough for now.",
        "His inhaler ran out, we gave him a new one so he is covered for now.",
        "Toma pastillas para la presión, tiene suficientes para un mes.",
        "Se quedó sin insulina, le dimos una caja esta mañana.",
        "Prend de l'insuline, elle en a assez pour la semaine.",
        "Toma comprimidos para a tensão, tem o suficiente.",
        # her own medicine she has with her, or a health problem and a medicine together
        "He is epileptic but has his pills in his bag.",
        "Mild asthma, has her inhaler.",
        "Es diabética, lleva su insulina.",
        "Elle est épileptique, elle a ses médicaments sur elle.",
        "Tem diabetes, tem os remédios com ela.",
        "She has asthma and an inhaler.",
    ),
    # another person's medicine, or none she has, is not hers to need
    ("Her son has his inhaler.", NOT_CLEAR),
    ("The boss has her tablets.", NOT_CLEAR),
    ("Diabetic, and she has no more insulin since Sunday.", True),
    # no medication is a no; a treatment missed for months is not "no treatment"
    *each(
        False,
        "Medication: none",
        "Medicación: ninguna",
        "Pas de traitement.",
        "Não toma medicação.",
    ),
    ("Diabète, pas de traitement depuis 2 mois.", NOT_NO),
]

COUNSELLING_CASES = [
    # agreeing to counselling, or wishing for it, in plain or spoken words, is a yes
    *each(
        True,
        "She agreed to talk to a counsellor at the clinic.",
        "He is willing to see a psychologist.",
        "Está dispuesta a hablar con una psicóloga.",
        "Está de acuerdo con empezar terapia.",
        "Necesita una evaluación psicológica, lo pidió ella.",
        "Elle est d'accord pour voir une psychologue.",
        "Il accepterait un suivi psy.",
        "Concorda em ter acompanhamento psicológico.",
        "Está disposta a falar com uma psicóloga.",
        "open to seeing a counsellor",
        "Le gustaría hablar con una psicóloga.",
        "Elle souhaite un soutien psy.",
        "Gostaria de falar com um psicólogo.",
    ),
    # ...and so is a counselling label, or someone to talk to about how she feels
    *each(
        True,
        "Suivi psy : demandé",
        "Mental health support: yes",
        "Ela quer muito falar com alguém.",
        "would like to see someone about her mental health",
        "Terapia: sí",
        "She wants to talk to someone about how she feels.",
        "Quiere apoyo psicológico.",
        "Elle souhaite un soutien psychologique.",
    ),
    # refusing it, in plain or spoken words, is a no
    *each(
        False,
        "She is not ready for counselling.",
        "No quiere ver a la psicóloga por ahora.",
        "Il veut pas voir de psy.",
        "Não quer ver o psicólogo.",
        "Declines counselling for now.",
        "Refused therapy.",
        "Rechaza apoyo psicológico.",
        "Refuse le suivi psy.",
        "Recusa acompanhamento psicológico.",
    ),
    # talking to someone before a decision is no wish for counselling
    *each(
        NOT_CLEAR,
        "She does not know yet about the police. She wants to talk to someone first.",
        "He would like to speak to someone first before he decides.",
        "Quiere hablar con alguien antes de decidir si denuncia.",
        "Elle veut parler à quelqu'un d'abord avant de porter plainte.",
    ),
    # a mental health heading says nothing of a wish for it
    *each(SILENT, "Mental health: none", "Santé mentale : RAS", "Saúde mental: nada"),
]

FOOD_CASES = [
    # a need word and a food word is food now
    *each(
        True,
        "Needs a hot meal.",
        "Food needed: yes",
        "Necesidades: comida, ropa",
        "Besoins : repas, vêtements",
        "Besoin exprimé : repas chaud",
        "Necessidades: comida",
        "Precisa de uma refeição quente.",
        "asks for something to eat",
    ),
    # a diet is not hunger, nor is someone else's hunger hers
    *each(
        SILENT,
        "She needs halal food.",
        "Necesita comida sin cerdo.",
        "Besoin d'un repas sans porc.",
        "Her children need food.",
    ),
]

INJURIES_CASES = [
    # a broken or bruised body part, now or in the past, is an injury
    *each(
        CLEAR,
        "black eye, swollen lip",
        "Se fracturó el brazo en la obra.",
        "Tiene un ojo morado.",
        "Elle a des bleus sur le visage.",
        "Il s'est cassé le bras.",
        "Tem nódoas negras nos braços.",
        "Partiu o braço no barco.",
        "Her nose was broken by the boss last week.",
        "She was injured last month; the cut on her arm has healed.",
    ),
    # an injury after its label is described in the note's own words
    ("Injuries: bruises on both arms.", holding("bruises on both arms", folded=True)),
    ("Lesiones: corte en la mano.", holding("corte en la mano", folded=True)),
    ("Blessures : brûlure au bras.", holding("brulure au bras", folded=True)),
    # a form line's short "none" is no description
    *each(
        NOT_CLEAR,
        "Injuries: none visible.",
        "Injuries: nothing of note.",
        "Lesiones: no refiere.",
        "Lesiones: ninguna aparente.",
        "Blessures : aucune visible.",
        "Blessures : rien à signaler.",
        "Ferimentos: nenhum aparente.",
        "Ferimentos: nada a referir.",
    ),
    # no injury, someone else's, or a care instruction is no description
    *each(
        SILENT, "Her son broke his arm.", "No injuries.", "Sin lesiones.", "Wound dressing needed."
    ),
]

CONTACT_CASES = [
    # a way to reach her is her safe contact, in the note's own words
    ("Best to call her after 6pm on 555-0101.", holding("555-0101")),
    ("Contact via her friend Maria, 555-0188.", holding("555-0188")),
    ("Il vaut mieux l'appeler au 06 12 34 56 78.", holding("06 12 34 56 78")),
    ("Contactar a través de su prima, 612 000 111.", holding("612 000 111")),
    ("Melhor ligar-lhe para o 912 000 111 à noite.", holding("912 000 111")),
    # the referrer's own number is not hers
    *each(SILENT, "The officer can be reached on 555-0100.", "Call me back on 555-0111."),
]


@table(SHELTER_CASES)
def test_shelter_tonight(text, expected):
    check(text, "shelter.needs_shelter_tonight", expected)


@table(URGENT_CASES)
def test_urgent_medical_need(text, expected):
    check(text, "medical.urgent_need", expected)


@table(MEDICATION_CASES)
def test_medication(text, expected):
    check(text, "medical.needs_medication", expected)


@table(COUNSELLING_CASES)
def test_counselling(text, expected):
    check(text, "medical.wants_counseling", expected)


@table(FOOD_CASES)
def test_food_now(text, expected):
    check(text, "food.needs_food_now", expected)


@table(INJURIES_CASES)
def test_injuries(text, expected):
    check(text, "medical.injuries", expected)


@table(CONTACT_CASES)
def test_safe_contact(text, expected):
    check(text, "person.safe_contact", expected)
