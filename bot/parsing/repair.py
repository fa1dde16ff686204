"""Text repaired where it enters newsbot: mojibake fixed (ftfy), headlines made plain text."""

from __future__ import annotations

import html
import re

import ftfy
import ftfy.fixes
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad
from ftfy.chardata import CONTROL_CHARS

from bot.parsing.code_spans import text_outside_code
from bot.parsing.double_escapes import text_once_unescaped
from bot.parsing.headline_shapes import first_line_of_cut, without_frame, without_writers_line
from bot.parsing.lost_characters import restored_punctuation
from bot.parsing.slashed_quotes import unslashed_quotes, with_euro_signs

# Only what undoes a wrong decoding: quotes, widths, ligatures, line breaks and Unicode
# normalisation stay as the publisher wrote them, and entities are left to whoever reads the
# HTML (content is still HTML here).
_ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)
# HTML tags inside a headline ("<i>Letter to a Man</i>"): a tag name, then attributes.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*+(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
# Once text is decoded, "<" may be the text's own: only HTML's inline and block elements are
# tags then ("Story 2 & <friends>" keeps its words).
_KNOWN_TAG = re.compile(
    r"</?(?:a|abbr|b|big|br|cite|code|del|dfn|div|em|font|h[1-6]|i|img|ins|kbd|mark|nobr|p|q|"
    r"s|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)\b[^<>]*>",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_MOJIBAKE_MARK = re.compile("[\u00c2-\u00f4\u0370-\u03ff\u0400-\u045f\u2500-\u257f\ufffd]")
# Every alternative of ftfy's BADNESS_RE (what is_bad searches for) holds two adjacent
# characters of the classes it is built from, or one C1 control, "Œ", "œ", "Ã" or "Â"
# (tests/test_repair.py checks this against ftfy's own pattern). Searching for that first
# spares is_bad's 38 alternatives at every position on accented text that has no such pair
# ("l'été", "Straße"): on the bench's news feeds it cut the texts reaching is_bad from 756 to
# 330 of 7,829, and the checks' time to a third (0.046 -> 0.015 ms an entry, measured side by
# side); the fixes are the same. It runs after the one-class search above, which fails faster
# on most text (6 ms for the 1,742 non-ASCII texts of a copy of the feeds, 20 ms the other
# way round).
_BADNESS_CHARS = "".join(MOJIBAKE_CATEGORIES.values()) + "".join(
    sorted({c for c in BADNESS_RE.pattern if not c.isascii()})
)
_MAYBE_BAD = re.compile(f"[{_BADNESS_CHARS}]{{2}}|[\x80-\x9f\u0152\u0153\u00c3\u00c2]")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _is_bad(text: str) -> bool:
    """ftfy's is_bad, after the quick check that every text it flags passes."""
    return _MAYBE_BAD.search(text) is not None and is_bad(text)


# ftfy checks every line of a text it fixes with is_bad again (and each step's result): on
# the bench's news feeds that was half of fixing the 222 texts that need it (The Verge's
# long articles: 0.08 of 0.125 s). Its own calls go through the quick check too; the answers
# are the same, so are the fixes (tests/test_repair.py).
setattr(ftfy, "is_bad", _is_bad)  # noqa: B010 (not exported: mypy)
setattr(ftfy.fixes, "is_bad", _is_bad)  # noqa: B010

# ftfy's remove_control_chars deletes CONTROL_CHARS with str.translate, a dict lookup a
# character, on every line of every text it fixes, twice (each pass of fix_and_explain): 1.2%
# of a first check's worker CPU, py-spy on the bench's news feeds (The Verge's long articles).
# A search for the same characters (the ranges CONTROL_CHARS is built from, checked against it
# in tests/test_judged_s25_ingest_cpu.py) finds none in all of those lines (0.5 against 25 ms
# for their 137,000 characters, CPU time), and a text without any is what translate returns.
_CONTROL_CHAR = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\u206a-\u206f\ufeff\ufff9-\ufffc]")


def without_control_chars(text: str) -> str:
    """ftfy's remove_control_chars: `text` less CONTROL_CHARS; the same text when it has none."""
    return text.translate(CONTROL_CHARS) if _CONTROL_CHAR.search(text) else text


ftfy.FIXERS["remove_control_chars"] = without_control_chars


# A no-break space read as Latin-1 is "Â\xa0"; where the feed's writer then turned the no-break
# space into a plain one ("2023Â – Review", "toÂ the"), ftfy leaves the "Â": after a small
# letter, a digit or a mark and before a space it is no word's letter.
_LOST_NO_BREAK = re.compile(r"(?<=[a-z0-9.,;:!?)])\u00c2(?:[ \t\u00a0]+|$)")


def repaired(text: str) -> str:
    """`text` with mojibake undone ("attirÃ©" → "attiré") and addslashes' escapes ("l\\'eau");
    clean text comes back as it is."""
    return with_euro_signs(_decoded_again(unslashed_quotes(text)))


def _decoded_again(text: str) -> str:
    """`text` with mojibake undone; clean text comes back as it is."""
    text = restored_punctuation(text)  # before ftfy: "â??" is no mojibake it could undo
    if "\u00c2" in text:
        text = _LOST_NO_BREAK.sub(lambda m: "" if m.end() == len(text) else " ", text)
    # fix_text costs ~10x is_bad, and is_bad ~50x a search for the characters UTF-8's lead
    # bytes become when read as Latin-1/Windows-1252 ("Ã", "â"), Windows-1251 ("Р", "С") or
    # code page 437 ("Γ"): text without any of them (ASCII, curly quotes) has no mojibake
    # ftfy could undo from those encodings, so it is returned after that search alone.
    if (
        text.isascii()
        or not _MOJIBAKE_MARK.search(text)
        or not _MAYBE_BAD.search(text)
        or not is_bad(text)
    ):
        return text
    return str(ftfy.fix_text(text, _ENCODING_ONLY))


# Content escaped once too often opens with an escaped tag or comment ("&lt;p&gt;…",
# "&lt;!-- SC_OFF --&gt;&lt;div…", "&lt;pre style=…&gt;"): reddit's descriptions, some JSON
# Feeds' content_html, GitHub's commit feeds; an XHTML body escaped as Atom 0.3's mode
# "escaped" with type application/xhtml+xml, which feedparser takes for text
# ("&lt;body xmlns=…&gt;&lt;p&gt;…").
_ESCAPED_OPENING = re.compile(
    r"\s*&lt;(?:!--|/?(?:body|a|p|div|span|br|img|h[1-6]|ul|ol|table|pre|code|blockquote|figure|"
    r"iframe|section|article|em|strong|b|i|script|style|noscript)\b)",
    re.IGNORECASE,
)
_ESCAPED_SCRIPT = re.compile(r"\s*&lt;(?:script|style|noscript)\b", re.IGNORECASE)
_ESCAPED_TAG = re.compile(r"&lt;/?[A-Za-z][A-Za-z0-9]*(?:\s|&gt;|/)")
# Pictures, line breaks and empty links ("<a href=…></a><img …/>", Rocketboom's video blog);
# a player written as the feed's XML ("<object><param …></param><embed …></embed></object>",
# a video blog's description before its CDATA body): tags with no text between them.
_LEADING_PICTURES = re.compile(
    r"(?:\s*(?:<(?:img|br)\b[^<>]*>(?:\s*</img>)?|<a\b[^<>]*>\s*</a>|<a\b[^<>]*/>"
    r"|</?(?:object|param|embed|iframe|video|audio|source)\b[^<>]*>))+",
    re.I,
)


def unescaped_markup(content: str) -> str:
    """HTML escaped twice decoded once, so its tags are tags again; other content as it is."""
    # Only what comes before the first real tag: reddit appends its own "submitted by" markup
    # to a description escaped twice. Content that opens with a real tag (a post about HTML
    # showing "&lt;p&gt;" in its code) is left alone.
    # A picture written as the feed's own XML before a CDATA body escaped once more ("<img …/>
    # <![CDATA[&lt;p&gt;MOE will be …]]>", a school ministry's feed) still opens escaped content.
    pictures = _LEADING_PICTURES.match(content)
    head = pictures.group() if pictures else ""
    body = content[len(head) :]
    if not _ESCAPED_OPENING.match(body):
        return content
    end = body.find("<")
    escaped = body if end < 0 else body[:end]
    if _ESCAPED_SCRIPT.match(escaped):
        # An ad's script escaped before the real markup (a broken CDATA in it): code, no text.
        return head + (html.unescape(escaped) if end < 0 else body[end:])
    if len(_ESCAPED_TAG.findall(escaped)) < 2:
        return content
    return head + html.unescape(escaped) + body[len(escaped) :]


# A site's media badges written on lines of their own under the headline ("Pushing for change
# \n \n [Photos]\n [Video]", the Toronto Sun's titles): icons for its page, not headline words.
# On the headline's own line ("… Talk [video]") the writer put them: they stay; so does a
# parenthesis on a line of its own (a wrapped subtitle).
_BADGE_LINES = re.compile(r"(?:\s*\n\s*\[[^\[\]\n]{1,24}\])+\s*$")
# A line break the source title wrapped before its closing mark ("… Tags Editor released\n!"):
# the mark closes the words before it, not a spaced word of its own.
_BROKEN_BEFORE_MARK = re.compile(r"[ \t]*\n\s*(?=[!?.,;:)]+\s*(?:\n|$))")


def plain_headline(title: str, *, is_html: bool = True) -> str:
    """A feed's title as plain text, mojibake repaired and whitespace collapsed; an HTML title
    (as feedparser marks it) loses its tags and has its entities decoded once."""
    if "\n" in title:
        title = first_line_of_cut(_BADGE_LINES.sub("", title) or title)
        title = _BROKEN_BEFORE_MARK.sub("", title)
    if "<" in title:  # markup as HTML or said to be text: a planet's "{writer}<br/>{title}"
        title = without_writers_line(title)
    if is_html:
        if "<" in title:
            title = _TAG.sub("", title)
        if "&" in title:
            title = html.unescape(title)
    # An entity escaped twice, seen as text ("1/3&#8230;"), against a word: decoded once more.
    title = text_once_unescaped(title)
    # A double-escaped "&amp;lt;i&amp;gt;", or markup in a title said to be text.
    if "<" in title:
        title = _KNOWN_TAG.sub("", title)
    if "*" in title:  # Markdown emphasis in a title ("Beta-Test *update*"): the words
        from bot.text.markdown_blocks import MARKDOWN_EMPHASIS  # local: text imports parsing

        title = MARKDOWN_EMPHASIS.sub(r"\2", title)
    # Control characters (an embedded object's U+FFFC placeholder closing a Clever Cloud
    # headline showed as a box): ftfy's list, which `repaired` applies only to mojibake.
    return without_frame(_SPACES.sub(" ", without_control_chars(repaired(title))).strip())


def looks_like_html(text: str) -> bool:
    """True when plain-text `text` holds HTML's tags or entities (a JSON Feed title escaped)."""
    return bool(_KNOWN_TAG.search(text) or _ENTITY.search(text))


# Two sentences run together without a space ("… without sops.Singapore, another …"): a word of
# four letters or more ending in lowercase, two words before it in the same text, a full stop,
# and a capitalised word the sentence goes on from. Code names are left alone: in code elements
# ("json.Unmarshaler"), alone in a link or a short text ("Dark.Core"), short ("log.Info"),
# named by an article ("the Azure.Storage module"), or dotted names ("GetPaint.Net").
# A year or number may end the sentence ("… for Chile in 1971.The question …"), and the next
# may open with an abbreviation in capitals ("… foran kassen.FC København har …", bold.dk)
# where a word follows it. A footnote's asterisks may end the sentence ("… ou le nullbyte*.Certains
# framework …", Developpez.com): the glued post shows no footnote, so they go.
_GLUED = re.compile(
    r"(?<![\w'’-])(?P<before>(?:[^\W_](?:[^\W_]|['’-]|[.,](?=\d))*[,;:.]?\s+){2})"
    r"(?P<end>[^\W\d_](?:[^\W_]|['’-])+[^\W\d_A-Z]{2}|(?<=\s)\d{2,})\*{0,3}\."
    r"(?P<start>[A-Z][^\W\d_A-Z]+|[A-Z]{2,4}(?=\s+[^\W\d_]))"
    r"(?=[,;:]?\s+\w)"
)
_ARTICLE = re.compile(r"(?:^|\s)(?:the|a|an)\s+$", re.IGNORECASE)
_DOTTED_NAME_ENDS = frozenset("net com org io js".split())
# A file's name ("styles.LESS", "report.PDF") and a brand written like one ("Character.AI").
_FILE_TYPES = frozenset(
    "ai css less sass scss txt pdf doc docx xls xlsx ppt pptx csv xml json html htm md "
    "jpg jpeg png gif svg psd mp3 mp4 mov avi wav zip rar gz tar exe dll apk dmg iso".split()
)
# "[a-z\d]\.[A-Z]" written to open with its full stop: re then skips to each "." at C speed
# instead of trying the class at every character (whole articles: 0.012 -> 0.001 ms an entry
# of the bench's news feeds); it finds the same texts.
_GLUE_HINT = re.compile(r"\.(?<=[a-z\d*]\.)[A-Z]")
# What every _GLUED match holds: a text token without it is given back as it is, unsearched
# (_GLUED's look-behind and word classes at every position cost 0.017 ms an entry of the
# bench's news feeds, most of them in text with the hint only in an address).
_DOT_CAPITAL = re.compile(r"\.[A-Z]")


def _spaced(match: re.Match[str]) -> str:
    name = match["end"][0].isupper() and _ARTICLE.search(match["before"])
    start = match["start"].casefold()
    if start in _DOTTED_NAME_ENDS or (match["start"].isupper() and start in _FILE_TYPES) or name:
        return match[0]
    return f"{match['before']}{match['end']}. {match['start']}"


def sentences_spaced(content: str) -> str:
    """Content (HTML or text) with sentences glued at a full stop given their space, outside
    code elements; other content as it is."""
    if not _GLUE_HINT.search(content):
        return content

    def spaced(text: str) -> str:
        return _GLUED.sub(_spaced, text) if _DOT_CAPITAL.search(text) else text

    return text_outside_code(content, spaced)
