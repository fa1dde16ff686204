"""An address's scheme as a feed writes it: written twice, or left out."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# "http://http://sblog.s3.amazonaws.com/…": a podcast CMS put "http://" before an address that
# had it, so the host reads as "http"; the inner address is the one meant.
_SCHEME_TWICE = re.compile(r"(?i)https?:/+(https?):?/+(?=[\w-]+\.)")


def with_scheme_once(text: str) -> str:
    """`text` with a doubled scheme read once: the inner address is the one meant."""
    return _SCHEME_TWICE.sub(r"\1://", text, count=1) if _SCHEME_TWICE.match(text) else text


def with_feed_scheme(text: str, base: str) -> str:
    """A protocol-relative address ("//www.mlook.mobi/book/info/65622") with its feed's scheme,
    https where the feed has no web address (read from a file) or none is known."""
    # urljoin against a file's path would make it a file:// address, which no post links.
    scheme = urlsplit(base).scheme.lower() if base else ""
    return f"{scheme if scheme in ('http', 'https') else 'https'}:{text}"
