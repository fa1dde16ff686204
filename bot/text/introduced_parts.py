"""Sentences introducing a part of the entry that a post drops: the last sentence before a
picture, player, quote or table in the entry's HTML that points at what follows
("Just received the note below …", "For auld lange syne I figured I'd post a photo of the
lobby sign."): the markup says what came next, so it goes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block, Cut
from bot.text.preceding_sentences import sentence_before

# What a post's text never carries, by the entry's tags. A picture may be the post's photo, but
# a caption presenting it still reads as a pointer once the text stands apart from it. Pixels
# (a side of 1) and a feed service's buttons are no part. Code is the code rules' (a sentence
# presenting a listing may say what the post offers: tests/test_judged_s12_audit_a1.py), and
# so are lists: a lead-in carries on into a list's items (tests/test_lead_structure.py).
_PART = re.compile(
    r"<(?:blockquote|table|audio|video|iframe|object|embed)\b"
    r"|<img\b(?![^>]*(?:\b(?:width|height)=[\"']?1[\"'\s/>]|feedburner|feedsportal|pheedo))",
    re.IGNORECASE,
)
# What may stand between the sentence and the part: closing and opening wrappers.
_WRAPPERS = re.compile(
    r"(?:\s|&nbsp;|</?(?:p|div|span|br|figure|center|a|strong|em|b|i|font)\b[^>]*>)*$",
    re.IGNORECASE,
)
# A sentence presenting what follows it, in the languages the pools write: a pointer
# down ("the note below", "the following bloggers", "ci-dessous"; not "below the age of 25"),
# the picture or recording it names ("I'd post a photo of the lobby sign", "this video",
# "Toute petite video d'un harbor seal …").
_INTRODUCES = re.compile(
    r"\bbelow\b(?!\s+(?:the|a|an|that|this|what|zero|par|average|\d|\$))|\bthe\s+following\b"
    r"(?!\s+(?:day|days|week|weeks|month|year|morning|evening|night|season))|\bci-dessous\b"
    r"|\bhieronder\b|\bqui\s+sotto\b|下面|如下|以下"
    r"|\b(?:this|these|cette|ces|este|esta|estos|diese[sn]?|questo|questa)\s+(?:[\w-]+\s+)?"
    r"(?:photos?|pictures?|pics|images?|snapshots?|videos?|vidéos?|clips?|trailers?|teasers?"
    r"|slides|slideshow|screenshots?|infographic|fotos?|im[áa]gen(?:es)?|Bild(?:er)?|Video)\b"
    r"|\b(?:post|share|shot|took|posting|sharing)\s+(?:a|some|the|my|a\s+few)\s+(?:[\w-]+\s+)?"
    r"(?:photos?|pictures?|pics|images?|snapshots?|videos?|clips?)\b"
    r"|\b(?:video|vidéo|vid[ée]o|clip|foto|photo|picture)s?\s+(?:(?:of|de|von|di)\s|d['’])"
    # Spanish "I leave you" presenting pictures ("Os dejo unas imagenes de mis votaciones, …").
    r"|\b(?:os|les|te)\s+dejo\s+(?:[\w-]+\s+)?(?:im[áa]gen(?:es)?|fotos?|v[íi]deos?|capturas)\b",
    re.IGNORECASE,
)
# A short presenter ("Here's my finished product.", "Ecco come installarlo …"; a long one says
# what the post is about: "Here is a list of those who we think would be great …"), a sentence
# that is only a call to look or listen ("Enjoy.", "Check it out!", "Watch and find
# out!"): short, or it says something of its own. A count of the items to come ("I wanted to let
# you all know of two things.") is no pointer: a list's lead-in carries on into its items.
_CALLS = re.compile(
    r"(?:^|[,;]\s*|\b(?:so|and|but|first|now)\s+)(?:here(?:'s|’s|\s+is|\s+are|\s+it\s+is)"
    r"|voici|voil[àa]|ecco|hier\s+(?:ist|sind)|aqu[íi]\s+(?:est[áa]n?|os|les|te)\b|вот)"
    r"|^(?:(?:so|and|now|just|please|let['’]s)\s+)?(?:enjoy|watch|listen|look|take\s+a\s+look"
    r"|have\s+a\s+look|check\s+(?:it|this|them)\s+out|regardez|écoutez|mira|miren|schaut)\b",
    re.IGNORECASE,
)
_CALL_WORDS = 10
# A link the entry sets right after a sentence (its own line: the post carries the lead's
# sentences, never the entry's link lines), and a sentence pointing at it: a verb sending the
# reader to "the link"/"this article" ("spread this article as far and wide as you can"), or a
# link, article or download placed "below"/"here" ("les dejo el link de descarga aqui abajo").
# A sentence about the article it stands in ("This article details how …") names no place.
_LINK_PART = re.compile(
    r"<a\s[^>]*\bhref=(?![^>]*(?:feeds\.wordpress|feedburner|feedsportal|pheedo))[^>]*>(?!\s*<img)",
    re.IGNORECASE,
)
_POINTS_AT_LINK = re.compile(
    r"\b(?:check\s+out|read|spread|share|visit|follow|see|click(?:\s+on)?|use|lisez|consultez"
    r"|voir|visitez|suivez|mira|lee|visita|sigue|dejo|descarga|download)\s+(?:the|this|that|el|le"
    r"|este|esta|ce|cet|cette|den|diesen|questo|o)\s+(?:[\w-]+\s+)?(?:link|lien|enlace|article"
    r"|art[íi]culo|articolo|Artikel|download|descarga|document)s?\b"
    r"|\b(?:the|this|a|el|le|la|un|una|este|ce|del|du)\s+(?:[\w-]+\s+)?(?:link|lien|enlace|liga"
    r"|article|art[íi]culo|download|descarga|t[ée]l[ée]chargement)s?\b[^.!?]{0,40}?\b(?:below"
    r"|here|abajo|aqu[íi]|ac[áa]|ici|ci-dessous|suivante?|siguiente|hieronder|unten|sotto)\b"
    r"|\b(?:voici|voil[àa]|here(?:'s|’s|\s+is)|ecco)\s+(?:[\w-]+\s+)?(?:the|le|el|il)\s+"
    r"(?:link|lien|enlace|download)\b"
    r"|\b(?:stream|download|read|watch|listen|vote|descarga|desc[áa]rgal[oa]s?|t[ée]l[ée]charge[rz]"
    r"|lisez|vota)\s+(?:(?:it|them|directamente|de|from)\s+)?(?:here|ici|aqu[íi]|below|abajo)\b",
    re.IGNORECASE,
)
# Longer sentences say something of their own beside presenting the part.
_INTRODUCING_WORDS = 30


def _introducing_sentence(html: str, part: int) -> str | None:
    """The sentence right before the part at `part` in `html`, when it introduces it."""
    sentence = sentence_before(html, part, window=800, wrappers=_WRAPPERS)
    if sentence is None:
        return None
    # One ending on a colon is a lead-in to items a post may carry as text (a list's links).
    if sentence.endswith(":") or len(sentence.split()) > _INTRODUCING_WORDS:
        return None
    if _INTRODUCES.search(sentence):
        return sentence
    return sentence if len(sentence.split()) <= _CALL_WORDS and _CALLS.search(sentence) else None


def _link_pointing_sentence(html: str, link: int) -> str | None:
    """The sentence right before the link at `link` in `html`, when it points at a link."""
    sentence = sentence_before(html, link, window=800, wrappers=_WRAPPERS)
    if sentence is None or not sentence.endswith((".", "!")):
        return None  # (a sentence running on into its link: the post carries the link's words)
    if len(sentence.split()) > _INTRODUCING_WORDS:
        return None
    return sentence if _POINTS_AT_LINK.search(sentence) else None


def introduced_part_cuts(html: str, blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of the sentences introducing a part of the entry the post does not carry."""
    sentences = {s for m in _PART.finditer(html) if (s := _introducing_sentence(html, m.start()))}
    sentences |= {
        s for m in _LINK_PART.finditer(html) if (s := _link_pointing_sentence(html, m.start()))
    }
    if not sentences:
        return []
    cuts = []
    for index, block in enumerate(blocks):
        text = " ".join(block.text.split())
        if block.text.rstrip() != text or block.kind != "text":
            continue  # (a block whose spacing the HTML's differs from: left to the wordings)
        for sentence in sentences:
            if text.endswith(sentence) and (
                len(text) == len(sentence) or text[-len(sentence) - 1].isspace()
            ):
                cuts.append(Cut(index, len(text) - len(sentence), len(text), "pointer"))
    return cuts
