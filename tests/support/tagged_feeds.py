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
