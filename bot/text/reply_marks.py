"""A microblog post's reply and repost marks (Weibo's "回复@name:", "RT @name:", the quoted
" //@name: …" chain): furniture around the poster's own words, in its headline and its text."""

from __future__ import annotations

import re

# A reply's opening mark ("回复@name:", Weibo; Nitter's "R to @" goes in repost_headline) and
# a repost's ("RT @name:", Weibo and Twitter): what follows "RT" is another user's post, what
# precedes it the poster's comment.
_REPLY_MARK = re.compile(r"^\s*回复@[^\s:：]{1,30}\s*[:：]\s*")
_REPOST_MARK = re.compile(r"\s*RT @[^\s:：]{1,30}\s*[:：]\s*")
# The earlier replies a repost quotes after its comment: " //@name: …" (Weibo's chain).
_QUOTED_CHAIN = re.compile(r"\s*//\s*@[^\s:：]{1,30}\s*[:：].*$", re.S)
# A comment of punctuation only ("。。。。。。。。") is no comment.
_WORDS = re.compile(r"\w")


def poster_words(text: str) -> str:
    """`text` less its reply mark, the quoted chain and a repost after the poster's comment;
    the reposted post where the poster added no words of their own."""
    if "@" not in text:
        return text
    own = _QUOTED_CHAIN.sub("", _REPLY_MARK.sub("", text, count=1))
    found = _REPOST_MARK.search(own)
    if found is not None:
        before, after = own[: found.start()], own[found.end() :]
        own = before if _WORDS.search(before) else after
    return own if _WORDS.search(own) else text


# A text shaped as a microblog post: opening on a reply mark, or holding a repost mark or a
# chain of replies ("RT @name:", "//@name:", written so only in microblogs).
_MICROBLOG_SHAPED = re.compile(r"^\s*回复@|(?:\bRT |//\s*)@[^\s:：]{1,30}\s*[:：]")


def lead_without_marks(paragraph: str) -> str:
    """A lead paragraph shaped as a microblog post, as `poster_words`; any other as it is (an
    article's paragraph keeps its "@")."""
    if "@" not in paragraph or not _MICROBLOG_SHAPED.search(paragraph):
        return paragraph
    return poster_words(paragraph)
