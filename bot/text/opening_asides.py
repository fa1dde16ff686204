"""A blogger's aside set above the text it comments on ("This certainly gives us something to
think about; however …", "The results of this study could also be applied to …", then a rule
or a heading and the reposted article): the aside leans on what follows, the article leads."""

from __future__ import annotations

import re

from bot.text.cleaning import SECTION_BREAK

# The aside opens on a bare demonstrative ("This certainly gives us …", "Cela montre …") or
# names "this study"/"cet article" it comments on. "This week …" and "This year's …" are dates.
_ASIDE = re.compile(
    r"^(?:(?:This|That|These|Those|Ceci|Cela|Ça|Esto|Eso|Questo|Dies)\b(?![\w'’-]*\s+"
    r"(?:week|weekend|year|month|morning|afternoon|evening|night|day|time|season|summer|winter"
    r"|spring|fall|autumn|semaine|année|mois|semana|año|mes|settimana|anno|Woche|Jahr)\b)"
    r"|[^\n]*?\b(?:this|these|ce|cet|cette|ces|este|esta|estos|estas|questo|questa|dieser|diese"
    r"|dieses)\s+(?:study|studies|article|story|report|research|paper|survey|findings|piece"
    r"|étude|estudio|artículo|informe|studio|articolo|Studie|Artikel|Bericht)\b)",
)
# Prose in the sections after it: a paragraph of six words or more closing on a stop.
_PROSE = re.compile(r"^(?:\S+[ \t]+){5,}[^\n]*[.!?…][\"'”’»)]*[ \t]*$", re.MULTILINE)
_ASIDE_CHARS = 300


def without_opening_aside(text: str) -> str:
    """`text` from its second section when its first is one short paragraph leaning on what
    follows (a demonstrative with nothing before it) and prose follows."""
    first, cut, rest = text.partition(SECTION_BREAK)
    if (
        not cut
        or len(first) > _ASIDE_CHARS
        or "\n" in first.strip()
        or not _ASIDE.match(first.lstrip())
        or not _PROSE.search(rest)
    ):
        return text
    return rest.lstrip("\n")
