"""The keyring file's name, and the one field read before anyone unlocks: the demo flag.

The unlock screen says in its first frame whether the vault is a demo, so that
field is read here with `json` alone; `keyring` (the only reader of everything
else in the file) brings the key functions and OpenSSL's hashes, which the
first frame does not need.
"""

from __future__ import annotations

import json
from pathlib import Path

FORMAT = 1
FILE_NAME = "keyring.json"


def says_demo(folder: Path) -> bool:
    """Whether the keyring in `folder` marks a demo vault (False when it cannot tell).

    Only a hint for the unlock screen: unlocking checks the whole file under its MAC.
    """
    try:
        data = json.loads((Path(folder) / FILE_NAME).read_bytes())
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("format") == FORMAT and data.get("demo") is True
