"""The story-matching rule: which story an entry joins, and what follows from it.

Pure: storage looks the candidates up (inside its transaction) and applies the decision;
`newsbot inspect` asks the same rule over its in-memory index (bot.matching.index), so both
group entries into stories alike. See docs/DESIGN.md, "Decisions", for the measured parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.matching.similarity import headlines_agree, story_similarity


@dataclass(frozen=True)
class Arrival:
    """A new entry as matching sees it."""

    # Every URL key of its story: its canonical link's, and the original URL a notice names.
    url_keys: tuple[str, ...]
    # Its lead and the lead's LSH band keys; empty when too short (or too old) to text-match.
    lead: str
    band_keys: tuple[int, ...]
    # It appeared after its feed's baseline (or was backfilled): it may be posted.
    may_post: bool
    # It was recorded by its feed's first check.
    baseline: bool
    # Its headline: a story its own feed already carries is text-matched only when their
    # headlines agree (see StoryRule.best_text_match).
    title: str = ""

    @property
    def text_matchable(self) -> bool:
        """True when the entry has a lead long enough to find or be found by."""
        return bool(self.band_keys and self.lead)


@dataclass(frozen=True)
class KnownStory:
    """A story one of the entry's URL keys already names."""

    url_key: str
    story_id: int
    live: bool
    # Its first carrier with a lead is indexed for text matching already.
    has_lead: bool


@dataclass(frozen=True)
class TextCandidate:
    """A story sharing an LSH band with the entry: its indexed lead, when it was created."""

    story_id: int
    lead: str
    created_at: float
    live: bool
    # The headline under which the entry's own feed already carries this story; None when
    # that feed does not carry it.
    own_feed_title: str | None = None


class MatchedBy(StrEnum):
    """How an entry found its story."""

    NEW = "new"
    URL = "url"
    TEXT = "text"


@dataclass(frozen=True)
class StoryDecision:
    """What recording the entry does to stories and the outbox."""

    story_id: int | None  # the story it joins; None: a new story
    matched_by: MatchedBy
    live: bool  # a new story's, to store; a joined story's, as it was
    index_text: bool  # store its lead and band keys: the story's first carrier with a lead
    add_carrier: bool  # name its site under "Also carried by" on the story's posts
    queue_posts: bool  # queue its posts (the outbox keeps one per story and target)


@dataclass(frozen=True)
class StoryRule:
    """Same story by URL key (never expires), else by a confirmed near-duplicate lead among
    stories created within the window (with an agreeing headline, for its own feed's)."""

    # NEWSBOT_STORY_WINDOW_DAYS (7 by default) in seconds.
    window_seconds: float = 7 * 86400.0
    # "Also carried by" edits are wanted (NEWSBOT_EDIT_ALSO_CARRIED).
    record_carriers: bool = False

    def window_start(self, now: float) -> float:
        """Stories created before this are no longer text candidates."""
        return now - self.window_seconds

    def story_for_keys(self, arrival: Arrival, known: Sequence[KnownStory]) -> KnownStory | None:
        """The story the entry's first known URL key names: its own link before the original's."""
        by_key = {story.url_key: story for story in known}
        return next((by_key[k] for k in arrival.url_keys if k in by_key), None)

    def wants_text_candidates(self, arrival: Arrival, known: Sequence[KnownStory]) -> bool:
        """True when storage should look the entry's band keys up (no URL key is known)."""
        return not known and arrival.text_matchable

    def best_text_match(
        self, arrival: Arrival, candidates: Sequence[TextCandidate], *, now: float
    ) -> TextCandidate | None:
        """The recent candidate whose lead is confirmed the same story, the closest first."""
        if not arrival.text_matchable:
            return None
        since = self.window_start(now)
        best, best_key = None, (0.0, 0)
        for candidate in candidates:
            if candidate.created_at < since:
                continue
            # A feed does not carry one story twice under another headline: a series' or
            # a newsletter's items can open with the very same words.
            own = candidate.own_feed_title
            if own is not None and not headlines_agree(arrival.title, own):
                continue
            score = story_similarity(arrival.lead, candidate.lead)
            # Equal scores go to the older story, so the order of the lookup does not matter.
            key = (score, -candidate.story_id)
            if score > 0 and (best is None or key > best_key):
                best, best_key = candidate, key
        return best

    def decide(
        self,
        arrival: Arrival,
        known: Sequence[KnownStory],
        candidates: Sequence[TextCandidate] = (),
        *,
        now: float,
    ) -> StoryDecision:
        """Join the story a URL key names, else the best confirmed text match, else start one."""
        # `known`: the stories the entry's URL keys name; `candidates`: stories sharing a band
        # with it (asked for only when `wants_text_candidates`).
        if (by_url := self.story_for_keys(arrival, known)) is not None:
            story_id, live, has_lead = by_url.story_id, by_url.live, by_url.has_lead
            matched_by = MatchedBy.URL
        elif (match := self.best_text_match(arrival, candidates, now=now)) is not None:
            story_id, live, has_lead = match.story_id, match.live, True
            matched_by = MatchedBy.TEXT
        else:
            # Live news: it appeared after a baseline. A story every carrier held when its
            # feed was added never goes to a target that lacks it.
            return StoryDecision(
                story_id=None,
                matched_by=MatchedBy.NEW,
                live=arrival.may_post,
                index_text=arrival.text_matchable,
                add_carrier=False,
                queue_posts=arrival.may_post,
            )
        return StoryDecision(
            story_id=story_id,
            matched_by=matched_by,
            live=live,
            # Only the first carrier with a lead is indexed: candidates are confirmed against
            # that lead, so another carrier's bands would find almost nothing more (LSH's
            # ~1.5% miss at the threshold), at 24 random index inserts each.
            index_text=arrival.text_matchable and not has_lead,
            add_carrier=self.record_carriers and not arrival.baseline,
            queue_posts=arrival.may_post and live,
        )


def also_carried(carried: Sequence[str], site: str, *, own_source: str | None) -> list[str] | None:
    """A post's "Also carried by" list with `site` added; None when it names it already (or
    `site` is the post's own source)."""
    if site == own_source or site in carried:
        return None
    return [*carried, site]
