"""Notices about the site itself, not the story: the languages a page is in ("The content your
are looking for is only available in Français."), a new address ("Diaper Daily News is now also
accessible by using the url: diaperdailynews.com."), a vote or share counter ("1 Floats"), a
live player's credit ("Streaming Video by Ustream.TV")."""

from __future__ import annotations

import re

# A multilingual site's notice for a page not translated (qTranslate's "Sorry, this entry is only
# available in English."): the page or content, told it is only in a language named. "It's only
# available in Japan" (a country) and "only available in the private database" stay.
_LANGUAGES = (
    r"(?:english|fran[çc]ais|french|deutsch|german|espa[ñn]ol|spanish|italiano|italian"
    r"|portugu[êe]se?|nederlands|dutch|polski|polish|русский|russian|svenska|swedish|dansk"
    r"|danish|norsk|norwegian|suomi|finnish|català|catalan|中文|chinese|日本語|japanese"
    r"|한국어|korean|العربية|arabic|türkçe|turkish|ελληνικά|greek)"
)
_LANGUAGE_NOTICE = re.compile(
    r"^\W*(?:sorry,?\s+)?(?:the|this)\s+(?:content|entry|post|page|article)\s+"
    r"(?:(?:you|your|you['’]re)\s+(?:are\s+)?looking\s+for\s+)?is\s+only\s+available\s+in\s+"
    rf"{_LANGUAGES}(?:\s*(?:,|and|or)\s*{_LANGUAGES})*\W*$",
    re.I,
)
# The site reached at another address: "is now (also) accessible/available by using the url:",
# "can now be reached at our new address", "This blog has moved to http://…". Told of an
# address (url, domain) or of the feed, blog or site moving, never of a thing a story moves.
_ADDRESS_NOTICE = re.compile(
    r"\b(?:is\s+now\s+(?:also\s+)?(?:accessible|available|reachable|located|found)"
    r"|can\s+(?:now\s+)?(?:also\s+)?be\s+(?:reached|accessed|found))\s+"
    r"(?:(?:by\s+)?using|at|via|on|through|under)\s+(?:the\s+|our\s+|its\s+|a\s+)?(?:new\s+)?"
    r"(?:url|address|domain|web\s*address)\b"
    r"|^\W*(?:this|the|our|my)\s+(?:rss\s+|atom\s+)?(?:feed|blog|site|website|weblog)\s+"
    r"(?:has|have)\s+moved\s+to\b",
    re.I,
)
# A social site's counter left by itself on a line: its count and what it counts, the plural
# kept after 1 as widgets do ("1 Floats", "3 Diggs", "12 votes"), or written both ways ("8
# Vote(s)"), or the label first ("Votes: 8").
_COUNTED = (
    r"(?:floats?|diggs?|votes?|stumbles?|kudos|bumps?|likes?|shares?|saves?"
    r"|favs?|faves?|favou?rites?|points?|reddits?|tweets?|retweets?)(?:\(e?s\))?"
)
_COUNTER = re.compile(
    rf"^\W*(?:\d[\d,.]*\s*{_COUNTED}|{_COUNTED}\s*[:=]\s*\d[\d,.]*)\W*$",
    re.I,
)

# A live player's credit left once its embed is gone ("Streaming Video by Ustream.TV", "Live
# Broadcasting by Mogulus", "Video streaming by Ustream"): what is streamed, by whom, no verb.
_EMBED_CREDIT = re.compile(
    r"^\W*(?:(?:free|live|online|streaming)\s+){0,2}(?:video|videos|streaming|broadcast(?:ing)?)"
    r"(?:\s+(?:streaming|broadcasting))?\s+(?:by|with|powered\s+by)\s+[\w.-]+(?:\s+[\w.-]+)?\W*$",
    re.I,
)


def is_site_notice(unit: str) -> bool:
    """Whether a sentence is the site's notice about its languages or address, a counter, or a
    live player's credit."""
    return bool(
        _LANGUAGE_NOTICE.match(unit)
        or _ADDRESS_NOTICE.search(unit)
        or _COUNTER.match(unit)
        or _EMBED_CREDIT.match(unit)
    )
