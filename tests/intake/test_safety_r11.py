"""Round 11, safety: who knows where she is and the police wish, read by the person a
clause is about and by when.

- In her own words, "he / she knows where I am" takes up the person named before it: one
  of hers only says nothing; a "he" is not "ma grand-mère".
- Knowing that she left is not knowing where she is: only offered; not knowing she left
  is a no.
- A reply that is only a past report ("¿Y la policía? - Ya puso una denuncia en agosto")
  is kept as a past act: her refusal now wins.
- Danger in the gerund ("está correndo perigo"), not in the conditional.

Invented sentences, en/es/fr/pt, with as many readings that must not fire."""

from __future__ import annotations

import pytest

from tests.intake.reading import DANGER, KNOWS, POLICE, reads, settled

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
