"""Documents, work, going home, family and legal help: mechanisms of round six.

Each table reads one kind of statement in invented en/es/fr/pt sentences of several
shapes, the readings that must fire next to those that must not:

- who holds her papers: the lady or man of the house she worked in ("la señora de la
  casa tiene su pasaporte"), a holder said by a clitic for her ("le tiene el pasaporte",
  "il lui garde son passeport", "guardam-lhe os documentos");
- the latest word on her papers: made anew or given back in the last sentence that
  names them settles a disagreement of the sentences before;
- a condition looks forward: "if" after a wish hedges what it opens, not the wish; a
  clause or sentence that is only a doubt ("says he is not sure yet") hedges the wish
  before it; "as soon as possible" is no doubt;
- whose a clause is: a person set apart at the sentence's start, then descriptions of
  them ("The other one, the older man, only wants to go home");
- a negated wish narrowed to one place, kind or person ("ya no quiere trabajar en el
  campo") refuses that one; the house of someone from that life is not home; a
  relative named far after a contacting verb is a topic ("talk to the police about
  the owner and his brother"); "nada" after a verb is its object ("antes de decidir
  nada, quiere un abogado"); a permit tied to one employer is only offered;
- a removal refused ("does not want to be deported") and papers not in order are an
  immigration concern; not knowing whether she may work is unsure, a permit that does
  not yet let her work is a no.
"""

from __future__ import annotations

from tests.intake.expect import NOT_CLEAR, NOT_YES, OFFERED, SILENT, check, each, table

DOCS = "legal.has_identity_documents"
HOME = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
WORK = "jobs.wants_employment"
PERMIT = "jobs.has_work_authorization"
LEGAL = "legal.wants_legal_help"
IMMIGRATION = "legal.immigration_concern"

HOLDER_CASES = [
    # the lady or man of the house holds them: none
    *each(
        False,
        "La señora de la casa tiene su pasaporte.",
        "The lady of the house keeps her passport.",
        "The man of the house has her passport.",
        "La dame de la maison garde son passeport.",
        "A senhora da casa tem o passaporte dela.",
        "A senhora da casa ficou com o passaporte.",
    ),
    # a holder said by a clitic for her: none
    *each(
        False,
        'El intermediario le tiene el pasaporte "guardado".',
        "Le guardan los documentos.",
        "Il lui garde son passeport.",
        "On lui garde ses papiers.",
        "Guardam-lhe os documentos.",
    ),
    # must not: her own, a house named further, a woman described, a copy, a negated hold
    *each(
        True,
        "She has her passport.",
        "La señora de la casa de acogida dice que tiene su pasaporte.",
        "Una señora de 60 años, tiene su pasaporte.",
        "Elle a son passeport.",
        "Ela tem o passaporte.",
    ),
    *each(
        NOT_CLEAR,
        "La señora tiene su pasaporte.",
        "La abogada le tiene una copia del pasaporte.",
        "Il ne lui garde plus son passeport.",
    ),
]

PRONOUN_HOLDER_CASES = [
    # someone from that life holds them, said by a pronoun, a document named: none
    *each(
        False,
        "No ID on him, says boss has it.",
        "El pasaporte lo tenía la empleadora.",
        "Mes papiers, c'est le patron qui les a gardés.",
        "Elle était employée chez une famille à Anfa, ils ont gardé son passeport.",
        "S/ passaporte (com o capitão).",
    ),
    # no document named in the sentence: only offered
    *each(OFFERED, "The boss has it.", "O passaporte? O patrão é que o tem."),
    # must not: she keeps them herself, or the boss never had them
    *each(
        True,
        "Elle a gardé sa carte d'identité.",
        "Elle garde son passeport.",
        "Her passport is with her, the boss never had it.",
    ),
]

RENEWED_CASES = [
    # held before, made anew or given back in the last sentence naming them: hers
    *each(
        True,
        "Unos amigos le tenían el DNI. Ya no está con ellos. Le hicimos un DNI nuevo ayer.",
        "His passport was held by the captain. The consulate has issued him an emergency "
        "travel document, so he now has identity papers.",
        "Le patron a gardé son passeport. Le consulat lui a délivré un passeport neuf.",
    ),
    # must not: kept and made in one breath, a new one only needed, nothing said after
    *each(
        NOT_YES,
        'Documentos: CTPS e RG retidos pelo "gato"; emitida CTPS digital no resgate.',
    ),
    *each(
        False,
        "The boss kept her passport. She needs a new passport issued.",
        "El patrón tiene su pasaporte.",
        "O patrão ficou com o passaporte dela.",
    ),
]

CONDITION_CASES = [
    # a condition after a wish leaves the wish
    *each(
        "yes",
        "Wants to go home to India if he can get his passport back.",
        "She wants to go home, if possible.",
        "If she can, she wants to go home.",
        "Quiere volver a su país si consigue el pasaporte.",
        "Quer voltar para o Brasil se conseguir o passaporte.",
    ),
    # "as soon as possible" is no doubt
    *each(
        "yes",
        "Wants to go home as soon as she can.",
        "Diz que quer regressar ao Vietname assim que for possível.",
        "Elle veut rentrer au Sénégal dès que ce sera possible.",
        "Quiere volver a Honduras lo antes posible.",
    ),
    # a doubt before the condition, or in a clause or sentence of its own after the wish
    *each(
        "undecided",
        "Maybe she wants to go home if she can.",
        "Subject asks about going back to his grandmother in Honduras; says he is not sure yet.",
        "She wants to go home. Not sure yet.",
        "Quiere volver a Honduras, pero dice que no está segura todavía.",
        "Elle veut rentrer au Mali, mais elle hésite encore.",
        "Quer voltar para Angola, mas ainda não tem a certeza.",
    ),
    # must not: a doubt about something else stays there
    *each(
        "yes",
        "She wants to go home. She is not sure about the police.",
        "She wants to go back to Honduras. Not sure when.",
        "Quiere volver a Honduras, no sabe si su madre la recibirá.",
        "Elle veut rentrer au Mali, elle n'est pas sûre de pouvoir payer le billet.",
    ),
]

OTHER_WISHES_CASES = [
    # a condition after other wishes leaves them too
    ("He wants to work here, legally, if he can.", WORK, True),
    ("She would like a lawyer if it does not cost anything.", LEGAL, True),
    ("Veut une formation si c'est possible.", "jobs.wants_training", True),
    ("Wants to call her mother if it is safe.", FAMILY, True),
    # "nada" after a verb is its object, not a negator of the wish after it
    ("Antes de decidir nada me gustaría hablar con un abogado, eso sí.", LEGAL, True),
    ("Antes de firmar nada quiere hablar con una abogada.", LEGAL, True),
    ("Antes de assinar nada quer falar com um advogado.", LEGAL, True),
    ("Before she signs anything she wants to talk to a lawyer.", LEGAL, True),
    # must not: "nada" that does negate
    ("Nada, no quiere abogado.", LEGAL, False),
    ("Ella no quiere nada de abogados.", LEGAL, False),
    ("No quiere nada, ni abogado.", LEGAL, NOT_CLEAR),
]

SET_APART_CASES = [
    # a person set apart, then descriptions of them: the wish is theirs
    *each(
        SILENT,
        "The other one, the older man of 40, only wants to go back to Vietnam.",
        "El otro, el mayor de 40 años, solo quiere volver a Vietnam.",
        "L'autre, le plus âgé, veut seulement rentrer au Vietnam.",
        "O outro, o mais-velho de 40 anos, é que só quer voltar para o Vietname.",
        "Her son, 12, wants to go back to Mexico.",
        "Her mother, 50, wants to go home.",
        "The other worker wants to go home.",
    ),
    # must not: her own name and age, "on the other hand", a clause that says more
    *each(
        "yes",
        "María, 34, wants to go back to Mexico.",
        "Young woman, 25, wants to go home.",
        "Mujer joven, 25 años, quiere volver a su país.",
        "On the other hand, she wants to go home.",
        "Por otro lado, quiere volver a su país.",
        "Par contre, l'autre jour elle a dit qu'elle veut rentrer au pays.",
        "Ela, a mais nova, quer voltar para Angola.",
    ),
]

NARROWED_CASES = [
    # a negated wish narrowed to one place, kind or person: not a no to work
    *each(
        NOT_CLEAR,
        "Dice que ya no quiere trabajar en el campo, quiere regresar a su comunidad.",
        "She does not want to work for that man again.",
        "Elle ne veut plus travailler dans ce restaurant.",
        "Não quer trabalhar na obra outra vez.",
        "No quiere trabajar en España.",
    ),
    # must not: here, now, at all keep the no
    *each(
        False,
        "Does not wish to seek employment here.",
        "She does not want to work at all.",
        "No quiere trabajar por ahora.",
        "Ne veut pas travailler pour le moment.",
        "Não quer trabalhar agora.",
        "No quiere trabajar.",
    ),
]

NOT_HOME_CASES = [
    # the house of someone from that life is not home
    *each(
        NOT_CLEAR,
        "Não quer voltar para casa desse homem hoje, diz que tem medo.",
        "No quiere volver a la casa del patrón.",
        "No quiere volver a la casa de ese hombre.",
        "Elle ne veut pas retourner à la maison du patron.",
    ),
    # must not: her family's house is home; home alone is home
    ("Quiere volver a casa de sus padres.", "yes"),
    ("Quer voltar para casa da mãe.", "yes"),
    ("Elle veut rentrer à la maison de ses parents.", "yes"),
    ("She does not want to go back home.", "no"),
    ("Não quer voltar para casa.", "no"),
]

CONTACT_CASES = [
    # a relative far after the contacting verb is a topic, not whom she would reach
    *each(
        NOT_CLEAR,
        "She wants to talk to the police about the owner and his brother.",
        "Quiere hablar con la policía sobre el patrón y su hermano.",
        "Elle veut parler à la police du patron et de son frère.",
        "Quer falar com a polícia sobre o patrão e o irmão dele.",
    ),
    # must not: the relative right after the verb
    *each(
        True,
        "She wants to call her mother.",
        "Souhaite parler à sa tante.",
        "Quer muito falar com o pai em Bissau.",
        "She would like to be able to call her mother in Lagos.",
    ),
]

RELATIVE_BEFORE_CASES = [
    # a relative named in the sentence before, taken up by a pronoun: clear
    *each(
        True,
        "Non, ses enfants sont aux Philippines. Elle voudrait les appeler.",
        "Her mother lives in Lagos. She wants to call her.",
        "Su hija vive en Guayaquil. Quiere llamarla.",
        "A mãe está em Malanje. Quer ligar para ela.",
        "Quer voltar para o Huambo, para junto da mãe, e pediu para lhe telefonarmos.",
    ),
    # must not: no relative before (only offered), a name asked for, her own contact
    *each(
        OFFERED,
        "Her lawyer is in Madrid. She wants to call her.",
        "She wants to call her.",
    ),
    *each(
        NOT_CLEAR,
        "Elle est venue avec son fils. Elle souhaite qu'on l'appelle Nadège.",
        "Vino con su hijo. Pidió que le llamemos Alex.",
        "She has a daughter in Kumasi. She asked us to contact her only by text.",
    ),
]

TIED_PERMIT_CASES = [
    # a permit tied to one employer: only offered
    *each(
        OFFERED,
        "Elle a un permis de travail fermé lié à ce restaurant.",
        "She has a work permit tied to the farm.",
        "Tiene permiso de trabajo vinculado a ese empleador.",
        "Tem autorização de trabalho ligada à empresa.",
    ),
    # must not: a permit said valid, a plain permit, none
    ("Permis de travail : permis fermé, valide", "yes"),
    ("She has a valid work permit.", "yes"),
    ("She has a work permit.", "yes"),
    ("No tiene permiso de trabajo, estaba vinculado al patrón.", "no"),
]


IMMIGRATION_CASES = [
    # a removal refused: a concern
    *each(
        True,
        "She does not want to be deported.",
        "She doesn't want to be sent back to Nigeria.",
        "No quiere que la deporten.",
        "Elle ne veut pas être expulsée.",
        "Elle ne veut pas être renvoyée dans son pays.",
        "Não quer ser deportada.",
        "Não quero que me mandem embora do país.",
    ),
    # papers for staying not in order: a concern
    *each(
        True,
        "Her papers are not in order.",
        "Sus papeles no están en regla.",
        "Ses papiers ne sont pas en règle.",
        "Os meus papéis não estão em dia.",
    ),
    # must not: sent back to the exploiters, someone else's papers, a passport not valid
    *each(
        NOT_CLEAR,
        "She does not want to be sent back to the farm.",
        "She does not want to be sent back to her employer.",
        "No quiere que la regresen con el patrón.",
        "Elle ne veut pas être renvoyée chez son employeur.",
        "Não quer que a mandem de volta para o patrão.",
        "Los papeles de su hijo no están en regla.",
        "Her passport is not valid.",
        "She wants to be sent home.",
    ),
]

PERMIT_DOUBT_CASES = [
    # not knowing whether she may work: unsure
    *each(
        "unsure",
        "No sabe si puede trabajar.",
        "She does not know if she can work.",
        "Elle ne sait pas si elle peut travailler.",
        "Je sais pas si j'ai le droit de travailler.",
        "Não sabe se pode trabalhar.",
    ),
    # a permit that does not yet let her work: no
    *each(
        "no",
        "Elle a un récépissé de demande de titre de séjour qui ne l'autorise pas encore à "
        "travailler.",
        "Su permiso aún no le permite trabajar.",
        "Her visa does not yet allow her to work.",
        "O visto ainda não lhe permite trabalhar.",
    ),
    # must not: her body's ability to work, a plain "can work"
    *each(
        SILENT,
        "No sabe si puede trabajar con la mano lastimada.",
        "She doesn't know if she can work with her back pain.",
        "Não sei se posso trabalhar, tenho dores nas costas.",
        "She can work.",
    ),
    ("Elle a un titre de séjour qui l'autorise à travailler.", "yes"),
]


@table(IMMIGRATION_CASES)
def test_removal_refused_and_papers_not_in_order(text, expected):
    check(text, IMMIGRATION, expected)


@table(PERMIT_DOUBT_CASES)
def test_doubt_about_working_and_permit_not_yet(text, expected):
    check(text, PERMIT, expected)


@table(HOLDER_CASES)
def test_who_holds_her_papers(text, expected):
    check(text, DOCS, expected)


@table(PRONOUN_HOLDER_CASES)
def test_holder_named_with_a_pronoun(text, expected):
    check(text, DOCS, expected)


@table(RENEWED_CASES)
def test_latest_word_on_her_papers(text, expected):
    check(text, DOCS, expected)


@table(CONDITION_CASES)
def test_condition_and_doubt_around_going_home(text, expected):
    check(text, HOME, expected)


@table([(f"{text}\t{fact}", expected) for text, fact, expected in OTHER_WISHES_CASES])
def test_condition_and_object_negator_in_other_wishes(text, expected):
    sentence, fact = text.split("\t")
    check(sentence, fact, expected)


@table(SET_APART_CASES)
def test_person_set_apart_owns_the_wish(text, expected):
    check(text, HOME, expected)


@table(NARROWED_CASES)
def test_narrowed_refusal_of_work(text, expected):
    check(text, WORK, expected)


@table(NOT_HOME_CASES)
def test_exploiters_house_is_not_home(text, expected):
    check(text, HOME, expected)


@table(CONTACT_CASES)
def test_relative_as_topic_is_not_contact(text, expected):
    check(text, FAMILY, expected)


@table(RELATIVE_BEFORE_CASES)
def test_relative_named_in_the_sentence_before(text, expected):
    check(text, FAMILY, expected)


@table(TIED_PERMIT_CASES)
def test_permit_tied_to_one_employer(text, expected):
    check(text, PERMIT, expected)
