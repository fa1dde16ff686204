"""Leads that are a picture's caption or describe it part by part ("From left: …", "En haut,
on retrouve …", "I end up taking a photo of …"): without the picture they read wrong."""

from __future__ import annotations

import re

# A caption's opening: who stands where ("From left: UAW President …", "(left to right)",
# "De gauche à droite", "Von links:"), or where the picture was come upon ("Croisé au hasard
# d'une rue", "Spotted at the market", "Vu dans le métro").
_CAPTION_OPENING = re.compile(
    r"\W*(?:(?:from\s+)?(?:left|right)\s+to\s+(?:right|left)\b|from\s+(?:left|right)\s*[:,]"
    r"|de\s+(?:gauche\s+à\s+droite|izquierda\s+a\s+derecha)|von\s+links\b|da\s+sinistra\b"
    r"|(?:croisée?s?|vue?s?|aperçue?s?|repérée?s?|spotted|seen|gesehen|entdeckt|visto|vista)"
    r"\s+(?:au|aux|à|dans|en|sur|devant|at|in|on|near|outside|im|am|auf|en\s+la|por)\s)",
    re.IGNORECASE,
)
# The writer taking the picture the entry shows ("I end up taking a photo of the departure
# board!", "we snapped a picture of", "j'ai pris cette photo", "pris en photo").
_TAKING_IT = re.compile(
    r"\b(?:I|we)\s+(?:[\w'’]+\s+){0,3}?(?:took|taking|snapped|snapping|shot)\s+(?:a|an|this"
    r"|these|some|the)\s+(?:\w+\s+)?(?:photo(?:graph)?|picture|pic|snapshot)s?\s+of\b"
    r"|\b(?:j['’]ai|nous\s+avons|on\s+a)\s+(?:pris|fait)\s+(?:cette|une|quelques|ces)\s+photos?\b"
    r"|\bpris\s+en\s+photo\b",
    re.IGNORECASE,
)
# Its parts walked through in turn ("En haut, on retrouve …", "On the left, you can see …").
_ITS_PARTS = re.compile(
    r"\b(?:en\s+haut|en\s+bas|à\s+gauche|à\s+droite|au\s+premier\s+plan|en\s+arrière-plan)\s*,?"
    r"\s+(?:on\s+(?:retrouve|voit|trouve|aperçoit|peut\s+voir)|vous\s+(?:voyez|pouvez\s+voir))"
    r"|\b(?:at\s+the\s+(?:top|bottom)|on\s+the\s+(?:left|right)|in\s+the\s+(?:foreground|back"
    r"ground))\s*,?\s+(?:you\s+(?:can\s+)?see|we\s+(?:can\s+)?see|is\s+a|are\s+(?:some|the))\b",
    re.IGNORECASE,
)


def describes_its_picture(text: str) -> bool:
    """Whether a lead captions the entry's picture, walks through its parts, or tells of the
    writer taking it."""
    return bool(_CAPTION_OPENING.match(text) or _TAKING_IT.search(text) or _ITS_PARTS.search(text))
