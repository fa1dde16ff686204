"""The last check on a name derived from a feed's title: no name cut mid-phrase, no tagline
kept after the name, no name said twice; the title's segment naming the site's domain instead."""

from __future__ import annotations

import re

from bot.attribution.leading_names import leading_name
from bot.attribution.name_spellings import clean_name
from bot.attribution.title_domain_names import names_domain, split_title, trimmed_name

CUT = "…"
# Where a long title's name may end: a comma, colon, semicolon, bar, bracket, a dash before a
# space or glued to a capital, or a word joining a name to whose it is ("… par lesechos.fr et
# Enjeux-Les Echos", "Issued by"). CJK titles write the same marks full width ("mLook 看书，（…）"),
# and a name keeps them as written (name_spellings), so both widths end a segment.
_SEGMENT = re.compile(
    r"\s*[,;:|()\[\]{}«»\"“”，；：｜（）［］｛｝]\s*|\s*[-–—/]+\s+|(?<=\w)-(?=[A-ZÀ-Ý])"
    r"|\s+(?i:by|from|of|par|de|du|des|von|et|and|und)\s+"
)
# Inside a name that is whole, only a comma, a colon or a spaced dash end it, or a word saying
# whose it is ("Stratechery by Ben Thompson"); "and", "of", "from" join a name ("Logits and
# Coffee", "Dravens Tales from the Crypt").
_NAME_END = re.compile(r"\s*[,;:，；：]\s*|\s*[-–—/]+\s+|\s+(?i:by|par)\s+")
# "Fran6art.com, blog d'un webdesigner …", "skate infusion : ta dose quotidienne !": the name,
# then a separator and a tagline opening in lower case.
_TAGLINE = re.compile(r"^(?P<head>.+?)\s*(?:,|\s[-–—:]|[-–—:])\s+(?=[^\W\dA-ZÀ-Ý])")
# "Godfrey. Godfrey provides …" cut to "Godfrey. Godfrey": one name said twice.
_TWICE = re.compile(r"^(?P<name>.{2,60}?)[.!?:]\s+(?P=name)$")


def domain_segment(
    title: str | None, domain: tuple[str, str] | None, segments: re.Pattern[str] = _SEGMENT
) -> str | None:
    """The first segment of a title (between commas, dashes, "by", "par" …) naming the site's
    domain, words before a host ("Les Echos" over "lesechos.fr" in "… par lesechos.fr et …")."""
    text = clean_name(title)
    if not text or domain is None:
        return None
    pieces = [p.strip() for p in segments.split(text) if p]
    named = [p for p in pieces if p and names_domain(p, domain)]
    words = [p for p in named if "." not in p]
    best = (words or named or [None])[0]
    return trimmed_name(best, domain) if best else None


def agreed_name(name: str, title: str | None, domain: tuple[str, str] | None) -> str | None:
    """A better name than `name` derived from `title`, else None: its head before a tagline, the
    domain's segment (for a cut name, "" when none: the domain then), a twice-said name once."""
    if (twice := _TWICE.match(name)) is not None:
        return twice.group("name")
    # "Daniel Mouratidis Landesvorsitzender …" (mouratidis.de), "Buzzimie c'est ici que …":
    # the head that names the site, what follows describing it.
    whole = name.removesuffix(CUT)
    if not names_domain(whole, domain) and (
        head := leading_name(
            whole, domain[1] if domain else None, lambda n: names_domain(n, domain)
        )
    ):
        return head
    if name.endswith(CUT):
        return domain_segment(title, domain) or ""
    tagline = _TAGLINE.match(name)
    if tagline and names_domain(head := tagline.group("head"), domain):
        return head
    # A name that is not the site's while a segment inside a title part is ("Stratechery by
    # Ben Thompson" on stratechery.com): the title's own parts were weighed before, not these.
    if (
        not names_domain(name, domain)
        and (inner := domain_segment(title, domain, _NAME_END)) is not None
    ):
        # A name that is one of several parts was chosen over the others ("The Napkin ~ A Blog
        # By Highgroove Studios" is The Napkin's).
        whole_parts = {bare for _, bare in split_title(clean_name(title))}
        if len(whole_parts) > 1 and name in whole_parts:
            return None
        return inner if inner not in whole_parts and inner != name else None
    return None
