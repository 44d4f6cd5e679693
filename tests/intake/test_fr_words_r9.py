"""French word lists widened in round 9 of issue 12 (data only, resources/intake/lexicon/fr):
plural request labels ("Demandes :", "Besoins :") and "nécessite" as need and wish words,
"no solution for tonight" and "SDF" as nowhere to sleep, a hotel or a shelter as where
she sleeps tonight, "OK pour" and "accepte que" as consent, "retravailler" as work
wished, the infinitive written for the participle ("ils ont garder son passeport"), and
a pregnancy test in the shapes French notes write it. Invented sentences, in several
shapes (form line, narrative, shorthand, chat), and as many readings that must not fire.
"""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

HOUSING = "housing.needs_long_term_housing"
TRAINING = "jobs.wants_training"
COUNSEL = "medical.wants_counseling"
SHELTER = "shelter.needs_shelter_tonight"
CONSENT = "consent.share_with_providers"
WORK = "jobs.wants_employment"
DOCS = "legal.has_identity_documents"
PREGNANT = "household.pregnant"
URGENT = "medical.urgent_need"
MEDICATION = "medical.needs_medication"
HOME = "reintegration.wants_to_return_home"
LAWYER = "legal.wants_legal_help"
DANGER = "safety.in_immediate_danger"
AUTHORIZED = "jobs.has_work_authorization"


def _applied(text: str, fact: str) -> object:
    return extract(text).values.get(fact)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # a request label in the plural, then what is asked (form line, shorthand)
        ("Demandes : logement pérenne, formation, soutien psychologique", HOUSING, True),
        ("Demandes : logement pérenne, formation, soutien psychologique", TRAINING, True),
        ("Demandes : logement pérenne, formation, soutien psychologique", COUNSEL, True),
        ("Besoins : logement durable, suivi psy", HOUSING, True),
        ("Besoins : logement durable, suivi psy", COUNSEL, True),
        ("- Souhaits : logement stable", HOUSING, True),
        # "nécessite": a need in narrative
        ("Mme Ilinca, 30 ans. Elle nécessite un soutien psychologique.", COUNSEL, True),
        ("Il nécessite un hébergement ce soir.", SHELTER, True),
        ("Elle ne nécessite pas de suivi psychologique.", COUNSEL, False),
        # no solution for tonight, or no fixed abode with tonight (narrative, chat, shorthand)
        ("Elle n'a aucune solution pour ce soir.", SHELTER, True),
        (
            "Son hébergement prend fin ce matin et elle n'a pas de solution pour cette nuit.",
            SHELTER,
            True,
        ),
        ("[10:02] Maraude : il est sans solution ce soir", SHELTER, True),
        ("Homme, 40 ans, SDF, rien pour ce soir.", SHELTER, True),
        # a hotel or a shelter where she sleeps tonight
        ("Elle dort ce soir à l'hôtel, on a payé deux nuits.", SHELTER, False),
        ("Il dort ce soir au foyer de la Croix-Rouge.", SHELTER, False),
        ("Elle est hébergée ce soir dans un foyer pour femmes.", SHELTER, False),
        ("Elle ne peut pas rester ce soir au foyer.", SHELTER, True),
        # work again
        ("Il aimerait retravailler, cette fois de façon déclarée.", WORK, True),
        ("[11:40] Éducatrice : elle veut retravailler vite", WORK, True),
        ("Elle souhaite travailler à nouveau.", WORK, True),
        # the infinitive written for the participle
        ("Ils ont garder son passeport.", DOCS, False),
        ("Les patrons ont confisquer ses papiers.", DOCS, False),
        # a wish said through "dit vouloir" / "dit souhaiter" (narrative, chat)
        ("Il dit vouloir retrouver un emploi.", WORK, True),
        ("[09:12] Maraude : elle dit vouloir rentrer au pays", HOME, "yes"),
        ("Elle dit souhaiter une formation de coiffure.", TRAINING, True),
        # legal help said as "sur le plan juridique", "juridiquement", "démarches juridiques"
        ("Elle a besoin d'être accompagnée sur le plan juridique.", LAWYER, True),
        ("Elle souhaite être aidée juridiquement.", LAWYER, True),
        ("Elle souhaite être accompagnée dans ses démarches juridiques.", LAWYER, True),
        # no urgent care, said with the care noun ("Pas de soins urgents à la sortie.")
        ("Pas de soins urgents à la sortie.", URGENT, False),
        ("Consultation faite, aucun besoin médical urgent.", URGENT, False),
        ("Elle a besoin de soins urgents.", URGENT, True),
        # a pregnancy supplement, and a treatment to go on with
        ("Elle prend de l'acide folique.", MEDICATION, True),
        ("Traitement à poursuivre : Tardyferon.", MEDICATION, True),
        ("Elle doit poursuivre son traitement par Tardyferon.", MEDICATION, True),
        # a pregnancy's term with a tilde or "env." (shorthand)
        ("G2P1, grossesse ~22 SA, aucun suivi.", PREGNANT, True),
        ("Grossesse env. 12 SA", PREGNANT, True),
        # what she says or knows with the elided "qu'" is no opinion: applied
        ("Elle dit qu'elle est en danger.", DANGER, True),
        ("Elle sait qu'elle est enceinte.", PREGNANT, True),
        # a pregnancy test, its result in several shapes
        ("Test grossesse négatif.", PREGNANT, False),
        ("Test urinaire de grossesse : négatif", PREGNANT, False),
        ("Test de grossesse revenu positif.", PREGNANT, True),
        ("Bêta-HCG négatif.", PREGNANT, False),
        ("- Test grossesse : positif", PREGNANT, True),
    ],
)
def test_widened_words_read(text: str, fact: str, value: object) -> None:
    assert _applied(text, fact) == value


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a request label without its object, or about a place that is not hers
        ("Demandes : aucune pour l'instant", HOUSING),
        ("Demandes : rien", COUNSEL),
        ("Besoins : à évaluer", TRAINING),
        # "nécessite" said of something else
        ("Le dossier nécessite une signature ce soir.", SHELTER),
        # no solution said of something else, or with no night in it
        ("Pas de solution de garde pour les enfants la semaine prochaine.", SHELTER),
        ("Elle n'a aucune solution pour son dossier de séjour.", SHELTER),
        ("Il était SDF l'an dernier.", SHELTER),
        # a hotel or a shelter that is not where she sleeps tonight
        ("Elle a travaillé dans un hôtel pendant deux ans.", SHELTER),
        ("Elle a dormi au foyer hier soir.", SHELTER),
        # work again that is not wished
        ("Elle ne veut plus retravailler là-bas.", WORK),
        ("Il a peur de devoir retravailler chez eux.", WORK),
        # keeping by her, or a keeping she managed, is no document withheld
        ("Elle a réussi à garder son passeport.", DOCS),
        ("Ils ont réussi à garder son passeport caché.", DOCS),
        # "dit vouloir" negated or said of someone else
        ("Il ne dit pas vouloir travailler.", WORK),
        ("Son frère dit vouloir travailler ici.", WORK),
        # "sur le plan juridique" with no wish
        ("Situation : compliquée sur le plan juridique.", LAWYER),
        ("Il est en règle sur le plan juridique.", LAWYER),
        # a supplement stopped, or someone else's, or "poursuivre" of no treatment
        ("Elle a arrêté l'acide folique le mois dernier.", MEDICATION),
        ("Sa fille prend de l'acide folique.", MEDICATION),
        ("Elle veut poursuivre son patron en justice.", MEDICATION),
        # a term of someone else's pregnancy
        ("Sa sœur, grossesse ~20 SA, est restée au pays.", PREGNANT),
        # a pregnancy test still to do or refused: nothing
        ("Test de grossesse à faire demain.", PREGNANT),
        ("Test grossesse : à faire", PREGNANT),
        ("Pas de test grossesse fait.", PREGNANT),
        ("Test grossesse refusé par la patiente.", PREGNANT),
    ],
)
def test_widened_words_do_not_fire(text: str, fact: str) -> None:
    assert _applied(text, fact) is None


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        # an opinion with the elided "qu'" is hedged as "pense que" is: offered, not applied
        ("Il pense qu'elle est en danger.", DANGER, True),
        ("Elle croit qu'elle est enceinte.", PREGNANT, True),
        ("Il pense qu'il peut travailler légalement.", AUTHORIZED, "yes"),
        ("Elle pense qu'elle a perdu son passeport.", DOCS, False),
    ],
)
def test_elided_opinions_are_offered(text: str, fact: str, value: object) -> None:
    got = extract(text)
    assert fact not in got.values
    assert got.offered().get(fact) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # consent to share in one sentence is read (applied when plain, stop 30)
        ("OK pour le partage d'informations avec les partenaires.", "yes"),
        ("Elle accepte que nous transmettions son dossier aux partenaires.", "yes"),
        ("Elle est ok pour qu'on transmette son dossier à l'avocate.", "yes"),
        ("Elle n'est pas ok pour le partage d'informations.", "no"),
    ],
)
def test_consent_cues_read_their_value(text: str, value: str) -> None:
    got = extract(text)
    assert got.values.get(CONSENT, got.offered().get(CONSENT)) == value


@pytest.mark.parametrize(
    "text",
    [
        # "ok" or "accepte que" that is no consent to share: neither applied nor offered
        "[14:03] Refuge : ok. il dort où ce soir ?",
        "Elle accepte que nous l'accompagnions au rendez-vous.",
    ],
)
def test_consent_cues_do_not_fire(text: str) -> None:
    got = extract(text)
    assert CONSENT not in got.values
    assert CONSENT not in got.offered()


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # every list is merged across languages: the French words change nothing here
        ("Si lo demandes, te ayudo con la vivienda.", HOUSING),
        ("She was OK with it, no shelter needed tonight, she stays at a hotel.", CONSENT),
        ("Não necessite de nada, disse ela.", COUNSEL),
        ("He worked at a hotel for two years.", SHELTER),
    ],
)
def test_merged_words_do_not_fire_in_other_languages(text: str, fact: str) -> None:
    assert _applied(text, fact) is None
