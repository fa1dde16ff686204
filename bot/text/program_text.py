"""Plain text that is a program (a description repeating a post's code as text): code, no lead."""

from __future__ import annotations

import html
import re

from bot.text.block_model import Block

# A program's line by its syntax: braces, brackets, a semicolon or an assignment, a call closing
# the line, a block keyword opening it ("def", "end"), a "//" comment. Not by indentation or a
# leading "#": a video description indents its lines and opens them on hashtags ("#TIMESTAMPS").
_PROGRAM_LINE = re.compile(
    r"[{}\[\];=]|\w\([^()]*\)\s*$"
    r"|^\s*(?:def|end|fi|done|function|return|elif|else|import|#include)\b|^\s*//"
)
_URL = re.compile(r"\S+://\S+")
_MIN_LINES = 3


def program_block(text: str) -> Block | None:
    """The text as one code block when it has no markup, opens on a program's line and half its
    lines or more are a program's."""
    # A feed's plain description of a post made of one <pre> (a Ruby "def … end") keeps the
    # program's lines; read as prose its first line would lead the post ("def wrap(text, w = 20)").
    if "<" in text:
        return None
    lines = [line for line in html.unescape(text).splitlines() if line.strip()]
    if len(lines) < _MIN_LINES:
        return None
    # Prose before the code ("Is it possible to do the following…?") is the post's lead.
    shaped = [bool(_PROGRAM_LINE.search(_URL.sub("", line))) for line in lines]
    if not shaped[0] or 2 * sum(shaped) < len(lines):
        return None
    return Block("\n".join(lines), (), "code", "para")
