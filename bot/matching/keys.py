"""The URL keys a story is known by (see docs/DESIGN.md: a story has many URL keys)."""

from __future__ import annotations

from bot.parsing.urls import canonical_url, url_key


def story_url_keys(canonical_link: str | None, original_url: str | None = None) -> tuple[str, ...]:
    """The URL keys an entry's story is known by: its canonical link's, then the original
    URL's a reprint notice names (canonicalised here)."""
    keys: list[str] = []
    for url in (canonical_link, canonical_url(original_url) if original_url else None):
        if url and (key := url_key(url)) not in keys:
            keys.append(key)
    return tuple(keys)
