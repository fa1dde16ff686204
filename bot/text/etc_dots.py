"""A list's "etc." written with the dots of a pause ("controllers etc..", "configuration etc...
all jumbled together"): the abbreviation's stop, no feed's cut and no sentence trailing off."""

from __future__ import annotations

import re

# "etc" and its kin (German "usw", Italian "ecc", Dutch "enz") with two or three dots or "…",
# where a sentence could end; inside brackets ("(Argentina, Chile, Colombia etc...)") the dots
# end nothing and stay as written.
_ETC_DOTS = re.compile(r"\b(etc|usw|ecc|enz)(?:\.{2,3}|\.?…)(?=\s|$)", re.IGNORECASE)


def with_etc_stops(text: str) -> str:
    """`text` with "etc..", "etc..." and "etc…" written "etc.": a sentence ends or goes on there."""
    return _ETC_DOTS.sub(r"\1.", text) if ".." in text or "…" in text else text
