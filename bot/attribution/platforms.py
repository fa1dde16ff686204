"""Cross-posting platforms' notices, which name the original venue in the platforms' own words.

- dev.to's header: "Posted on <date> • Originally published at kevinschuchard.com";
- Medium's RSS footer: "<title> was originally published in <publication> on Medium";
- link-out stubs: "Read this on Authority Magazine", "This article is hosted on an external
  website. Read the original content on ...", "Read the original article at ...";
- cross-posts: "Cross-posted from my Substack", "This is a cross-post from ...";
- footers: "This is a post from Geeky Gadgets, who bring you …";
- "read the original on X" in French, Spanish, Portuguese, Italian, German and Russian.
A stub on the venue's own feed names the feed itself, which attribute() judges a self-credit.
"""

from __future__ import annotations

import re

from bot.attribution.patterns import Phrase

_I = re.I | re.U

PLATFORMS: tuple[Phrase, ...] = (
    Phrase(
        re.compile(
            r"(?:\bPosted\s+on\b[^•·・|\n]{0,40})?[•·・|]\s*Originally\s+(?:published|posted)\s+"
            r"(?P<prep>at|on|in)\s+",
            _I,
        ),
        rule="platform",
        cues=("originally",),
    ),
    Phrase(
        re.compile(
            r"\bwas\s+originally\s+published\s+(?P<prep>in)\s+(?=[^\n]{1,100}?\bon\s+Medium\b)", _I
        ),
        rule="platform",
        cues=("medium",),
    ),
    Phrase(
        re.compile(
            r"\bhosted\s+on\s+an\s+external\s+(?:website|site)\b[^.\n]{0,120}\.?\s*"
            r"(?:(?:Please\s+)?(?:click\s+[^.\n]{0,60}\s+to\s+)?read\s+the\s+(?:original|full)\s+"
            r"(?:content|article|story|post)\s+(?P<prep>on|at)\s+)?",
            _I,
        ),
        needs_name=False,
        rule="platform",
        cues=("external",),
    ),
    Phrase(
        re.compile(
            r"(?:^|(?<=[.!?:]\s))(?:Read|Continue\s+reading)\s+(?:this|it|the\s+(?:original|full)\s+"
            r"(?:article|story|post|piece|content|version|essay))\s+(?P<prep>on|at|in)\s+",
            _I,
        ),
        rule="platform",
        cues=("read", "reading"),
    ),
    Phrase(
        re.compile(
            r"\b(?:cross-?posted|(?:is\s+)?an?\s+cross-?post)\s+(?P<prep>from|on|at)\s+", _I
        ),
        rule="platform",
        cues=("cross",),
    ),
    # A feed footer's "This is a post from Geeky Gadgets, who bring you …" (WordPress footer
    # plugins): the site the item is from, a reprint when another site's feed carries it.
    Phrase(
        re.compile(
            r"(?:^|(?<=[.!?]\s))This\s+is\s+an?\s+(?:post|article|story|entry)\s+(?P<prep>from)\s+"
            r"(?=[A-ZÀ-ÖØ-Þ])"
        ),
        rule="platform",
        cues=("a post from", "an article from", "a story from", "an entry from"),
    ),
    # "Lire l'article original sur X", "Leer el artículo original en X", "Читать оригинал на X".
    Phrase(
        re.compile(
            r"(?:^|(?<=[.!?:]\s))(?:Lire|Leer|Leia|Leggi|Lesen\s+Sie|Lies|Читать|Прочитать)\s+"
            r"(?:l['’]\s*|el\s+|o\s+|den\s+)?(?:article\s+original|artículo\s+original|artigo"
            r"\s+original|articolo\s+originale|Originalartikel|Original|оригинал(?:\s+статьи)?)"
            r"\s+(?P<prep>sur|en|em|no|na|su|sul|auf|bei|на|в)\s+",
            _I,
        ),
        rule="platform",
        cues=("lire", "leer", "leia", "leggi", "lesen", "lies", "читать", "прочитать"),
    ),
)
