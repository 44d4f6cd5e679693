"""Turn labels a transcript's header gives her role.

A call or chat log often names its speakers once in a header line and then labels each
turn with a short form: "Volunteer: K.  Caller: young woman" then "K: ..." and "C: ...";
"Utilizadora: mulher, anónima ("flor_luanda")" then "01:15 flor_luanda: ...". Without the
legend her turns go unrecognised, and what she says in the first person ("romanian is my
language", "falo português") is taken for the writer's. A short label is hers when it
is the handle or name her role line gives, or the initial of her role word when no other
label of the header has that initial (`name_roles` are her role words).
"""

from __future__ import annotations

import re

_HEADER_LABEL = re.compile(r"(?:^|[\s|;,])([^\W\d_][^\W\d]{2,24}) ?: ?")
"""A one-word label inside a header line ("Volunteer: K.  Caller: young woman")."""


def her_aliases(folded_sents: list[str], labels: set[str], roles: frozenset[str]) -> set[str]:
    """The turn `labels` (folded, each used to open a turn) that a header line gives her
    role: the handle or name in her role's value, or her role word's initial."""
    short = {lab for lab in labels if lab not in roles}
    if not short:
        return set()
    found: set[str] = set()
    text = "\n".join(folded_sents)
    heads = list(_HEADER_LABEL.finditer(text))
    initials = [w[0] for w in {m.group(1) for m in heads}]  # (each header label once)
    for k, m in enumerate(heads):
        role = m.group(1)
        if role not in roles:
            continue
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        value = text[m.end() : min(end, text.find("\n", m.end()) % (len(text) + 1))]
        for lab in short - found:
            if len(lab) == 1 and lab == role[0] and initials.count(lab) == 1:
                found.add(lab)  # "Caller: young woman" ... "C: sixteen"
            elif len(lab) > 2 and re.search(rf"(?<!\w){re.escape(lab)}(?!\w)", value):
                found.add(lab)  # 'Utilizadora: anónima ("flor_luanda")' ... "flor_luanda:"
    return found
