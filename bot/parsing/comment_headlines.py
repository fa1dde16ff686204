"""A comment feed's item titled with its article's headline ("Valleywag Comments"): the post
says whose comment it is, "Comment by <author> on <headline>"."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.parsing.item_anchors import is_comment_anchor
from bot.parsing.models import FeedEntry

# A reply's label before the article's headline ("Re: Who Wants To Write a Little Code?").
_REPLY = re.compile(r"^\s*(?:Re|RE|Aw|AW|Sv|SV|Odp)\s*:\s*")
# A title already naming the post a comment ("Comment on X by Y", "Kommentar zu …").
_COMMENT_TITLE = re.compile(
    r"^\s*(?:Comments?|Kommentar|Commentaire|Comentario|Commento|Reactie)\b", re.I
)


def comment_headline(title: str, link: str | None, author: str) -> str:
    """The headline of a numbered comment's item whose title names neither it nor its author."""
    name = author.strip()
    fragment = (link or "").partition("#")[2]
    if not (name and title and fragment and is_comment_anchor(fragment)):
        return title
    if len(name) > 60 or name.casefold() in title.casefold() or _COMMENT_TITLE.match(title):
        return title
    return f"Comment by {name} on {_REPLY.sub('', title, count=1)}"


# WordPress's comment feeds ("Comments on: <post>", "Comments for <site>") title a comment
# "By: <name>": a byline label, which as a headline says "Comment by <name>".
_COMMENT_FEED = re.compile(r"\s*Comments (?:on:|for) ")
_COMMENT_BY = re.compile(r"^By: (.+)$")


def with_comment_bylines(entries: list[FeedEntry], feed_title: str) -> list[FeedEntry]:
    """A comment feed's "By: <name>" titles as "Comment by <name>"; other feeds' as they are."""
    if not _COMMENT_FEED.match(feed_title):
        return entries
    return [replace(e, title=_COMMENT_BY.sub(r"Comment by \1", e.title)) for e in entries]
