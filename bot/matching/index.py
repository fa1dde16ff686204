"""An in-memory story index for `newsbot inspect`: what storage keeps, for a few feeds.

It holds what `storage/stories.py` holds for matching (URL keys, the first carrier's lead and
band keys, creation time, live, each feed's headline for it) and asks the same StoryRule, so
entries group alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.matching.rule import Arrival, KnownStory, StoryDecision, StoryRule, TextCandidate


@dataclass
class _Story:
    created_at: float
    live: bool
    lead: str = ""
    # The first headline each feed carried the story under.
    titles: dict[str, str] = field(default_factory=dict)


@dataclass
class StoryIndex:
    """Stories recorded so far, found by URL key or LSH band."""

    rule: StoryRule
    _stories: list[_Story] = field(default_factory=list)
    _by_url: dict[str, int] = field(default_factory=dict)
    _by_band: dict[int, list[int]] = field(default_factory=dict)

    def record(self, arrival: Arrival, *, now: float, feed: str = "") -> tuple[int, StoryDecision]:
        """Match and record one entry of `feed` seen at `now`; returns its story (ids count
        from 1)."""
        known = self._known(arrival)
        wanted = self.rule.wants_text_candidates(arrival, known)
        candidates = self._candidates(arrival, feed) if wanted else []
        decision = self.rule.decide(arrival, known, candidates, now=now)
        story_id = decision.story_id
        if story_id is None:
            self._stories.append(_Story(created_at=now, live=decision.live))
            story_id = len(self._stories)
        self._stories[story_id - 1].titles.setdefault(feed, arrival.title)
        for key in arrival.url_keys:
            # The first story a URL names keeps it, as story_urls' INSERT OR IGNORE does.
            self._by_url.setdefault(key, story_id)
        if decision.index_text:
            self._stories[story_id - 1].lead = arrival.lead
            for band in arrival.band_keys:
                self._by_band.setdefault(band, []).append(story_id)
        return story_id, decision

    def _known(self, arrival: Arrival) -> list[KnownStory]:
        known = []
        for key in arrival.url_keys:
            if (story_id := self._by_url.get(key)) is not None:
                story = self._stories[story_id - 1]
                known.append(KnownStory(key, story_id, story.live, has_lead=bool(story.lead)))
        return known

    def _candidates(self, arrival: Arrival, feed: str) -> list[TextCandidate]:
        # Every story sharing a band; the rule drops those older than its window.
        ids = sorted({s for band in arrival.band_keys for s in self._by_band.get(band, ())})
        stories = [(s, self._stories[s - 1]) for s in ids]
        return [
            TextCandidate(s, story.lead, story.created_at, story.live, story.titles.get(feed))
            for s, story in stories
        ]
