"""A photo host's badge under a reposted picture ("Originally uploaded by <a>Antti
Lehtinen</a>.", Flickr's "blog this"): the photographer, credited on a photo post that shows
that picture, since the badge itself is cut from the text as a caption (text.captions)."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

# The uploader as the badge links or writes them, up to the badge's full stop or its tag's end.
_UPLOADED_BY = re.compile(
    r"(?i)originally\s+uploaded\s+by\s*(?:<a\b(?:[^>]*?\bhref=[\"']?(?P<href>[^\"'\s>]*))?[^>]*>"
    r"\s*(?P<linked>[^<]{1,60}?)\s*</a>"
    r"|(?P<plain>[^<.!?\n]{1,60}))"
)
_CUE = "uploaded by"
# The text's own credit for the picture ("picture by Daniel Harold Sturt for TWS"): the
# uploader then only reposted it, and is no photographer to name.
_CREDITED = re.compile(
    r"(?i)\b(?:photo(?:graph)?(?:ed)?|picture|pic|image|shot|foto|bild)s?\s*(?:by|:|von|par|por)\s"
)
# A badge follows its picture closely: the photo's own link and title sit between them.
_MAX_GAP = 1500


def _handle(href: str | None) -> str:
    """The uploader's handle: the last segment of their page's path ("/people/aubs/")."""
    segments = [s for s in urlsplit(href or "").path.split("/") if s]
    return segments[-1].casefold() if segments else ""


def photo_uploader(content_html: str, image_url: str | None, link: str | None = None) -> str | None:
    """The one uploader a badge names right after the post's photo in the entry's HTML, none
    for the writer's own photo (their handle a segment of the post's `link`: "/aubs/")."""
    if not image_url or _CUE not in content_html.lower():
        return None
    shown = content_html.find(image_url)
    if shown < 0:
        shown = content_html.find(html.escape(image_url))
    if shown < 0:
        return None
    badges = [m for m in _UPLOADED_BY.finditer(content_html) if 0 < m.start() - shown <= _MAX_GAP]
    parts = urlsplit(link or "")
    own = {*parts.path.casefold().split("/"), *(parts.hostname or "").split(".")} - {""}
    if any(_handle(m["href"]) in own for m in badges):
        return None
    names = {html.unescape(m["linked"] or m["plain"]).strip() for m in badges}
    names.discard("")
    return names.pop() if len(names) == 1 else None


def with_photo_credit(
    summary: str, content_html: str, image_url: str | None, link: str | None = None
) -> str:
    """`summary` closed by "Photo: <uploader>" where the post shows an uploaded picture whose
    badge names who took it, unless the summary names them already."""
    name = photo_uploader(content_html, image_url, link)
    if name is None or name.casefold() in summary.casefold() or _CREDITED.search(summary):
        return summary
    credit = f"Photo: {name}"
    return f"{summary}\n\n{credit}" if summary else credit
