#!/usr/bin/env python3
"""Check that the gettext catalogs are complete.

- `locales/caseassist.pot` holds every message the code marks (`_`, `N_`, `ngettext`);
- each UI language's `.po` translates every one of them, none fuzzy, and keeps
  the same `{placeholders}` as the source.
Prints one line per problem and exits 1 if there is any. Run `make catalogs`
to refresh the template and the catalogs, then translate what is new.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from caseassist.vocabulary import extract_messages as extract_vocabulary  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("es", "fr")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def extracted() -> set[str]:
    found: set[str] = set()
    method_map = [("**.py", "python")]
    for _file, _line, message, _comments, _ctx in extract_from_dir(
        str(ROOT / "caseassist"), method_map, keywords=KEYWORDS
    ):
        found.add(message[0] if isinstance(message, tuple) else message)
    vocabulary = ROOT / "resources" / "needs.toml"  # labels of the need vocabulary
    with vocabulary.open("rb") as fh:
        found.update(m for _line, _f, m, _c in extract_vocabulary(fh, KEYWORDS, [], {}))
    return found


def _same_placeholders(msgid: str | tuple[str, ...], text: str) -> bool:
    """A translation names the placeholders of its msgid; with plural forms, any form may
    name those of the singular or the plural ("The one provider" / "None of the {count}
    providers"), and every form names those both share."""
    ids = (msgid,) if isinstance(msgid, str) else tuple(msgid)
    sets = [set(PLACEHOLDER.findall(i)) for i in ids]
    got = set(PLACEHOLDER.findall(text))
    return set.intersection(*sets) <= got <= set.union(*sets)


def read(path: Path) -> Catalog:
    with path.open("rb") as fh:
        return read_po(fh)


def main() -> int:
    problems: list[str] = []
    pot_path = ROOT / "locales" / "caseassist.pot"
    template = read(pot_path)
    in_pot = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    for missing in sorted(extracted() - in_pot):
        problems.append(f"locales/caseassist.pot: missing {missing!r} (run make catalogs)")
    for lang in LANGS:
        rel = f"locales/{lang}/LC_MESSAGES/caseassist.po"
        catalog = read(ROOT / rel)
        for msg in template:
            if not msg.id:
                continue
            key = msg.id if isinstance(msg.id, str) else msg.id[0]
            got = catalog.get(msg.id)
            strings = (
                [s for s in got.string]
                if got and isinstance(got.string, tuple)
                else [got.string if got else ""]
            )
            if got is None or not all(strings):
                problems.append(f"{rel}: untranslated {key!r}")
            elif got.fuzzy:
                problems.append(f"{rel}: fuzzy {key!r}")
            elif any(not _same_placeholders(msg.id, s) for s in strings):
                problems.append(f"{rel}: placeholders differ in {key!r}")
    for line in problems:
        print(line)
    print(f"catalogs: {len(in_pot)} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
