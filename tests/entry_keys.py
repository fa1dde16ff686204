"""Each carried feed's entry-key digest, and the table tests/test_rekeying.py checks."""

from __future__ import annotations

import hashlib
import json

from bot.parsing.feeds import NotAFeed, ParseLimitExceeded, parse_feed
from bot.parsing.identity import KEY_SCHEME
from tests.conftest import carried


def carried_key_digests(names: list[str] | None = None) -> dict[str, str]:
    """The sha256 of each carried feed's entry keys, by its path under tests/data."""
    data = carried()
    if names is None:
        paths = sorted([*carried("corpus").rglob("*"), *carried("judged").rglob("*")])
        names = [str(path.relative_to(data)) for path in paths if path.is_file()]
    digests = {}
    for name in names:
        path = data / name
        if path.suffix == ".md" or not path.is_file():
            continue
        try:
            parsed = parse_feed(path.read_bytes(), url=path.as_uri(), post_details=False)
        except (NotAFeed, ParseLimitExceeded):
            continue
        keys = "".join(f"{entry.key}\n" for entry in parsed.entries)
        digests[name] = hashlib.sha256(keys.encode()).hexdigest()
    return digests


if __name__ == "__main__":
    table = {"key_scheme": KEY_SCHEME, "files": carried_key_digests()}
    (carried() / "entry_keys.json").write_text(json.dumps(table, indent=0, sort_keys=True) + "\n")
