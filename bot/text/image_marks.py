"""A feed reader's mark for a picture it dropped ("[IMG] Photo of …", "[image]", "[Son]"), opening a
block of text, a blog host's stand-in for a player, and Textile's image markup
("!/uploads/ride.jpg!") anywhere in a text block: what they mark is not in the post."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut

# A CMS's badge for the media an item carried ("[Son] Le ministre …", "[Vidéo] …", "[Photos]"):
# its sound, video or pictures are not in the post either.
_MARK = re.compile(
    r"\s*\[(?:img|image|images|pic|picture|thumbnail|photos?|fotos?|son|sound|audio|video|"
    r"vid[ée]o|v[íi]deo|diaporama|slideshow|gallery|galerie)\]\s*",
    re.IGNORECASE,
)
_LABEL = re.compile(r"\[[^\[\]\n]{2,24}\]")
# The stand-in a blog host writes for a player its feed leaves out ("[There is a video that
# cannot be displayed in this feed. Visit the blog entry to see the video.]", WordPress.com's;
# "[See post to watch Flash video]"): a note about the feed, never the post's text.
_PLAYER_STAND_IN = re.compile(
    r"\s*\[(?:there\s+is\s+(?:an?\s+)?(?:video|audio|media|flash|embedded)\b[^\]\n]{0,80}?"
    r"\b(?:cannot|can['’]t|can\s+not)\s+be\s+(?:displayed|shown|played)\s+in\s+(?:this|your)"
    r"\s+(?:feed|reader)[^\]\n]{0,120}|see\s+post\s+to\s+(?:watch|listen)[^\]\n]{0,40})\]\s*",
    re.IGNORECASE,
)
# Textile: "!" + optional style/alignment + an image's address + optional "(alt)" + "!" +
# optional ":link". The address must end like an image file so "Wow!/ok!" stays prose.
_TEXTILE = re.compile(
    r"(?<![^\s(>\"'])!(?:\([^)\s]*\)|\{[^}]*\}|[<>=])*"
    r"(?:https?://|/|\.\./|\./)?[^\s!()<>\"']+?\.(?:jpe?g|png|gif|webp|bmp|svg)"
    r"(?:\([^)]*\))?!(?::[^\s<>\"']+)?\s*",
    re.IGNORECASE,
)


def image_mark_cuts(blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of a dropped picture's bracketed mark opening a text block, and of Textile images."""
    cuts = []
    for i, block in enumerate(blocks):
        if block.kind != "text":
            continue
        # "[" first: most blocks are looked at for one character only.
        if block.text.lstrip()[:1] == "[":
            found = _MARK.match(block.text)
            # One label of a series ("[Photos] Gorillacam … [Retouches] Best Camera …", an app
            # show's categories) names what follows it: the series stays.
            series = found and _LABEL.search(block.text, found.end())
            if found and not series and not block.link_at(found.start() + 1):
                cuts.append(Cut(i, 0, found.end(), "image mark"))
        if "[" in block.text:
            cuts.extend(
                Cut(i, m.start(), m.end(), "image mark")
                for m in _PLAYER_STAND_IN.finditer(block.text)
            )
        if "!" in block.text:
            cuts.extend(
                Cut(i, m.start(), m.end(), "image mark") for m in _TEXTILE.finditer(block.text)
            )
    return cuts
