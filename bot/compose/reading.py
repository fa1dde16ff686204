"""An entry's text read once for two uses: the cleaned text to summarise, and its attribution
(and, for an aggregated feed's item, the site that carried it)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import re2

from bot.attribution.carriers import Carrier, item_carrier, venue
from bot.attribution.notices import cms_footer_hits, find_notices, notice_cuts
from bot.attribution.reprints import Attribution, attribute
from bot.attribution.sites import Site
from bot.text.author_boxes import author_box_cuts
from bot.text.blocks import to_blocks
from bot.text.byline_labels import byline_label_cuts
from bot.text.citations import citation_cuts
from bot.text.cleaning import clean_article_text
from bot.text.digests import digest_cuts
from bot.text.embed_footers import embed_footer_cuts
from bot.text.image_marks import image_mark_cuts
from bot.text.introduced_parts import introduced_part_cuts
from bot.text.player_pointers import player_pointer_cuts
from bot.text.pointer_links import pointer_link_cuts
from bot.text.quoted_posts import without_quoted_posts
from bot.text.self_footers import self_footer_cuts
from bot.text.source_lines import source_line_cuts
from bot.text.stamped_heads import stamped_head_cuts


def read_text(
    html: str,
    *,
    title: str | None,
    site_name: str | None,
    site_url: str | None,
    author: str | None = None,
    boilerplate: frozenset[str] = frozenset(),
) -> tuple[str, Attribution]:
    """The cleaned text of an entry's (or page's) HTML without the feed's learned
    `boilerplate`, and who first published it; author is the entry's author element."""
    # Blocks and notices once: cleaning cuts the notices that attribution judges.
    blocks = without_quoted_posts(to_blocks(html))  # a reply's quote of another's post
    notices = find_notices(blocks, html, author=author)
    text = clean_article_text(
        blocks,
        cuts=[
            *notice_cuts(notices),
            *pointer_link_cuts(blocks),
            *player_pointer_cuts(html, blocks),
            *introduced_part_cuts(html, blocks),
            *digest_cuts(blocks),
            *citation_cuts(blocks),
            *byline_label_cuts(blocks, author),
            *self_footer_cuts(blocks, title),
            *image_mark_cuts(blocks),
            *embed_footer_cuts(blocks),
            *stamped_head_cuts(blocks, title),
            *author_box_cuts(blocks),
            *source_line_cuts(blocks),
        ],
        title=title,
        boilerplate=boilerplate,
    )
    return text, attribute(blocks, notices, site_name=site_name, site_url=site_url)


def read_carried_text(
    html: str,
    *,
    title: str | None,
    link: str | None,
    source_name: str | None,
    source_url: str | None,
    author: str | None = None,
    boilerplate: frozenset[str] = frozenset(),
    footer_names: Mapping[str, str] | None = None,
) -> tuple[str, Attribution, Carrier | None]:
    """`read_text` for an item of an aggregated feed: the site that carried it (see
    attribution.carriers) is found first and is the site its notices are judged against."""
    blocks = without_quoted_posts(to_blocks(html))  # a reply's quote of another's post
    notices = find_notices(blocks, html, author=author)
    text = clean_article_text(
        blocks,
        cuts=[
            *notice_cuts(notices),
            *pointer_link_cuts(blocks),
            *player_pointer_cuts(html, blocks),
            *introduced_part_cuts(html, blocks),
            *digest_cuts(blocks),
            *citation_cuts(blocks),
            *byline_label_cuts(blocks, author),
            *self_footer_cuts(blocks, title),
            *image_mark_cuts(blocks),
            *embed_footer_cuts(blocks),
            *stamped_head_cuts(blocks, title),
            *author_box_cuts(blocks),
            *source_line_cuts(blocks),
        ],
        title=title,
        boilerplate=boilerplate,
    )
    carrier = item_carrier(
        link,
        source_name=source_name,
        source_url=source_url,
        notices=notices,
        text=f"{title or ''}\n{text}",
        footer_names=footer_names,
        author=author,
    )
    site_name, site_url = (carrier.name, carrier.url) if carrier else (None, link)
    return text, attribute(blocks, notices, site_name=site_name, site_url=site_url), carrier


# The words CMS footers turn on (attribution.patterns.CMS_FOOTERS), to skip the items that
# have none before their HTML is read: most of a feed's items.
_FOOTER_CUES = re2.compile(
    r"(?i)appeared\s+(?:first|originally)|first\s+(?:appeared|published)|erschien|primero|en\s+premier|proviene\s+da|primo\s+su"
)


def footer_names(items: Iterable[tuple[str | None, str]]) -> dict[str, str]:
    """The name each site gives itself in its CMS footer ("… appeared first on Taste of
    Home") in any of an aggregated feed's items ((link, HTML) pairs), by venue."""
    names: dict[str, str] = {}
    for link, html in items:
        if not link or venue(link) in names or not _FOOTER_CUES.search(html):
            continue
        site = Site(None, link)
        for hit in cms_footer_hits(to_blocks(html)):
            if hit.publisher and site.owns(hit.publisher, hit.url):
                names[venue(link)] = hit.publisher
                break
    return names


# Items whose footers are read for the site's own name, and how many must sign it.
_FOOTERS_READ = 10
_FOOTERS_SIGNED = 2


def own_footer_name(items: Iterable[tuple[str | None, str]]) -> str | None:
    """The name a site's own CMS footers sign its items with ("… appeared first on Share
    Sports", linking its own domain), when two or more items sign it and none another."""
    names: set[str] = set()
    signed = read = 0
    for link, html in items:
        if read >= _FOOTERS_READ:
            break
        if not link or not _FOOTER_CUES.search(html):
            continue
        read += 1
        site = Site(None, link)
        blocks = to_blocks(html)
        for hit in cms_footer_hits(blocks):
            # The link's own words, as the site writes them ("Share Sports", not its host).
            block = blocks[hit.block]
            signature = next((k for k in block.links if k.end == hit.end), None)
            if signature is not None and site.owns(None, signature.href):
                names.add(" ".join(block.text[signature.start : signature.end].split()))
                signed += 1
                break
    return names.pop() if len(names) == 1 and signed >= _FOOTERS_SIGNED else None
