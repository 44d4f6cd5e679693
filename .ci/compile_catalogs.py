"""Compile `locales/<lang>/LC_MESSAGES/caseassist.po` into `.mo` files beside them.

`make` runs this after installing, so a checkout starts in Spanish, French or
Portuguese without compiling a catalog in memory at every start (measured:
about a quarter of the time to the unlock screen). `caseassist.i18n` uses a
`.mo` only when it is not older than its `.po`, so an edited or pulled
translation is never shadowed by a stale build. The wheel build
(`.ci/hatch_build.py`) runs it too, and the wheel carries `locales/` whole.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path


def compile_po(po: Path) -> bytes:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as fh:
        catalog = read_po(fh)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    return buf.getvalue()


def main(root: Path) -> int:
    """Every catalog under `root/locales`."""
    return compile_files(sorted((root / "locales").glob("*/LC_MESSAGES/caseassist.po")))


def compile_files(sources: list[Path]) -> int:
    for po in sources:
        po.with_suffix(".mo").write_bytes(compile_po(po))
    return 0


if __name__ == "__main__":
    # `compile_catalogs.py [ROOT]` compiles them all; `compile_catalogs.py A.po ...` those only
    args = [Path(a) for a in sys.argv[1:]]
    if args and all(a.suffix == ".po" for a in args):
        sys.exit(compile_files(args))
    sys.exit(main(args[0] if args else Path.cwd()))
