"""Children with her (stop 33, kids33b).

A child put elsewhere in an answer to the children question is no child with her; a total
before "but" is no count with her; a child restated after a comma ("a son with her, a
boy of 3") is one child; "both" of her children is two; the writer with "a girl" is the
person herself; a companions form line with a dot leader says nobody came; all her
children elsewhere and not with her is none. Invented sentences in en/es/fr/pt, each
with a counterpart that must not give the value."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract, interpret_answer

CHILDREN = "household.children_with_them"


def _note(text: str) -> object:
    return extract(text).values.get(CHILDREN)


def _answer(text: str, question: str) -> object:
    return interpret_answer(CHILDREN, text, question=question).values.get(CHILDREN)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Any kids with you?", "My two boys stay with their grandmother in Lagos."),
        ("¿Tiene hijos con usted?", "Mi hija está con mi hermana en Lima."),
        ("Vous avez des enfants avec vous ?", "Mon fils est chez ma mère au Cameroun."),
        ("Tem filhos consigo?", "A minha filha está com a avó em Luanda."),
    ],
)
def test_child_elsewhere_answer_is_no_count(question: str, answer: str) -> None:
    assert _answer(answer, question) is None  # not 1: that child is not with her


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Any kids with you?", "My daughter is here with me."),
        ("¿Tiene hijos con usted?", "Mi hija está aquí conmigo."),
        ("Vous avez des enfants avec vous ?", "Mon fils est ici avec moi."),
        ("Tem filhos consigo?", "A minha filha está aqui comigo."),
    ],
)
def test_child_here_answer_counts(question: str, answer: str) -> None:
    assert _answer(answer, question) == 1


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Any kids with you?", "I have four, but my sister keeps them."),
        ("¿Tiene hijos con usted?", "Tengo cuatro, pero aquí conmigo solo está la pequeña."),
        ("Vous avez des enfants avec vous ?", "J'en ai quatre, mais ma sœur les garde."),
        ("Tem filhos consigo?", "Tenho quatro, mas comigo só está a pequena."),
    ],
)
def test_total_before_but_is_not_with_her(question: str, answer: str) -> None:
    assert _answer(answer, question) != 4


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("She has a daughter with her, a girl of 5.", "She has a son and a daughter with her."),
        (
            "Tiene una hija con ella, una niña de 5 años.",
            "Tiene un hijo y una hija con ella.",
        ),
        (
            "Elle a une fille avec elle, une fillette de 5 ans.",
            "Elle a un fils et une fille avec elle.",
        ),
        (
            "Ela tem uma filha com ela, uma menina de 5 anos.",
            "Ela tem um filho e uma filha com ela.",
        ),
    ],
)
def test_child_restated_counts_once(one: str, two: str) -> None:
    assert _note(one) == 1
    assert _note(two) == 2


@pytest.mark.parametrize(
    ("both", "elsewhere"),
    [
        ("Both of her kids are here with her.", "Both of her kids are in Kenya with her aunt."),
        ("Vino con ambos hijos.", "Ambos hijos están en Perú con su abuela."),
        ("Chegou com ambos os filhos.", "Ambos os filhos estão em Angola com a avó."),
    ],
)
def test_both_children_is_two(both: str, elsewhere: str) -> None:
    assert _note(both) == 2
    assert _note(elsewhere) is None


@pytest.mark.parametrize(
    ("herself", "with_child"),
    [
        ("We have a girl here, she is 15.", "We have a lady here and her son."),
        ("Tenemos una niña aquí, tiene 15 años.", "Tenemos a una señora y su hijo."),
        ("Nous avons une fille ici, elle a 15 ans.", "Nous avons une dame et son fils."),
        ("Estou com uma menina aqui, ela tem 14 anos.", "Estou com uma senhora e o filho dela."),
    ],
)
def test_writer_with_a_girl_is_the_person(herself: str, with_child: str) -> None:
    assert _note(herself) is None
    assert _note(with_child) == 1


@pytest.mark.parametrize(
    ("nobody", "somebody"),
    [
        ("Accompanied by ...... nobody\nAge ...... 50", "Accompanied by ...... her friend"),
        ("Acompañantes ...... ninguno\nEdad ...... 50", "Acompañantes ...... una amiga"),
        ("Accompagnants ...... aucun\nÂge ...... 50", "Accompagnants ...... une amie"),
        ("Acompanhantes ...... ninguém\nIdade ...... 50", "Acompanhantes ...... uma amiga"),
    ],
)
def test_companions_dot_leader_none(nobody: str, somebody: str) -> None:
    assert _note(nobody) == 0
    assert _note(somebody) is None


@pytest.mark.parametrize(
    ("all_away", "one_away"),
    [
        (
            "Sus dos hijos siguen en Honduras con la abuela y no están con ella.",
            "Su hija está en Honduras con la abuela, no está con ella.",
        ),
        (
            "Os três filhos estão em Bissau com a avó e não estão com ela.",
            "A filha está em Bissau com a avó e não está com ela.",
        ),
    ],
)
def test_all_hers_elsewhere_not_with_her(all_away: str, one_away: str) -> None:
    assert _note(all_away) == 0
    assert _note(one_away) is None


@pytest.mark.parametrize(
    ("alone", "not_alone"),
    [
        (
            "Caller: My boy is in Accra with my aunt. Nobody is with me here.",
            "Caller: My boy is in Accra with my aunt. Nobody knows I am here.",
        ),
        (
            "Llamante: Mi hijo está en Lima con mi tía. Nadie está conmigo.",
            "Llamante: Mi hijo está en Lima con mi tía. Nadie sabe que estoy aquí.",
        ),
        (
            "Appelante : Mon fils est à Dakar chez ma tante. Personne n'est avec moi.",
            "Appelante : Mon fils est à Dakar chez ma tante. Personne ne sait où je suis.",
        ),
        (
            "Chamadora: O meu filho está em Luanda com a tia. Ninguém está comigo.",
            "Chamadora: O meu filho está em Luanda com a tia. Ninguém sabe onde estou.",
        ),
    ],
)
def test_nobody_with_me_in_her_own_words(alone: str, not_alone: str) -> None:
    assert _note(alone) == 0
    assert _note(not_alone) is None
