"""Headlines of microblog posts titled by their whole text (Weibo, Twitter bridges): the
poster's own words, without repost and reply marks, quoted chains or a trailing link."""

from __future__ import annotations

import re

# A reply's opening mark ("回复@name:", Weibo; Nitter's "R to @" goes in repost_headline) and
# a repost's ("RT @name:", Weibo and Twitter): what follows "RT" is another user's post, what
# precedes it the poster's comment.
_REPLY_MARK = re.compile(r"^\s*回复@[^\s:：]{1,30}\s*[:：]\s*")
_REPOST_MARK = re.compile(r"\s*RT @[^\s:：]{1,30}\s*[:：]\s*")
# The earlier replies a repost quotes after its comment: " //@name: …" (Weibo's chain).
_QUOTED_CHAIN = re.compile(r"\s*//\s*@[^\s:：]{1,30}\s*[:：].*$", re.S)
# A post cut to fit the feed's title, closing on a label ("全文：", "Full text:") and a link
# to the whole post; or a title whose words end (a sentence, a label's colon) before a link
# (a tweet's "… on our website! http://…"); "Moved my blog to http://…" keeps its object.
_CUT_WITH_LINK = re.compile(r"\s*(?:\.{3}|…)\s*[^\s.…]{0,12}?\s*[:：]?\s*https?://\S+\s*$")
_CLOSING_LINK = re.compile(r"(?:(?<=[.!?。！？…])|\s*[:：])\s*https?://\S+\s*$")
# A comment of punctuation only ("。。。。。。。。") is no comment.
_WORDS = re.compile(r"\w")


def microblog_headline(title: str) -> str:
    """`title` less reply and repost marks, the quoted chain and a closing link; the reposted
    post's text where the poster added no words of their own."""
    if "@" in title:
        title = _reposter_words(title)
    if "http" in title:
        cut = _CUT_WITH_LINK.sub("…", title)
        shorter = cut if cut != title else _CLOSING_LINK.sub("", title)
        title = shorter if _WORDS.search(shorter) else title
    return title


def _reposter_words(title: str) -> str:
    own = _QUOTED_CHAIN.sub("", _REPLY_MARK.sub("", title, count=1))
    found = _REPOST_MARK.search(own)
    if found is not None:
        before, after = own[: found.start()], own[found.end() :]
        own = before if _WORDS.search(before) else after
    return own if _WORDS.search(own) else title
