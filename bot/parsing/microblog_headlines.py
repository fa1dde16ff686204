"""Headlines of microblog posts titled by their whole text (Weibo, Twitter bridges): the
poster's own words, without repost and reply marks, quoted chains or a trailing link."""

from __future__ import annotations

import re

from bot.text.reply_marks import poster_words

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
        title = poster_words(title)
    if "http" in title:
        cut = _CUT_WITH_LINK.sub("…", title)
        shorter = cut if cut != title else _CLOSING_LINK.sub("", title)
        title = shorter if _WORDS.search(shorter) else title
    return title
