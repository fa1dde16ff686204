"""A blogger's aside set above the text it comments on ("This certainly gives us something to
think about; however …", "The results of this study could also be applied to …", then a rule
or a heading and the reposted article): the aside leans on what follows, the article leads."""

from __future__ import annotations

import re

from bot.text.cleaning import SECTION_BREAK

# The aside opens on a bare demonstrative that judges what follows ("This certainly gives us
# …", "Cela montre …") or names "this study"/"cette étude" it comments on. "This is a recipe
# post", "this article covers …" and "This week …" speak of the post itself.
_ASIDE = re.compile(
    r"^(?:(?:This|That|Ceci|Cela|Esto|Eso|Questo|Dies)\s+(?:certainly|really|clearly|definitely"
    r"|surely|may|might|could|should|shows?|proves?|suggests?|gives|raises|confirms|montre"
    r"|prouve|muestra|demuestra|mostra|zeigt)\b"
    r"|[^\n]*?\b(?:this|these|cette|ces|este|esta|estos|estas|questo|questa|dieser|diese)\s+"
    r"(?:study|studies|research|report|findings|paper|survey|étude|études|estudio|estudios"
    r"|informe|studio|Studie|Bericht)\b)",
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
