"""The feed's own site, against which every credit is checked: a site crediting itself
(its own WordPress footer, its own agency dateline) has not reprinted anything."""

from __future__ import annotations

import re

from bot.attribution.domains import registered_domain
from bot.attribution.names import GENERIC_SUFFIX
from bot.attribution.outlets import lookup

_SELF_GENERIC = frozenset(
    {"the", "news", "online", "web", "newspaper", "com", "org", "net", "www", "co", *GENERIC_SUFFIX}
)


def _tokens(name: str) -> tuple[str, ...]:
    name = re.sub(r"\([^)]*\)", " ", name.casefold())
    name = re.sub(r"['’]s\b", "", name)
    return tuple(t for t in re.split(r"[\W_]+", name) if t and t not in _SELF_GENERIC)


def _contains(hay: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return n > 0 and any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def _initials_of(name: str, site_name: str) -> bool:
    """Whether name opens on an acronym of the site's name's words ("TEC News", "TEC")."""
    first = name.split()[0] if name.split() else ""
    words = re.findall(r"[^\W\d_]+", site_name)
    if not re.fullmatch(r"[A-Z]{2,6}", first) or len(words) < 2:
        return False
    return first.casefold() in (
        "".join(w[0] for w in words).casefold(),
        "".join(w[0] for w in words if w.casefold() != "the").casefold(),
    )


class Site:
    """The feed's own site, against which every credit is checked for self-attribution."""

    def __init__(self, name: str | None, url: str | None) -> None:
        self.name = name.strip() if name and name.strip() else None
        self.domain = registered_domain(url)
        self.tokens = _tokens(self.name) if self.name else ()
        self.agency = lookup(re.sub(r"\([^)]*\)", "", self.name)) if self.name else None

    @property
    def known(self) -> bool:
        return bool(self.tokens or self.domain)

    @property
    def label(self) -> str | None:
        return self.name or self.domain

    def by_initials(self, name: str | None) -> bool:
        """Whether name opens on the site's initials ("TEC News" on The European Conservative)."""
        return bool(name and self.name and _initials_of(name, self.name))

    def owns(self, name: str | None, url: str | None) -> bool:
        """True when name or url designates this site (case, "The", punctuation ignored)."""
        if url and self.domain and registered_domain(url) == self.domain:
            return True
        if not name:
            return False
        if self.domain and "." in name and " " not in name:
            if registered_domain(name) == self.domain:
                return True
        toks = _tokens(name)
        if self.tokens and _contains(self.tokens, toks):
            return True
        label = self.domain.split(".")[0] if self.domain else ""
        if toks and "".join(toks) == label:
            return True
        # Broadcasters credit their call sign: "(WGN)" on wgntv.com, "(ABC)" on abc7.com.
        if re.fullmatch(r"[A-Z]{3,5}", name) and label.startswith(name.lower()):
            return True
        agency = lookup(name)
        if agency:
            if self.domain in agency.domains or agency is self.agency:
                return True
            spellings = (agency.name, *agency.aliases)
            if self.tokens and any(_tokens(s) == self.tokens for s in spellings):
                return True
        return False
