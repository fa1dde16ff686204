"""Which of a feed title's candidate names its own evidence confirms: the part its host's own
label spells, the name before a tagline, the host after a label, the owner of a stream."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from bot.attribution.connector_names import HOST_STYLED, OF
from bot.attribution.name_spellings import fold
from bot.attribution.section_pages import is_section_name
from bot.attribution.title_domain_names import domain_parts, names_domain

# Words that title a feed's stream or page rather than a site: a part made of one of these
# before a tagline is no name ("News | the latest from our town").
_LABELS = frozenset(
    "news home blog blogs feed rss articles posts updates latest recent index welcome main".split()
)
# Connectors after which a stream title names whose stream it is ("Latest Activity on X").
_STREAM_OF = OF | frozenset("on at".split())
# A comma then a lower-case word: a phrase ("Catching design, since 1983"), not a name.
_PHRASE_COMMA = re.compile(r",\s+\w*[a-z]")


def subdomain_part(parts: list[str], site_url: str | None, description: str) -> str | None:
    """The part the site's own host label spells and its description names too, over parts
    naming only the domain above: "CALESA - UFSC" at calesa.ufsc.br ("Centro Acadêmico …")."""
    host = (urlsplit(site_url or "").hostname or "").removeprefix("www.")
    domain = domain_parts(site_url)
    if len(parts) < 2 or domain is None or host == domain[0] or not host:
        return None
    label = host.removesuffix("." + domain[0]).split(".")[-1]
    # A short label is a section's or a language's ("en", "tv"), not a name.
    if len(label) < 4:
        return None
    own = (f"{label}.{domain[0]}", label)
    spelling = [p for p in parts if names_domain(p, own) and not is_section_name(p)]
    # A subdomain may be a section's or a language's ("Spanish", "Themes", "BPMS forum"): only
    # the description's naming it as well makes it the site's own name.
    return spelling[0] if spelling and described(spelling[0], description) else None


def described(name: str, description: str) -> bool:
    """Whether a description names `name`: as a word of it, or as its capitalised words'
    initials ("CALESA": "Centro Acadêmico Livre de Engenharia Sanitária e Ambiental")."""
    key = fold(name)
    if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", fold(description)):
        return True
    capitals = [w for w in description.split() if w[:1].isupper()]
    return len(key) >= 3 and "".join(fold(w[:1]) for w in capitals) == key


def reads_as_tagline(part: str, description: str) -> bool:
    """Whether a title part reads as the site's tagline, not its name: the channel's
    description repeats it, it opens in lower case, or a comma runs it on as a phrase."""
    words = part.split()
    if len(words) < 2:
        return False
    if fold(part).rstrip(".!…") == fold(description).rstrip(".!…"):
        return True
    return part[:1].islower() or bool(_PHRASE_COMMA.search(part))


def name_before_tagline(parts: list[str], index: int, description: str) -> str | None:
    """The part before the one chosen when that reads as a tagline ("1983 | Catching design,
    since 1983", "Mobile Media - recordings in your hands"); not a stream's label."""
    if index == 0 or not reads_as_tagline(parts[index], description):
        return None
    first = parts[0]
    words = [fold(w) for w in first.split()]
    if not words or any(w in _LABELS for w in words) or len(first) > 40:
        return None
    # A name before a tagline is capitalised or a number, as titles write names.
    return first if first[:1].isupper() or first[:1].isdigit() else None


def host_after_label(part: str, domain: tuple[str, str] | None) -> str | None:
    """The site's host closing a part after label words ("Nieuwsberichten Delft.nl"): the
    host is the name, the words before it say what the feed carries."""
    words = part.split()
    if len(words) < 2 or not HOST_STYLED.match(words[-1]):
        return None
    host = words[-1]
    # "Cory Doctorow's craphound.com": whose the host is, not a label before it.
    if (
        words[-2].endswith(("'s", "’s"))
        or not names_domain(host, domain)
        or names_domain(" ".join(words[:-1]), domain)
    ):
        return None
    return host


def stream_owner(title: str, names_site: Callable[[str], bool]) -> str | None:
    """Whose a stream is when its title says so ("Latest Activity on The SPICE User Group")."""
    words = title.split()
    for index in range(len(words) - 1, 0, -1):
        if fold(words[index - 1]) in _STREAM_OF:
            tail = " ".join(words[index:])
            return tail if names_site(tail) else None
    return None


def without_trailing_noun(name: str, names_site: Callable[[str], bool]) -> str:
    """A name less lower-case words closing it that the name stands without ("PistonSoft
    company" from "… news from PistonSoft company.")."""
    words = name.split()
    kept = len(words)
    while kept > 1 and words[kept - 1].islower():
        kept -= 1
    shorter = " ".join(words[:kept])
    return shorter if kept < len(words) and names_site(shorter) else name
