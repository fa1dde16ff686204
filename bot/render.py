"""Telegram HTML for a post: every feed string escaped, within Telegram's length limits."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html import escape, unescape

from bot.summarize import shorten_at_word

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024


def telegram_length(visible_text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the text after entity parsing."""
    return len(visible_text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class PostContent:
    """What a post says, before it becomes HTML."""

    title: str
    summary: str
    link: str | None
    source_name: str
    source_url: str | None = None
    # Set for a reprint: the outlet that first published the article.
    original_publisher: str | None = None
    original_url: str | None = None


_TAG = re.compile(r"<[^>]+>")


def visible_text(html: str) -> str:
    """The text Telegram shows for HTML this module produced (tags dropped, entities decoded)."""
    return unescape(_TAG.sub("", html))


def _link(href: str | None, label: str) -> str:
    if not href:
        return escape(label, quote=False)
    return f'<a href="{escape(href, quote=True)}">{escape(label, quote=False)}</a>'


def credit_line(content: PostContent) -> str:
    """Who to thank: the original publisher and the site that carried it, or just the site."""
    source = _link(content.source_url, content.source_name)
    if content.original_publisher:
        original = _link(content.original_url, content.original_publisher)
        return f"Originally published by {original} · via {source}"
    return source


def _html(content: PostContent, summary: str) -> str:
    blocks = [f"<b>{escape(content.title, quote=False)}</b>"]
    if summary:
        blocks.append(escape(summary, quote=False))
    read_more = _link(content.link, "Read more") + " · " if content.link else ""
    blocks.append(read_more + credit_line(content))
    return "\n\n".join(blocks)


def render_post(content: PostContent, *, limit: int = TEXT_LIMIT) -> str:
    """The post as Telegram HTML, shortened (summary first, then title) to fit `limit`."""
    content = replace(content, title=shorten_at_word(content.title, 300))
    html = _html(content, content.summary)
    if telegram_length(visible_text(html)) <= limit:
        return html
    # The longest word-boundary cut of the summary that fits: binary search over its length,
    # since UTF-16 units and characters differ (emoji count twice).
    low, high = 0, len(content.summary)
    best = _html(content, "")
    while low <= high:
        middle = (low + high) // 2
        summary = shorten_at_word(content.summary, middle) if middle else ""
        html = _html(content, summary)
        if telegram_length(visible_text(html)) <= limit:
            best, low = html, middle + 1
        else:
            high = middle - 1
    return best
