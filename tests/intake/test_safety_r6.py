"""Critical facts read cleanly, sixth round of issue 12, in invented sentences in
en/es/fr/pt: a safety or consent fact is applied only when its reading is plain (about
her, present, no contrast going on with it, no wish put off or someone else's, no other
reading of it with another value); anything less is offered to staff, never applied.
Each mechanism has as many readings that must stay applied as readings that must not."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract
from tests.intake.reading import DANGER, KNOWS, POLICE


def _applied_or_offered(text: str, fact: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(fact), got.offered().get(fact)


# ------------------------------------------------------------ plain readings stay applied


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She does not want the police involved.", POLICE, "no"),
        ("Police: no.", POLICE, "no"),
        ("She wants to press charges against the owner.", POLICE, "yes"),
        ("She does not want the police for now.", POLICE, "no"),  # a no for now is a no
        ("No quiere denunciar.", POLICE, "no"),
        ("No quiere denunciar por ahora.", POLICE, "no"),
        ("Quiere poner una denuncia contra el patrón.", POLICE, "yes"),
        ("Elle ne veut pas porter plainte pour l'instant.", POLICE, "no"),
        ("Elle veut porter plainte contre son employeur.", POLICE, "yes"),
        ("Ela não quer fazer queixa.", POLICE, "no"),
        ("Ela quer apresentar queixa contra o patrão.", POLICE, "yes"),
        # the undecided value is what a put-off wish states
        ("Elle ne sait pas encore si elle veut porter plainte.", POLICE, "undecided"),
        ("No sabe todavía si quiere denunciar.", POLICE, "undecided"),
        ("She is in danger tonight, the owner is looking for her.", DANGER, True),
        ("Corre peligro esta noche.", DANGER, True),
        ("Elle est en danger ce soir.", DANGER, True),
        ("Ela está em perigo esta noite.", DANGER, True),
        # a contrast about another need leaves the statement standing
        ("She is not in danger, but she needs a bed tonight.", DANGER, False),
        ("The trafficker knows where she lives.", KNOWS, "yes"),
        ("The boss does not know where she is.", KNOWS, "no"),
        ("El tratante sabe dónde vive.", KNOWS, "yes"),
        ("Le réseau sait où elle habite.", KNOWS, "yes"),
        ("O patrão sabe onde ela mora.", KNOWS, "yes"),
    ],
)
def test_a_plain_reading_of_a_critical_fact_is_applied(text, fact, value):
    assert _applied_or_offered(text, fact) == (value, None)


# ------------------------------------------- a contrast going on with it: offered only


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("She wants to press charges, but not yet.", POLICE, "yes"),
        ("She wants to report, but she is scared.", POLICE, "yes"),
        ("Quiere denunciar, pero no ahora.", POLICE, "yes"),
        ("Quiere denunciar, aunque tiene miedo.", POLICE, "yes"),
        ("Elle veut porter plainte, mais pas maintenant.", POLICE, "yes"),
        ("Ela quer fazer queixa, mas só depois.", POLICE, "yes"),
        ("Ela quer apresentar queixa, embora tenha medo.", POLICE, "yes"),
        ("Ela não quer apresentar queixa, embora o irmão insista.", POLICE, "no"),
        ("El patrón sabe dónde vive, aunque no la dirección exacta.", KNOWS, "yes"),
        (
            "The trafficker does not know where she is, although her cousin might tell him.",
            KNOWS,
            "no",
        ),
        ("She is not in danger, but not safe either.", DANGER, False),
    ],
)
def test_a_contrast_going_on_with_the_statement_offers_it(text, fact, value):
    assert _applied_or_offered(text, fact) == (None, value)


# ------------------------------- a past, a condition, a wish put off or someone else's


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She wanted to press charges at first, now she is not sure.", "yes"),
        ("Police: she says yes for now.", "yes"),
        ("The referrer wants her to talk to the police.", "yes"),
        ("Su familia la presiona para que denuncie, ella quiere denunciar.", "yes"),
        ("Solo si la protegen quiere denunciar.", "yes"),
        ("Elle veut porter plainte, on verra.", "yes"),
    ],
)
def test_a_past_condition_or_second_opinion_offers_the_wish(text, value):
    assert _applied_or_offered(text, POLICE) == (None, value)


@pytest.mark.parametrize(
    "text",
    [
        "Her brother wants her to report it.",
        "Su hermano quiere que denuncie.",
        "Son frère veut qu'elle porte plainte.",
        "O irmão quer que ela faça queixa.",
        "Al principio quería denunciar.",
        "Au début elle voulait porter plainte.",
        "No início ela queria fazer queixa.",
    ],
)
def test_someone_elses_wish_or_a_past_one_is_never_applied(text):
    assert extract(text).values.get(POLICE) is None


# --------------------------------------------- a non-answer to a question told: nothing


@pytest.mark.parametrize(
    "text",
    [
        "¿Quiere denunciar? No contesta.",
        "Police? No answer.",
        "Plainte ? Ne répond pas.",
        "Quer fazer queixa? Não responde.",
    ],
)
def test_a_question_left_unanswered_is_no_refusal(text):
    assert extract(text).values.get(POLICE) is None


@pytest.mark.parametrize(
    "text",
    [
        "¿Quiere denunciar? No.",
        "Police? No.",
        "Plainte ? Non.",
        "Quer fazer queixa? Não.",
    ],
)
def test_a_plain_no_to_a_question_told_is_a_refusal(text):
    assert extract(text).values.get(POLICE) == "no"


# --------------------------------- two readings of the fact that disagree: nothing applied


@pytest.mark.parametrize(
    "text",
    [
        "She does not want the police. Police: maybe.",
        "No quiere denunciar. Denuncia: quizás.",
        "Elle ne veut pas porter plainte. Plainte : peut-être.",
        "Ela não quer fazer queixa. Queixa: talvez.",
    ],
)
def test_another_reading_with_another_value_holds_the_fact_back(text):
    assert extract(text).values.get(POLICE) is None


# ------------------------------------------------ consent to share, read by its parts

CONSENT = "consent.share_with_providers"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She agreed that we can share her details with the legal clinic and her doctor.", "yes"),
        ("He signed a release so we can share his file with legal aid.", "yes"),
        ("Consent to share with service providers: yes.", "yes"),
        ("Acepta que compartamos sus datos con el centro de salud y con la abogada.", "yes"),
        ("Firmó la autorización para compartir su información con los servicios sociales.", "yes"),
        ("Elle accepte que nous transmettions son dossier à l'avocate et au médecin.", "yes"),
        (
            "Il a donné son accord pour que l'on partage ses informations avec nos partenaires.",
            "yes",
        ),
        ("Ela autorizou que os seus dados sejam partilhados com os serviços de saúde.", "yes"),
        ("She does not agree to share her information with other agencies.", "no"),
        ("No autoriza que compartamos sus datos con otras entidades.", "no"),
        ("Elle n'accepte pas que l'on transmette ses informations aux partenaires.", "no"),
        ("Ela não autoriza a partilha dos seus dados com outras entidades.", "no"),
        ("She wants us to ask her each time before sharing.", "ask_each_time"),
        ("Pide que se le pregunte cada vez antes de compartir.", "ask_each_time"),
        ("Il faut lui demander à chaque fois avant toute transmission.", "ask_each_time"),
        ("Prefere que lhe perguntem de cada vez.", "ask_each_time"),
    ],
)
def test_a_plain_consent_in_a_note_is_read_and_applied(text, value):
    """Read by its parts; a plain report of her consent, refusal or each-time wish is
    applied from a note (clean-reading level `share`, stop 30: no longer `offer_only`)."""
    assert _applied_or_offered(text, CONSENT)[0] == value


@pytest.mark.parametrize(
    "text",
    [
        # consent to the referral alone: whether other providers may be told is not said
        "She agreed that we can share this with you.",
        "Elle est d'accord pour qu'on vous transmette ses coordonnées.",
        # a limit: not a plain yes
        "She only agreed to share with the clinic.",
        "Solo acepta compartir sus datos con la clínica.",
        "Elle accepte seulement que l'on partage avec le médecin.",
        "Ela só autoriza partilhar com o médico.",
    ],
)
def test_consent_to_the_referral_alone_or_with_a_limit_is_offered(text):
    assert _applied_or_offered(text, CONSENT) == (None, "yes")


@pytest.mark.parametrize(
    "text",
    [
        "The nurse agreed to share the file with the clinic.",
        "El abogado acepta compartir los datos con el centro de salud.",
        "Son mari accepte que l'on partage ses informations avec le médecin.",
        "O marido aceitou partilhar os dados com o médico.",
    ],
)
def test_someone_elses_consent_is_not_hers(text):
    assert extract(text).values.get(CONSENT) is None


# --------------------------------- who knows: a pronoun takes up the person named before


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker called twice. He knows she is here.",
        "El patrón la llamó dos veces. Él sabe que ella está aquí.",
        "Le patron l'a appelée hier. Il sait qu'elle est ici.",
        "O patrão ligou-lhe ontem. Ele sabe que ela está aqui.",
    ],
)
def test_he_after_an_exploiter_named_alone_is_the_exploiter(text):
    assert _applied_or_offered(text, KNOWS) == ("yes", None)


@pytest.mark.parametrize(
    "text",
    [
        "The trafficker called her brother. He knows she is here.",
        "Su primo la recogió. Él sabe que ella está aquí.",
        "Son cousin l'héberge. Il sait qu'elle est ici.",
        "O primo dela acolheu-a. Ele sabe que ela está aqui.",
    ],
)
def test_he_after_a_relative_or_two_people_is_only_offered(text):
    assert _applied_or_offered(text, KNOWS) == (None, "yes")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The crew boss knows where she sleeps.", "yes"),
        ("El manijero sabe dónde duerme.", "yes"),
        ("Le gérant de l'appartement ne sait pas où elle est.", "no"),
        ("O angariador sabe onde ela mora.", "yes"),
    ],
)
def test_a_boss_by_another_name_is_who_knows(text, value):
    assert _applied_or_offered(text, KNOWS) == (value, None)


@pytest.mark.parametrize(
    "text",
    [
        "Her neighbour knows where she sleeps.",
        "Su prima sabe dónde duerme.",
        "Sa cousine sait où elle est.",
        "A vizinha sabe onde ela mora.",
    ],
)
def test_a_relative_or_neighbour_knowing_is_never_applied(text):
    assert extract(text).values.get(KNOWS) is None
