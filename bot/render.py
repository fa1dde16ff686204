"""Telegram HTML for a post: every feed string escaped, within Telegram's length limits."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

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


def _link(href: str | None, label: str) -> str:
    if not href:
        return escape(label, quote=False)
    return f'<a href="{escape(href, quote=True)}">{escape(label, quote=False)}</a>'


def _parts(content: PostContent, summary: str) -> tuple[str, str]:
    """(html, visible text) of the post with this summary."""
    source = _link(content.source_url, content.source_name)
    footer_html = (_link(content.link, "Read more") + " · " if content.link else "") + source
    footer_text = ("Read more · " if content.link else "") + content.source_name
    html_blocks = [f"<b>{escape(content.title, quote=False)}</b>"]
    text_blocks = [content.title]
    if summary:
        html_blocks.append(escape(summary, quote=False))
        text_blocks.append(summary)
    html_blocks.append(footer_html)
    text_blocks.append(footer_text)
    return "\n\n".join(html_blocks), "\n\n".join(text_blocks)


def render_post(content: PostContent, *, limit: int = TEXT_LIMIT) -> str:
    """The post as Telegram HTML, shortened (summary first, then title) to fit `limit`."""
    title = shorten_at_word(content.title, 300)
    content = PostContent(
        title, content.summary, content.link, content.source_name, content.source_url
    )
    html, visible = _parts(content, content.summary)
    if telegram_length(visible) <= limit:
        return html
    # The longest word-boundary cut of the summary that fits: binary search over its length,
    # since UTF-16 units and characters differ (emoji count twice).
    low, high = 0, len(content.summary)
    best = _parts(content, "")[0]
    while low <= high:
        middle = (low + high) // 2
        summary = shorten_at_word(content.summary, middle) if middle else ""
        html, visible = _parts(content, summary)
        if telegram_length(visible) <= limit:
            best, low = html, middle + 1
        else:
            high = middle - 1
    return best
