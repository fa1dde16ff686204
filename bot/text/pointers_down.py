"""Sentences that point down the page at a part the post does not carry, beyond the phrases of
`references` ("the free disk graph below", "see Valkey below", "the below range of approaches",
"写了下面的函数"): a post's summary has nothing below it."""

from __future__ import annotations

import re

from bot.text.dangling import without_dangling_references
from bot.text.dangling_notes import without_dangling_notes
from bot.text.link_pointers import without_link_pointers
from bot.text.media_pointers import without_media_pointers
from bot.text.pointers_up import without_pointers_up

# What a reader finds further down a page: a post's parts, media and lists. Spatial words
# ("the town below", "the ground below") and amounts ("below 10%") are none of them.
_PAGE_THING = (
    r"(?:posts?|articles?|links?|code|snippets?|scripts?|audio|videos?|widgets?|features?"
    r"|descriptions?|comments?(?:\s+section)?|sections?|details|notes|forms?|tables?|lists?"
    r"|charts?|graphs?|images?|photos?|pictures?|screenshots?|diagrams?|maps?|examples?|steps"
    r"|instructions|findings|answers?|events|schedule|agenda|formats|approaches|options"
    r"|questions|results|gallery|slides|table\s+of\s+contents|tips|commands|information|draft"
    r"|sampling|job|problem|ones)"
)
# A sentence's end: the pointer points at what the sentence is about, unless it goes on to a
# place ("the flat below in the same building") or an amount ("below 5%").
_NOT_AN_AMOUNT = r"(?!\s+(?:zero|freezing|par|average|the\b|in\s+the\b|\d|\$|€|£))"
_POINTER = (
    # "See description below for details.", "see Valkey below", "See below for the notes."
    r"\bsee\s+(?:[\w-]+\s+){0,2}below\b"
    + _NOT_AN_AMOUNT
    # "the below range of approaches", "The below audio is a presentation …"
    + r"|\bthe\s+below\s+[\w-]+"
    # "the links are below.", "Listed below are …" ("given below: “…”" goes on to it)
    + r"|\b(?:is|are)\s+(?:given\s+|listed\s+|shown\s+|included\s+|attached\s+)?below(?=\s*[.!])"
    + r"|\blisted\s+below\s+(?:is|are)\b"
    # "the free disk graph below", "the widget below", "lots of details below", "comment on
    # it below", "the comments section below"
    + rf"|\b{_PAGE_THING}\s+below\b"
    + _NOT_AN_AMOUNT
    + r"|\bcomment\s+(?:on\s+it\s+)?below\b"
    # "Below are upcoming events only.", "Below, I've attempted to summarize …", "Read below for
    # …", "… mentioned below.", "… achieve the below, where …"
    + r"|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?-i:Below)(?:,|\s+(?:is|are)\b)|\bread\s+below\b"
    + r"|\b(?:mentioned|appears)\s+below\b|\bthe\s+below\s*[,.]"
    # The same in Spanish, French and German: "A continuación pueden ver la conferencia en
    # vivo.", "la vidéo ci-dessous", "(siehe unten)", "weiter unten".
    + r"|\ba\s+continuaci[óo]n\s+(?:les\s+|os\s+|te\s+)?(?:pueden|puedes|pod[ée]is|puede)"
    + r"\s+(?:ver|escuchar|mirar)\b|\bci-dessous\b|\bsiehe\s+unten\b|\bweiter\s+unten\b"
)
# A closing phrase pointing down, after the sentence's own statement ("… the NSX Edge won't start
# due to the below error.", "… engage with students using the below range of approaches …"):
# the phrase goes, the statement stays.
_POINTER_PHRASE = re.compile(
    r",?\s+(?:due\s+to|because\s+of|with|using|through|via)\s+the\s+"
    r"(?:below\s+[\w-]+|(?:[\w-]+\s+)?" + _PAGE_THING + r"\s+below\b)[^.!?\n,;:()]*(?=[.!?])",
    re.IGNORECASE,
)
# A teaser list's closing "and more below" ("… a rare event unfolds - and more of them below."):
# the items named stay, the promise of those further down the page goes.
_AND_MORE_BELOW = re.compile(
    r"\s*(?:[-–—,;]\s*)?\band\s+(?:much\s+|many\s+)?more(?:\s+of\s+(?:them|these|those))?"
    r"\s+below(?=\s*[.!?]|\s*$)",
    re.IGNORECASE,
)
# A parenthesis that only sends the reader down ("(and in other communities, see Valkey
# below)", "(see below for more information; …)"): the parenthesis goes, its sentence stays.
_POINTER_ASIDE = re.compile(
    r"\s*\((?:[^()]{0,80}?[,;]\s*)?see\s+(?:[\w-]+\s+){0,2}below\b[^()]{0,120}\)", re.I
)
# A sentence's words: a stop inside an address ("blogs.sun.com"), after a one-letter word
# ("a.k.a. “stretch”") or one the sentence goes on from in lower case ("Pictures are below....
# and I'll post more") ends none.
_WORDS = r"(?:[^.!?\n]|(?<=\b[^\W\d_])\.|[.!?]+(?=[^\s.!?\"'”’)]|(?-i:\s+[a-zà-ÿ])))"
_POINTER_SENTENCE = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?-i:(?![a-zà-ÿ]))"
    + _WORDS
    + r"*?(?:"
    + _POINTER
    + r")"
    + _WORDS
    + r"*[.!?]+[\"'”’)]*[ \t]*",
    re.IGNORECASE,
)
# The same in Chinese and Japanese: "下面的函数" after a verb, "如下：", "以下是", "下图", "下表":
# "线下面对面" (offline, face to face) and "桌子下面" (under the table) are no pointers. A clause
# after a comma goes alone ("Gifox 是…软件，下面我们来看看有什么新鲜功能。" keeps its statement).
_CJK_POINTER = (
    r"(?:(?:了|看|见|参见|参考|如)下面的|下面(?:是|就是|我们|给出|列出)|如下[：:。，]"
    r"|以下(?:是|为|内容)|(?:见|如)下图|下表|下列)"
)
_CJK_POINTER_SENTENCE = re.compile(
    r"(?:(?<=^)|(?<=[。！？\n]))\s*" + _CJK_POINTER + r"[^。！？\n]*(?:[。！？]+|$)"
    r"|[，,][^，,。！？\n]*?" + _CJK_POINTER + r"[^。！？\n]*(?=[。！？]|$)"
    r"|(?:(?<=^)|(?<=[。！？\n]))[^，,。！？\n]*?" + _CJK_POINTER + r"[^。！？\n]*(?:[。！？]+|$)"
)
_DOWN = re.compile(r"\bbelow\b|continuaci[óo]n|ci-dessous|\bunten\b", re.IGNORECASE)
# A sentence that only presents what follows it ("Anyway, here it is.", "So here they are!"): the
# post does not carry the message or file it presents. One that says more stays.
_HERE_IT_IS = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:(?:anyway|so|well|and|okay|ok)[,!]?\s+)?"
    r"here\s+(?:it\s+is|they\s+are)\s*[.!]+[ \t]*",
    re.IGNORECASE,
)


def without_pointers_down(text: str, *, item_is_video: bool = False) -> str:
    """`text` without the sentences (or asides) that send the reader down the page, and the
    spaces a cut last sentence leaves."""
    text = without_dangling_references(text)  # (pointers at what the post lacks, not below)
    text = without_link_pointers(without_dangling_notes(text))
    text = without_media_pointers(without_pointers_up(text), item_is_video=item_is_video)
    if _DOWN.search(text):
        text = _AND_MORE_BELOW.sub("", _POINTER_PHRASE.sub("", _POINTER_ASIDE.sub("", text)))
        text = _POINTER_SENTENCE.sub("", text)
    if "ere it is" in text or "ere they are" in text:
        text = _HERE_IT_IS.sub("", text)
    if "下" in text:
        text = _CJK_POINTER_SENTENCE.sub("", text)
    return re.sub(r"[ \t]+(?=\n|$)", "", text)
