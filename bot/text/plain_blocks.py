"""Plain text as blocks: paragraphs split at blank lines, address and label lines set apart,
and lines written as a list (bullets, separators, labelled lines) read as items."""

from __future__ import annotations

import html
import re
from collections import Counter

from bot.text.address_labels import address_labels_apart
from bot.text.block_model import Block, Link
from bot.text.cased_headings import cased_headings_apart
from bot.text.field_labels import card_fields_dropped
from bot.text.markdown_blocks import MD_LINE_PREFIX, MD_REF_DEF, md_paragraph
from bot.text.note_lines import note_lines_stopped
from bot.text.stray_chars import decoded_twice, without_invisibles, without_link_marks

# A line that is one web address and nothing else: www.… or a scheme's. A label of up to
# this many words over it makes a link line with it (text/link_rows.is_link_line).
_ADDRESS_LINE = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MAX_LINK_LABEL_WORDS = 8


def text_blocks(text: str) -> list[Block]:
    """Plain or Markdown-ish text as blocks: paragraphs at blank lines, soft wraps joined."""
    text = decoded_twice(html.unescape(without_invisibles(text)))
    text = without_link_marks(text)
    text = text.replace("\xa0", " ").replace("\r", "")
    refs = {k.lower(): v for k, v in MD_REF_DEF.findall(text)}
    text = MD_REF_DEF.sub("", text)
    blocks: list[Block] = []
    for para in re.split(r"\n[ \t>]*\n", text):
        lines = [MD_LINE_PREFIX.sub("", ln) for ln in para.split("\n")]
        lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in lines]
        parts = _address_lines_apart([ln for ln in lines if ln])
        for part in card_fields_dropped(parts, _LABELLED_LINE):
            joined = ""
            for ln in note_lines_stopped(part):
                # Soft-wrapped lines continue in lower case; a capital starts a new line.
                sep = " " if ln[0].islower() or joined.endswith(("-", ",")) else "\n"
                joined = f"{joined}{sep}{ln}" if joined else ln
            if block := md_paragraph(joined, refs):
                blocks.append(block)
    return address_labels_apart(cased_headings_apart(blocks, text))


def _address_lines_apart(lines: list[str]) -> list[list[str]]:
    """The lines in runs, an address alone on its line, or a label line, ending a run."""
    # No soft-wrapped sentence goes on in "www.taylornetworkofpodcasts.com"; under a short
    # label ("Check out Bambu Lab Printers!") the address stays the label's: a link line.
    parts: list[list[str]] = [[]]
    for at, line in enumerate(lines):
        if (_ADDRESS_LINE.fullmatch(line) or is_separated_list(line)) and not _labels_a_link(
            parts[-1]
        ):
            parts += [[line], []]
            continue
        parts[-1].append(line)
        # A line opening a run under a label line in capitals (not a list's wrapped line).
        opens_run = len(parts[-1]) == 1 and (at == 0 or line[:1].isupper())
        if at + 1 < len(lines) and _is_label_line(line, lines[at + 1], first=opens_run):
            parts.append([])
    return [part for part in parts if part]


# A short line over a line that opens in capitals, in a plain-text description: a label
# ending in a colon ("Featured in this weeks episode:" over "We discuss …"), or the text's
# first line without a sentence's end over a whole sentence ("Tales of the Attic episode # 2"
# over "Donny takes on … episode!!!"), is no part of the next line's sentence. Other short
# lines are a hard wrap's ("El vicepresidente del FC Barcelona" over "Jordi" over "Mestre
# concedió …"); in HTML a line break in the source is a space anyway.
_MAX_LABEL_WORDS = 8
# A release's headline opening its run (the text's, or one under a label line: "From the World
# Bank:" over "World Leaders Call for More Investment in Global Health" over its lead).
_MAX_HEAD_WORDS = 10
_GOES_ON = ".!?…,;([-–—/&+"


def _is_label_line(line: str, after: str, *, first: bool) -> bool:
    # A card's fields, one a line ("В ролях: Виктор Сухоруков, …" over "Описание фильма:
    # Участвуя …"): a field's value ends at its line however long it runs.
    if _LABELLED_LINE.match(line) and _LABELLED_LINE.match(after) and line[-1:] not in _GOES_ON:
        return True
    max_words = _MAX_HEAD_WORDS if first and line[:1].isupper() else _MAX_LABEL_WORDS
    if (
        line[-1:] in _GOES_ON
        or len(line.split()) > max_words
        or not after[:1].isupper()
        or _ADDRESS_LINE.fullmatch(after)
    ):
        return False
    # … or a field's line ("Guests: Steve Kovach, Tim Stevens, and Ben Thompson").
    fielded = bool(_LABELLED_LINE.match(line))
    return line.endswith(":") or fielded or (first and after.rstrip()[-1:] in ".!?…")


def _labels_a_link(part: list[str]) -> bool:
    if not part or _ADDRESS_LINE.fullmatch(part[-1]):
        return False
    words = len(part[-1].split())
    return words <= _MAX_LINK_LABEL_WORDS or (part[-1].endswith(":") and words <= 20)


# A list written on one line with separators ("// Do The Shit // Bloomberg Is Thanos? // We Riot
# Right? //", "Drums | Bass | Vocals"): a list's items, never a sentence of lead text.
# Marks that part items, spaced on both sides ("and/or" and "1/2" are words, not separators);
# no dashes: "Artist – Song" and a sentence's aside use them.
_SEPARATOR = re.compile(r"(?:^|\s)(//|\||•|·|∙|◆|♦|★|/)(?=\s|$)")
# An item is a label or a short title; a segment of more words is a sentence of its own.
_MAX_SEPARATED_ITEM_WORDS = 8
_MIN_SEPARATED_ITEMS = 3


def is_separated_list(line: str, min_items: int = _MIN_SEPARATED_ITEMS) -> bool:
    """Whether `line` is `min_items` or more short items parted by one separator."""
    marks = Counter(_SEPARATOR.findall(line))
    if not marks:
        return False
    mark, _ = marks.most_common(1)[0]
    items = [item.strip() for item in re.split(rf"(?:^|\s){re.escape(mark)}(?=\s|$)", line)]
    items = [item for item in items if item]
    # An item holding a sentence's end and another's start is prose ("… questions. I needs them!").
    return len(items) >= min_items and all(
        len(item.split()) <= _MAX_SEPARATED_ITEM_WORDS
        and not _SENTENCE_IN_ITEM.search(item)
        and item.count("(") == item.count(")")  # "(0,79€ / iPad)" parts no items
        for item in items
    )


_SENTENCE_IN_ITEM = re.compile(r"[.!?…]\s+\S")


# Lines written as bullets ("• Pakistan asks …<br>• EU calls …" above Dawn's stories) are a
# list's items however they are marked up.
_BULLETS = "•·▪●◦■►▶"


def as_item(block: Block) -> Block:
    """The block as a list's item when its lines are bullets or a separated list."""
    if block.role != "para" or block.kind != "text":
        return block
    if block.text[:1] not in _BULLETS and not (
        "\n" not in block.text and is_separated_list(block.text)
    ):
        return block
    return Block(block.text, block.links, block.kind, "item")


def separated_lists_apart(block: Block) -> list[Block]:
    """The block, its lines that are lists written with separators set apart as blocks."""
    if "\n" not in block.text or block.role != "para" or block.kind != "text":
        return [block]
    cuts, start = [], 0
    for line in block.text.split("\n"):
        end = start + len(line)
        if is_separated_list(line):
            cuts += [start, end]
        start = end + 1
    if not cuts:
        return [block]
    bounds = sorted({0, *cuts, len(block.text)})
    parts = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        text = block.text[a:b].strip("\n")
        if not text.strip():
            continue
        a += len(block.text[a:b]) - len(block.text[a:b].lstrip("\n"))
        links = tuple(
            Link(lk.start - a, lk.end - a, lk.href) for lk in block.links if a <= lk.start < b
        )
        parts.append(Block(text, links, block.kind, block.role, block.italic))
    return parts


# A lead-in ("This week in DistroWatch Weekly:") over lines that each open on a short label
# ("Review: Linux Mint 22<br>News: openSUSE publishes …<br>Tips and tricks: …") is an issue's
# contents written as lines, not a list: its lines are the list's items all the same.
_LABELLED_LINE = re.compile(r"[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,3}: \S")


def labelled_lines_listed(blocks: list[Block]) -> list[Block]:
    """The blocks, labelled lines under a lead-in ending in a colon as a list's items."""
    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.role != "para" or not block.text.endswith(":"):
            continue
        run = i + 1
        while (
            run < len(blocks)
            and blocks[run].role == "para"
            and len(blocks[run].text) <= 400
            and _LABELLED_LINE.match(blocks[run].text)
        ):
            run += 1
        # Three lines or more; two where they run long, as items described in sentences do.
        if run - i - 1 >= 3 or run - i - 1 == 2 and len(blocks[i + 1].text.split()) > 12:
            for j in range(i + 1, run):
                b = blocks[j]
                out[j] = Block(b.text, b.links, b.kind, "item")
    return out


# Paragraphs each opening on a linked name and a colon or dash ("<a>Macally Protection
# Shell</a>: This is a very nicely designed …", "<a>Keyboard Protector</a>: Over time …", CNET's
# "<a>Virtual goods bubble looming?</a>--Virtual worlds …"), three or more in a row: a list of
# products or links written as paragraphs, whose items are no lead's sentences.
_MIN_LINKED_LABELS = 3
_MAX_LINKED_LABEL_WORDS = 8
_LABEL_SEPARATOR = re.compile(r"\s*(?::|--|—|–|-\s)")


def _opens_on_linked_label(block: Block) -> bool:
    if block.role != "para" or block.kind != "text" or not block.links:
        return False
    link = block.links[0]
    return (
        link.start == 0
        and len(block.text[: link.end].split()) <= _MAX_LINKED_LABEL_WORDS
        and _LABEL_SEPARATOR.match(block.text, link.end) is not None
    )


def linked_labels_listed(blocks: list[Block]) -> list[Block]:
    """The blocks, runs of paragraphs opening on a linked label and a colon as list items."""
    out, start = list(blocks), 0
    for i in range(len(blocks) + 1):
        if i < len(blocks) and _opens_on_linked_label(blocks[i]):
            continue
        if i - start >= _MIN_LINKED_LABELS:
            out[start:i] = [Block(b.text, b.links, b.kind, "item") for b in blocks[start:i]]
        start = i + 1
    return out
