"""The name she goes by (stop 42, names): a reply to the name question after a stage
direction or told by whoever relays it ("[asks her in Tigrinya] She says it's Miriam"), the
name she asks for after the one on her papers ("Her papers say Anong, but she asks for
'Ploy'"), a cued name she likes ("everyone calls her Mama Vio and she likes that"), a
nickname of two words ("likes to be called Papa K", 'prefers "Don Chelo"'), the person a
caller calls for ("calling for his friend Ramesh"), and "you can call me" in her own
message. Invented sentences in en/es/fr/pt, each family with a counterpart that must not
take another person's name as hers."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"


def _name(text: str) -> object:
    return extract(text).values.get(NAME)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Operadora: Como gostaria que a tratássemos?\nChamadora: Lurdes. Só Lurdes.\n"
            "Operadora: Que idade tem?\nChamadora: Vinte e oito.",
            "Lurdes",
        ),
        (
            "Operadora: ¿Cómo quiere que la tratemos?\nLlamante: Maribel. Solo Maribel.\n"
            "Operadora: ¿Qué edad tiene?",
            "Maribel",
        ),
        (
            "Atendente: Certo. Como ela quer ser chamada? E quantos anos ela tem?\n"
            "Chamadora: [fala em inglês] Ela disse que é Tina. Tem 25.",
            "Tina",
        ),
        (
            "Advisor: What name would she like us to use? And how old is she?\n"
            "Caller: [asks her in Tigrinya] She says it's Miriam. She is 22.",
            "Miriam",
        ),
        (
            "Écoutante : Comment veut-elle qu'on l'appelle ?\n"
            "Appelante : (lui demande en lingala) Elle dit que c'est Nene. Elle a 30 ans.",
            "Nene",
        ),
    ],
)
def test_a_reply_after_a_stage_direction_or_told_by_the_caller(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'INTAKE: How should we call her?\nOFFICER: Her papers say Anong, but she asks for "Ploy".',
            "Ploy",
        ),
        ("Intake: ok. name to use?\nDr. Weir: Margarita, she likes Rita", "Rita"),
        ("Intake: name to use?\nNurse Kay: Josephine, but she prefers Jo", "Jo"),
        (
            'Agente: ¿Cómo quiere que la llamemos?\nPolicía: En el pasaporte pone Wanida, pero ella pide "Nana".',
            "Nana",
        ),
        (
            "ACCUEIL : Comment veut-elle qu'on l'appelle ?\n"
            "AGENT : Sur le passeport c'est Malee, mais elle demande « Mai ».",
            "Mai",
        ),
        (
            'Acolhimento: Como quer ser tratada?\nAgente: No documento está Kanya, mas ela pede "Pim".',
            "Pim",
        ),
    ],
)
def test_the_name_she_asks_for_outranks_her_papers_in_a_reply(text: str, name: str) -> None:
    assert _name(text) == name


def test_a_preference_word_before_a_language_gives_no_name() -> None:
    text = "Intake: name to use?\nNurse Kay: Josephine. She prefers Spanish."
    assert _name(text) == "Josephine"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "An older man came to our drop-in. His name is Kofi but he likes to be called"
            " Papa K. He is 61.",
            "Papa K",
        ),
        (
            "We have an older lady, about 70. Her name is Viorica but everyone calls her Mama"
            " Vio and she likes that.",
            "Mama Vio",
        ),
        ('Don Anselmo, 60 años, de Oaxaca. Él prefiere "Don Chelo". Habla mixteco.', "Don Chelo"),
        ("Mme Odette, 64 ans. Elle préfère « Tata Odette ». Parle créole.", "Tata Odette"),
        ("Tout le monde l'appelle Tata Odile et elle aime ça. 70 ans.", "Tata Odile"),
        ("Su nombre es Refugio, todos le dicen Cuca y le gusta.", "Cuca"),
        ("Chamam-lhe Dita e ela gosta. Tem 70 anos.", "Dita"),
    ],
)
def test_a_nickname_she_likes_is_her_name(text: str, name: str) -> None:
    assert _name(text) == name


def test_liking_a_place_does_not_make_a_name_hers() -> None:
    assert _name("Her name is Ana and she likes it here. She is 30.") == "Ana"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hotline call 20:10. Caller: Dev (33), calling for his friend Ramesh who is with"
            " him. Ramesh: 25, from Nepal.",
            "Ramesh",
        ),
        ("D: Boa noite. Ligo por um amigo, o Kiran. Está aqui ao meu lado.", "Kiran"),
        ("Bonjour, j'appelle pour ma collègue Awa, elle a 22 ans et elle a peur.", "Awa"),
        ("Hola, llamo por mi vecina Rosa, tiene 40 años y no puede salir.", "Rosa"),
    ],
)
def test_the_person_a_caller_calls_for_is_named(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "The client called about her friend Joy, who is still at the house. Client is 30.",
        "Elle a appelé pour son amie Grace qui est encore là-bas.",
        "I'm calling for my friend. She is 20.",
    ],
)
def test_a_friend_she_calls_about_herself_is_not_her(text: str) -> None:
    assert _name(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Bonsoir madame,\nMerci pour votre aide. Vous pouvez m'appeler Lalao. Je ne sais"
            " pas encore.\nLalao",
            "Lalao",
        ),
        ("Hola, me pueden llamar Yeni. Tengo 30 años.", "Yeni"),
        ("Oi, pode me chamar Lena. Tenho 30 anos.", "Lena"),
    ],
)
def test_you_can_call_me_in_her_own_message(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[08:42] Carla: Dados: Kadek, 24a, indonésio, pescador. Saiu ontem.", "Kadek"),
        ("Details: Amal, 24, Sudan. Speaks Arabic.", "Amal"),
        ("Datos: Rosa, 31 años, peruana.", "Rosa"),
        ("Identité : Awa, 22 ans, malienne.", "Awa"),
    ],
)
def test_a_label_heading_her_particulars_gives_her_name(text: str, name: str) -> None:
    assert _name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Dados: Lisboa, 2024.",
        "On a un jeune devant le centre commercial Belvédère, il dit 17 ans.",
    ],
)
def test_a_place_or_a_year_gives_no_name(text: str) -> None:
    assert _name(text) is None


def test_a_place_word_then_an_article_still_lets_her_name_be_read() -> None:
    assert _name("Recibimos en el albergue a Rosa, 30 años.") == "Rosa"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Numéro sûr : celui de Joy, demander « Lin » — c'est ainsi qu'elle souhaite"
            " qu'on l'appelle.",
            "Lin",
        ),
        ('Safe number: her cousin, ask for "Mei" - that is what she wants to be called.', "Mei"),
        ('Teléfono de su prima, preguntar por "Yoli", así quiere que la llamen.', "Yoli"),
        ('Ligar para a prima e pedir pela "Dita", é assim que quer ser chamada.', "Dita"),
    ],
)
def test_a_quoted_name_pointed_back_to_as_her_wish(text: str, name: str) -> None:
    assert _name(text) == name


def test_a_quoted_name_she_does_not_want_stays_unused() -> None:
    text = (
        'Her name is Lan. Her boss calls her "Lucky" and that is not what she wants to be called.'
    )
    assert _name(text) == "Lan"
