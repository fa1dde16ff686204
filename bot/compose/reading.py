"""An entry's text read once for two uses: the cleaned text to summarise, and its attribution."""

from __future__ import annotations

from bot.attribution.notices import find_notices, notice_cuts
from bot.attribution.reprints import Attribution, attribute
from bot.text.blocks import to_blocks
from bot.text.cleaning import clean_article_text


def read_text(
    html: str,
    *,
    title: str | None,
    site_name: str | None,
    site_url: str | None,
    author: str | None = None,
) -> tuple[str, Attribution]:
    """The cleaned text of an entry's (or page's) HTML and who first published it; author is
    the entry's author element, where agencies sign their copy."""
    # Blocks and notices once: cleaning cuts the notices that attribution judges.
    blocks = to_blocks(html)
    notices = find_notices(blocks, html, author=author)
    text = clean_article_text(blocks, cuts=notice_cuts(notices), title=title)
    return text, attribute(blocks, notices, site_name=site_name, site_url=site_url)
