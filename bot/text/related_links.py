"""A related-links list under its heading ("Related Content:", "See also", "Lire aussi"): other
pages' titles, none of them the post's text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block

# The heading of a list of other pages, in the languages of the corpus ("Related content:",
# "Further reading", "Mehr zum Thema", "À lire aussi", "Читайте также").
_RELATED = re.compile(
    r"\W*(?:related(?: (?:content|links?|articles?|stories|posts?|reading|episodes?))?|"
    r"see also|further reading|more (?:on|about) (?:this|the) (?:topic|story|subject)|"
    r"mehr zum thema|weiterführende links|(?:à )?lire aussi|(?:voir|à voir) aussi|"
    r"ver también|lea también|leia também|veja também|lees ook|leggi anche|"
    r"читайте также|см\. также)\s*:?\W*",
    re.IGNORECASE,
)


def without_related_links(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks less a related-links heading and the paragraphs of one link each under it."""
    # Stuff You Should Know's episodes are an image, its credit and "Related Content:" over
    # one linked title a paragraph ("Does your body really replace itself every seven
    # years?", a HowStuffWorks article): with the links gone, a title read as the summary.
    starts = [i for i, b in enumerate(blocks) if len(b.text) < 40 and _RELATED.fullmatch(b.text)]
    if not starts:
        return blocks
    gone: set[int] = set()
    for start in starts:
        end = start + 1
        while end < len(blocks) and _is_one_link(blocks[end]):
            end += 1
        if end > start + 1:
            gone.update(range(start, end))
    return [b for i, b in enumerate(blocks) if i not in gone] if gone else blocks


def _is_one_link(block: Block) -> bool:
    """A paragraph that is one link's text, or nearly ("<a>Title</a>, on Smithsonian")."""
    text = block.text.strip()
    if block.kind != "text" or not text:
        return False
    linked = sum(link.end - link.start for link in block.links)
    return len(block.links) >= 1 and linked >= 0.6 * len(text)
