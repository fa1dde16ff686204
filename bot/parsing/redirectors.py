"""Addresses a redirector carries in its own path or an escaping error garbled: the article's
address got back ("…/l/0L0Slexpress0Bfr0C…/story01.htm" -> "http://www.lexpress.fr/…")."""

from __future__ import annotations

import re

# Feedsportal (Mediafed) wrote the article's address into the path of its click counter, on
# its own host and on publishers' ("rss.chip.de", "rss.lemonde.fr"): "/c/<n>/f/<n>/s/<id>/l/
# <address>/story01.htm", each character the path may not hold written "0" + a letter.
_ENCODED_PATH = re.compile(r"/l/(0L[0-9A-Za-z]+)/story\d*\.htm$")
_CODES = {
    "A": "0",
    "B": ".",
    "C": "/",
    "D": "?",
    "E": "-",
    "F": "=",
    "G": "&",
    "H": ",",
    "I": "_",
    "J": "+",
    "K": "&",
    "L": "http://",
    "N": ".com",
    "S": "www.",
}
_CODE = re.compile(r"0(.?)")


def encoded_path_target(url: str) -> str | None:
    """The article address a Feedsportal-style counter encodes in its path, else None."""
    if "/story" not in url or (found := _ENCODED_PATH.search(url)) is None:
        return None
    unknown = False

    def decoded(code: re.Match[str]) -> str:
        nonlocal unknown
        letter = code.group(1)
        if letter not in _CODES:
            unknown = True  # a code this table lacks: no address rather than a wrong one
            return ""
        return _CODES[letter]

    target = _CODE.sub(decoded, found.group(1))
    if unknown or not re.match(r"https?://[\w-]+(?:\.[\w-]+)+(?:[/?#]|$)", target):
        return None
    return target


# "&amp;" in an address is an HTML escape its feed applied twice ("index.html?cmp_id=x&amp;
# mv_pc=r205"); "&amp" run into every key after the first is the same, its ";" lost.
_ESCAPED_SEPARATOR = re.compile(r"&amp;", re.IGNORECASE)
_RUN_IN_SEPARATOR = re.compile(r"&amp(?=[A-Za-z_])")


def unescaped_query(url: str) -> str:
    """`url` with the ampersands of its query unescaped where its feed escaped them twice."""
    if "&amp" not in url:
        return url
    url = _ESCAPED_SEPARATOR.sub("&", url)
    query = url.partition("?")[2]
    separators = query.count("&")
    if separators >= 2 and len(_RUN_IN_SEPARATOR.findall(query)) == separators:
        url = _RUN_IN_SEPARATOR.sub("&", url)
    return url
