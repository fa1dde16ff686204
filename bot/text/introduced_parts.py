"""Sentences introducing a part of the entry that a post drops: the last sentence before a
picture, player, quote, list, table or listing in the entry's HTML that points at what follows
("Just received the note below …", "For auld lange syne I figured I'd post a photo of the
lobby sign.", "10 bonnes raisons d'y aller."): the markup says what came next, so it goes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape

from bot.text.blocks import Block, Cut, is_sentence_end

# What a post's text never carries, by the entry's tags. A picture may be the post's photo, but
# a caption presenting it still reads as a pointer once the text stands apart from it. Pixels
# (a side of 1) and a feed service's buttons are no part.
_PART = re.compile(
    r"<(?:blockquote|ul|ol|dl|table|pre|audio|video|iframe|object|embed)\b"
    r"|<img\b(?![^>]*(?:\b(?:width|height)=[\"']?1[\"'\s/>]|feedburner|feedsportal|pheedo))",
    re.IGNORECASE,
)
# What may stand between the sentence and the part: closing and opening wrappers.
_WRAPPERS = re.compile(
    r"(?:\s|&nbsp;|</?(?:p|div|span|br|figure|center|a|strong|em|b|i|font|h[1-6])\b[^>]*>)*$",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")
# A sentence presenting what follows it, in the languages the pools write: a pointer down
# ("the note below", "the following bloggers", "ci-dessous", "folgende"), a presenter ("Here's
# …", "Voici …", "Ecco …"), a call to look or listen ("Check it out!", "Enjoy!"), a count of
# the items to come ("a couple of things", "10 bonnes raisons") or the kind of part it is ("a
# photo of the lobby sign", "a simple top-10 list", "ein Zitat").
_INTRODUCES = re.compile(
    r"\b(?:below|following|ci-dessous|suivant(?:e|s|es)?|folgend\w*|unten|siguientes?"
    r"|a\s+continuaci[óo]n|seguent[ei]|qui\s+sotto|hieronder|volgende"
    r"|here(?:'s|’s|\s+is|\s+are|\s+it\s+is|\s+they\s+are)|voici|voil[àa]|hier\s+(?:ist|sind)"
    r"|aqu[íi]\s+(?:est[áa]n?|tienen|os\s+dejo|les\s+dejo|te\s+dejo)|ecco"
    r"|(?:take\s+a\s+)?look|watch|listen|enjoy|check\s+(?:it|this|them)\s+out|regardez|écoutez"
    r"|(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few"
    r"|deux|trois|quatre|cinq|quelques|dos|tres|cuatro|zwei|drei|vier)\s+(?:[\w-]+\s+)?"
    r"(?:things|reasons|points|ways|tips|steps|ideas|examples|raisons|choses|conseils|razones"
    r"|cosas|puntos|consejos|Gründe|Dinge|Punkte|Tipps)"
    r"|photos?|pictures?|pics?|images?|snapshots?|videos?|vidéos?|clips?|trailers?|teasers?"
    r"|footage|slides?|slideshow|charts?|graphs?|diagrams?|tables?|lists?|quotes?|excerpts?"
    r"|e-?mail|letter|note|poem|screenshots?|infographic|fotos?|imagen(?:es)?|Bild(?:er)?"
    r"|Zitat|Liste|Tabelle|tableau|extraits?|citation|lettre|carta|lista|tabla)\b"
    r"|(?:ниже|вот|下面|以下|如下|次の)",
    re.IGNORECASE,
)
# Longer sentences say something of their own beside presenting the part.
_INTRODUCING_WORDS = 30


def _introducing_sentence(html: str, part: int) -> str | None:
    """The sentence right before the part at `part` in `html`, when it introduces it."""
    before = html[max(0, part - 800) : part]
    wrappers = _WRAPPERS.search(before)
    if wrappers is None or wrappers.start() == 0 or before[wrappers.start() - 1] == ">":
        return None
    text = unescape(_TAG.sub(" ", before[: wrappers.start()])).replace("\xa0", " ").rstrip()
    start = max((i + 1 for i in range(len(text) - 1) if is_sentence_end(text, i)), default=0)
    sentence = " ".join(text[start:].split())
    # One ending on a colon is a lead-in to items a post may carry as text (a list's links).
    if sentence.endswith(":") or len(sentence.split()) > _INTRODUCING_WORDS:
        return None
    return sentence if _INTRODUCES.search(sentence) else None


def introduced_part_cuts(html: str, blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of the sentences introducing a part of the entry the post does not carry."""
    sentences = {s for m in _PART.finditer(html) if (s := _introducing_sentence(html, m.start()))}
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
