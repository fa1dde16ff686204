"""A related-links list under its heading ("Related Content:", "See also", "Lire aussi"): other
pages' titles, none of them the post's text."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.text.blocks import Block

# The heading of a list of other pages, in the languages of the corpus ("Related content:",
# "Further reading", "Mehr zum Thema", "À lire aussi", "Читайте также"), and a related-posts
# plugin's ("Similar Posts:", "相关推荐:", "Possibly related posts:").
_LABELS = (
    r"(?:(?:possibly )?related(?: (?:content|links?|articles?|stories|posts?|reading|entries"
    r"|episodes?))?|similar (?:posts|entries|articles)|you (?:may|might) also like"
    r"|see also|further reading|more (?:on|about) (?:this|the) (?:topic|story|subject)|"
    r"mehr zum thema|weiterführende links|(?:à )?lire aussi|(?:voir|à voir) aussi|"
    r"ver también|lea también|leia também|veja também|lees ook|leggi anche|"
    r"читайте также|см\. также|相关(?:推荐|文章|阅读|日志)|相關(?:推薦|文章|閱讀))"
)
_RELATED = re.compile(r"\W*" + _LABELS + r"\s*:?\W*", re.IGNORECASE)
# The heading glued to the paragraph before its list, as a plugin writes it after the post
# with no paragraph of its own ("… at that point. Similar Posts:<ul>…"): after a sentence's end.
_RELATED_TAIL = re.compile(
    r"(?:(?<=[.!?。！？…\"”；;])|^)\s*" + _LABELS + r"\s*[:：]\s*$", re.IGNORECASE
)


def without_related_links(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks less a related-links heading and the paragraphs of one link each under it."""
    # Stuff You Should Know's episodes are an image, its credit and "Related Content:" over
    # one linked title a paragraph ("Does your body really replace itself every seven
    # years?", a HowStuffWorks article): with the links gone, a title read as the summary.
    blocks = _without_glued_lists(blocks)
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


def _without_glued_lists(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks less a related-posts heading glued to a paragraph's end and the list of
    one-link items under it (the paragraph keeps its text before the heading)."""
    kept: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        found = _RELATED_TAIL.search(block.text) if block.text.endswith((":", "：")) else None
        end = i + 1
        while found and end < len(blocks) and blocks[end].role == "item":
            if not _is_one_link(blocks[end]):
                break
            end += 1
        if not found or end == i + 1 or (end < len(blocks) and blocks[end].role == "item"):
            kept.append(block)
            i += 1
            continue
        text = _without_cut_sentence(block.text[: found.start()].rstrip())
        if text:
            links = tuple(link for link in block.links if link.end <= len(text))
            kept.append(dataclasses.replace(block, text=text, links=links))
        i = end
    return kept if len(kept) != len(blocks) or kept != list(blocks) else blocks


_CUT = re.compile(r"(?:…|\.{3,})$")
_LAST_STOP = re.compile(r"(?s).*(?:[。！？]|[.!?][\"”’)]*(?=\s))")


def _without_cut_sentence(text: str) -> str:
    """The text less a last sentence the feed cut ("… 全世界的观众都被那位亲临战场...."), which
    the heading after it kept from reading as the text's end."""
    if not _CUT.search(text):
        return text
    found = _LAST_STOP.match(text.rstrip(".…"))
    return found.group() if found else text
