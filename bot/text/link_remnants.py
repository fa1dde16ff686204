"""Addresses a feed's own text stripping left glued to a word ("… Rapha Condor Sharpttp://www.
raphacondorsharp.cc/ may have had …"): a link's target, never words of the lead."""

from __future__ import annotations

import re

# An address run into the word before it, often with its "h" eaten by the stripping ("Sharp" +
# "[h]ttp://…", "Women's 100ttp://…"); an "h" before "ttp" starts a whole address, which stays.
# Only outside tags (no ">" before the next "<"), so attributes keep theirs.
# A "ttp://" that starts a word is such a remnant too. The address's closing stop stays the
# sentence's.
_GLUED_ADDRESS = re.compile(
    r"(?:(?<=[^\W_])https?|(?<=[^\W_hH])ttps?|(?<![^\W_])ttps?)://[^\s<>\"']*[^\s<>\"'.,;:!?)]"
    r"(?=[^<>]*(?:<|\Z))"
)


def without_glued_addresses(markup: str) -> str:
    """`markup` without addresses glued onto the word before them."""
    if "ttp" not in markup:
        return markup  # cheap check first
    return _GLUED_ADDRESS.sub("", markup)
