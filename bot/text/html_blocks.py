"""HTML as blocks: one pass of a parser that keeps the inline marks a paragraph's reading needs
(bold heads, struck-through words, footnote marks, scripts, hard-wrapped lines)."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from bot.text.block_kinds import indents_as_quotes, kind_of, role_of
from bot.text.block_model import Block, Link
from bot.text.cjk_writing import without_cjk_line_breaks
from bot.text.hard_wraps import hard_wrapped, is_hard_wrapped
from bot.text.heading_lines import BLANK_LINE as _BLANK_LINE
from bot.text.heading_lines import excerpt_heading, heading_line, is_banner, is_line_head
from bot.text.hidden_text import is_hidden
from bot.text.lead_headings import reads_as_lead
from bot.text.mail_messages import reads_as_code
from bot.text.section_labels import labelled_sections
from bot.text.stray_chars import decoded_twice, without_invisibles

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer figure "
    "figcaption table tr td th pre hr dd dt dl nav aside main address".split()
)
# Struck-through words are what the author took back: "I <s>mentioned</s> ranted about",
# "got <strike>no response</strike> a DM", "<del>have</del> had" read right without them. An
# inline footnote element holds the note itself (WordPress Modern Footnotes' "<mfn>…</mfn>").
_SKIP_TAGS = frozenset(
    "script style noscript template svg iframe button form select s strike del mfn footnote".split()
)
_NOTE_MARK = re.compile(r"(?i)foot|\bfn|note|\bref")
_LINE_BREAK = re.compile(r"(?<=\S)[ \t\r]*\n\s*")
_NOTE_TEXT = re.compile(r"\[?(?:\d{1,3}|[a-z]|[*†‡])\]?|\d{1,3}[.)]")


# A run-in head: a paragraph opening with a few words in bold, without a full stop or colon,
# and going on in plain text with a capital ("<strong>Startup-Steckbrief</strong> Lonely Cat
# Kombucha-Founder …", "<b>Bellwether city —</b> Even though …"). Bold words that go on in
# lower case ("<b>A font</b> is …") are the sentence's; "<b>Update:</b> …" is a label.
_RUN_IN_HEAD = re.compile(r"[^\W\d_][^.!?:;]{0,60}?[\s—–-]*")


# A review roundup's item head names the work and, in brackets, its publisher or year
# ("<b><i>New History of the DC Universe</i> (DC Comics)</b> After …"): the note is no word of
# the title's.
_PUBLISHER_NOTE = re.compile(r"\s*\([^()]{1,30}\)\s*$")


def _split_run_in_head(block: Block, head_end: int) -> list[Block]:
    head = block.text[:head_end].strip()
    rest = block.text[head_end:].lstrip()
    if (
        block.role != "para"
        or not _RUN_IN_HEAD.fullmatch(head)
        or len(_PUBLISHER_NOTE.sub("", head).split()) > 6
        or not rest[:1].isupper()
    ):
        return [block]
    shift = len(block.text) - len(rest)
    links = tuple(
        Link(lk.start - shift, lk.end - shift, lk.href) for lk in block.links if lk.start >= shift
    )
    head = head.rstrip(" —–-")
    return [Block(head, (), block.kind, "subhead"), Block(rest, links, block.kind, block.role)]


# A smiley's alt text (":)", ";-)", ":D", "^_^") or a picture its class calls a smiley or emoji.
_EMOTICON = re.compile(r"[:;=8xX][-o^']?[()\[\]DPpOo3/\\|*]|\^_?\^|<3")
_SMILEY_CLASS = re.compile(r"(?i)\b(?:wp-smiley|smiley|emoji|emoticon)\b")


class _BlockParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.label_ends: dict[int, int] = {}
        self._buf = ""
        self._links: list[Link] = []
        self._open_links: list[tuple[int, str | None]] = []
        self._kinds: list[tuple[str, str]] = []
        self._roles: list[tuple[str, str]] = []
        # Open <div>s: a role's div is keyed by its depth, so a <div> nested in a quote box
        # ("quote-author") closes itself, not the box.
        self._divs = 0
        self._skip: list[str] = []
        # Whether the current block has text inside <b>/<strong>, and outside them; where its
        # opening bold run ends.
        self._bold = 0
        self._bold_text = self._plain_text = False
        # Open <i>/<em> and whether the block has words outside them, and inside.
        self._italic = 0
        self._italic_text = self._upright_text = False
        self._head_end = 0
        # A <br> waiting for the next line (a wrap joins on, anything else breaks).
        self._br_pending, self._line_start, self.wrapped = False, 0, False
        self._marked_up = False  # a block tag seen: source line breaks are no longer lines
        # Open <sup>s: where each began and whether it is marked as a footnote's reference.
        self._sups: list[tuple[int, bool]] = []
        self._subs: list[int] = []
        self._after_note = False
        # A bold run opened at a source line's start inside the block: where it began, where it
        # ended, whether a line break ended it (see heading_lines.is_line_head).
        self._line_end, self._line_bold = False, (-1, -1, False)

    def _kind(self) -> str:
        return self._kinds[-1][1] if self._kinds else "text"

    def _role_key(self, tag: str) -> str:
        return f"div{self._divs}" if tag == "div" else tag

    def _role(self) -> str:
        return self._roles[-1][1] if self._roles else "para"

    def flush(self) -> None:
        text = self._buf.rstrip()
        if text.strip():
            links = tuple(
                Link(lk.start, min(lk.end, len(text)), lk.href)
                for lk in self._links
                if lk.start < len(text)
            )
            role = self._role()
            if role == "para" and self._bold_text and not self._plain_text:
                role = "subhead"  # a paragraph all in bold (a subhead, a Q&A question)
            role = "para" if role == "heading" and reads_as_lead(text) else role
            role = "heading" if is_banner(text) else role
            italic = self._italic_text and not self._upright_text
            block = Block(text, links, self._kind(), role, italic)
            if self._head_end and text[: self._head_end].rstrip().endswith(":"):
                self.label_ends[len(self.blocks)] = self._head_end  # see section_labels
            if self._head_end:
                self.blocks.extend(_split_run_in_head(block, self._head_end))
            else:
                self.blocks.append(block)
        self._buf, self._links = "", []
        self._bold_text = self._plain_text = False
        self._italic_text = self._upright_text = False
        self._head_end = 0
        self._br_pending, self._line_start = False, 0
        self._open_links = [(0, href) for _, href in self._open_links]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS or is_hidden(tag, attrs) or self._skip[-1:] == [tag]:
            self._skip.append(tag)  # a skipped element's own kind nested in it closes inside
            return
        if self._skip:
            return  # a link inside struck text opens nothing the text keeps
        if tag == "br" and self._buf.strip() and not self._br_pending:
            self._br_pending = True  # a second <br> in a row is a paragraph break
            return
        kind = kind_of(tag, attrs)
        role = role_of(tag, attrs)
        if tag == "div":
            self._divs += 1
        if self._br_pending and not (tag in _BLOCK_TAGS or kind):
            self._end_line("a")  # a wrapped line may go on with a link or emphasis
        if tag in _BLOCK_TAGS or kind or self._br_pending:
            self._marked_up = self._marked_up or tag in _BLOCK_TAGS
            self.flush()
        if kind:
            self._kinds.append((tag, kind))
        if tag in ("b", "strong"):
            if not self._bold and self._line_end and self._buf.strip():
                self._line_bold = (len(self._buf), -1, False)
            self._bold += 1
        if tag in ("i", "em"):
            self._italic += 1
        if role:
            if self._roles and self._roles[-1][0] == tag:
                self._roles.pop()  # <li> after an unclosed <li>
            self._roles.append((self._role_key(tag), role))
        if tag == "a":
            href = dict(attrs).get("href")
            self._open_links.append((len(self._buf), href))
            if self._sups and "#" in (href or ""):
                self._sups[-1] = (self._sups[-1][0], True)
        if tag == "sup":
            marked = any(
                _NOTE_MARK.search(value or "") for name, value in attrs if name in ("class", "id")
            )
            inside_note_link = any("#" in (href or "") for _, href in self._open_links[-1:])
            self._sups.append((len(self._buf), marked or inside_note_link))
        if tag == "sub":
            self._subs.append(len(self._buf))
        if tag == "img":
            self._smiley(attrs)
        if tag == "q":
            # An inline quotation's marks are the browser's to draw: without them the quoted
            # words read as the author's own ("What are we going to do?").
            self.handle_data("“")

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag == "br":
            return
        if tag == "q":
            self._buf = self._buf.rstrip()
            self.handle_data("”")
        if tag == "sup" and self._sups:
            self._end_sup(*self._sups.pop())
        if tag == "sub" and self._subs:
            self._write_scripted(self._subs.pop(), raised=False)
        if tag in ("b", "strong") and self._bold:
            self._bold -= 1
            if not self._bold and self._line_bold[0] >= 0:
                self._line_bold = (self._line_bold[0], len(self._buf), self._line_end)
        if tag in ("i", "em") and self._italic:
            self._italic -= 1
        if tag == "a" and self._open_links:
            start, href = self._open_links.pop()
            end = len(self._buf.rstrip())
            if end > start:
                self._links.append(Link(start, end, href))
        if tag in _BLOCK_TAGS or (self._kinds and self._kinds[-1][0] == tag):
            self.flush()
        if self._kinds and self._kinds[-1][0] == tag:
            self._kinds.pop()
        if self._roles and self._roles[-1][0] == self._role_key(tag):
            self._roles.pop()
        elif tag in ("ul", "ol", "dl"):
            while self._roles and self._roles[-1][1] == "item":
                self._roles.pop()  # items left unclosed end with their list
        if tag == "div":
            self._divs = max(0, self._divs - 1)

    def _after_heading_line(self, data: str) -> str:
        """The data after a heading or caption line it opens with, ended by a blank line (text
        with stray tags) or, before any block tag, by one; the line is its own block."""
        # Text before any block tag is a tag-stripped excerpt's: its line breaks are the source's.
        stripped = not self._marked_up and not self.blocks
        found = (_LINE_BREAK if stripped else _BLANK_LINE).search(data)
        if found is None:
            return data
        # One line of plain text opening its block: lines over a blank line are a list or a
        # verse, and text before a tag may be a sentence's start, not a heading.
        line, after = data[: found.start()].strip(), data[found.end() :]
        heads = heading_line if found.group().count("\n") > 1 else excerpt_heading
        if self._buf.strip() or "\n" in line or not heads(line, after):
            return data
        self.handle_data(data[: found.start()])
        self.flush()
        return data[found.end() :]

    def _line_head(self, data: str) -> None:
        start, end, broken = self._line_bold
        self._line_bold = (-1, -1, False)
        head, after = self._buf[start:end], data
        if not (broken or after.lstrip(" \t")[:1] == "\n") or self._buf[end:].strip():
            return
        if not is_line_head(self._buf[:start], head, after.lstrip()):
            return
        self._buf = self._buf[:start]
        self._links = [lk for lk in self._links if lk.end <= start]
        self.flush()
        self.blocks.append(Block(head.strip(), (), self._kind(), "subhead"))

    def _smiley(self, attrs: list[tuple[str, str | None]]) -> None:
        # A smiley drawn as a picture ("<img alt=";)" class="wp-smiley">") is a word of the
        # sentence: without it "(yes, we also do this ;) )" reads "(yes, we also do this )".
        values = dict(attrs)
        alt = (values.get("alt") or "").strip()
        smiley = _EMOTICON.fullmatch(alt) or _SMILEY_CLASS.search(values.get("class") or "")
        # After a sentence's stop it adds nothing, and would leave the sentence unended.
        if smiley and len(alt) <= 4 and self._buf.rstrip()[-1:] not in ".!?…":
            self.handle_data(alt)

    def _end_line(self, next_start: str) -> None:
        """Join the line a <br> ended to the next one, or end the block there."""
        if hard_wrapped(self._buf[self._line_start :], next_start, self.wrapped):
            self._buf, self._br_pending = self._buf.rstrip() + " ", False
            self._line_start = len(self._buf)
        else:
            self.flush()

    def _end_sup(self, start: int, marked: bool) -> None:
        # A footnote's mark ("<sup class="footnote">1</sup>", "<sup><a href="#fn2">2</a></sup>",
        # "<sup>[3]</sup>", "<sup>1.</sup>") is no word of the sentence; a power ("m<sup>2</sup>")
        # is, and never ends in a stop.
        mark = self._buf[start:].strip()
        if not _NOTE_TEXT.fullmatch(mark) or not (marked or mark[:1] == "[" or mark[-1:] in ".)"):
            self._write_scripted(start, raised=True)
            return
        self._buf = self._buf[:start]
        self._links = [lk for lk in self._links if lk.start < start]
        self._after_note = True

    def _write_scripted(self, start: int, raised: bool) -> None:
        # "N<sup>2</sup>" reads "N²", not "N2"; only a mark set on a word, all of whose
        # characters have a raised (lowered) form, so "5<sup>th</sup>" stays "5th".
        mark = self._buf[start:]
        written = _scripted(mark, raised)
        if written and self._buf[start - 1 : start].strip() and mark == mark.strip():
            self._buf = self._buf[:start] + written

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._line_bold[1] >= 0 and data.strip():
            self._line_head(data)
        if data.strip() or "\n" in data:
            self._line_end = bool(re.search(r"\n\s*$", data))
        if "\n" in data and self._kind() == "text" and not self.wrapped:
            data = self._after_heading_line(data)
        text = re.sub(
            r"\s+",
            " ",
            decoded_twice(without_invisibles(without_cjk_line_breaks(data))).replace("\xa0", " "),
        )
        if "</" in text and self._kind() != "code":
            text = _ESCAPED_PAIR.sub(r"\2", text)
        if self._br_pending and text.strip():
            self._end_line(text.lstrip())
        if self._after_note and text.strip():
            self._after_note = False
            if text.lstrip()[:1] in ".,;:!?":
                # "cry.<sup>1</sup>." keeps one full stop; "word<sup>2</sup>, more" its comma.
                self._buf = self._buf.rstrip()
                text = text.lstrip()
                if text[:1] == "." and self._buf[-1:] in ".!?":
                    text = text[1:]
        if not self._buf or self._buf.endswith((" ", "“")):
            text = text.lstrip()
        if re.search(r"\w", text):
            if self._italic:
                self._italic_text = True
            else:
                self._upright_text = True
        if text.strip():
            if self._bold:
                self._bold_text = True
            else:
                if self._bold_text and not self._plain_text:
                    self._head_end = len(self._buf)
                self._plain_text = True
        self._buf += text


# Inline markup escaped once more than its text ("And we &lt;em&gt;liked&lt;/em&gt; it that
# way!"): after decoding, an opening and closing tag round a few words are the writer's
# emphasis, not text. A tag named alone ("the <em> tag") is no pair, and code keeps its own.
_ESCAPED_PAIR = re.compile(
    r"<(em|strong|b|i|u|s|del|ins|mark|small|span|font|a)(?:\s[^<>]{0,200})?>"
    r"([^<>]{1,300})</\1\s*>",
    re.I,
)


# A <pre> that breaks its lines with <br> tags is laid out as HTML, not preformatted: a blog tool's
# wrapper around prose (a 163.com blog's "<PRE><PRE>几个月前，…<BR><BR>后来，…"), no program.
# A program highlighted with <br> line ends stays code: only prose (sentences, not code lines).
_PRE_ELEMENT = re.compile(r"<pre\b[^>]*>.*?</pre\s*>", re.I | re.S)
_PRE_TAG = re.compile(r"<pre\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")
_SENTENCE_STOP = re.compile(r"[.!?。．！？]")


def _prose_pre(found: re.Match[str]) -> str:
    element = found.group()
    if not re.search(r"<br\b", element, re.I):
        return element
    text = html.unescape(_TAG.sub("", re.sub(r"(?i)<br\s*/?>", "\n", element)))
    if reads_as_code(text) or len(_SENTENCE_STOP.findall(text)) < 2:
        return element
    return _PRE_TAG.sub("<div>", element)


def html_blocks(markup: str) -> list[Block]:
    """HTML as blocks, hard-wrapped lines joined and prose in <pre> read as paragraphs."""
    if "<pre" in markup or "<PRE" in markup:
        markup = _PRE_ELEMENT.sub(_prose_pre, markup)
    parser = _BlockParser()
    parser.wrapped = is_hard_wrapped(markup)
    parser.feed(markup)
    parser.close()
    parser.flush()
    return indents_as_quotes(labelled_sections(parser.blocks, parser.label_ends))


# Telegram's HTML has no <sup>/<sub>, so "N<sup>2</sup>" read as plain text says "N2"; Unicode has a
# raised and a lowered form for digits and a few signs, which read right everywhere.
_RAISED = str.maketrans("0123456789+-=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ")
_LOWERED = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def _scripted(mark: str, raised: bool) -> str | None:
    """`mark` in its raised (or lowered) form, or None when a character of it has none."""
    # Same length as `mark`, so link positions after it stay right; "−" is read as "-".
    table = _RAISED if raised else _LOWERED
    mark = mark.replace("\u2212", "-")
    written = mark.translate(table)
    if not mark or any(a == b for a, b in zip(mark, written, strict=True)):
        return None
    return written
