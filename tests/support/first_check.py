"""A parsed feed's entries composed as on the feed's first check: boilerplate learned over them,
no article pages fetched."""

from __future__ import annotations

from collections.abc import Sequence

from bot.compose.aggregation import aggregated_feed
from bot.compose.entry import ComposedEntry, compose_batch, learn_boilerplate, source_name
from bot.parsing.feeds import parse_feed
from bot.parsing.models import FeedEntry, ParsedFeed
from bot.render.content import PostContent
from bot.text.boilerplate import FeedBoilerplate

# A fixed clock, so what is learned does not depend on when the suite runs.
FIRST_CHECK_AT = 1.8e9


def first_check(
    parsed: ParsedFeed,
    source: str,
    *,
    language: str | None = None,
    summary_chars: int = 600,
    only: Sequence[FeedEntry] | None = None,
) -> list[ComposedEntry]:
    """Each entry of `parsed` (or of `only`, learning from all) composed as the first check does;
    `language` over the feed's own."""
    learned = learn_boilerplate(FeedBoilerplate(), parsed.entries, now=FIRST_CHECK_AT)
    return compose_batch(
        parsed.entries if only is None else only,
        source=source,
        source_url=parsed.site_url,
        language=language or parsed.language,
        summary_chars=summary_chars,
        boilerplate=learned.phrases,
    )


def one_item_post(body: bytes, url: str) -> PostContent:
    """The post content of a one-item feed's item, nothing learned (one item repeats nothing)."""
    parsed = parse_feed(body, url=url)
    [composed] = compose_batch(
        parsed.entries,
        source=source_name(parsed.title, parsed.site_url, url),
        source_url=parsed.site_url,
        language=parsed.language,
        summary_chars=600,
        boilerplate=frozenset(),
    )
    assert composed.content is not None
    return composed.content


def aggregated_contents(
    body: bytes, url: str, *, headers: dict[str, str] | None = None
) -> list[PostContent]:
    """Each item's post content, the feed read as an aggregator (its items' own sites)."""
    parsed = parse_feed(body, url=url, headers=headers)
    composed = compose_batch(
        parsed.entries,
        source=source_name(parsed.title, parsed.site_url, url, parsed.channel),
        source_url=parsed.site_url,
        language=parsed.language,
        summary_chars=600,
        aggregated=aggregated_feed(parsed, url),
    )
    return [c.content for c in composed if c.content is not None]
