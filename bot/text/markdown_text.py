"""Entries whose content is Markdown source (a static-site feed that carries the post's .md
file): rendered to HTML by markdown-it-py so that headings, lists, code and emphasis are read
as structure, not shown as '## ', '- ' and backticks."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

# Block HTML means the text is already HTML (perhaps with stray Markdown inside): left alone.
_BLOCK_HTML = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|table|pre|section|article)\b", re.I
)
# Markdown's own block structure, line by line: ATX headings, fenced code, list items.
_HEADING = re.compile(r"^\s{0,3}#{1,6}[ \t]+\S", re.M)
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)", re.M)
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S", re.M)
_CODE_SPAN = re.compile(r"(?<!`)`[^`\n]{1,80}`(?!`)")
# HTML shown as code ("```html <section>…```") is the post's example, not its markup.
_FENCED = re.compile(r"^\s{0,3}(```|~~~).*?^\s{0,3}\1", re.M | re.S)

# MDX (Markdown with JSX, Astro's and Gatsby's posts) opens on ES module lines that are code.
_MDX_MODULE_LINE = re.compile(
    r"^(?:import|export)\s[^\n]*?(?:from\s*)?[\"'][^\"'\n]+[\"'];?[ \t]*$", re.M
)

_RENDERER = MarkdownIt("commonmark", {"html": True}).enable("table")


def is_markdown(text: str) -> bool:
    """Whether text is Markdown source: no block HTML, and Markdown's block structure in it."""
    outside_code = _CODE_SPAN.sub("", _FENCED.sub("", text))
    if _BLOCK_HTML.search(outside_code) or "\n" not in text.strip():
        return False
    if _HEADING.search(text) or _FENCE.search(text):
        return True
    # A list and inline code together; a list alone is how plain text is written too.
    return len(_LIST_ITEM.findall(text)) >= 2 and _CODE_SPAN.search(text) is not None


def markdown_to_html(text: str) -> str:
    """The HTML that Markdown source stands for (CommonMark, raw HTML passed through)."""
    html: str = _RENDERER.render(_MDX_MODULE_LINE.sub("", text))
    return html
