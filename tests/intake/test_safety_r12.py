"""Round 12, safety: who knows where she is, composed of its parts; the police wish
refused in more words; safe at a place she stays tonight; chat transcripts.

- Knowing where she is = a knowing verb (`knowing_verbs`) x her place: "where" and a verb
  of her being there, a whereabouts noun, "which" place, or "she is" and here / a place of a
  kind; only `knowing_gaps` words between the parts. Negated it is a no, hedged unsure.
- Not knowing (`unknowing_verbs`: "has no idea", "ignore", "desconhece") is a no.
- Who knows: a household the note says she worked for ("chez une famille") taken up as "la
  famille"; a relation the note puts in quotes or gives to an exploiter ("an "uncle"", "the
  owner's brother"); an exploiter opening a relative clause ("the man who brings us...").
- A transcript's "No, she doesn't know" echoes the question's verb: a no.

Invented sentences, en/es/fr/pt, with as many readings that must not fire."""

from __future__ import annotations

import pytest

from tests.intake.reading import DANGER, KNOWS, POLICE, reads

# ------------------------------------------------- knowing x where x her being, in each language


@pytest.mark.parametrize(
    "text",
    [
        "The foreman knows exactly where they sleep.",
        "El capataz sabe perfectamente dónde duerme.",
        "Le réseau sait où elle se trouve.",
        "O angariador sabe onde ele mora.",
        "The crew boss knows the motel where he is staying.",
        "La patrona sabe en qué instituto está.",
        "L'intermédiaire sait qu'il est encore dans la caravane.",
        "O capataz sabe que ela está no centro de saúde.",
        "El patrón ya ubicó nuestro refugio.",
    ],
)
def test_knowing_composed_of_its_parts_is_yes(text):
    assert reads(text, KNOWS) == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "The boss does not know where she is now.",
        "El jefe no sabe dónde está ahora.",
        "Le patron ne sait pas qu'elle est ici.",
        "O patrão não sabe que ela está no hospital.",  # ("no" here is "in the", not a negator)
        "The manager has no idea where she is now.",
        "El tratante no tiene idea de dónde está.",
        "Le trafiquant ignore où elle se trouve.",
    ],
)
def test_not_knowing_composed_is_no(text):
    assert reads(text, KNOWS) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "The boss may know where she is.",
        "El patrón podría saber dónde está.",
        "Le patron sait peut-être où elle est.",
        "O patrão talvez saiba onde ela está.",
        "No sabe si la gente de la clica sabe que vino aquí.",
    ],
)
def test_knowing_hedged_is_unsure(text):
    assert reads(text, KNOWS) == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        "The boss knows where her children are.",
        "El patrón sabe la dirección de su madre.",
        "Le patron sait où habite sa sœur.",
        "The boss knew where she was living back then.",
        "El tratante sabe que está en peligro.",
        "Her sister knows where she is.",
        "She knows where the boss lives.",
        "The group he was with knows the address.",  # (which address: the flat he left)
        "Do you know where you will sleep tonight?",
    ],
)
def test_someone_elses_place_or_knower_says_nothing(text):
    assert reads(text, KNOWS) is None


# ------------------------------------------------------------------------ who knows, by the note


@pytest.mark.parametrize(
    "text",
    [
        "Trabajó muchos años con una familia que no le pagaba. Dice que esa familia no sabe"
        " que está con nosotros.",
        "Elle travaillait chez une famille à Outremont. La famille ne sait pas où elle est allée.",
    ],
)
def test_the_household_she_worked_for_is_theirs(text):
    assert reads(text, KNOWS) == "no"


def test_her_own_family_stays_hers():
    text = "Viene de una familia pobre. La familia no sabe dónde está."
    assert reads(text, KNOWS) is None


@pytest.mark.parametrize(
    "text",
    [
        'Vive con un "tío" que no es familiar. El "tío" sabe que está aquí en la escuela.',
        "She worked for the owner's brother. The brother came to the office looking for her"
        " and was sent away. He knows she is here.",
        "the man who brings us to the clients is outside in the car",
        "el hombre que nos lleva a los clientes está en la puerta del piso",
        "O menino diz que o homem passa pelo mercado e que sabe que ele fica por ali.",
    ],
)
def test_people_of_theirs_named_by_the_note(text):
    assert reads(text, KNOWS) == "yes"


def test_her_uncle_is_hers():
    assert reads("She lives with her uncle. The uncle knows where she is.", KNOWS) is None


# ------------------------------------------------------- visits to her place of care: offered


@pytest.mark.parametrize(
    "text",
    [
        "The pimp called the shelter twice asking for her.",
        "El patrón vino dos veces al albergue.",
        "Le patron est passé deux fois au foyer.",
    ],
)
def test_a_visit_to_her_place_of_care_is_offered(text):
    assert reads(text, KNOWS) in ("possible", "yes")


@pytest.mark.parametrize(
    "text",
    [
        "She is worried the owner will find out she came here.",
        "L'employeur a téléphoné au consulat ce matin pour demander où elle se trouve.",
        "The boss came to the house every night when she worked there.",
    ],
)
def test_a_visit_that_is_hers_or_asks_where_says_nothing(text):
    assert reads(text, KNOWS) is None


# ----------------------------------------------------------------------------- transcripts


@pytest.mark.parametrize(
    "text",
    [
        "ATENDENTE: A patroa sabe onde você está agora?\nCHAMADORA: Não, ela não sabe.",
        "OP: Does the boss know where you are?\nC: No, he doesn't know.",
        "OP: Does anyone at the house know where you are?\nC (via I): No. They were asleep.",
    ],
)
def test_a_no_that_echoes_the_question_is_no(text):
    assert reads(text, KNOWS) == "no"


def test_a_reply_past_a_lone_chat_time():
    text = (
        "[02:14] Advisor: I'm here. Are you safe right now?\n"
        "[02:15] Survivor: no. he is outside in the car\n"
        "[02:15] Advisor: What should I call you?"
    )
    assert reads(text, DANGER) is True


def test_a_reply_saying_she_does_not_know_yet_stays_undecided():
    text = "Orientadora: ¿Quiere denunciar?\nMadre: No, no sabe todavía."
    assert reads(text, POLICE) == "undecided"


# ------------------------------------------------------------------------------ police


@pytest.mark.parametrize(
    "text",
    [
        "She will not make a statement.",
        "She won't speak to the police.",
        "Tiene miedo de la policía y no quiere hacer una declaración.",
        "Elle a peur de la police et ne veut pas faire de déposition.",
        "Não quer prestar declarações.",
    ],
)
def test_a_refused_statement_is_no(text):
    assert reads(text, POLICE) == "no"


@pytest.mark.parametrize(
    "text",
    [
        "The police will take her statement.",
        "She would not say where she is from.",
        "No va a volver con el patrón.",
        "Wants to report back to us tomorrow.",
    ],
)
def test_no_police_wish_in_other_words(text):
    assert reads(text, POLICE) is None


# -------------------------------------------------------------- safe where she stays tonight


@pytest.mark.parametrize(
    "text",
    [
        "Esta noche duerme en casa de una amiga, donde está segura.",
        "Hoje vai ficar em casa da madrinha, onde diz que está segura.",
        "She is staying tonight with a parishioner, and that is safe for now.",
    ],
)
def test_safe_at_the_place_she_stays_tonight_is_offered(text):
    assert reads(text, DANGER) == "possible"


@pytest.mark.parametrize("text", ["She is safe now.", "Está segura ahora."])
def test_safe_now_is_clear(text):
    assert reads(text, DANGER) is False


@pytest.mark.parametrize(
    "text,value",
    [
        ("Not wanting police (v. clear).", "no"),
        ("Declines to report.", "no"),
        ("Plainte : déposée ce jour, souhaite collaborer à l'enquête", "yes"),
        (
            "Il ne souhaite pas pour l'instant faire de plainte a la police, il veut y penser.",
            "undecided",
        ),
        ("Manifiesta que todavía no decide si presentará denuncia formal.", "undecided"),
    ],
)
def test_police_wish_in_more_words(text, value):
    assert reads(text, POLICE) == value
