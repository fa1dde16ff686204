"""Prompts to subscribe and notes on where else a post is published: no summary text."""

from __future__ import annotations

import re

# A prompt to subscribe (or a note on how the newsletter is sent), addressed to the reader
# anywhere in its sentence ("If you’re reading this in your browser, why not subscribe to have
# the next one delivered straight to your inbox?", "You can subscribe here, for free, to get
# regular scoops like this …"), or tagged on after a dash ("… newsletter—sign up here"). One
# about subscribing to something else ("If you subscribe to Netflix") names no inbox or e-mail.
_SUBSCRIBE_TO_YOU = re.compile(
    r"\byou(?:r|['’]re)?\b.{0,120}?\b(?:subscribe|sign\s+up)\b"
    r"|\b(?:subscribe|sign\s+up)\b.{0,120}?\byou(?:r|['’]re)?\b",
    re.I,
)
_SUBSCRIBE_TARGET = re.compile(
    r"\b(?:inbox|e-?mails?|newsletters?|subscribed|subscribe\s+here)\b", re.I
)
_SIGN_UP_TAG = re.compile(r"[—–-]\s*(?:sign\s+up|subscribe)\s+here\W*$", re.I)
# How the newsletter reaches its readers: "(Starting today,) we’re publishing these editions
# both as stories on Time.com and as emails."
_EDITION_NOTICE = re.compile(
    r"\b(?:these|this|our)\s+(?:editions?|newsletters?)\b.{0,80}\b(?:e-?mails?|inbox(?:es)?)\b",
    re.I,
)


# A call to pay for membership, opening its sentence ("Become a paid subscriber for access to this
# episode's bonus content and to power our journalism.", "Become a member of the 1380 Club, support
# the show", "If you become a paid subscriber, check your inbox …", "Become a Patron and hear the
# full episode"). Only at the sentence's start: "her campaign to become a member of Congress" stays.
_MEMBERSHIP_ASK = re.compile(
    r"^\W{0,2}(?:if\s+you\s+)?(?:become|becoming)\s+an?\s+(?:(?:paid|premium|monthly|yearly|annual"
    r"|founding|full)\s+)?(?:subscriber|member|supporter|patron)s?\b"
    r"|^\W{0,2}(?:upgrade|subscribe)\s+(?:now\s+)?to\s+(?:an?\s+)?(?:paid|premium)\b"
    # What the paying reader gets, told to them ("You can also add that subscribers feed to
    # your podcast app …"); "In the subscribers-only section, Joseph breaks down …" is the show.
    r"|\byou\b.{0,80}\b(?:paid\s+)?subscribers?(?:[-\s]only)?\s+(?:feed|version|link|episodes?)\b",
    re.I,
)


# A note that the post is published elsewhere too, usually in brackets before it ("[I now
# cross-post on Substack, if you prefer to read or subscribe there.]", "Cross-posted at
# Huffington."): about where to read the post, not what it says.
# "Crosspost" alone is also a product's name (Nicholas Zakas's tool, in the corpus).
_CROSS_POST_NOTE = re.compile(
    r"^\W{0,2}(?:[\w'’]+\s+){0,4}(?:cross-post(?:ed|s|ing)?|cross-?post(?:ed|ing))\b", re.I
)


# An ask to follow the site itself, named by its blog, feed or newsletter ("Keep checking in with
# the TechCrunch50 blog, as …", "please subscribe to the Aviary blog RSS feed or email
# newsletter.", "Use the form … to subscribe today!"): the site's promo, not the news. Subscribing
# told as news ("Users can now subscribe to RSS feeds in Outlook") asks nobody.
_FOLLOW_ASK = re.compile(
    r"\b(?:keep|stay)\s+(?:checking|coming|tuned|watching|reading)\b(?:\s+(?:in|back))?\s+"
    r"(?:with|to|on|at)\s+(?:the|this|our|my)\s+(?:[\w'’.-]+\s+){0,3}?(?:blog|site|website|page"
    r"|feed|space|newsletter)\b"
    r"|\b(?:please|do|be\s+sure\s+to|make\s+sure\s+(?:to|you)|don['’]t\s+forget\s+to)\s+"
    r"subscribe\s+to\s+(?:the|this|our|my)\s+(?:[\w'’.-]+\s+){0,3}?(?:blog|site|(?:rss\s+)?feed"
    r"|newsletter|podcast|channel)\b"
    r"|\bto\s+subscribe\s+(?:today|now)\b\W*$",
    re.I,
)


# A Chinese ask to subscribe to, bookmark or follow the blog, feed or podcast
# ("在此感谢各位新老朋友的支持，欢迎大家收藏和订阅象牙塔内。", "记得订阅…的播客",
# "更多精彩，请关注…公众号"): the ask opens on welcome/please/remember. Subscribing as news
# ("苹果推出订阅服务") asks nobody, nor does an invitation ("邀请") of others to follow.
_CJK_FOLLOW_ASK = re.compile(
    r"(?:欢迎|(?<![邀申聘])请|记得|别忘了)(?:大家|各位|您|你)?[^。！？!?]{0,8}?(?:订阅|收藏|关注)"
)
_CJK_ASK_CHARS = 100


def is_subscribe_prompt(sentence: str) -> bool:
    """True for a prompt to subscribe, a note on how a newsletter is sent, or a cross-post note."""
    if len(sentence.split()) > 40:
        return False
    if _CROSS_POST_NOTE.match(sentence) and len(sentence.split()) <= 25:
        return True
    if len(sentence) <= _CJK_ASK_CHARS and _CJK_FOLLOW_ASK.search(sentence):
        return True
    if _MEMBERSHIP_ASK.search(sentence) or _FOLLOW_ASK.search(sentence):
        return True
    if _SIGN_UP_TAG.search(sentence) or _EDITION_NOTICE.search(sentence):
        return True
    return bool(_SUBSCRIBE_TO_YOU.search(sentence) and _SUBSCRIBE_TARGET.search(sentence))


def membership_sections(lines: list[list[str]]) -> set[tuple[int, int]]:
    """(line, unit) positions from a call to pay for membership to its line's end: what
    follows it tells the paying reader where their extras are ("check your inbox …")."""
    found: set[tuple[int, int]] = set()
    for n, units in enumerate(lines):
        for i, unit in enumerate(units):
            if _MEMBERSHIP_ASK.search(unit.strip()):
                found.update((n, j) for j in range(i, len(units)))
                break
    return found
