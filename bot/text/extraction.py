"""An article page's main text and metadata, by trafilatura (blocking: run it in a worker)."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from html import escape
from urllib.parse import urljoin

from bot.fetching.pages import ArticlePage

_HTML_LANG = re.compile(
    r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)", re.I
)


@dataclass(frozen=True)
class ExtractedArticle:
    """What trafilatura found on a page."""

    text: str
    title: str | None = None
    image_url: str | None = None
    language: str | None = None
    site_name: str | None = None
    tags: tuple[str, ...] = ()

    def as_html(self) -> str:
        """The text as HTML paragraphs, the form to_blocks reads."""
        return "".join(
            f"<p>{escape(line, quote=False)}</p>" for line in self.text.split("\n") if line.strip()
        )


def extract_article(page: ArticlePage) -> ExtractedArticle | None:
    """The page's main text and metadata, or None when it has no article text (blocking)."""
    with warnings.catch_warnings():
        # trafilatura's own downloader (never used: pages come through fetch_url) warns about
        # SOCKS support when imported.
        warnings.filterwarnings("ignore", message="SOCKS support")
        import trafilatura  # local: only worker processes pay for importing it
        from trafilatura.utils import decode_file

    html = decode_file(page.body)
    document = trafilatura.bare_extraction(
        html,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = getattr(document, "text", None)
    if not document or not isinstance(text, str) or not text.strip():
        return None
    image = getattr(document, "image", None)
    image_url = urljoin(page.url, image) if isinstance(image, str) and image.strip() else None
    if image_url and not image_url.startswith(("http://", "https://")):
        image_url = None
    lang = _HTML_LANG.search(html[:5000])
    raw_tags = list(getattr(document, "categories", None) or []) + list(
        getattr(document, "tags", None) or []
    )
    tags = tuple(t.strip() for raw in raw_tags for t in str(raw).split(",") if t.strip())
    return ExtractedArticle(
        text=text.strip(),
        title=getattr(document, "title", None) or None,
        image_url=image_url,
        language=lang.group(1) if lang else None,
        site_name=getattr(document, "sitename", None) or None,
        tags=tags,
    )
