"""Subheads a plain-text summary ran into its lines (Hugo's `.Summary`, a stripped excerpt:
"Introduction Installing Ubuntu onto a computer is not complicated: …"), found by the text's
own case and set apart as headings, which are never lead text."""

from __future__ import annotations

import re

from bot.text.block_model import Block, Link

# A line opens on a subhead in title case ("Introduction", "Table Of Contents", "Novidades")
# and then a sentence whose first word the text writes in lower case elsewhere ("… to install
# Ubuntu …", "… cursos …"): that word opens a sentence, so the words before it are the
# subhead. A name ("Apple", "Parker") is never written in lower case; a word the subhead would
# end on that the text writes in lower case ("In", "Yesterday") opens the sentence itself, and
# a possessive ("ZDNet's Hardware 2.0 blogger") goes on into its noun.
_MAX_HEADING_WORDS = 6
# Small joining words inside a subhead ("Table of Contents", "Mise à jour"), never its last.
_MAX_JOINING_CHARS = 3
_WORD_CHARS = re.compile(r"[^\W_][\w'’&-]*")
_LETTERS = re.compile(r"[^\W\d_]+")


def cased_heading_end(line: str, text: str) -> int:
    """Where the sentence starts after a title-case subhead opening `line`, as the case of
    the words in `text` (the line's whole entry) shows; 0 where none does."""
    words = line.split(" ")[: _MAX_HEADING_WORDS + 4]
    offset = 0
    for count, word in enumerate(words[:-3], start=1):
        if count > _MAX_HEADING_WORDS or not _WORD_CHARS.fullmatch(word):
            return 0
        if not word[0].isupper() and (count == 1 or len(word) > _MAX_JOINING_CHARS):
            return 0
        offset += len(word) + 1
        after, ahead = words[count], words[count + 1 : count + 4]
        if (
            word[0].isupper()
            and not word.endswith(("'s", "’s"))
            and _LETTERS.fullmatch(after)
            and after[0].isupper()
            and after[1:].islower()
            and any(w[:1].islower() for w in ahead)
            and _written_lower(after, text)
            and not _written_lower(word, text, stem=False)
        ):
            return offset
    return 0


def _written_lower(word: str, text: str, *, stem: bool = True) -> bool:
    """Whether `text` writes the word in lower case (or its stem: "install" for "Installing"),
    as a word of prose, not in an address ("animoto.com/?ref=…")."""
    low = word.lower()
    tail = ""
    if stem and len(low) > 5:
        low, tail = low[: max(5, len(low) - 3)], r"\w*"
    return re.search(rf"(?<![\w/.@-]){re.escape(low)}{tail}(?![\w/@-])", text) is not None


def cased_headings_apart(blocks: list[Block], text: str) -> list[Block]:
    """The blocks, a subhead the case of `text` shows run into a line's start set apart."""
    out: list[Block] = []
    for block in blocks:
        if block.role != "para" or block.kind != "text":
            out.append(block)
            continue
        cuts, start = [], 0
        for line in block.text.split("\n"):
            if end := cased_heading_end(line, text):
                cuts.append((start, start + end))
            start += len(line) + 1
        out += _split(block, cuts) if cuts else [block]
    return out


def _split(block: Block, cuts: list[tuple[int, int]]) -> list[Block]:
    """The block in parts: each cut span a heading, the text between them paragraphs."""
    spans, at = [], 0
    for start, end in cuts:
        spans += [(at, start, block.role), (start, end, "heading")]
        at = end
    spans.append((at, len(block.text), block.role))
    parts = []
    for a, b, role in spans:
        text = block.text[a:b]
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if not text:
            continue
        a += lead
        links = tuple(
            Link(lk.start - a, min(lk.end - a, len(text)), lk.href)
            for lk in block.links
            if a <= lk.start < b
        )
        parts.append(Block(text, links, block.kind, role, block.italic))
    return parts
