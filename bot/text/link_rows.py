"""Paragraphs that are links, not text: rows of link labels and a reading list's entries."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block
from bot.text.word_counts import word_count


def _linked_spans(block: Block) -> list[tuple[int, int]]:
    """The text's linked stretches, overlapping and nested links merged into one."""
    spans: list[tuple[int, int]] = []
    for link in sorted(block.links, key=lambda lk: (lk.start, lk.end)):
        if spans and link.start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], link.end))
        else:
            spans.append((link.start, link.end))
    return spans


def _unlinked_text(block: Block, spans: list[tuple[int, int]]) -> str:
    text = block.text
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return text


# A links label opening a paragraph ("story links:", "additional suggested links:", "Related
# links -"): what follows is a list of link texts, which read as nonsense once the links go.
_LINKS_LABEL = re.compile(r"^\W*(?:\w+[ -]){0,3}links?\s*[:\-\u2013\u2014]\s", re.I)


# A link that hands an address to another service in its query ("wists.com/?action=add&url=
# http%3A%2F%2F…", "digg.com/submit?url=…", "twitter.com/share?url=…"): a bookmark or share
# widget's button, whatever its label says ("add item to my Wists").
_HANDS_ON_ADDRESS = re.compile(r"[?&][\w.-]*=(?:https?(?::|%3A)(?://|%2F%2F)|www\.)", re.I)


def _is_share_button(block: Block, spans: list[tuple[int, int]], between: str) -> bool:
    if len(spans) != 1 or re.search(r"\w", between):
        return False
    return all(_HANDS_ON_ADDRESS.search(link.href or "") for link in block.links)


# A post's filing line ("Posted in <a>CSS</a>.", "Filed under <a>Coding</a>, <a>Tools</a>"): its
# categories' links, the blog's footer under each post, no sentence of the post's.
_FILED = re.compile(
    r"\W*(?:posted|filed|published|categori[sz]ed)\s+(?:in|under)\s*:?\s*(?:and|&|[\s,.;/|])*",
    re.IGNORECASE,
)


def is_link_row(block: Block) -> bool:
    """Two or more separate links and only separators ("<a>Position</a> – <a>Version 0.9.2
    release notes.</a>"), links under a links label, a link label, a filing line, a share button."""
    spans = _linked_spans(block)
    between = _unlinked_text(block, spans)
    return (
        is_link_list(block)
        or is_link_label(block)
        or bool(spans and _FILED.fullmatch(between))
        or _is_share_button(block, spans, between)
        or (
            len(spans) >= 2
            and (not re.search(r"\w", between) or bool(_EMBED_CAPTION.fullmatch(between)))
        )
    )


# A link label on a paragraph of its own ("<a>Continue</a>.", "<a>Download</a>.", "<a>Read
# on</a>"): a button the feed wrote out, which says nothing once its link is gone. What stood
# before it is where the teaser stops (a "…" before it is a cut, see text/summaries). Or a
# labelled link ("Related: <a>Jalopnik Precast: The Air-Hybrid Engine …</a>", "See also: <a>…</a>"):
# a pointer at another page, whose label and link text read as navigation once the link goes.
_MAX_LABEL_WORDS = 3
_LINK_LABEL = re.compile(r"^\W*(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*\s*:\s*$")


def is_link_label(block: Block) -> bool:
    """A paragraph that is one short link, or a label and one link, and nothing else."""
    spans = _linked_spans(block)
    if block.role != "para" or len(spans) != 1:
        return False  # a list's item may be a link's title alone (a link list's entries)
    start, end = spans[0]
    if re.search(r"\w", block.text[end:]) or block.text[start:end].lstrip().startswith(
        ("http", "www.")
    ):
        return False
    before = block.text[:start]
    if not re.search(r"\w", before):
        return len(block.text.split()) <= _MAX_LABEL_WORDS
    return bool(_LINK_LABEL.match(before))


# An embedded player's or slideshow's caption, links joined by "from" (and "on" the site):
# Vimeo's "<a>Title</a> from <a>User</a> on <a>Vimeo</a>.", SlideShare's "<a>Blue Pearl,
# Woodstock, NY</a> from <a>Mitch Ditkoff</a>", its older "View more <a>presentations</a> from
# <a>jmusser</a>." (in other languages "de", "von", "van", "da", "par"): once the player is
# gone, names with no sentence. Links joined by "on" or "by" alone
# are a sentence's ("<a>A recommendation …</a> on <a>the occupation of Minneapolis</a>.").
_EMBED_CAPTION = re.compile(
    r"(?i)\W*(?:view\s+more\W+)?(?:from|von|de|van|da|par)\W+(?:(?:on|auf|sur|en|su|op|no|em)\W+)?"
)


def is_link_list(block: Block) -> bool:
    """Link texts listed under a links label ("story links: <a>chuck olsen</a> covers <a>matt
    gray</a> for <a>techevangelists</a>, …", a video blog's): no sentence once the links go."""
    return len(_linked_spans(block)) >= 2 and bool(_LINKS_LABEL.match(block.text))


def is_linked_headline(block: Block) -> bool:
    """A list item that is one link's text with a name or date beside it: a reading list's
    entry (Google News' "<a>headline</a> The Washington Post"), not the post's text."""
    spans = _linked_spans(block)
    if block.role != "item" or len(spans) != 1:
        return False
    start, end = spans[0]
    beside = _unlinked_text(block, spans)
    return end - start >= 0.6 * len(block.text) and bool(re.search(r"\w", beside))


# A link line: a bare link opening a short line ("https://goo.gl/… - JETZT MITGLIED DER …
# ACADEMY WERDEN!"), or closing a short call to look at it ("Check Out Weathered on PBS Terra
# https://…", "Download it at: https://…"). A post links the article; a bare address inside a
# sentence ("(according to https://… statistics)") is the writer's and stays.
_BARE_LINK = re.compile(r"https?://\S+|^\W*www\.\S+")
_LINK_FIRST = re.compile(r"^\W*(?:https?://|www\.)\S+")
_LINK_LAST = re.compile(r"(?P<label>.*?)(?P<colon>:?)\s*https?://\S+\s*$", re.S)


def is_link_line(unit: str) -> bool:
    """A short line that is a web address with a label, or a call to look at one."""
    # Counted in words of any script: a Japanese sentence before its address is no label.
    words = word_count(_BARE_LINK.sub(" ", unit))
    if _LINK_FIRST.match(unit):
        return words <= 15
    last = _LINK_LAST.match(unit.strip())
    label = last.group("label").strip() if last else ""
    if words > 8 and label.count("(") > label.count(")") and not label.startswith(("(", "[")):
        return False  # the colon in an aside: "… of Lightning Ventures (website: https://…)."
    return bool(last) and (words <= 8 or bool(last and last.group("colon")) and words <= 20)


# A micro-post sharing a link (a toot "Behooves https://chriscoyier.net/…/behooves/"): its one
# paragraph is the shared page's title and address. The title is the post's text, where a link
# line in a longer text is furniture (see is_link_line).
_MAX_SHARED_TITLE_WORDS = 15


def shared_link_title(blocks: Sequence[Block], title: str | None) -> str | None:
    """The words before the one link of an untitled entry that is only a title and its address."""
    # Untitled as parsing.identity.UNTITLED writes it (not imported: parsing reads text).
    if title not in (None, "", "(untitled)"):
        return None
    text_blocks = [b for b in blocks if b.kind == "text" and re.search(r"\w", b.text)]
    if len(text_blocks) != 1 or len(text_blocks[0].links) != 1:
        return None
    block = text_blocks[0]
    link = block.links[0]
    label, address = block.text[: link.start].strip(), block.text[link.start : link.end]
    if block.text[link.end :].strip(" .") or not _LINK_FIRST.match(address):
        return None
    words = label.split()
    return label if 0 < len(words) <= _MAX_SHARED_TITLE_WORDS and not label.endswith(":") else None


_HASHTAGS = re.compile(r"(?:#\w+\s*)+")


def is_labelled_links(text: str) -> bool:
    """A label over lines of links or hashtags ("Hardware Links For This Project (Affiliate
    Links)" over "Raspberry Pi: https://amzn.to/…"): a list of links, not lead text."""
    label, *rest = [line.strip() for line in text.split("\n") if line.strip()] or [""]
    linked = all(is_link_line(line) or _HASHTAGS.fullmatch(line) for line in rest)
    return bool(rest) and linked and not label.endswith((".", "!", "?"))
