"""One entry composed, purely: cleaned, attributed, fingerprinted for matching, summarised,
and rendered into its posts per target."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

from bot.attribution.photo_credits import with_photo_credit
from bot.attribution.reprints import Attribution
from bot.attribution.site_names import derive_site_name
from bot.compose.aggregation import AggregatedFeed, aggregated_feed
from bot.compose.entry_text import Credit, feed_credit, read_entry
from bot.compose.headlines import (
    headline,
    summary_beside,
    without_credited_name,
    without_source_label,
)
from bot.compose.link_posts import linked_site_name
from bot.compose.routing import RoutingPlan, route_post
from bot.fetching.pages import ArticlePage
from bot.matching.keys import story_url_keys
from bot.matching.similarity import band_keys, story_lead
from bot.parsing.models import ChannelNames, FeedEntry, ParsedFeed
from bot.parsing.pictures import first_photo, presents_its_opening_picture, talks_about_a_picture
from bot.render.content import PostContent, hashtags, render_post
from bot.text.absent_parts import dropped_parts
from bot.text.boilerplate import EntryText, FeedBoilerplate, cut_widths, learn
from bot.text.broken_text import before_broken_text
from bot.text.cleaning import plain_text
from bot.text.dated_titles import dated_caption
from bot.text.double_stops import with_double_stops
from bot.text.excerpt_cuts import without_cut_after_stop
from bot.text.media_pointers import is_recording, is_watch_page, without_placed_recording
from bot.text.missing_pictures import opens_on_its_caption, without_missing_picture_pointers
from bot.text.reader_links import reader_summary_anchors
from bot.text.references import without_page_references
from bot.text.slot_templates import is_slot_template
from bot.text.smiley_ends import before_smiley_sentence
from bot.text.summaries import summarize
from bot.text.taglines import tagline_phrases
from bot.text.tiny_items import tiny_item_text
from bot.text.verse import verse_opening
from bot.text.whole_items import own_lines_lead, whole_item_summary, without_citation_opening
from storage.records import FilteredBy, PostToQueue

NOT_A_REPRINT = Attribution(False, None, None, None, None)


@dataclass(frozen=True)
class ComposedEntry:
    """One new entry composed: how to match its story (fingerprint), who published it, and
    (when it may be posted) its summary, content, message and posts per target."""

    entry_key: str
    summary: str
    html: str
    url_keys: tuple[str, ...] = ()
    lead: str = ""
    band_keys: tuple[int, ...] = ()
    attribution: Attribution = NOT_A_REPRINT
    rendered: bool = True
    content: PostContent | None = None
    # The feed gave only a teaser (and no page replaced it).
    teaser: bool = False
    # Posts per target and the filters that kept it from others (see route_post).
    posts: tuple[PostToQueue, ...] = ()
    filtered: tuple[FilteredBy, ...] = ()


def source_name(
    parsed_title: str | None,
    site_url: str | None,
    feed_url: str,
    channel: ChannelNames | None = None,
) -> str:
    """How a feed is named in posts when no stored name is at hand (/preview, inspect): the
    site's name derived from its title and channel, else its domain (attribution.site_names)."""
    return derive_site_name(parsed_title, site_url, feed_url, channel).name


def _summary(
    text: str,
    chars: int,
    language: str | None,
    boilerplate: frozenset[str],
    title: str | None,
    *,
    whole: bool = True,
    opening_html: str = "",
) -> str:
    """The summary of `text`, knowing the width the feed cuts its descriptions at (learned);
    a thin item's own (bot.text.whole_items) where the lead rules find none."""
    # A short line is the item only when `text` is all of it (`whole`), nothing left out.
    if is_slot_template(title, text, boilerplate):
        return ""  # the feed's teaser template, its slot the headline's words: says nothing
    text = without_cut_after_stop(without_citation_opening(with_double_stops(text), title))
    summary = summarize(
        text, title=title, max_chars=chars, language=language, cut_widths=cut_widths(boilerplate)
    )
    thin = whole_item_summary(text, title, chars, boilerplate if whole else None)
    # A tiny item's lines are all of it: a summary of one of them drops the rest.
    tiny = tiny_item_text(text, title, summary, boilerplate) if whole else ""
    # Lines after the summary's are the lead rules' to drop ("Download here" under a tip).
    kept = not summary or tiny.endswith(summary)
    if kept and len(tiny.split()) > len(summary.split()) and len(tiny) <= chars:
        return tiny
    if found := summary or thin or dated_caption(text, title):
        return found
    # The last check: nothing said, though the text opens on lines of its own (whole_items).
    # The entry's plain text only then: most entries never get here.
    opening = plain_text(opening_html)
    return own_lines_lead(text, title, chars, boilerplate, cut_widths(boilerplate), opening=opening)


# Long because it is where the stages meet, in their order: one call more reads better here
# than a split.
def compose_entry(
    entry: FeedEntry,
    *,
    source: str,
    source_url: str | None,
    language: str | None,
    summary_chars: int,
    max_tags: int = 3,
    teaser_chars: int = 0,
    page: ArticlePage | None = None,
    plan: RoutingPlan | None = None,
    render: bool = True,
    fingerprint_since: float = 0.0,
    boilerplate: frozenset[str] = frozenset(),
    aggregated: AggregatedFeed | bool | None = False,
) -> ComposedEntry:
    """The entry composed: its text (or its article page's) cleaned, attributed, fingerprinted;
    with `render`, summarised and rendered per `plan` (crediting its carrier if `aggregated`)."""
    # An entry that will not be posted (a new feed's baseline) gets only a quick fingerprint of
    # its plain text, none when published before `fingerprint_since` (older than the story
    # window, it matches nothing): cleaning and attribution cost ms an entry, a feed hundreds.
    if not render:
        return fingerprint_entry(entry, since=fingerprint_since, boilerplate=boilerplate)
    credit = feed_credit(source, source_url, aggregated)
    read = read_entry(entry, page, credit, teaser_chars, boilerplate)
    text, attribution, teaser = read.text, read.attribution, read.teaser
    fingerprint = ComposedEntry(
        entry_key=entry.key,
        summary="",
        html="",
        url_keys=story_url_keys(entry.canonical_url, attribution.original_url),
        lead=story_lead(text),
        band_keys=band_keys(entry.title, text),
        attribution=attribution,
        rendered=False,
        teaser=teaser,
    )
    language = entry.language or read.page_language or language  # the most specific first
    # The summary's only: fingerprints keep the text. A recording may speak of itself.
    kept = _without_page_references(text, entry)  # all kept: a short line may be the item
    # The entry's own opening words, for the last check: its lines must open the entry.
    opening_html = entry.content_html or entry.description_html or ""
    summarise = partial(
        _summary,
        kept,
        summary_chars,
        language,
        boilerplate,
        whole=kept == text,
        opening_html=opening_html,
    )
    summary, image_url = _summary_and_photo(entry, read.image_url, summarise)
    summary = before_broken_text(summary, text)  # what the feed broke, no tool mends
    content = _post_content(
        entry,
        summary,
        attribution,
        credit=read.credit,
        tags=hashtags(read.categories, max_tags),
        image_url=image_url,
    )
    posts, filtered = route_post(content, plan) if plan is not None else ((), ())
    return replace(
        fingerprint,
        summary=summary,
        html=render_post(content),
        rendered=True,
        content=content,
        posts=posts,
        filtered=filtered,
    )


def _summary_and_photo(
    entry: FeedEntry, image_url: str | None, summarise: partial[str]
) -> tuple[str, str | None]:
    """The summary and photo; a text post's summary again from its text without the sentences
    about a picture it does not show (bot.text.missing_pictures); verse's its opening lines."""
    # The sentence rules pick a lyric's fragment ("fuck yeah!", "From the ??") from verse.
    verse = verse_opening(entry.content_html or "", summarise.args[1])
    summary = summary_beside(entry.title, summarise) if verse is None else verse
    # Verse's picture illustrates it (a poem's): its lines are no lead that stands alone.
    image_url = image_url or _picture_post_photo(entry, summary if verse is None else "")
    if image_url or verse is not None or without_missing_picture_pointers(summary) == summary:
        # A reposted photo's uploader badge is cut as a caption: its credit closes the summary.
        link = entry.canonical_url or entry.link
        return with_photo_credit(summary, entry.content_html, image_url, link), image_url
    text = without_missing_picture_pointers(summarise.args[0])
    rest = partial(_summary, text, *summarise.args[1:], whole=False)
    return summary_beside(entry.title, rest), None


def _without_page_references(text: str, entry: FeedEntry) -> str:
    """`text` without pointers at what the post lacks, by the entry's link, media and HTML."""
    recording = is_recording(entry.link, entry.media_url)
    if recording and not is_watch_page(entry.link):
        # An enclosed recording is the page's player, not the post's: "the above video" dangles.
        text = without_placed_recording(text)
    parts = dropped_parts(entry.content_html)
    return without_page_references(text, item_is_video=recording, parts=parts)


# A post whose summary is shorter than this says next to nothing without its picture: a
# picture post (pikabu's image-only items), a story told in photos whose one line of text
# survives ("Сто лет ничего не выкладывал."), a web comic. In the shared corpus, of the
# entries with no declared photo but a content one, 14 have summaries under 60 characters,
# 55 under 120 (one-line deks, picture posts) and 140 under 200, where whole leads begin.
_PICTURE_POST_CHARS = 120


def _picture_post_photo(entry: FeedEntry, summary: str) -> str | None:
    """The content's first photo for a post with next to no text, or one whose lead talks
    about its picture or presents it, when none was declared."""
    if (
        # From a sentence closed by a smiley on it is banter: "aqui vai uma colinha pra
        # ajudar ;)" still leans on its picture (the cheat sheet).
        len(before_smiley_sentence(summary)) < _PICTURE_POST_CHARS
        or talks_about_a_picture(summary)
        or presents_its_opening_picture(summary, entry.content_html)
        or opens_on_its_caption(summary, entry.content_html)
    ):
        # An entry that is its picture and nothing else (a photo blog's day) shows it even
        # when its file is named a thumbnail: else its post is a bare headline.
        lone = not summary and not plain_text(entry.content_html).strip()
        return first_photo(
            entry.content_html, skip=entry.channel_art, title=entry.title or "", lone=lone
        )
    return None


def _post_content(
    entry: FeedEntry,
    summary: str,
    attribution: Attribution,
    *,
    credit: Credit,
    tags: tuple[str, ...],
    image_url: str | None,
) -> PostContent:
    reprint = attribution.is_reprint
    # A link post credits the site of the page it links to where its headline names it.
    title, linked_name = linked_site_name(entry.title, entry.linked_url)
    if credit.via:  # an aggregator's item: its title may name whom the credit names
        # A site's own "Catalysis: Enabling …" names its subject; on a planet the label names
        # the blog the credit shows (a blind pair preferred the site's label kept, sample 30).
        title = without_source_label(without_credited_name(title, credit.name), entry.link)
    link = entry.canonical_url or entry.link or entry.media_url
    entry_html = entry.content_html or entry.description_html or ""
    return PostContent(
        title=headline(title, summary),
        summary=summary,
        # An entry without an article of its own (a podcast episode) links to its audio.
        link=link,
        source_name=credit.name,
        source_url=credit.url,
        original_publisher=attribution.original_publisher
        if reprint
        else linked_name or entry.titled_origin,
        original_url=attribution.original_url if reprint else linked_name and entry.linked_url,
        tags=tags,
        image_url=image_url,
        carried_via=credit.via,
        summary_links=reader_summary_anchors(summary, entry_html, link),
    )


def fingerprint_entry(
    entry: FeedEntry, *, since: float = 0.0, boilerplate: frozenset[str] = frozenset()
) -> ComposedEntry:
    """The entry's fingerprint only: URL keys and, for a recent entry, the lead and band keys
    of its tag-stripped text without the feed's learned `boilerplate`."""
    if entry.published_at is not None and entry.published_at < since:
        return ComposedEntry(
            entry.key, "", "", url_keys=story_url_keys(entry.canonical_url), rendered=False
        )
    text = plain_text(entry.content_html, boilerplate)
    return ComposedEntry(
        entry_key=entry.key,
        summary="",
        html="",
        url_keys=story_url_keys(entry.canonical_url),
        lead=story_lead(text),
        band_keys=band_keys(entry.title, text),
        rendered=False,
    )


def compose_batch(
    entries: Sequence[FeedEntry],
    *,
    source: str,
    source_url: str | None,
    language: str | None,
    summary_chars: int,
    max_tags: int = 3,
    teaser_chars: int = 0,
    pages: Mapping[str, ArticlePage] | None = None,
    plan: RoutingPlan | None = None,
    postable: Collection[str] | None = None,
    fingerprint_since: float = 0.0,
    boilerplate: frozenset[str] = frozenset(),
    aggregated: AggregatedFeed | bool | None = False,
) -> list[ComposedEntry]:
    """`compose_entry` for several entries, in one call to a worker process; only `postable`
    ones (all when None) are rendered."""
    return [
        compose_entry(
            e,
            source=source,
            source_url=source_url,
            language=language,
            summary_chars=summary_chars,
            max_tags=max_tags,
            teaser_chars=teaser_chars,
            page=(pages or {}).get(e.key),
            plan=plan,
            render=postable is None or e.key in postable,
            fingerprint_since=fingerprint_since,
            boilerplate=boilerplate,
            aggregated=aggregated,
        )
        for e in entries
    ]


def learn_boilerplate(
    state: FeedBoilerplate, entries: Sequence[FeedEntry], *, now: float
) -> FeedBoilerplate:
    """The feed's boilerplate state after reading `entries` (new ones: each is read once)."""
    return learn(state, (EntryText(e.title, e.content_html) for e in entries), now=now)


def learn_and_compose(
    state: FeedBoilerplate,
    entries: Sequence[FeedEntry],
    *,
    now: float,
    compose: Callable[..., list[ComposedEntry]],
    parsed: ParsedFeed,
    feed_url: str,
    renders: bool = True,
) -> tuple[FeedBoilerplate, AggregatedFeed | None, list[ComposedEntry]]:
    """The state after reading `entries`, whether the feed is aggregated (None unless an
    entry `renders`), and `compose(entries)` with both (compose_batch with its settings)."""
    learned = learn_boilerplate(state, entries, now=now)
    # Only a rendered post's credit reads it (a baseline renders none; 0.004 ms an entry).
    aggregated = aggregated_feed(parsed, feed_url) if renders else None
    phrases = learned.phrases | tagline_phrases(parsed.taglines)  # the feed's own tagline too
    return learned, aggregated, compose(entries, boilerplate=phrases, aggregated=aggregated)
