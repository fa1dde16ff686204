"""A feed or page title cut into its parts at the separators that join a site's name to a
section's or a headline's ("Tech – TIME", "Satechi's … | iMore")."""

from __future__ import annotations

import re2

# Feed titles join the site's name and the section's with a separator: "Tech – TIME",
# "Home | Mail Online", "WSJ.com: World News", "NYT > World News", "LE FIGARO - Le Figaro -
# Culture : Cinéma, …". A hyphen only separates between spaces ("Al-Monitor" stays whole);
# a colon only before a space ("Dicas-L: Dicas técnicas"), not inside "10:30" or a URL.
_SEPARATORS = re2.compile(r"\s+[-–—|/>»·•:]+\s+|\s*-{2,}\s*|\s*[|»•]\s*|\s*[–—]\s*|:\s+")


def separated(title: str) -> list[str]:
    """The title cut at its separators, except those inside brackets: "(Fabio Alessandro
    Locati|Fale)'s blog" is one name, whose "|" is no separator."""
    pieces: list[str] = []
    start = 0
    for found in _SEPARATORS.finditer(title):
        before = title[: found.start()]
        if before.count("(") + before.count("[") > before.count(")") + before.count("]"):
            continue
        pieces.append(title[start : found.start()])
        start = found.end()
    return [*pieces, title[start:]]


# The marks that join items of a list, not a name to its sections (dashes, colons).
_LIST_MARK = re2.compile(r"\s[•·|/]\s")


def lists_topics(title: str) -> bool:
    """True for a title that lists what a site is about, not its name: "Web • Tech • Audio"
    (morningtempo.com), three or more parts of a word or two joined by one list mark."""
    parts = [part.split() for part in separated(title)]
    marks = _LIST_MARK.findall(title)
    return (
        len(parts) >= 3
        and len(set(marks)) == 1
        and len(marks) == len(parts) - 1
        and all(1 <= len(words) <= 2 for words in parts)
    )


# Site generators' and themes' default titles, left unchanged by the site's owner: they name
# the template, never the site (Gatsby's starter, Hugo's "My New Hugo Site", Jekyll's "Your
# awesome title", the Tailwind Next.js starter, WordPress's "My Blog" and tagline, Octopress,
# Pelican, Eleventy's base blog, AstroPaper). Matched whole, with or without "RSS Feed".
_TEMPLATE_TITLE = re2.compile(
    r"(?i)(?:gatsby(?: default)? starter(?: blog)?|my new hugo site|your awesome title"
    r"|(?:tailwind )?next\.?js starter blog|tailwind nextjs starter blog"
    r"|my (?:wordpress |octopress |jekyll |hugo |ghost |gatsby )?(?:blog|site|website)"
    r"|just another wordpress(?:\.com)? (?:site|blog)|a pelican blog|my octopress blog"
    r"|eleventy base blog(?: v\d+)?|astro ?paper|astro blog|blog title|site title)"
    r"(?:\s+(?:rss|atom)(?:\s+feed)?|\s+feed)?"
)


def is_template_title(part: str) -> bool:
    """Whether a title (or one of its parts) is a site template's untouched default."""
    return bool(_TEMPLATE_TITLE.fullmatch(part.strip(" .!")))
