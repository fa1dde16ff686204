"""The text model shared by cleaning and attribution: an entry's HTML or markdown-ish text as
blocks (paragraphs with their links), sentence bounds, and the spans a cleaner cuts.

Imports nothing else from the project: cleaning and attribution both build on it, and it must
not pull either of them in.
"""

# Long module because the HTML parser keeps its inline marks (bold heads, struck-through words,
# footnote marks, hard-wrapped lines) in one pass beside the Block model it builds; splitting
# it would split that state across modules.

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from statistics import median
from typing import NamedTuple

from markdown_it import MarkdownIt


@dataclass(frozen=True)
class Link:
    """A hyperlink inside a block: character span of its text and its target."""

    start: int
    end: int
    href: str | None


@dataclass(frozen=True)
class Block:
    """One paragraph of plain text, its kind ("text", "caption", "nav", "embed", "code") and
    its role ("para", "heading", "subhead", "item", "quote"): only text paragraphs are lead text."""

    # "embed" is a quoted post (a tweet); "code" a preformatted block (a program, a shell
    # session); "subhead" a paragraph all in bold, or a bold run-in head split from its
    # paragraph; "item" a list's; "quote" a blockquote's paragraph; "listing" a numbered line of
    # a paragraph (text.numbered_lines), never lead text.

    text: str
    links: tuple[Link, ...] = ()
    kind: str = "text"
    role: str = "para"
    # All its words in italics (<i>, <em>): set off from the writer's text, as an epigraph.
    italic: bool = False

    def link_at(self, pos: int) -> Link | None:
        """The link whose text covers position pos, if any."""
        for link in self.links:
            if link.start <= pos < link.end:
                return link
        return None


class Cut(NamedTuple):
    """A span of blocks[block] a cleaner deletes, and the notice family that asked for it."""

    block: int
    start: int
    end: int
    family: str


_HTML_HINT = re.compile(
    r"</?(?:p|div|br|a|em|strong|span|li|ul|ol|h[1-6]|blockquote|img|figure|figcaption|table"
    r"|section|article|i|b|u|pre|code|iframe|video|audio|object|embed)\b[^>]*>",
    re.I,
)
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
_NOTE_TEXT = re.compile(r"\[?(?:\d{1,3}|[a-z]|[*†‡])\]?|\d{1,3}[.)]")
# U+200C/U+200D after a non-Latin letter spell Persian ("بعضی‌ها"), Indic and emoji: kept.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_STRAY_JOINER = re.compile(r"(?<![\u0590-\U0010ffff])[\u200c\u200d]")
_BARE_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]")


# Page furniture by the names sites give it in class or id tokens: menus, share bars, widgets,
# tables of contents, audio players, ads and sign-up boxes (bylines stay: attribution reads
# wire credits in them). Whole tokens (or their
# dash/underscore parts), so "entry-content" or "gradient" never match.
_FURNITURE_TOKEN = re.compile(
    r"(?:^|[-_])(?:nav|navigation|menu|breadcrumbs?|share|sharing|social|widget|toc"
    r"|table-of-contents|related|newsletter|subscribe|promo|advert|ads?|outbrain|taboola"
    r"|sidebar|right-rail|podcast-player|audio-player|callout)(?:$|[-_])"
)
# Embedded posts (tweets, Instagram, TikTok, Facebook, Mastodon): quoted, not the article's text.
_EMBED_TOKEN = re.compile(
    r"^(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video"
    r"|mastodon-embed|bluesky-embed|reddit-embed-bq|embedly-card)$"
)
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())


def _kind_of(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    if tag == "figcaption":
        return "caption"
    if tag in ("nav", "aside"):
        return "nav"
    if tag == "pre":
        return "code"
    cls = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
    if re.search(r"caption|photo-?credit|image-?credit|\bcredit", cls):
        return "caption"
    tokens = cls.split()
    if any(_EMBED_TOKEN.match(t) for t in tokens):
        return "embed"
    if any(_FURNITURE_TOKEN.search(t) for t in tokens):
        return "nav"
    return None


_FORUM_QUOTE = frozenset(
    "quote quote-title quote-content quotetitle quotecontent bbcode_quote".split()
)


def _role_of(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    if tag in _HEADING_TAGS:
        return "heading"
    if tag == "blockquote":
        return "quote"
    # A forum's quote of an earlier post (Liferay's "quote-title"/"quote", phpBB's
    # "quotetitle"/"quotecontent"): another member's words, as a blockquote is.
    if tag == "div" and _FORUM_QUOTE.intersection(
        " ".join(v or "" for k, v in attrs if k == "class").lower().split()
    ):
        return "quote"
    if tag in ("p", "div") and _INDENT.search(dict(attrs).get("style") or ""):
        return "indent"
    return "item" if tag in ("li", "dt") else None


# A paragraph an editor's indent button set in ("<p style="padding-left: 30px;">", TypePad and
# WordPress) under a lead-in ending in a colon: a quotation (3quarksdaily's excerpts under "Josh
# Cohen in New Statesman:"). Elsewhere an indent is layout (Null Paradox's indented list).
_INDENT = re.compile(r"(?:padding|margin)-left\s*:\s*(?:[2-9]\d|\d{3})(?:\.\d+)?px", re.I)


def _indents_as_quotes(blocks: list[Block]) -> list[Block]:
    out: list[Block] = []
    role = "para"
    for i, b in enumerate(blocks):
        if b.role != "indent":
            out.append(b)
            continue
        if i == 0 or blocks[i - 1].role != "indent":  # a run of indented paragraphs starts
            lead_in = out[-1].text.rstrip() if out and out[-1].role == "para" else ""
            # A first quoted paragraph of one sentence ending on a colon only leads on: joined,
            # the quotation would say nothing (3quarksdaily's "… throwing fliers in the air:").
            text = b.text.rstrip()
            leads_on = text.endswith(":") and not re.search(r"[.!?][\"'”’)]?\s", text)
            opens = lead_in.endswith(":") and not leads_on
            role = "quote" if opens else "para"
        out.append(Block(b.text, b.links, b.kind, role))
    return out


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
        self._buf = ""
        self._links: list[Link] = []
        self._open_links: list[tuple[int, str | None]] = []
        self._kinds: list[tuple[str, str]] = []
        self._roles: list[tuple[str, str]] = []
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
        # Open <sup>s: where each began and whether it is marked as a footnote's reference.
        self._sups: list[tuple[int, bool]] = []
        self._subs: list[int] = []
        self._after_note = False

    def _kind(self) -> str:
        return self._kinds[-1][1] if self._kinds else "text"

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
            italic = self._italic_text and not self._upright_text
            block = Block(text, links, self._kind(), role, italic)
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
        if tag in _SKIP_TAGS:
            self._skip.append(tag)
            return
        if self._skip:
            return  # a link inside struck text opens nothing the text keeps
        if tag == "br" and self._buf.strip() and not self._br_pending:
            self._br_pending = True  # a second <br> in a row is a paragraph break
            return
        kind = _kind_of(tag, attrs)
        role = _role_of(tag, attrs)
        if self._br_pending and not (tag in _BLOCK_TAGS or kind):
            self._end_line("a")  # a wrapped line may go on with a link or emphasis
        if tag in _BLOCK_TAGS or kind or self._br_pending:
            self.flush()
        if kind:
            self._kinds.append((tag, kind))
        if tag in ("b", "strong"):
            self._bold += 1
        if tag in ("i", "em"):
            self._italic += 1
        if role:
            if self._roles and self._roles[-1][0] == tag:
                self._roles.pop()  # <li> after an unclosed <li>
            self._roles.append((tag, role))
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
        if self._roles and self._roles[-1][0] == tag:
            self._roles.pop()
        elif tag in ("ul", "ol", "dl"):
            while self._roles and self._roles[-1][1] == "item":
                self._roles.pop()  # items left unclosed end with their list

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
        if _hard_wrapped(self._buf[self._line_start :], next_start, self.wrapped):
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
        text = re.sub(
            r"\s+",
            " ",
            _decoded_twice(_STRAY_JOINER.sub("", data.translate(_INVISIBLE))).replace("\xa0", " "),
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


# Hard-wrapped HTML: text that breaks every line with a <br> (as mail and old blog tools wrote
# it at about 70 characters), whose line breaks are no paragraph breaks.
# A line that ends a sentence, a quotation or a clause, or on an address, ends there.
_LINE_END = re.compile(r"(?:[.!?:;…\"”)\]]|https?://\S+)\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.I)
# Prose wrapped mid-sentence goes on in lower case after some <br>; a poem's lines do not.
_RUN_ON = re.compile(r"[^\W\d_],?\s*<br\s*/?>\s*[a-z]")
_TAG = re.compile(r"<[^>]*>")
_BLOCK_START = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|tr|td)\b[^>]*>", re.I)
# Zed Shaw's lines run 55-75 characters; lists, chat logs, code and link lines ("… on
# Amazon<br>on Newegg", "xxx: …<br>yyy: …") are shorter, or end their lines.
_WRAPPED_LINE_CHARS = 50
_SPEAKER = re.compile(r"[^\s:]{1,20}:\s")
_MIN_WRAPPED_LINES = 4


def _is_hard_wrapped(markup: str) -> bool:
    """Whether a document is hard-wrapped throughout: four lines or more end at a <br>, and
    most run on past it mid-sentence at a wrapping width."""
    pieces = _BREAK.split(markup[:20_000])[:-1]
    lines = [" ".join(_TAG.sub(" ", _BLOCK_START.split(p)[-1]).split()) for p in pieces]
    lines = [line for line in lines if line]
    run_ons = len(_RUN_ON.findall(markup, 0, 20_000))
    if len(lines) < _MIN_WRAPPED_LINES or run_ons < 2:
        return False
    if sum(bool(_SPEAKER.match(line)) for line in lines) >= len(lines) / 2:
        return False  # a chat log: one line a turn
    open_lines = [line for line in lines if not _LINE_END.search(line)]
    # A wrapped report's labels ("Synopsis :"), addresses and paragraph ends end their lines;
    # that half of its open lines run on in lower case says it is wrapped all the same (Nessus).
    return (
        len(open_lines) >= 0.6 * len(lines) or run_ons >= max(3, len(open_lines) / 2)
    ) and median(len(line) for line in open_lines) >= _WRAPPED_LINE_CHARS


def _hard_wrapped(line: str, next_line: str, wrapped_document: bool) -> bool:
    """Whether the line before a <br> goes on in `next_line` (a wrap, not a break)."""
    line = line.strip()
    if not wrapped_document or not line or _LINE_END.search(line):
        return False
    return next_line[:1].isalnum() or next_line[:1] in "“\"‘'("


# A <pre> that breaks its lines with <br> tags is laid out as HTML, not preformatted: a blog tool's
# wrapper around prose (a 163.com blog's "<PRE><PRE>几个月前，…<BR><BR>后来，…"), no program.
# A program highlighted with <br> line ends stays code: only prose (sentences, not code lines).
_PRE_ELEMENT = re.compile(r"<pre\b[^>]*>.*?</pre\s*>", re.I | re.S)
_PRE_TAG = re.compile(r"<pre\b[^>]*>", re.I)
_SENTENCE_STOP = re.compile(r"[.!?。．！？]")


def _prose_pre(found: re.Match[str]) -> str:
    element = found.group()
    if not re.search(r"<br\b", element, re.I):
        return element
    text = html.unescape(_TAG.sub("", re.sub(r"(?i)<br\s*/?>", "\n", element)))
    if _reads_as_code(text) or len(_SENTENCE_STOP.findall(text)) < 2:
        return element
    return _PRE_TAG.sub("<div>", element)


def _html_blocks(markup: str) -> list[Block]:
    if "<pre" in markup or "<PRE" in markup:
        markup = _PRE_ELEMENT.sub(_prose_pre, markup)
    parser = _BlockParser()
    parser.wrapped = _is_hard_wrapped(markup)
    parser.feed(markup)
    parser.close()
    parser.flush()
    return _indents_as_quotes(parser.blocks)


_MD_LINK = re.compile(
    r"(?P<img>!?)\[(?P<text>[^\]\n]{0,300})\]"
    r"(?:\(\s*<?(?P<url>[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|\[(?P<ref>[^\]\n]*)\])"
)
_MD_REF_DEF = re.compile(r"^\s{0,3}\[([^\]\n]+)\]:\s*(\S+).*$", re.M)
_MD_EMPHASIS = re.compile(r"(?<![\w/\\*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w/*_])")
_MD_LINE_PREFIX = re.compile(r"^\s{0,3}(?:>\s?)+|^\s{0,3}#{1,6}\s+")


def _md_paragraph(raw: str, refs: dict[str, str]) -> Block | None:
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


# An entity left after decoding ("Voilet &amp;amp; Daisy" decodes to "Voilet &amp; Daisy"): the
# feed escaped its text twice, and no reader is meant to see the entity.
_ENTITY_LEFT = re.compile(r"&(?:amp|quot|lt|gt|apos|nbsp|#\d{2,6}|#x[0-9a-fA-F]{2,5});")


# Inline markup escaped once more than its text ("And we &lt;em&gt;liked&lt;/em&gt; it that
# way!"): after decoding, an opening and closing tag round a few words are the writer's
# emphasis, not text. A tag named alone ("the <em> tag") is no pair, and code keeps its own.
_ESCAPED_PAIR = re.compile(
    r"<(em|strong|b|i|u|s|del|ins|mark|small|span|font|a)(?:\s[^<>]{0,200})?>"
    r"([^<>]{1,300})</\1\s*>",
    re.I,
)


def _decoded_twice(text: str) -> str:
    if "&" not in text:
        return text
    return _ENTITY_LEFT.sub(lambda m: html.unescape(m.group()), text)


# A line that is one web address and nothing else: www.… or a scheme's. A label of up to
# this many words over it makes a link line with it (text/link_rows.is_link_line).
_ADDRESS_LINE = re.compile(r"(?:https?://|www\.)\S+", re.I)
_MAX_LINK_LABEL_WORDS = 8


def _text_blocks(text: str) -> list[Block]:
    text = _decoded_twice(html.unescape(_STRAY_JOINER.sub("", text.translate(_INVISIBLE))))
    text = text.replace("\xa0", " ").replace("\r", "")
    refs = {k.lower(): v for k, v in _MD_REF_DEF.findall(text)}
    text = _MD_REF_DEF.sub("", text)
    blocks: list[Block] = []
    for para in re.split(r"\n[ \t>]*\n", text):
        lines = [_MD_LINE_PREFIX.sub("", ln) for ln in para.split("\n")]
        lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in lines]
        for part in _address_lines_apart([ln for ln in lines if ln]):
            joined = ""
            for ln in part:
                # Soft-wrapped lines continue in lower case; a capital starts a new line.
                sep = " " if ln[0].islower() or joined.endswith(("-", ",")) else "\n"
                joined = f"{joined}{sep}{ln}" if joined else ln
            if block := _md_paragraph(joined, refs):
                blocks.append(block)
    return blocks


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
        if at + 1 < len(lines) and _is_label_line(line, lines[at + 1], first=at == 0):
            parts.append([])
    return [part for part in parts if part]


# A short line over a line that opens in capitals, in a plain-text description: a label
# ending in a colon ("Featured in this weeks episode:" over "We discuss …"), or the text's
# first line without a sentence's end over a whole sentence ("Tales of the Attic episode # 2"
# over "Donny takes on … episode!!!"), is no part of the next line's sentence. Other short
# lines are a hard wrap's ("El vicepresidente del FC Barcelona" over "Jordi" over "Mestre
# concedió …"); in HTML a line break in the source is a space anyway.
_MAX_LABEL_WORDS = 8
_GOES_ON = ".!?…,;([-–—/&+"


def _is_label_line(line: str, after: str, *, first: bool) -> bool:
    if (
        line[-1:] in _GOES_ON
        or len(line.split()) > _MAX_LABEL_WORDS
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


def _as_item(block: Block) -> Block:
    if block.role != "para" or block.kind != "text":
        return block
    if block.text[:1] not in _BULLETS and not (
        "\n" not in block.text and is_separated_list(block.text)
    ):
        return block
    return Block(block.text, block.links, block.kind, "item")


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


# A mail archive's entry (Gmane) is the message as written, whole in one <pre>: prose in
# paragraphs, not a program. Read as plain text, without the quoted lines ("> …") and the line
# introducing them ("* Jane Doe <jane@…> [121113 13:21]:", "On Tue, Jane wrote:").
_WHOLE_PRE = re.compile(r"\s*<pre\b[^>]*>(?P<body>.*)</pre>\s*", re.I | re.S)
_QUOTE_LINE = re.compile(r"^\s*(?:>.*|.*(?:\bwrote|\]):\s*)$")
# A program's lines: braces, assignments, indents, comments, a call closing the line ("f(x)",
# "f(x);"); a smiley (";)") is the mail's. A semicolon or a bracket closing a line is prose's
# too ("… Slackware 13.37;", "(depends on OpenAL)" in a ChangeLog).
_CODE_LINE = re.compile(r"[{}\[\]=$|\\`]|^\s{4}|^\s*(?:%|#|//)|\w\([^()]*\)\s*;?\s*$|\)\s*;\s*$")
# A ChangeLog's entry opens on the name it is about ("libreoffice: updated to 4.1.4 …").
_CHANGELOG_LABEL = re.compile(r"[a-z][\w.+-]*: +\S")
_SMILEY = re.compile(r"[;:]-?[()PD]")
_MAX_CODE_LINES = 0.2
_MIN_PROSE_WORDS = 4


def _reads_as_code(text: str) -> bool:
    lines = [_SMILEY.sub("", line) for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if _CODE_LINE.search(line)) > _MAX_CODE_LINES * len(lines)


def plain_text_message(markup: str) -> str | None:
    """The text of an entry that is one preformatted message of prose, else None."""
    whole = _WHOLE_PRE.fullmatch(markup)
    if not whole or "<pre" in whole["body"].lower():
        return None
    text = "\n".join(_own_lines(html.unescape(whole["body"]).splitlines())).strip()
    words = re.findall(r"[^\W\d_]{2,}", text)
    if len(words) < _MIN_PROSE_WORDS or _reads_as_code(text):
        return None
    if not re.search(r"[.!?](?:\s|$)", text):
        return None  # no sentence in it (a listing)
    if text[:1].islower() and not _CHANGELOG_LABEL.match(text):
        return None  # the rest of a quoted sentence
    return text


# A mail archive's message written as lines broken by <br> (Listbox, Mailman) instead of one
# <pre>: read as the preformatted message it is.
_ANY_TAG = re.compile(r"<[^>]*>")
_BR_TAG = re.compile(r"<br\s*/?>", re.I)
# Anything but line breaks and links is markup of a page, not a message's lines.
_NOT_BR_OR_LINK = re.compile(r"<(?!br\b|/?a\b)[^>]*>", re.I)
_QUOTED = re.compile(r"^[ \t]*>", re.M)
# The line that introduces the quoted mail, in the languages mail clients write it in.
_WROTE = re.compile(
    r"\b(?:wrote|writes|schrieb|a écrit|escribió|escreveu|scrisse|schreef|skrev|napsal|"
    r"napisał|написал|написала|寫道|写道|のメッセージ)\s*:\s*$",
    re.M | re.I,
)


def br_message_text(markup: str) -> str | None:
    """The lines of an entry that is a mail message quoting an earlier one, else None."""
    # Both marks of a reply: a line introducing the quotation and a quoted ("> …") line. Plain
    # text broken by <br> without them (a poem, an address) is read as HTML, as before.
    if "<br" not in markup.lower() or _NOT_BR_OR_LINK.search(markup):
        return None
    text = html.unescape(_ANY_TAG.sub("", _BR_TAG.sub("\n", markup)))
    if not _QUOTED.search(text) or not _WROTE.search(text):
        return None
    return text


def _own_lines(lines: list[str]) -> list[str]:
    """A message's lines without the quoted mail, the lines introducing it and the signature."""
    own: list[str] = []
    for line in lines:
        if line.rstrip() in ("--", "-- "):
            break  # the signature's delimiter
        if _QUOTE_LINE.match(line):
            if re.fullmatch(r"\s*(?:wrote|schrieb|a écrit)\s*:\s*", line) and own:
                own.pop()  # "On Tue, … Greg <greg@…>" wrapped before its "wrote:"
            continue
        own.append(line)
    half = len(own) // 2
    if half and own[:half] == own[half:]:
        return own[:half]  # an archive's feed that writes the message twice (Listbox)
    return own


def to_blocks(html_or_text: str) -> list[Block]:
    """Split HTML or plain/markdown text into paragraphs, keeping links and caption/nav kinds."""
    if (message := plain_text_message(html_or_text)) is not None:
        return _text_blocks(message)
    if (mail := br_message_text(html_or_text)) is not None:
        # A reply's own lines, whatever they hold (a command, a line in lower case): never the
        # mail it quotes, which the HTML would give as its first paragraph.
        own = "\n".join(_own_lines(mail.splitlines()))
        # A line left open, then a blank line and lower case: one sentence round a command.
        return _text_blocks(re.sub(r"(?<=[^\s.!?:;])[ \t]*\n[ \t]*\n(?=[ \t]*[a-z])", "\n", own))
    if is_markdown(html_or_text):
        blocks = _html_blocks(markdown_to_html(html_or_text))
    elif _HTML_HINT.search(html_or_text):
        blocks = _html_blocks(linked_markdown(_blank_lines_as_paragraphs(html_or_text)))
    else:
        blocks = _text_blocks(html_or_text)
    blocks = [part for b in blocks for part in _separated_lists_apart(b)]
    return _labelled_lines_listed([_as_item(_with_bare_urls(b)) for b in blocks])


def _separated_lists_apart(block: Block) -> list[Block]:
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


# Text marked up only inline (links, emphasis) that sets its paragraphs apart by blank lines, as a
# podcast's show notes are written: the blank lines are its paragraph breaks.
_BLOCK_MARKUP = re.compile(r"<(?:p|div|br|li|h[1-6]|blockquote|pre|table|tr|section)\b", re.I)
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


def _blank_lines_as_paragraphs(html_text: str) -> str:
    if _BLOCK_MARKUP.search(html_text) or not _BLANK_LINE.search(html_text.strip()):
        return html_text
    return "<p>" + _BLANK_LINE.sub("</p><p>", html_text.strip()) + "</p>"


# A lead-in ("This week in DistroWatch Weekly:") over lines that each open on a short label
# ("Review: Linux Mint 22<br>News: openSUSE publishes …<br>Tips and tricks: …") is an issue's
# contents written as lines, not a list: its lines are the list's items all the same.
_LABELLED_LINE = re.compile(r"[^\W\d][\w'’&-]*(?: [\w'’&-]+){0,3}: \S")


def _labelled_lines_listed(blocks: list[Block]) -> list[Block]:
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


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt rep sen gov inc ltd co corp no vs etc jan feb mar "
    "apr jun jul aug sep sept oct nov dec fig approx dept univ".split()
)


# The word before a full stop, matched on the 40 characters before it reversed: the same run
# as re.search(r"([\w.]+)$", ...) (the longest run of those characters that ends there),
# found without trying every start (1.6 -> 0.3 us a call; learning calls it ~5 times an entry).
_WORD_REVERSED = re.compile(r"[\w.]+")
_INITIALS = re.compile(r"(?:\w\.)+\w")


def is_sentence_end(text: str, i: int) -> bool:
    """Whether the character at i ends a sentence (not an initial, abbreviation or decimal)."""
    if text[i] not in ".!?…":
        return False
    j = i + 1
    while j < len(text) and text[j] in "\"'”’)]*_":
        j += 1
    if j < len(text) and not (text[j].isspace() or text[j].isupper()):
        return False
    # An aside's own question or exclamation, the sentence going on after its bracket ("… an
    # RSS reader (I know, who uses them now?) then the new feed is …"): no sentence's end.
    if text[i] in "?!" and ")" in text[i + 1 : j] and text[j:].lstrip()[:1].islower():
        return False
    if text[i] == ".":
        found = _WORD_REVERSED.match(text[max(0, i - 40) : i][::-1])
        w = found.group()[::-1] if found else ""
        if w:
            if len(w) == 1 and w.isupper():
                return False  # "Nathan E. Sanders"
            if w.lower().rstrip(".") in _ABBREVIATIONS or _INITIALS.fullmatch(w):
                return False
        if j < len(text) and not text[j].isspace() and len(w) < 3:
            return False
    return True


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the whole sentence(s) it lies in, within one paragraph."""
    s = start
    while s > 0 and text[s - 1] != "\n" and not is_sentence_end(text, s - 1):
        s -= 1
    while s < start and text[s] in " \t\"'”’)]*_":
        s += 1
    e = max(end, s)
    while e < len(text) and text[e] != "\n":
        if is_sentence_end(text, e):
            e += 1
            while e < len(text) and text[e] in "\"'”’)]*_":
                e += 1
            break
        e += 1
    return s, e


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
