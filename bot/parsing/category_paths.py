"""A category naming two topics with a spaced slash ("Ruby / Rails", "Actualité/ Marché"), or
a site's path of sections ("Photo et Video sous-marines|La Une", "News > Europe")."""

from __future__ import annotations

import re
import unicodedata

# A slash with a space on a side joins two labels; "TCP/IP", "AC/DC", "24/7" are one name.
_SPACED_SLASH = re.compile(r"\s+/\s*|\s*/\s+")
# A CMS writes a category's place in its tree with "|", a spaced ">" or "»" (breadcrumbs):
# each step is a label of its own, and "A > B" is neither A nor B as a tag.
_PATH_STEP = re.compile(r"\s*\|\s*|\s+>\s+|\s*»\s*")
_BARE_PIPE = re.compile(r"\S\|\S")
# Steps that name where the site shows the item, not what it is about: the tree's root and
# the front-page slots ("Home > News", "…|La Une", "Accueil » Sport", "Featured | Tech").
_PLACEMENT = re.compile(
    r"home(?: ?page)?|front ?page|featured|top stor(?:y|ies)|accueil|(?:[àa] )?la une|une|"
    r"startseite|inicio|portada|prima pagina|primo piano|in evidenza|index|main",
    re.IGNORECASE,
)


def path_parts(term: str) -> list[str]:
    """The labels a path of sections or a spaced slash holds, less its placement steps."""
    if ("|" in term or ">" in term or "»" in term) and _PATH_STEP.search(term):
        steps = [s for s in _PATH_STEP.split(term) if s]
        kept = [s for s in steps if not _PLACEMENT.fullmatch(s)]
        # A bare "|" between single words is a name ("php|tek 2007", a conference), split only
        # where a step is a placement or each is a phrase of its own.
        if len(kept) == len(steps) and _BARE_PIPE.search(term) and not all(" " in s for s in steps):
            return slash_parts(term)
        return [p for s in _one_language(kept) for p in slash_parts(s)]
    return slash_parts(term)


def _script(step: str) -> str:
    """ "latin" for a step in Latin letters only, else "other" (Cyrillic, Greek, CJK…)."""
    latin = all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in step)
    return "latin" if latin else "other"


def _one_language(steps: list[str]) -> list[str]:
    """The steps in the site's own script where the rest translate them: "интерьер и
    архитектура | Interiors and architectu" is one label in two languages."""
    # Kayros writes each category in Russian, then in English (cut to the field's length):
    # two tags of one topic, one of them cut. A translation mirrors the steps, word count by
    # word count, in Latin letters after the site's own script; a path in one script ("News |
    # World") or one opening in Latin letters ("Apple iPhone | Смартфоны") keeps its steps.
    half = len(steps) // 2
    first, second = steps[:half], steps[half:]
    if not half or len(steps) % 2 or {_script(s) for s in first} != {"other"}:
        return steps
    if {_script(s) for s in second} != {"latin"}:
        return steps
    if any(len(a.split()) != len(b.split()) for a, b in zip(first, second, strict=True)):
        return steps
    return first


def slash_parts(term: str) -> list[str]:
    """The labels a spaced slash joins, or the term whole where they are one name."""
    if "/" not in term or not _SPACED_SLASH.search(term):
        return [term]
    parts = [p.strip() for p in _SPACED_SLASH.split(term)]
    if len(parts) != 2 or not all(parts):
        return [term]
    first, second = parts
    # One word before a name of several shares its head ("Black / Thrash Metal", "Doom /
    # Death Metal") or abbreviates it ("YA / Young Adult"): one label, kept whole.
    if " " not in first and " " in second:
        return [term]
    return parts
