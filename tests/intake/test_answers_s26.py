"""One answer, every fact it states (stop 26): an answer of one kind ("No sé", "Prefiero no
decirlo") still settles the other facts its words state, so the session does not ask them
(engine.py, answering.kind_and_besides); a text fact's answer (dietary needs, a safe
contact) settles the other facts it states too, and keeps as its value neither their
sentences nor "I told you" (`told_already`, read/text_answer.py); "for me and my two kids"
in an answer is children with her (`with_cues`); her family kept from knowing, a status
worry with a plural verb ("me preocupan mis papeles") and a family wish with "queria" (pt)
read in her own first-person words, and going home with "quero" / "gostava de" (pt). Invented answers in en/es/fr/pt, with
the ones that must not settle the fact."""

from __future__ import annotations

import pytest

from caseassist.intake.facts import State
from tests.intake.reading import IMMIGRATION, run_session, settled

DIETARY = "food.dietary_needs"
DOCUMENTS = "legal.has_identity_documents"
CHILDREN = "household.children_with_them"

# --------------------------------------------- an answer of one kind, and more after it


@pytest.mark.parametrize(
    "text",
    [
        "I don't know. I am afraid they will deport me.",
        "I'd rather not say. But I am scared they will send me back.",
        "No sé. Tengo miedo de que me deporten.",
        "Prefiero no decirlo. Pero tengo miedo de que me deporten.",
        "Je ne sais pas. J'ai peur d'être expulsée.",
        "Je préfère ne pas le dire. Mais j'ai peur qu'on me renvoie.",
        "Não sei. Tenho medo de ser deportada.",
        "Prefiro não dizer. Mas tenho medo que me mandem embora.",
    ],
)
def test_a_kind_answer_settles_the_fear_it_states_and_it_is_not_asked(text: str) -> None:
    asked, s = run_session({"q.legal.documents": text})
    assert s.facts[DOCUMENTS].state in (State.UNKNOWN, State.DECLINED)
    assert s.facts[IMMIGRATION].state is State.KNOWN and s.facts[IMMIGRATION].value is True
    assert "q.legal.immigration" not in asked


@pytest.mark.parametrize(
    "text",
    [
        "I don't know. My friend is afraid they will deport her.",
        "No sé. Mi hermana tiene miedo de que la deporten.",
        "Je ne sais pas. Ma cousine a peur d'être expulsée.",
        "Não sei. A minha amiga tem medo de ser deportada.",
    ],
)
def test_someone_elses_fear_after_a_kind_answer_settles_nothing(text: str) -> None:
    asked, s = run_session({"q.legal.documents": text})
    assert "q.legal.immigration" in asked


# --------------------------------------------- a text fact's answer


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I told you. penicillin", "penicillin"),
        ("Ya le dije: penicilina.", "penicilina."),
        ("Je vous l'ai dit, pénicilline.", "pénicilline."),
        ("Já disse. Penicilina.", "Penicilina."),
    ],
)
def test_i_told_you_is_no_part_of_the_value(text: str, value: str) -> None:
    assert settled(DIETARY, text) == {DIETARY: value}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("No pork. And I am scared they will deport me.", "No pork."),
        ("Sin cerdo. Y tengo miedo de que me deporten.", "Sin cerdo."),
        ("Pas de porc. Et j'ai peur d'être expulsée.", "Pas de porc."),
        ("Sem porco. E tenho medo de ser deportada.", "Sem porco."),
    ],
)
def test_a_text_answer_settles_another_fact_and_keeps_only_its_own_words(
    text: str, value: str
) -> None:
    assert settled(DIETARY, text) == {DIETARY: value, IMMIGRATION: True}


@pytest.mark.parametrize(
    "text",
    [
        "No pork, please. And I don't eat beef either.",
        "I told the truth: no pork.",
        "Sin cerdo, por favor. Y tampoco como res.",
        "Pas de porc. Et pas de boeuf non plus.",
        "Sem porco. E também não como carne de vaca.",
    ],
)
def test_a_text_answer_about_its_own_fact_is_kept_whole(text: str) -> None:
    assert settled(DIETARY, text) == {DIETARY: text}


# --------------------------------------------- children named with her in an answer


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Yes, for me and my two kids.", 2),
        ("Sí, para mí y para mi hija.", 1),
        ("Estoy con mis dos hijos.", 2),
        ("Oui, pour moi et ma petite. Elle a deux ans.", 1),
        ("Sim, para mim e para o meu filho.", 1),
        ("Para mim e os meus dois filhos.", 2),
    ],
)
def test_for_me_and_my_children_is_children_with_her(text: str, count: int) -> None:
    assert settled("shelter.needs_shelter_tonight", text).get(CHILDREN) == count


@pytest.mark.parametrize(
    "text",
    [
        "Me and my friend need a bed.",
        "Me and my husband left the kids with my mother.",
        "Yo y mis hijos vivíamos allá, ahora están con mi madre en Honduras.",
        "Moi et mon amie, on n'a nulle part où dormir.",
        "Eu e a minha amiga precisamos de um sítio.",
    ],
)
def test_me_and_someone_else_is_no_child(text: str) -> None:
    assert CHILDREN not in settled("shelter.needs_shelter_tonight", text)


# --------------------------------------------- her own words, in the first person

FAMILY = "reintegration.wants_family_contact"
RETURN = "reintegration.wants_to_return_home"


@pytest.mark.parametrize(
    ("asked", "text", "fact", "value"),
    [
        (
            "medical.wants_counseling",
            "Yes. And I don't want my family to know anything.",
            FAMILY,
            False,
        ),
        ("medical.wants_counseling", "Sí. Y no quiero que mi familia sepa nada.", FAMILY, False),
        ("medical.wants_counseling", "Oui. Et je ne veux pas que ma famille sache.", FAMILY, False),
        (
            "medical.wants_counseling",
            "Sim. E não quero que a minha família saiba nada.",
            FAMILY,
            False,
        ),
        (
            "shelter.needs_shelter_tonight",
            "Sim, não tenho onde dormir. E queria ligar para a minha mãe.",
            FAMILY,
            True,
        ),
        (
            "medical.urgent_need",
            "No. Me preocupan mis papeles, no sé si me puedo quedar aquí.",
            IMMIGRATION,
            True,
        ),
        ("medical.urgent_need", "Não. Preocupam-me os meus papéis.", IMMIGRATION, True),
        ("food.needs_food_now", "Não, obrigada. Gostava de voltar para casa.", RETURN, "yes"),
        ("food.needs_food_now", "Não, obrigada. Quero muito voltar para casa.", RETURN, "yes"),
    ],
)
def test_a_wish_or_worry_in_her_own_words_is_settled(
    asked: str, text: str, fact: str, value: object
) -> None:
    assert settled(asked, text).get(fact) == value


@pytest.mark.parametrize(
    ("asked", "text", "fact"),
    [
        ("medical.wants_counseling", "My sister does not want her family to know.", FAMILY),
        ("medical.wants_counseling", "Mi hermana no quiere que su familia sepa nada.", FAMILY),
        (
            "medical.wants_counseling",
            "My friend told me she doesn't want my family to know.",
            FAMILY,
        ),
        ("shelter.needs_shelter_tonight", "Sim. Ela queria falar com o pai.", FAMILY),
        ("food.needs_food_now", "Não. A minha prima quer voltar para casa.", RETURN),
        ("medical.urgent_need", "No. Nos preocupan sus papeles.", IMMIGRATION),
        ("medical.urgent_need", "No. Me preocupan mis hijos.", IMMIGRATION),
    ],
)
def test_someone_elses_wish_or_worry_settles_nothing(asked: str, text: str, fact: str) -> None:
    assert fact not in settled(asked, text)
