"""A comment feed's item titled with its article's headline ("Valleywag Comments"): the post
says whose comment it is, "Comment by <author> on <headline>"."""

from __future__ import annotations

import re

from bot.parsing.item_anchors import is_comment_anchor

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
