"""Plain data passed between pipeline steps."""

from __future__ import annotations

from dataclasses import dataclass


class NotAFeed(Exception):
    """The document has no feed structure at all (an HTML page, an empty body, garbage)."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a parsed feed, with its identity worked out."""

    key: str
    title: str
    link: str | None
    canonical_url: str | None
    published_at: float | None
    # The richest text the feed gives (content, else summary), still HTML.
    content_html: str
    categories: tuple[str, ...] = ()
    # media:content / media:thumbnail / image enclosure, when the feed names one.
    image_url: str | None = None
    # The entry's own language tag (xml:lang, dc:language), when it differs from the feed's.
    language: str | None = None
    # The author element (dc:creator, author): an agency there marks agency copy.
    author: str | None = None
    # RSS 2.0 <source url="…">Name</source>: the site an aggregator took the item from.
    source_name: str | None = None
    source_url: str | None = None
    # An audio or video enclosure (a podcast's episode): what a post links to when the entry
    # has no article link of its own. Not part of its identity.
    media_url: str | None = None
    # A link post's linked page on another site (JSON Feed's external_url beside the blog's
    # own url): the site that published what the post links to.
    linked_url: str | None = None
    # The outlet a link site's title names at its end ("… - ReadWriteWeb"), taken out of the
    # title (parsing/titled_origins): the story's original publisher.
    titled_origin: str | None = None
    # The feed's own pictures (its channel image, one on most of its items): never this
    # item's photo, wherever its content shows them (parsing/channel_art).
    channel_art: frozenset[str] = frozenset()
    # The entry's short description beside a content that differs from it: read when the
    # content leaves no text (only a pointer to the page, "This update has been archived.").
    description_html: str = ""
    # The feed's categories the item does not name: not shown as tags (parsing/feed_wide_tags),
    # but still how the site files and spells things ("ignite_realtime"), which credits read.
    unnamed_categories: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChannelNames:
    """What a feed says of whose it is besides its title, each as written: the evidence a
    site's name is read from when the title names only a section."""

    image_title: str | None = None
    description: str | None = None
    publisher: str | None = None
    creator: str | None = None
    rights: str | None = None
    generator: str | None = None
    # prism:publicationName, a journal's name for itself ("Science" for "Science twis").
    publication: str | None = None
    # The logo's own description ("Mundo Deportivo es tu diario deportivo On Line. …").
    image_description: str | None = None
    # The channel's <link> as written, before a link to a feed document yields to the site's
    # page ("…/rss-feeds/drug-recalls/rss.xml": which of the site's feeds this is).
    link: str | None = None
    # The channel is a podcast's (iTunes channel elements): a show titles its feed by its name.
    podcast: bool = False


@dataclass(frozen=True)
class ParsedFeed:
    """A feed document after parsing: its own metadata and its entries."""

    title: str | None
    site_url: str | None
    language: str | None
    entries: tuple[FeedEntry, ...]
    # feedparser's "bozo" flag: malformed but still usable.
    malformed: bool = False
    malformed_reason: str | None = None
    # The feed's own <ttl> in seconds: how long it says it stays fresh.
    ttl_seconds: float | None = None
    channel: ChannelNames = ChannelNames()
    # The feed's own tagline as it states it (bot/parsing/taglines): no item's lead text.
    taglines: tuple[str, ...] = ()
