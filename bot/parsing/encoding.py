"""Which character encoding a feed's bytes are in, decided before feedparser decodes them."""

# feedparser follows RFC 3023 to the letter, which garbles valid UTF-8 in two common cases:
# - response headers without a Content-Type (a local file, or newsbot's own Content-Location
#   added for relative links) make it ignore the byte order mark and fall back to ISO-8859-1;
# - a charset in Content-Type beats the byte order mark (a server that labels every file
#   "charset=ISO-8859-1" turns "£" into "Â£").
# Browsers settled this long ago (WHATWG Encoding, "decode"): a BOM wins over everything. And
# text that is valid UTF-8 with multi-byte sequences is practically never legacy single-byte
# text, so such a label is a server's mistake. newsbot decides the encoding here and hands
# feedparser a Content-Type that says it.

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

import webencodings

from bot.parsing.close_tags import with_close_tags

_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32be"),
    (codecs.BOM_UTF32_LE, "utf-32le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16be"),
    (codecs.BOM_UTF16_LE, "utf-16le"),
)
# Labels of single-byte encodings a server may send by default for any file.
_SINGLE_BYTE = re.compile(r"(?:us-)?ascii|iso[-_]?8859-\d+|latin-?\d|(?:windows|cp)-?125\d", re.I)
_CHARSET = re.compile(r""";\s*charset\s*=\s*["']?([^"';\s]+)""", re.I)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
# How much of the body is checked for being UTF-8 (a cut character at the end is allowed).
_SNIFF_BYTES = 256 * 1024


def _bom_encoding(body: bytes) -> str | None:
    # UTF-32 LE starts like UTF-16 LE, so the longer marks are tried first.
    for mark, name in _BOMS:
        if body.startswith(mark):
            return name
    return None


def _is_utf8_beyond_ascii(body: bytes) -> bool:
    sample = body[:_SNIFF_BYTES]
    if sample.isascii():
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=len(body) <= _SNIFF_BYTES)
    except UnicodeDecodeError:
        return False
    return True


def body_encoding(body: bytes, content_type: str) -> str | None:
    """The encoding to decode `body` with, or None to let feedparser follow the document."""
    if bom := _bom_encoding(body):
        return bom
    label = match.group(1) if (match := _CHARSET.search(content_type)) else None
    if declared := _XML_DECLARATION.match(body[:1024]):
        label = label or declared.group(1).decode("ascii")
    if label and _SINGLE_BYTE.fullmatch(label) and _is_utf8_beyond_ascii(body):
        return "utf-8"
    if label is None and _is_utf8_beyond_ascii(body):
        return "utf-8"
    return python_codec_name(label) if label else None


def python_codec_name(label: str) -> str:
    """A codec name Python knows for an encoding label browsers know ("windows-874" → cp874)."""
    # Python lacks some labels of the WHATWG Encoding table that feeds declare (Thai
    # "windows-874", "x-mac-roman"): feedparser then gives up on the declared encoding and
    # reads the whole document as Windows-1252 (Manager Online's Thai news came out as
    # "á¼¹ªèÇ…"). webencodings holds the browsers' table; a label Python knows stays as it is.
    try:
        codecs.lookup(label)
    except LookupError:
        known = webencodings.lookup(label)
        return known.codec_info.name if known is not None else label
    return label


# A UTF-8 document with a few broken sequences (a title cut at a byte count mid-character,
# a Windows-1252 "é" pasted in) is still UTF-8: feedparser would give up on the declared
# encoding for the whole document and garble every other character (linuxsoft.cz's news,
# "ZamyĹĄlenĂ­" for "Zamyšlení"). Browsers decode such a document as UTF-8 and mark the
# broken bytes; newsbot keeps the document UTF-8 and reads each broken byte on its own.
_UTF8_LABEL = re.compile(r"utf-?8", re.I)
_CUT_AFTER = frozenset(b".<\xe2")  # what follows a sequence cut short: "...", "…", a tag


def _read_broken_byte(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    data, at = error.object, error.start
    following = data[at + 1] if at + 1 < len(data) else ord("<")
    if 0xC2 <= data[at] <= 0xF4 and following in _CUT_AFTER:
        return "", at + 1  # the first byte of a character cut off: nothing to read
    return bytes([data[at]]).decode("cp1252", "replace"), at + 1


codecs.register_error("newsbot-broken-utf8", _read_broken_byte)


def _utf8_labelled(body: bytes, content_type: str) -> bool:
    label = match.group(1) if (match := _CHARSET.search(content_type)) else None
    if declared := _XML_DECLARATION.match(body[:1024]):
        label = label or declared.group(1).decode("ascii")
    return bool(label and _UTF8_LABEL.fullmatch(label))


def mended_utf8(body: bytes, headers: Mapping[str, str]) -> bytes:
    """`body` as valid UTF-8 when it says it is UTF-8 but has broken sequences, else as is."""
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if body.isascii() or (bom := _bom_encoding(body)) not in (None, "utf-8"):
        return body
    if bom is None and not _utf8_labelled(body, content_type):
        return body
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("utf-8", "newsbot-broken-utf8").encode("utf-8")
    return body


def feedparser_headers(body: bytes, headers: Mapping[str, str]) -> dict[str, str]:
    """Response headers for feedparser, lower-cased, with the charset newsbot decided on."""
    given = {k.lower(): v for k, v in headers.items()}
    content_type = given.get("content-type", "")
    encoding = body_encoding(body, content_type)
    if encoding is not None:
        # An XML media type, so that feedparser uses the charset as given (RFC 3023 would
        # make a text/* type without one US-ASCII, and an unknown type ISO-8859-1).
        given["content-type"] = f"application/xml; charset={encoding}"
    return given


def feedparser_input(body: bytes, headers: Mapping[str, str]) -> tuple[bytes, dict[str, str]]:
    """The body (broken UTF-8 mended) and the response headers to hand feedparser."""
    body = with_close_tags(mended_utf8(body, headers))
    return body, feedparser_headers(body, headers)
