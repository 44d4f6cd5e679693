"""Round 11, safety: who knows where she is, read by the person a clause is about.

- In her own words, "he / she knows where I am" takes up the person named before it: one
  of hers says nothing, someone from that life is clear, both only offered.
- In an answer to a safety question, a know verb with no subject of its own ("y no sabe
  dónde estoy", "mas não sabe para onde") takes up the "he" the answer opened on; a
  negator or a link word ("and", "but", "so") is no subject.
- A place left unsaid at the clause's end ("but he doesn't know where") is where she is.

Invented sentences, en/es/fr/pt, with as many readings that must not fire."""

from __future__ import annotations

import pytest

from tests.intake.reading import DANGER, KNOWS, POLICE, reads, run_session, settled

# ------------------------------------------- "she knows where I am": whom the pronoun takes up


@pytest.mark.parametrize(
    "text",
    [
        '"My sister is with me, she knows where I am," she told the nurse.',
        "«Mi hermana está conmigo, ella sabe dónde estoy», dijo.",
        "« Ma sœur est avec moi, elle sait où je suis », dit-elle.",
        '"A minha irmã está comigo, ela sabe onde estou", disse.',
        '"My cousin picked me up at the station. He knows where I sleep," she says.',
    ],
)
def test_one_of_hers_taken_up_by_a_pronoun_says_nothing(text):
    assert reads(text, KNOWS) is None


@pytest.mark.parametrize(
    "text",
    [
        '"My boss called me again, he knows where I am," she said.',
        "«El patrón me llamó otra vez, él sabe dónde estoy», dijo.",
        "« Le patron m'a encore appelée, il sait où je suis », dit-elle.",
        '"O patrão me ligou de novo, ele sabe onde estou", disse.',
    ],
)
def test_someone_of_that_life_taken_up_by_a_pronoun_is_clear(text):
    assert reads(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        '"The boss called me yesterday. He knows where my friend lives, and yes, he knows'
        ' where I am," he said.',
        "«El patrón me llamó ayer. Sabe dónde vive mi amigo, y sí, él sabe dónde estoy», dijo.",
        "« Le patron m'a appelé hier. Il sait où habite mon ami, et oui, il sait où je suis »,"
        " dit-il.",
        '"O patrão me ligou ontem. Ele sabe onde mora o meu amigo, e sim, ele sabe onde'
        ' estou", disse.',
    ],
)
def test_one_of_that_life_named_before_one_of_hers_keeps_the_pronoun_his(text):
    assert reads(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Utilisatrice : je suis chez ma grand-mère ce soir il sait pas que je suis là",
        "UTENTE: Estou em casa de uma amiga. Ele não sabe onde eu estou.",
        "LLAMANTE: Estoy con mi tía esta noche. Él no sabe dónde estoy.",
        "Caller: I'm at my aunt's tonight. He doesn't know where I am.",
    ],
)
def test_a_pronoun_that_cannot_take_up_her_relative_is_him(text):
    assert reads(text, KNOWS) == "no"


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (
            "reintegration.wants_to_return_home",
            "Sim, quero voltar, para a minha mãe. Ela nem sabe onde eu estou.",
        ),
        (
            "reintegration.wants_to_return_home",
            "Yes, I want to go home to my mother. She doesn't even know where I am.",
        ),
        (
            "reintegration.wants_to_return_home",
            "Sí, quiero volver con mi mamá, ella ni sabe dónde estoy.",
        ),
        (
            "reintegration.wants_to_return_home",
            "Oui, je veux rentrer chez ma mère, elle ne sait même pas où je suis.",
        ),
    ],
)
def test_her_mother_not_knowing_is_no_answer_on_the_trafficker(asked, text):
    assert KNOWS not in settled(asked, text)


# ------------------------------------------ a know verb with no subject, in a safety answer


@pytest.mark.parametrize(
    "text",
    [
        "Él está detenido desde ayer, así que estoy tranquila, y no sabe dónde estoy.",
        "He is locked up since Friday, so tonight I am calm, and does not know where I am.",
        "Il est en garde à vue, alors ce soir ça va, et ne sait pas où je suis.",
        "Ele está preso desde sexta, então hoje estou tranquila, e não sabe onde estou.",
        "A patroa sabe que a polícia me levou, mas não sabe para onde.",
        "La patrona sabe que me fui, pero no sabe a dónde.",
        "Le patron sait que je suis partie, mais il ne sait pas où.",
        "The boss knows I left the farm, but he does not know where.",
    ],
)
def test_no_subject_takes_up_him_to_a_danger_question(text):
    assert settled(DANGER, text).get(KNOWS) == "no"


@pytest.mark.parametrize(
    "text",
    [
        # one of hers opened the answer: the verb with no subject is about her
        "Mi hermano vino conmigo. Él está aquí, y no sabe dónde estoy yo tampoco.",
        "My brother came with me. He is here now, and does not know where.",
        "Ma sœur est venue, elle est gentille, mais ne sait pas où.",
        "A minha irmã veio comigo, ela está aqui, mas não sabe para onde.",
        # she is the one who does not know
        "I don't know where.",
        "No sé a dónde.",
        "Je ne sais pas où.",
        "Não sei para onde.",
        # a question back, a condition
        "Y si no sabe dónde estoy, ¿qué pasa?",
        "Et s'il ne sait pas où je suis ?",
    ],
)
def test_no_subject_after_one_of_hers_or_her_own_doubt_reads_nothing(text):
    assert KNOWS not in settled(DANGER, text)


@pytest.mark.parametrize(
    "text",
    [
        "Eles não sabem que eu mudei de cidade.",
        "Ils ne savent pas que j'ai déménagé.",
        "No saben que me cambié de ciudad.",
        "They don't know that I moved.",
    ],
)
def test_a_move_she_made_unknown_to_them_is_no(text):
    assert settled(DANGER, text).get(KNOWS) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "Eles sabem que eu mudei de cidade, mas não sabem para qual.",
        "Mis papás no saben que me cambié de ciudad.",
        "Ma mère ne sait pas que j'ai déménagé.",
        "My mum doesn't know that I moved.",
    ],
)
def test_a_move_half_known_or_unknown_to_her_family_is_not_no(text):
    assert settled(DANGER, text).get(KNOWS) != "no"


# --------------------------------------- a session: the location question not asked again


_run = run_session


@pytest.mark.parametrize(
    "text",
    [
        "Él está detenido, así que esta noche estoy tranquila, y no sabe dónde estoy.",
        "A patroa sabe que a polícia me levou, mas não sabe para onde. Aqui eu me sinto segura.",
        "Le patron sait que je suis partie, mais il ne sait pas où. Ce soir je n'ai pas peur.",
        "The boss knows I left, but he does not know where. I feel okay today.",
    ],
)
def test_a_danger_answer_that_says_who_knows_settles_the_location_question(text):
    asked, s = _run({"q.safety.danger": text})
    assert "q.safety.danger" in asked
    assert "q.safety.location" not in asked
    assert s.facts[KNOWS].value == "no"
    assert s.facts[DANGER].value is False


def test_a_danger_answer_about_her_sister_still_asks_the_location_question():
    asked, s = _run(
        {"q.safety.danger": "Mi hermana está conmigo, ella sabe dónde estoy. Estoy bien."}
    )
    assert "q.safety.location" in asked


# --------------------------------------------- knowing that she left is not knowing where


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The boss knows she left the farm.", "possible"),
        ("El patrón sabe que se fue.", "possible"),
        ("Le patron sait qu'elle est partie.", "possible"),
        ("O patrão sabe que ela fugiu.", "possible"),
        ("Says the owner does not know she left.", "no"),
        ("El patrón no sabe que se fue.", "no"),
        ("Le patron ne sait pas qu'elle est partie.", "no"),
        ("O patrão não sabe que ela fugiu.", "no"),
        ("Her mother does not know she left.", None),
        ("Su mamá no sabe que se fue.", None),
        ("Sa mère ne sait pas qu'elle est partie.", None),
        ("A mãe dela não sabe que ela fugiu.", None),
    ],
)
def test_knowing_she_left(text, value):
    assert reads(text, KNOWS) == value


# ------------------------------- a reply that is only a past report, then her wish now


@pytest.mark.parametrize(
    "text",
    [
        "Operadora: ¿Y la policía?\nVoluntaria: Ya puso una denuncia en agosto y no pasó nada."
        " Ahora no quiere saber nada más de la policía.",
        "Worker: And the police?\nCaller: She already made a report in August, nothing"
        " happened. Now she wants nothing more to do with the police.",
        "Écoutante : Et la police ?\nBénévole : Elle a déjà porté plainte en août, rien ne"
        " s'est passé. Maintenant elle ne veut plus entendre parler de la police.",
    ],
)
def test_a_past_report_in_a_reply_gives_way_to_her_refusal_now(text):
    assert reads(text, POLICE) == "no"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past report alone is still kept when nothing says her wish now
        ("Operadora: ¿Y la policía?\nVoluntaria: Ya puso una denuncia en agosto.", "yes"),
        ("Écoutante : Et la police ?\nBénévole : Elle a déjà porté plainte en août.", "yes"),
        # a plain yes in the reply is her answer
        (
            "Operadora: ¿Quiere denunciar?\nVoluntaria: Sí, ya puso una denuncia y quiere seguir.",
            "yes",
        ),
        # someone else's refusal is not hers
        ("Elle ne veut plus entendre parler de son mari.", None),
    ],
)
def test_a_past_report_alone_or_with_a_plain_yes(text, value):
    assert reads(text, POLICE) == value


# ------------------------------ he believes she went back, or is still where she was


@pytest.mark.parametrize(
    "text",
    [
        "Ele acha que eu voltei para o Brasil, foi o que eu disse. Aqui ninguém sabe de mim.",
        "The boss thinks I went back home, that is what I told him. I feel safe here.",
        "El patrón cree que regresé a mi país. Aquí estoy tranquila.",
        "Le patron croit que je suis rentrée au pays. Ce soir ça va.",
        "They think I am still in Leeds.",
        "Ils pensent que je suis toujours à Lyon.",
        "Eles acham que eu ainda estou em Lisboa.",
    ],
)
def test_he_believes_she_is_away_is_no(text):
    assert settled(DANGER, text).get(KNOWS) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "I think I went back too early.",  # her own belief
        "Acho que eu voltei cedo demais.",
        "The boss does not think I went back home.",  # a belief denied
        "My mother thinks I went back home.",  # one of hers
        "Mi hermana vino conmigo. Ella cree que regresé a mi país.",
        "Le patron croit que je suis ici.",  # he believes she is here
        "He thinks I went back home?",  # a question
        "Si el patrón cree que regresé, mejor.",  # a condition
    ],
)
def test_a_belief_of_hers_of_her_people_or_about_here_is_not_no(text):
    assert settled(DANGER, text).get(KNOWS) != "no"


# ------------------------------------------------- danger in the gerund: "correndo perigo"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Chamador: o patrão tá procurando ele no porto, ele tá correndo perigo agora", True),
        ("Está corriendo peligro ahora mismo, la buscan.", True),
        ("Ela estaria correndo perigo se voltasse para casa.", None),  # a condition
        ("Ela está correndo perigo de perder o emprego.", None),  # another danger
    ],
)
def test_danger_in_the_gerund(text, value):
    assert reads(text, DANGER) == value
