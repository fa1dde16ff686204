"""Markdown in an entry: Markdown source rendered to HTML, inline Markdown in HTML read as the
links, code and emphasis it stands for, and a plain-text paragraph's inline links."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from bot.text.block_model import Block, Link

_MD_LINK = re.compile(
    r"(?P<img>!?)\[(?P<text>[^\]\n]{0,300})\]"
    r"(?:\(\s*<?(?P<url>[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|\[(?P<ref>[^\]\n]*)\])"
)
MD_REF_DEF = re.compile(r"^\s{0,3}\[([^\]\n]+)\]:\s*(\S+).*$", re.M)
_MD_EMPHASIS = re.compile(r"(?<![\w/\\*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w/*_])")
MD_LINE_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s{0,3}#{1,6}\s+")


def md_paragraph(raw: str, refs: dict[str, str]) -> Block | None:
    """A plain-text paragraph as a block, its Markdown links read and its emphasis marks dropped."""
    out: list[str] = []
    links: list[Link] = []
    size = 0
    pos = 0
    for m in _MD_LINK.finditer(raw):
        before = _MD_EMPHASIS.sub("", raw[pos : m.start()])
        if before and (before[-1].isalnum() and not m.group("img")):
            before += " "  # "published on[PyBites][16]" lost its space
        out.append(before)
        size += len(before)
        if not m.group("img"):
            text = _MD_EMPHASIS.sub("", m.group("text")).strip()
            href = m.group("url") or refs.get((m.group("ref") or m.group("text")).lower())
            out.append(text)
            links.append(Link(size, size + len(text), href))
            size += len(text)
        pos = m.end()
    out.append(_MD_EMPHASIS.sub("", raw[pos:]))
    text = "".join(out)
    stripped = text.lstrip()
    shift = len(text) - len(stripped)
    text = stripped.rstrip()
    if not text:
        return None
    kept = tuple(
        Link(lk.start - shift, min(lk.end - shift, len(text)), lk.href)
        for lk in links
        if lk.start - shift >= 0 and lk.end > lk.start
    )
    return Block(text, kept)


# Entries whose content is Markdown source (a static-site feed that carries the post's .md
# file) are rendered to HTML by markdown-it-py, so that headings, lists, code and emphasis are
# read as structure, not shown as '## ', '- ' and backticks.
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


# Inline Markdown written in an HTML entry's text ("I liked the [CPython internals
# articles](https://…)", "Calling it with `M-x w-c`", notes pasted into HTML): read as the link
# or code it stands for. Tags, code and preformatted text are left as they are.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]<>\n]{1,200})\]\((https?://[^\s()<>\"]{1,2000})\)")
_MARKDOWN_CODE = re.compile(r"(?<!`)`([^`<>\n]{1,60})`(?!`)")
_NOT_PROSE = re.compile(r"(<pre\b.*?</pre>|<code\b.*?</code>|<[^>]*>)", re.I | re.S)
# Emphasis in asterisks round a few words or a short sentence ("What we *do* know", a Disqus
# comment; a headline's "Beta-Test *update*"; a standfirst "*A discourse on the value of depth
# over activity in software development.*"): the words, read as text. Asterisks that open or
# close on a space, or touch a word (a footnote mark, "5*3", "*args"), are no emphasis.
MARKDOWN_EMPHASIS = re.compile(
    r"(?<![\w*])(\*{1,2})(?=[^\s*])([^*<>\n]{1,120}?)(?<=[^\s*])\1(?![\w*])"
)


def linked_markdown(html: str) -> str:
    """HTML with the inline Markdown links, code spans and emphasis in its text as HTML."""
    if "](" not in html and "`" not in html and "*" not in html:
        return html
    parts = _NOT_PROSE.split(html)
    for k in range(0, len(parts), 2):  # the text between tags and code
        linked = _MARKDOWN_LINK.sub(r'<a href="\2">\1</a>', parts[k])
        coded = _MARKDOWN_CODE.sub(r"<code>\1</code>", linked)
        parts[k] = MARKDOWN_EMPHASIS.sub(r"<em>\2</em>", coded)
    return "".join(parts)
