"""A release's change list: list items that each cite the tracker's issue they close ("Builds
disappear after renaming a job. (issue 18678)", Jenkins). Read as text, one item becomes the
release's news (a bug as if it were current); the post is its headline ("What's new in 1.546")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block

# An issue tracker's page of one issue, change or commit, in the trackers' own path shapes
# (JIRA, GitHub/GitLab/Gitea, Bugzilla, Trac, Redmine, Launchpad).
_ISSUE_PAGE = re.compile(
    r"/(?:browse/[A-Z][A-Z0-9]+-\d+|issues?/\d+|pulls?/\d+|merge_requests/\d+|bugs?/\d+"
    r"|ticket/\d+|show_bug\.cgi\?id=\d+|changeset/\w+|commit/[0-9a-f]{7,})",
    re.IGNORECASE,
)
# Or the item cites it in words: "(issue 18678)", "(#1234)", "JENKINS-18678", "GH-12".
_ISSUE_CITED = re.compile(
    r"\((?:issues?|bugs?|tickets?|pr|fix(?:es)?)?\s*#?\d{2,}(?:\s*,\s*#?\d{2,})*\)"
    r"|\b(?:[A-Z][A-Z0-9]{1,15}|GH)-\d{2,}\b"
)
_MIN_ITEMS = 2


def is_change_list(blocks: Sequence[Block]) -> bool:
    """Whether the text's list items are a change list: half of them or more cite an issue."""
    items = [b for b in blocks if b.kind == "text" and b.role == "item"]
    if len(items) < _MIN_ITEMS:
        return False
    citing = sum(
        any(_ISSUE_PAGE.search(link.href or "") for link in b.links)
        or bool(_ISSUE_CITED.search(b.text))
        for b in items
    )
    return citing * 2 >= len(items)


# A show's topics: the list an episode's notes are when no paragraph is left beside it.
# Three topics or more, each a line's length: one long item is a show's run-on segment line
# ("// Getting Way In The Weeds … // Have A Nicotini!"), and quotes between items are notes.
_MIN_TOPICS, _MAX_TOPIC_CHARS = 3, 200


def is_topic_list(blocks: Sequence[Block]) -> bool:
    """Whether the text's lists are a show's topics: short plain items, no links, headings,
    quotes or change list (a newsletter's sections of links, a reader's notes are none)."""
    items = [b for b in blocks if b.kind == "text" and b.role == "item"]
    return (
        len(items) >= _MIN_TOPICS
        and all(len(b.text) <= _MAX_TOPIC_CHARS for b in items)
        and not any(b.kind == "text" and b.role in ("heading", "subhead", "quote") for b in blocks)
        and not any(b.links for b in items)
        and not is_change_list(blocks)
    )


# The topics joined into one line open the post: at most this long, whole topics only.
_JOINED_TOPICS_CHARS = 250
_MAX_JOINED_WORDS = 12
_STOP = re.compile(r"[.!?…][\"'”’»)]*$")
# Setup steps are no topics: a Windows path or a console prompt ("PM> Install-package", "$ make")
# in any item makes the list a how-to's steps (Andy Dote's FubuMvc post), left as it was read.
_COMMAND_LIKE = re.compile(r"\\\w|^\s*(?:PM>|PS>|\$|>)\s")


def joined_topics(
    blocks: Sequence[Block], kept: list[tuple[int, str, bool]]
) -> list[tuple[int, str, bool]]:
    """A show's topics read as its text and opening on one without a stop, as one line up to
    the first ending like a sentence (else a topic far down the list is the lead); else `kept`."""
    items = [b for b in blocks if b.kind == "text" and b.role == "item"]
    if (
        len(kept) < _MIN_TOPICS
        or any(blocks[i].role != "item" for i, _, _ in kept)
        or _STOP.search(kept[0][1].rstrip())
        or sum(bool(b.links) for b in items) > 1  # a topic may cite its source's address
        # Topics are a line each: longer items are notes or requirements (a talk's, a job's).
        or any(len(b.text.split()) > _MAX_JOINED_WORDS for b in items if not b.links)
        or any(len(b.text) > _MAX_TOPIC_CHARS for b in items)
        or any(b.kind == "text" and b.role in ("heading", "subhead", "quote") for b in blocks)
        or is_change_list(blocks)
        or any(_COMMAND_LIKE.search(b.text) for b in items)
    ):
        return kept
    topics: list[str] = []
    order = [i for i, b in enumerate(blocks) if b.kind == "text" and b.role == "item"]
    for n, (i, text, _) in enumerate(kept):
        left_out = order.index(i) != order.index(kept[0][0]) + n  # a topic not read between
        if left_out or blocks[i].links or len("; ".join([*topics, text])) > _JOINED_TOPICS_CHARS:
            break
        topics.append(text.strip())
        if _STOP.search(topics[-1]):
            break
    if len(topics) < 2 or any(len(topic.split()) < 2 for topic in topics):
        return kept  # a topic is said in words: one each is a list of names ("about:blank")
    line = "; ".join(topics)
    return [(kept[0][0], line if _STOP.search(line) else line + ".", False)]
