"""Small Atom feeds whose entries carry categories, for the hashtag tests of the held-out
samples (each quotes a real feed's tags)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed

# An entry: its headline, its categories and, optionally, its text.
TaggedEntry = tuple[str, tuple[str, ...]] | tuple[str, tuple[str, ...], str]


def tagged_atom(title: str, *entries: TaggedEntry, home: str = "http://example.com/") -> bytes:
    """An Atom feed titled `title` whose channel links `home`, with these entries."""
    items = "".join(
        f"<entry><title>{entry[0]}</title><id>urn:x:{n}</id>"
        f'<link href="http://example.com/{n}"/><updated>2008-12-0{n % 9 + 1}T10:00:00Z</updated>'
        + "".join(f'<category term="{c}"/>' for c in entry[1])
        + f'<content type="html">{entry[2] if len(entry) > 2 else "Some text of the post."}'
        + "</content></entry>"
        for n, entry in enumerate(entries)
    )
    return (
        f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
        f'<link href="{home}"/>{items}</feed>'
    ).encode()


def entry_tags(body: bytes) -> list[tuple[str, ...]]:
    """Each entry's categories as newsbot's parser keeps them."""
    return [e.categories for e in parse_feed(body, url="http://example.com/feed").entries]


# An RSS item: its headline, its description and its categories.
TaggedItem = tuple[str, str, tuple[str, ...]]


def rss_item_tags(*items: TaggedItem, title: str = "A blog") -> list[tuple[str, ...]]:
    """Each item's categories as newsbot's parser keeps them, from an RSS feed titled `title`."""
    body = "".join(
        f"<item><title>{headline}</title><link>http://blog.example/{n}/</link>"
        f"<description>{text}</description>"
        + "".join(f"<category>{t}</category>" for t in tags)
        + "</item>"
        for n, (headline, text, tags) in enumerate(items)
    )
    feed = (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://blog.example/</link>{body}</channel></rss>"
    )
    return [e.categories for e in parse_feed(feed.encode(), url="http://blog.example/f").entries]
