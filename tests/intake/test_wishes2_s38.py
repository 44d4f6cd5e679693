"""Her long-term wishes in her own answers (stop 38, wishes2).

Invented answers, in a survivor's plain words, to the going-home, family, work, training
and status questions, in en/es/fr/pt: a softened never is a refusal; a wish of then with
a "now" after it is no wish of now; going back "when it is safe" is only offered; a maybe
granted and taken back leaves her no; another person's wish for her, then her own "I
don't", is her no; "Volver... no." is a pause, not a form line; "it is not safe now" (of
going back) is not her danger. Each has a counterpart that must keep its reading."""

from __future__ import annotations

import pytest

from caseassist.intake import questions
from caseassist.intake.read import interpret_answer

RETURN = "reintegration.wants_to_return_home"
FAMILY = "reintegration.wants_family_contact"
WORK = "jobs.wants_employment"
IMMIGRATION = "legal.immigration_concern"
DANGER = "safety.in_immediate_danger"


def _asked(fact: str, lang: str) -> str:
    q = next(q for q in questions.question_bank() if fact in q.facts)
    return q.survivor[lang]


def _read(fact: str, lang: str, text: str) -> tuple[dict, dict]:
    got = interpret_answer(fact, text, _asked(fact, lang))
    return dict(got.values), dict(got.offered())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Go back, no. Not now, and maybe not ever."),
        ("en", "No. Not today, maybe never."),
        ("es", "Volver, no. Ahora no, quizás nunca."),
        ("fr", "Rentrer ? Non. Pas maintenant, peut-être jamais."),
        ("pt", "Voltar, não. Agora não, talvez nunca."),
    ],
)
def test_a_softened_never_is_her_no(lang: str, text: str) -> None:
    assert _read(RETURN, lang, text)[0].get(RETURN) == "no"


def test_a_plain_maybe_still_leaves_her_undecided() -> None:
    assert _read(RETURN, "en", "Maybe. I have to see.")[0].get(RETURN) == "undecided"


@pytest.mark.parametrize(
    ("fact", "lang", "text"),
    [
        (RETURN, "en", "I used to want to go home every day. Now I don't know."),
        (RETURN, "es", "Al principio quería volver a mi país. Ahora no sé."),
        (RETURN, "pt", "Antes queria regressar, agora já não sei."),
    ],
)
def test_a_wish_of_then_and_her_doubt_now_is_undecided(fact: str, lang: str, text: str) -> None:
    assert _read(fact, lang, text)[0].get(fact) == "undecided"


@pytest.mark.parametrize(
    ("fact", "lang", "text"),
    [
        (WORK, "pt", "No começo queria trabalhar, agora não sei."),
        (WORK, "en", "I used to want to work. Now I am not sure."),
    ],
)
def test_a_wish_of_then_is_only_offered(fact: str, lang: str, text: str) -> None:
    values, offered = _read(fact, lang, text)
    assert fact not in values
    assert offered.get(fact) is True


def test_a_wish_of_then_that_still_holds_is_kept() -> None:
    # no clause opens on "now": nothing says it changed
    values, _ = _read(RETURN, "en", "I want to go home, I always did.")
    assert values.get(RETURN) == "yes"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Ao princípio sim, agora já tenho o meu título de residência."),
        ("en", "At first yes, now my residence card is fine."),
    ],
)
def test_a_worry_of_then_is_no_worry_now(lang: str, text: str) -> None:
    assert _read(IMMIGRATION, lang, text)[0].get(IMMIGRATION) is not True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Yes, once it is safe there."),
        ("en", "If it were safe, yes. It is not safe now."),
        ("es", "Sí, cuando sea seguro."),
        ("es", "Si fuera seguro, sí. Pero ahora no lo es."),
        ("fr", "Si c'était sûr, oui. Mais ce n'est pas sûr maintenant."),
        ("pt", "Se fosse seguro, sim. Mas agora não é seguro."),
    ],
)
def test_going_back_when_it_is_safe_is_offered(lang: str, text: str) -> None:
    values, offered = _read(RETURN, lang, text)
    assert RETURN not in values
    assert offered.get(RETURN) in ("yes", "undecided")
    assert DANGER not in values  # "it is not safe now": going back, not her danger


def test_a_plain_yes_to_going_home_stays_yes() -> None:
    assert _read(RETURN, "es", "Sí, cuanto antes mejor.")[0].get(RETURN) == "yes"


def test_not_safe_there_is_no_doubt_in_french() -> None:
    assert _read(RETURN, "fr", "Non, c'est pas sûr là-bas pour moi.")[0].get(RETURN) == "no"
    assert _read(RETURN, "fr", "Je ne suis pas sûre.")[0].get(RETURN) == "undecided"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "No. Maybe one day to visit my aunt, but not to live."),
        ("es", "Volver no. Quizás algún día de visita, pero vivir allí no."),
        ("fr", "Rentrer, non. Peut-être un jour pour voir ma tante, mais pas pour vivre."),
        ("pt", "Voltar não. Talvez um dia de visita, mas viver lá não."),
    ],
)
def test_a_maybe_taken_back_leaves_her_no(lang: str, text: str) -> None:
    assert _read(RETURN, lang, text)[0].get(RETURN) in ("no", None)
    assert _read(RETURN, lang, text)[0].get(RETURN) != "undecided"


def test_a_maybe_but_not_now_keeps_its_doubt() -> None:
    assert _read(RETURN, "en", "No. Maybe later, but not now.")[0].get(RETURN) == "undecided"


@pytest.mark.parametrize(
    ("fact", "lang", "text", "value"),
    [
        (RETURN, "en", "My husband wants me to go back. I don't.", "no"),
        (RETURN, "es", "Mi madre quiere que vuelva, pero yo no quiero.", "no"),
        (RETURN, "fr", "Mon frère veut que je rentre. Moi non.", "no"),
        (RETURN, "pt", "O meu pai quer que eu volte, liga todos os dias. Eu não quero.", "no"),
        (WORK, "es", "Mi marido quiere que trabaje. Yo no quiero.", False),
        (FAMILY, "en", "My sister wants me to call our mother. I don't.", False),
    ],
)
def test_her_no_after_another_persons_wish(fact: str, lang: str, text: str, value: object) -> None:
    assert _read(fact, lang, text)[0].get(fact) == value


def test_her_doubt_after_another_persons_wish_is_no_no() -> None:
    values, _ = _read(RETURN, "pt", "O meu marido quer que eu volte. Eu não sei.")
    assert values.get(RETURN) != "no"


def test_a_pause_in_her_answer_is_no_form_line() -> None:
    text = (
        "Volver... no. Allí está él y todo el mundo lo conoce. A mi tía sí me gustaría "
        "llamarla, no sabe nada de mí desde hace meses y seguro que está preocupada."
    )
    values, _ = _read(RETURN, "es", text)
    assert values.get(RETURN) == "no"  # not "Volver: <the rest>", undecided by "no sabe"
    assert _read(RETURN, "fr", "Rentrer... non. Là-bas ils me cherchent.")[0].get(RETURN) == "no"
    assert _read(RETURN, "pt", "Não sei... Talvez.")[0].get(RETURN) == "undecided"


def test_her_danger_now_is_still_read_in_a_note() -> None:
    from caseassist.intake.read import extract

    assert extract("She is not safe now.").values.get(DANGER) is True
    assert DANGER not in extract("It is not safe now for her to go back there.").values
