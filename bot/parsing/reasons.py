"""Why a document is not a feed, in words an editor can act on (not a parser's class name)."""

from __future__ import annotations

from xml.sax import SAXParseException

_BOM_AND_SPACE = b"\xef\xbb\xbf \t\r\n"


def _opening(body: bytes) -> str:
    text = body.lstrip(_BOM_AND_SPACE)[:40].decode("utf-8", "replace")
    if any(not (c.isprintable() or c.isspace()) or c == "\ufffd" for c in text):
        return "binary data"
    return f"“{' '.join(text.split())}…”"


def not_a_feed_reason(problem: BaseException | None, body: bytes) -> str:
    """One sentence for NotAFeed: what the document is, and what a feed would have."""
    if not body.strip(_BOM_AND_SPACE):
        return "not a feed: the response is empty"
    if not body.lstrip(_BOM_AND_SPACE).startswith(b"<"):
        return f"not a feed: it is neither XML nor JSON (it starts with {_opening(body)})"
    kind = type(problem).__name__ if problem is not None else ""
    if kind == "NonXMLContentType":
        # feedparser's message starts with the media type the server declared.
        declared = str(problem).split(" ", 1)[0]
        return f"not a feed: the server calls it {declared}, and it holds no RSS or Atom feed"
    if isinstance(problem, SAXParseException):
        # Malformed XML that yielded nothing feed-like: where it broke helps the site owner.
        return (
            "not a feed: the document is not well-formed XML "
            f"(line {problem.getLineNumber()}: {problem.getMessage()}) and holds no feed items"
        )
    return "not a feed: it holds no RSS, Atom or JSON feed elements (no <rss>, <feed> or items)"
