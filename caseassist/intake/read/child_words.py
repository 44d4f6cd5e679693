"""Closed word classes for counting children: modifiers, determiners, grown children,
and the words English "son" may be followed by (any other makes it French)."""

import re
from functools import cache

from caseassist.intake import lexicon
from caseassist.intake.numbers import number_words

_CHILD_MODIFIERS = frozenset(
    [
        "little",
        "young",
        "small",
        "own",
        "older",
        "younger",
        "baby",
        "infant",
        "pequeno",
        "pequena",
        "pequenos",
        "pequenas",
        "jeune",
        "jeunes",
        "petit",
        "petite",
        "petits",
        "petites",
        "grand",
        "grande",
    ]
)
_AFTER_EN_SON = frozenset(
    [
        "is",
        "was",
        "who",
        "with",
        "and",
        "aged",
        "age",
        "of",
        "in",
        "at",
        "has",
        "had",
        "are",
        "named",
        "called",
        "lives",
        "stays",
        "here",
        "there",
        "too",
        "also",
        "back",
        "still",
        "now",
        "she",
        "he",
        "they",
        "to",
        "for",
        "from",
        "s",
        "whom",
        "whose",
        "stayed",
        "lives",
        "lived",
    ]
)
"""Words English "son" may be followed by; any other word after "son" makes it French."""
_GROWN = frozenset(
    ["adult", "grown", "grown up", "adulto", "adulta", "adultos", "adultas", "adulte", "adultes"]
    + ["mayor", "mayores", "majeur", "majeure", "majeurs", "maior", "maiores"]
)
_EN_SON_DET = frozenset(
    ["a", "her", "his", "their", "my", "one", "only", "the", "teenage", "adult"]
)
_ARTICLES_ONE = frozenset(
    [
        "a",
        "an",
        "one",
        "un",
        "una",
        "une",
        "uno",
        "um",
        "uma",
        "o",
        "do",
        "ao",
        "pelo",
        "pela",
        "the",
    ]
)  # pt "com o filho", "acompanhada do filho", "acompanhada pela filha", "she and the baby": one
_NEG_DET = frozenset(
    [
        "no",
        "without",
        "sin",
        "sans",
        "aucun",
        "aucune",
        "ningun",
        "ninguna",
        "ninguno",
        "never",
        "pas",
        "sem",
        "nenhum",
        "nenhuma",
    ]
)
_GENERIC_CHILD = frozenset(
    [
        "children",
        "kids",
        "child",
        "kid",
        "hijos",
        "ninos",
        "enfants",
        "enfant",
        "nenes",
        "criaturas",
        "crianca",
        "criancas",
        "filhos",
    ]
)


def french_son(word: str, nxt: str) -> bool:
    """French "son" (his, her) before its noun ("elle a son passeport"), not English "son"
    ("her son is with her"): the word after it is no word English puts after "son"."""
    return word == "son" and nxt.isalpha() and nxt not in _AFTER_EN_SON


def set_off_son(word: str, nxt: str) -> bool:
    """English "son" heading a shorthand line, set off by a comma or a bracket ("Son, 4
    yoa, present", "Son (4)"): French "son" is never set off from its noun."""
    return word == "son" and nxt in (",", "(")


def kin_adjective(word: str, nxt: str) -> bool:
    """A child word that is an adjective before another relative ("mon petit frère", "sa
    petite sœur"): a sibling or a cousin, not a child of hers (`kin_adjectives`)."""
    return (
        word in lexicon.by_language("kin_adjectives")
        and nxt in lexicon.word_sets().other_people
        and nxt not in _child_words()
    )


@cache
def _child_words() -> frozenset[str]:
    ws = lexicon.word_sets()
    return ws.child_singular | ws.child_plural | ws.child_pairs


def _own_child_named(toks: list[str]) -> bool:
    """A child word with a possessive just before or right after it ("son fils", "her little
    girl", "a filha dela"): her own child, whoever brought her."""
    ws = lexicon.word_sets()
    kids = _child_words()
    return any(
        w in kids and ws.possessives & {*toks[max(0, i - 3) : i], *toks[i + 1 : i + 2]}
        for i, w in enumerate(toks)
    )


def children_counted(toks: list[str]) -> bool:
    """A plural child word counted ("2 filhos", "duas crianças", "two kids"): children
    the note goes on to speak of ("o menino", "the boy, 3"), not her."""
    plural = lexicon.word_sets().child_plural
    nums = number_words()
    return any(
        w in plural and i > 0 and (toks[i - 1].isdigit() or toks[i - 1] in nums)
        for i, w in enumerate(toks)
    )


_NOT_WITH = re.compile(
    r"\b(?:(?:not|never)(?: (?:here|there|now|living|staying|currently))? with (?:her|him|them|me|us)"
    r"|no (?:esta|estan|vive|viven|vino|vinieron|llego|llegaron|anda|andan)(?: (?:aqui|aca|ahora|"
    r"ahorita))? (?:con (?:ella|el|ellos|ellas|nosotros)|conmigo)"
    r"|(?:n' ?est|ne sont|n' ?etait|n' ?etaient|ne vit|ne vivent|n' ?habite|n' ?habitent|ne sont"
    r") pas(?: (?:ici|la|encore))? avec (?:elle|lui|eux|elles|moi|nous)"
    r"|nao (?:esta|estao|ta|tao|vive|vivem|veio|vieram)(?: (?:aqui|ca|agora))? (?:com (?:ela|ele|"
    r"eles|elas|a gente)|comigo|connosco|conosco))\b"
)
"""Children said not to be with her ("she is not here with me", "no está aquí conmigo",
"elle n'est pas ici avec moi", "não está com ela"): that says nothing of any other."""
_PARTITIVE = re.compile(
    r"\b(?:dont|of whom|of which|among them|including|de los cuales|de las cuales|entre ellos|parmi eux|parmi lesquels)\b"
)


def all_hers_plural(mentions: list[tuple[str, int | None]]) -> bool:
    """Every child named is a plural that is not none ("os dois filhos", "her kids", "ses
    enfants"): her children as a whole, not one of them."""
    plural = lexicon.word_sets().child_plural
    return bool(mentions) and all(n in plural and c != 0 for n, c in mentions)
