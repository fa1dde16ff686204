"""Routing: which targets an entry's post goes to, in which voice, past which filters."""

from __future__ import annotations

from dataclasses import dataclass

from bot.compose.filters import FilterRule, blocking_rule
from bot.render.content import PostContent
from bot.render.voice import Voice, content_to_json, render_for
from storage.records import ArticleMode, FilteredBy, PostToQueue


@dataclass(frozen=True)
class TargetPlan:
    """One target of a feed: where, in which voice, behind which filters."""

    target_id: int
    chat_id: str
    thread_id: int | None
    voice: Voice = Voice()
    rules: tuple[FilterRule, ...] = ()


@dataclass(frozen=True)
class RoutingPlan:
    """Where a feed's posts go, and the feed's own filters."""

    targets: tuple[TargetPlan, ...]
    feed_rules: tuple[FilterRule, ...] = ()
    # When to fetch the article page (see bot.fetching.pages.page_wanted).
    article_mode: ArticleMode = ArticleMode.AUTO


def route_post(
    content: PostContent, plan: RoutingPlan
) -> tuple[tuple[PostToQueue, ...], tuple[FilteredBy, ...]]:
    """The entry's post for each target its filters let it through to, and who filtered it."""
    rule = blocking_rule(plan.feed_rules, content.title, content.summary)
    if rule is not None:
        return (), (FilteredBy(None, rule),)
    posts: list[PostToQueue] = []
    filtered: list[FilteredBy] = []
    stored_content = content_to_json(content)
    for target in plan.targets:
        rule = blocking_rule(target.rules, content.title, content.summary)
        if rule is not None:
            filtered.append(FilteredBy(target.target_id, rule))
            continue
        delivery = render_for(content, target.voice)
        posts.append(
            PostToQueue(
                channel_id=target.chat_id,
                thread_id=target.thread_id,
                text=delivery.html,
                media_url=delivery.image_url,
                options=delivery.options_json(),
                content=stored_content,
            )
        )
    return tuple(posts), tuple(filtered)
