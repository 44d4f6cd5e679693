"""Round 6b, kinds a fresh blind set of es/pt scenarios showed: a form field's placeholder
or bracketed "not given" is never a value, in any field (a dash alone did crash the name
reader); invented sentences in en/es/fr/pt, must-not-fire as many as must-fire."""

from __future__ import annotations

import pytest

from caseassist.intake.read import extract

NAME = "person.name"
AGE = "person.age"
CONTACT = "person.safe_contact"
ORIGIN = "person.country_of_origin"


@pytest.mark.parametrize(
    "note",
    [
        "Nombre: (no lo dio)\nEdad: 41",
        "Nombre: -\nEdad: 41",
        "Nombre: no lo quiso dar\nEdad: 41",
        "Name: —\nAge: 41",
        "Name: (declined)\nAge: 41",
        "Name: ?\nAge: 41",
        "Nom : (refuse de le donner)\nÂge : 41",
        "Nom : ---\nÂge : 41",
        "Nome: (não quis dizer)\nIdade: 41",
        "Nome: não informado\nIdade: 41",
    ],
)
def test_a_name_field_without_a_name_gives_no_name(note: str) -> None:
    got = extract(note)
    assert NAME not in got.values and NAME not in got.offered()
    assert got.values.get(AGE) == 41  # the form around it is still read


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Nombre: Rosa (no dio apellido)\nEdad: 41", "Rosa"),
        ("Name: Lena — prefers Lee\nAge: 41", "Lena"),
        ("Nom : Awa (ne veut pas donner son nom de famille)\nÂge : 41", "Awa"),
        ("Nome: Ana (não quis dar o apelido)\nIdade: 41", "Ana"),
        ("Edad: (no la sabe)\nNombre: Rosa", "Rosa"),
    ],
)
def test_a_name_beside_an_aside_is_still_her_name(note: str, name: str) -> None:
    assert extract(note).values.get(NAME) == name


@pytest.mark.parametrize(
    ("note", "fact"),
    [
        ("Contacto seguro: (no lo dio)", CONTACT),
        ("Safe contact: refused", CONTACT),
        ("Contato seguro: —", CONTACT),
        ("Contact sûr : (refuse)", CONTACT),
        ("Nacionalidad: (no lo dijo)", ORIGIN),
        ("Nationality: n/a", ORIGIN),
        ("Nationalité : (non précisée)", ORIGIN),
        ("Nacionalidade: não informado", ORIGIN),
    ],
)
def test_a_placeholder_in_any_field_is_no_value(note: str, fact: str) -> None:
    got = extract(note)
    assert fact not in got.values and fact not in got.offered()


@pytest.mark.parametrize(
    ("note", "fact", "value"),
    [
        ("Contacto seguro: el teléfono de su prima", CONTACT, "el teléfono de su prima"),
        ("Nationality: Honduran (not sure of the town)", ORIGIN, "HN"),
        ("Nationalité : malienne", ORIGIN, "ML"),
        ("Nacionalidade: angolana", ORIGIN, "AO"),
    ],
)
def test_a_value_in_the_same_fields_is_read(note: str, fact: str, value: object) -> None:
    assert extract(note).values.get(fact) == value


# ---------------------------------------------------------------- a past report, her wish now

POLICE = "safety.wants_law_enforcement"


@pytest.mark.parametrize(
    ("note", "value"),
    [
        # a past report, then what she wants now: her wish now wins
        (
            "En marzo presentó una denuncia, pero ahora no quiere saber nada más de la policía.",
            "no",
        ),
        (
            "She filed a police report last year but now wants nothing more to do with the police.",
            "no",
        ),
        ("Elle a porté plainte en mars, mais ne veut plus parler à la police.", "no"),
        ("Ela fez queixa em março, mas agora não quer saber mais da polícia.", "no"),
        ("Ya puso una denuncia. Ahora no quiere hablar con la policía.", "no"),
        # a past report alone is still read as her wish to involve the police
        ("En marzo presentó una denuncia.", "yes"),
        ("She filed a police report in March.", "yes"),
        ("Elle a porté plainte en mars.", "yes"),
        ("Ela fez queixa em março.", "yes"),
        # going on with the inquiry, in any tense of "go on"
        ("Denuncia: ya declaró y quiere seguir colaborando con la investigación.", "yes"),
        ("Quiere seguir colaborando con la policía.", "yes"),
        ("She wants to keep cooperating with the police.", "yes"),
        ("Elle veut continuer à collaborer avec l'enquête.", "yes"),
        ("Ela quer continuar colaborando com a polícia.", "yes"),
        ("No quiere seguir colaborando con la investigación.", "no"),
        ("She does not want to keep cooperating with the police.", "no"),
        ("Elle ne veut pas continuer à collaborer avec la police.", "no"),
    ],
)
def test_her_wish_now_over_a_past_report(note: str, value: str) -> None:
    assert extract(note).values.get(POLICE) == value


@pytest.mark.parametrize(
    "note",
    [
        # someone else's report or cooperation is not her wish
        "Su hermano presentó una denuncia.",
        "Her brother filed a police report.",
        "Su marido sigue colaborando con la policía.",
        "La vecina quiere seguir colaborando con la investigación.",
        "The neighbour called the police.",
        # "more" is not "but": no clause of its own, no stray reading
        "Elle veut plus de temps avant de décider.",
        "She wants to keep her passport away from the police.",
        "Ela não quer saber mais nada do patrão.",
    ],
)
def test_someone_elses_report_is_not_her_wish(note: str) -> None:
    got = extract(note)
    assert POLICE not in got.values


# ---------------------------------------------------------------- who came with her

CHILDREN = "household.children_with_them"


@pytest.mark.parametrize(
    ("note", "count"),
    [
        ("Acompañantes: su hijo de 10 años", 1),
        ("Acompañantes: sus dos hijas (4 y 7)", 2),
        ("Viene con: su hija", 1),
        ("Accompanied by: her two daughters (4 and 7)", 2),
        ("Companions: her son (3) and her sister", 1),
        ("Accompagnants : son fils de 4 ans", 1),
        ("Acompanhantes: a filha de 6 anos", 1),
        ("Acompanhada de: dois filhos pequenos", 2),
        # nobody came with her: no child with her
        ("Acompañantes: ninguno", 0),
        ("Viene con: nadie", 0),
        ("Accompanied by: nobody", 0),
        ("Accompagnants : aucun", 0),
        ("Acompanhantes: ninguém", 0),
    ],
)
def test_a_companions_label_is_read_for_the_children_it_names(note: str, count: int) -> None:
    assert extract(note).values.get(CHILDREN) == count


@pytest.mark.parametrize(
    "note",
    [
        "Acompañantes: su marido",
        "Accompanied by: her husband",
        "Accompagnants : sa sœur",
        "Acompanhantes: o irmão",
        "Acompañantes: —",
        "Acompañantes: su hermana; sus hijos se quedaron en Honduras",
        "Accompanied by: her sister's two children",
    ],
)
def test_a_companions_label_naming_no_child_of_hers_says_nothing(note: str) -> None:
    got = extract(note)
    assert CHILDREN not in got.values


# ---------------------------------------------------------------- an aside between a subject and its verb

DOCS = "legal.has_identity_documents"


@pytest.mark.parametrize(
    "note",
    [
        "Refiere que trabajaba sin poder salir; la empleadora (45 a) tiene su pasaporte.",
        "La empleadora (45 a) tiene su pasaporte.",
        "A patroa (45 anos) tem o passaporte dela.",
        "Le patron (la cinquantaine) a son passeport.",
    ],
)
def test_an_aside_does_not_make_anothers_possession_hers(note: str) -> None:
    assert extract(note).values.get(DOCS) is not True


@pytest.mark.parametrize(
    "note",
    [
        "Pcte (19 a) tiene su pasaporte.",
        "Mariana (19) tiene su pasaporte.",
        "Ella (19 a) tiene su pasaporte.",
        "She (19) has her passport with her.",
    ],
)
def test_an_aside_after_her_keeps_her_possession(note: str) -> None:
    assert extract(note).values.get(DOCS) is True


# ---------------------------------------------------------------- "I" in a note: the writer, unless quoted


@pytest.mark.parametrize(
    ("note", "value"),
    [
        ('Pt says "no quiero policía".', "no"),
        ('Ella dice: "no quiero denunciar".', "no"),
        ('Dijo: "quiero denunciarlo".', "yes"),
        ('She told me "I want to report him".', "yes"),
        ("Elle m'a dit : « je veux porter plainte ».", "yes"),
        ('Ela disse "não quero fazer queixa".', "no"),
        ("usuária: não quero polícia", "no"),
        # reported by the writer in the third person, "me" the writer's: still hers
        ("Me dijo que no quiere denunciar.", "no"),
        ("Elle me dit qu'elle ne veut pas porter plainte.", "no"),
        ("Ela me disse que quer fazer queixa.", "yes"),
    ],
)
def test_her_quoted_words_are_hers(note: str, value: str) -> None:
    assert extract(note).values.get(POLICE) == value


@pytest.mark.parametrize(
    "note",
    [
        "Quiero que la policía sepa que esta señora necesita ayuda.",
        "Yo no quiero que la policía venga al albergue.",
        "I want the police to know she needs help.",
        "I do not want the police coming to the shelter.",
        "Je veux que la police sache qu'elle a besoin d'aide.",
        "Je ne veux pas que la police vienne au foyer.",
        "Quero que a polícia saiba que ela precisa de ajuda.",
        "Eu não quero a polícia no abrigo.",
    ],
)
def test_the_writers_own_wish_is_not_hers(note: str) -> None:
    got = extract(note)
    assert POLICE not in got.values and POLICE not in got.offered()
