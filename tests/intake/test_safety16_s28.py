"""Who knows where she is and the police (stop 28, safety16), in invented sentences in
en/es/fr/pt: the same words read the same inside a chat line; knower + knowing verb or
act + her place composed (the household she worked for, the home she rents, a friend's
home, followed to her place, a tracked phone); doubt over a knowing statement is the
unsure value; a decision put off is undecided, also when the put-off opens the next
sentence; a report made by the writer or an institution is no wish of hers; a wish for
an act named by a pro-form ("expressed the wish to do so"). Each family has a close
distractor that must not set the fact: no wrong value, whatever is uncertain offered."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

KNOWS = "safety.trafficker_knows_location"
POLICE = "safety.wants_law_enforcement"
DANGER = "safety.in_immediate_danger"


def _read(text: str, fact: str) -> tuple[object, object]:
    got = extract(text)
    return got.values.get(fact), got.offered().get(fact)


# ------------------------------------------------- a form line after a chat speaker


@pytest.mark.parametrize(
    "text, danger, knows, police",
    [
        (
            "Shelter: go ahead\nClinic: Immediate danger: No\n"
            "Clinic: Trafficker knows location: Unsure\nClinic: Wants police: Undecided",
            False,
            "unsure",
            "undecided",
        ),
        (
            "Shelter: go ahead\n[14:03] Clinic (Nurse Hollis): Immediate danger: No\n"
            "[14:03] Clinic (Nurse Hollis): Trafficker knows location: Unsure\n"
            "[14:03] Clinic (Nurse Hollis): Wants police: Undecided",
            False,
            "unsure",
            "undecided",
        ),
        (
            "Albergue: adelante\nEnfermera Ríos: Peligro inmediato: NO\n"
            "Enfermera Ríos: El tratante conoce su ubicación: NO SABE\n"
            "Enfermera Ríos: Desea denunciar: NO",
            False,
            "unsure",
            "no",
        ),
        (
            "Foyer : allez-y\nInfirmière Morel: Danger immédiat : non\n"
            "Infirmière Morel: Souhaite porter plainte : ne sait pas encore",
            False,
            None,
            "undecided",
        ),
        (
            "Abrigo: pode dizer\nEnfermeira Sousa: Perigo imediato: Não\n"
            "Enfermeira Sousa: Traficante conhece a localização: Não sabe\n"
            "Enfermeira Sousa: Deseja apresentar queixa: Indecisa",
            False,
            "unsure",
            "undecided",
        ),
    ],
)
def test_a_form_line_after_a_speaker_is_read_as_the_form_line(
    text: str, danger: object, knows: object, police: object
) -> None:
    got = extract(text).values
    assert (got.get(DANGER), got.get(KNOWS), got.get(POLICE)) == (danger, knows, police)


@pytest.mark.parametrize(
    "text",
    [
        "Albergue: adelante\nClínica: técnica: el jefe sabe dónde te estás quedando?\n"
        "Clínica: usuaria: no, no tiene ni idea",
        "Foyer : allez-y\nClinique: travailleuse sociale : le patron sait où tu dors ?\n"
        "Clinique: usagère : non il sait pas du tout",
        "Abrigo: pode dizer\nClínica: técnica: o patrão sabe onde vc tá ficando?\n"
        "Clínica: utente: não, não faz ideia",
    ],
)
def test_a_relayed_turn_with_two_labels_is_her_reply(text: str) -> None:
    assert _read(text, KNOWS) == ("no", None)


@pytest.mark.parametrize(
    "text",
    [
        "Trafficker knows location: ?\n\nThanks, call me back on 555 0134 if anything is unclear.",
        "Trafficker knows location: ?\n\nThanks, call me back.",
    ],
)
def test_an_unanswered_label_takes_no_sign_off_as_its_reply(text: str) -> None:
    assert _read(text, KNOWS) == (None, None)


@pytest.mark.parametrize("text", ["Police: ?\nShe said no.", "Police: ?\nNo."])
def test_a_label_asked_keeps_the_reply_after_it(text: str) -> None:
    assert _read(text, POLICE) == ("no", None)


# ------------------------------------------------- doubt over a knowing statement


@pytest.mark.parametrize(
    "text",
    [
        "She's not sure if the boss knows about the friend's flat.",
        "No sabe si el patrón conoce el piso de la amiga.",
        "Elle ne sait pas si le patron connaît l'appartement de son amie.",
        "Não sabe se o patrão sabe do apartamento da amiga.",
        # a belief of hers with a short doubt after it
        "She thinks the boss does not know she is here, but she is not sure.",
        "Cree que el patrón no sabe que está aquí, pero no está segura.",
        "Elle pense que le patron ne sait pas qu'elle est ici, mais elle n'en est pas sûre.",
        "Acha que o patrão não sabe que ela está aqui, mas não tem certeza.",
        # the home she rents now, under a belief and a doubt
        "Tomas thinks his old crew boss might know about the room he is renting now; he isn't sure.",
        "Marcelo cree que su antiguo capataz podría saber lo de la habitación que alquila ahora, pero no está seguro.",
        "Ousmane pense que son ancien chef d'équipe pourrait être au courant de la chambre qu'il loue, mais il n'en est pas sûr.",
        "O Edson acha que o antigo encarregado pode saber do quarto que ele aluga agora, mas não tem certeza.",
    ],
)
def test_doubt_over_knowing_is_unsure(text: str) -> None:
    assert _read(text, KNOWS)[0] == "unsure"


@pytest.mark.parametrize(
    "text",
    [
        # her own people knowing says nothing of the people she left
        "Not sure if her sister knows about the friend's flat.",
        "She thinks her sister knows where she is, but she is not sure.",
        # a belief with no doubt after it stays offered
        "She thinks the boss does not know she is here.",
    ],
)
def test_doubt_over_someone_safe_or_a_plain_belief_applies_nothing(text: str) -> None:
    assert _read(text, KNOWS)[0] is None


# ------------------------------------------------- the home of a person of hers: offered


@pytest.mark.parametrize(
    "text, value",
    [
        ("The boss knows about the friend's flat.", "yes"),
        ("El patrón conoce el piso de la amiga.", "yes"),
        ("O patrão conhece a casa da prima.", "yes"),
        ("The boss does not know about the friend's flat.", "no"),
        ("Le patron ne connaît pas l'adresse de la cousine.", "no"),
    ],
)
def test_knowing_a_friends_home_is_only_offered(text: str, value: str) -> None:
    assert _read(text, KNOWS) == (None, value)


# ------------------------------------------------- the knower: the household she worked for


@pytest.mark.parametrize(
    "text, value",
    [
        ("The family she worked for knows where she lives.", "yes"),
        ("La familia para la que trabajaba sabe dónde vive.", "yes"),
        ("La familia para la que trabajaba no sabe que está aquí.", "no"),
        ("La famille chez qui elle travaillait sait où elle dort.", "yes"),
        ("A família para quem ela trabalhava sabe onde ela mora.", "yes"),
    ],
)
def test_the_household_she_worked_for_is_from_that_life(text: str, value: str) -> None:
    assert _read(text, KNOWS) == (value, None)


@pytest.mark.parametrize(
    "text",
    [
        "Su familia sabe dónde vive.",
        "Sa famille sait où elle habite.",
        "A família dela sabe onde ela mora.",
        "Her family knows where she lives.",
        # a head of service is no crew boss
        "Le chef de service de l'hôpital sait où elle est.",
    ],
)
def test_her_own_family_or_staff_knowing_says_nothing(text: str) -> None:
    assert _read(text, KNOWS)[0] is None


# ------------------------------------------------- what they know: followed, the rented home


@pytest.mark.parametrize(
    "text",
    [
        "El patrón la siguió hasta aquí.",
        "Le patron l'a suivie jusqu'ici.",
        "Ils l'ont suivie jusqu'au foyer.",
        "O patrão seguiu-a até aqui.",
        "The crew boss knows about the room he is renting now.",
        "El capataz sabe lo de la habitación que alquila.",
        "O patrão conhece o quarto que ela aluga.",
        "Son chef d'équipe sait où il dort.",
    ],
)
def test_followed_to_her_place_or_her_rented_home_known_is_a_yes(text: str) -> None:
    assert _read(text, KNOWS) == ("yes", None)


@pytest.mark.parametrize(
    "text",
    [
        "El patrón le rastrea el celular.",
        "O patrão rastreou o telemóvel dela.",
    ],
)
def test_a_tracked_phone_is_only_offered(text: str) -> None:
    assert _read(text, KNOWS) == (None, "yes")


@pytest.mark.parametrize(
    "text",
    [
        "O patrão seguiu a rua até ao fim.",
        "Le patron ne connaît pas la chambre qu'elle loue.",  # a no, never a yes
    ],
)
def test_following_a_street_or_a_negated_rented_home_is_no_yes(text: str) -> None:
    assert _read(text, KNOWS)[0] != "yes"


# ------------------------------------------------- the police: a decision put off


@pytest.mark.parametrize(
    "text",
    [
        "She does not want to go to the police tonight; maybe later, she has to think about it.",
        "She does not want to go to the police tonight. Maybe later, she needs to think about it.",
        "No quiere ir a la policía esta noche; quizás más adelante, tiene que pensarlo.",
        "Elle ne veut pas aller à la police ce soir ; peut-être plus tard, elle doit réfléchir.",
        "Não quer ir à polícia hoje; talvez mais tarde, tem de pensar.",
        "Police: maybe later, not tonight, I have to think.",
    ],
)
def test_not_tonight_maybe_later_to_think_is_undecided(text: str) -> None:
    assert _read(text, POLICE) == ("undecided", None)


@pytest.mark.parametrize(
    "text",
    [
        # a later maybe alone may be a no for now: undecided only offered
        "She does not want the police tonight; maybe later.",
        # the next sentence goes on about something else: the no stands
        "She does not want the police. She needs time to find a job.",
        "She does not want the police. She has to think about where to live.",
    ],
)
def test_a_later_maybe_alone_or_another_topic_applies_no_undecided(text: str) -> None:
    assert _read(text, POLICE)[0] != "undecided"


# ------------------------------------------------- the police: whose report, whose plan


@pytest.mark.parametrize(
    "text",
    [
        "The hospital reported it to the police.",
        "El hospital ya presentó una denuncia.",
        "L'hôpital a déjà porté plainte.",
        "O hospital já apresentou queixa.",
        "We have already made a police report.",
        "Nous avons déjà porté plainte.",
        "I filed a police report on her behalf.",
        "No hemos llamado a la policía.",
        "We want to report the employer to the police.",
        "Queremos apresentar queixa contra o patrão.",
        "Nous allons appeler la police demain.",
    ],
)
def test_a_report_or_plan_of_the_writer_or_an_institution_is_no_wish_of_hers(text: str) -> None:
    assert _read(text, POLICE)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "She reported it to the police in March.",
        "Ya puso la denuncia la semana pasada.",
        "Elle a déjà porté plainte en mars.",
        "Já apresentou queixa na semana passada.",
        # the writer's report made at her request is hers
        "We reported it to the police at her request.",
        "Presentamos la denuncia a petición suya.",
        "Nous avons déposé plainte la semaine dernière, à sa demande.",
        "Fizemos a queixa a pedido dela.",
    ],
)
def test_her_own_report_or_one_made_at_her_request_is_a_yes(text: str) -> None:
    assert _read(text, POLICE) == ("yes", None)


# ------------------------------------------------- the police: a wish for an act named before


@pytest.mark.parametrize(
    "text",
    [
        "The national was informed of the possibility of filing a complaint with the local police and expressed the wish to do so.",
        "El connacional fue informado de la posibilidad de presentar denuncia ante las autoridades locales y manifestó su deseo de hacerlo.",
        "Le ressortissant a été informé de la possibilité de déposer plainte auprès des autorités locales et a exprimé le souhait de le faire.",
        "O nacional foi informado da possibilidade de apresentar queixa junto das autoridades locais e manifestou o desejo de o fazer.",
        "A queixosa deseja denunciar os factos.",
    ],
)
def test_a_wish_to_do_so_after_a_report_act_is_a_yes(text: str) -> None:
    assert _read(text, POLICE) == ("yes", None)


@pytest.mark.parametrize(
    "text",
    [
        "She was told about filing a police report but did not wish to do so.",
        "We explained the police report process and we intend to do so tomorrow.",
        "She was offered a bed and wanted to do so.",
        "Police explained she could go home and she wants to do so.",
    ],
)
def test_a_negated_or_writers_or_unrelated_do_so_sets_no_yes(text: str) -> None:
    assert _read(text, POLICE)[0] is None
