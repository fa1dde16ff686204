"""The text model shared by cleaning and attribution: an entry's HTML, Markdown or plain text
as blocks (paragraphs with their links); its parts live in the text/ modules it imports.

Imports nothing of the project but those modules: cleaning and attribution both build on it,
and it must not pull either of them in.
"""

from __future__ import annotations

import re

from bot.text.appended_markup import plain_head
from bot.text.block_model import Block, Cut, Link
from bot.text.html_blocks import html_blocks
from bot.text.link_remnants import without_glued_addresses
from bot.text.mail_messages import br_message_text, own_lines, plain_text_message
from bot.text.mail_signatures import without_signature
from bot.text.markdown_blocks import is_markdown, linked_markdown, markdown_to_html
from bot.text.plain_blocks import (
    as_item,
    labelled_lines_listed,
    linked_labels_listed,
    separated_lists_apart,
    text_blocks,
)
from bot.text.program_text import program_block
from bot.text.sentence_ends import is_sentence_end, sentence_bounds
from bot.text.split_links import spaced_split_links
from bot.text.tag_rows import is_tag_row

# The block model's face: most of text/ and attribution/ read these names, attribution from
# here alone (tests/test_imports.py), so they are imported from here, not their modules.
__all__ = ["Block", "Cut", "Link", "is_sentence_end", "sentence_bounds", "to_blocks"]


_HTML_HINT = re.compile(
    r"</?(?:p|div|br|a|em|strong|span|li|ul|ol|h[1-6]|blockquote|img|figure|figcaption|table"
    r"|section|article|i|b|u|pre|code|iframe|video|audio|object|embed)\b[^>]*>",
    re.I,
)
# HTML comments are never text: MS Word's conditional comments pasted into a post ("<!--[if gte
# mso 9]> Normal 0 21 false … <![endif]-->"), also one the feed's cut left open at the end.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_BARE_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]")


def _with_bare_urls(block: Block) -> Block:
    extra = [
        Link(m.start(), m.end(), m.group())
        for m in _BARE_URL.finditer(block.text)
        if block.link_at(m.start()) is None
    ]
    if not extra:
        return block
    links = tuple(sorted((*block.links, *extra), key=lambda lk: lk.start))
    return Block(block.text, links, block.kind, block.role, block.italic)


def to_blocks(html_or_text: str) -> list[Block]:
    """Split HTML or plain/markdown text into paragraphs, keeping links and caption/nav kinds."""
    if "<!--" in html_or_text:
        html_or_text = _COMMENT.sub(" ", html_or_text)
    html_or_text = without_glued_addresses(spaced_split_links(html_or_text))
    if (message := plain_text_message(html_or_text)) is not None:
        return text_blocks(message)
    if (mail := br_message_text(html_or_text)) is not None:
        # A reply's own lines, whatever they hold (a command, a line in lower case): never the
        # mail it quotes, which the HTML would give as its first paragraph.
        own = "\n".join(own_lines(mail.splitlines()))
        # A line left open, then a blank line and lower case: one sentence round a command.
        return text_blocks(re.sub(r"(?<=[^\s.!?:;])[ \t]*\n[ \t]*\n(?=[ \t]*[a-z])", "\n", own))
    if is_markdown(html_or_text):
        blocks = html_blocks(markdown_to_html(html_or_text))
    elif appended := plain_head(html_or_text):
        blocks = text_blocks(appended[0]) + html_blocks(appended[1])
    elif _HTML_HINT.search(html_or_text):
        markup = without_signature(html_or_text)
        blocks = html_blocks(linked_markdown(_blank_lines_as_paragraphs(markup)))
    elif program := program_block(html_or_text):
        blocks = [program]
    else:
        blocks = text_blocks(html_or_text)
    blocks = [part for b in blocks if not is_tag_row(b.text) for part in separated_lists_apart(b)]
    blocks = labelled_lines_listed([as_item(_with_bare_urls(b)) for b in blocks])
    return linked_labels_listed(blocks)


# Text marked up only inline (links, emphasis) that sets its paragraphs apart by blank lines, as a
# podcast's show notes are written: the blank lines are its paragraph breaks.
_BLOCK_MARKUP = re.compile(r"<(?:p|div|br|li|h[1-6]|blockquote|pre|table|tr|section)\b", re.I)
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


# Its lines opening on a bullet ("*Prepare & review journal entries\n*Tax compliance …", a job
# board's duties) are a list's items, two or more: each its own paragraph, never one run-on line.
# Not a star round a word ("*Very* good"): Markdown's emphasis.
_BULLET_LINE = re.compile(r"[ \t\r]*\n[ \t\r]*(?=[*•](?:[ \t]+[^\W_]|[^\W_][^*\s]*\s))")


def _blank_lines_as_paragraphs(html_text: str) -> str:
    if _BLOCK_MARKUP.search(html_text):
        return html_text
    text = html_text.strip()
    if "\n" in text and len(_BULLET_LINE.findall(text)) >= 2:
        text = _BULLET_LINE.sub("\n\n", text)
    if not _BLANK_LINE.search(text):
        return html_text
    return "<p>" + _BLANK_LINE.sub("</p><p>", text) + "</p>"
