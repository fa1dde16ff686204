"""Sentences that point at a part the post lacks ("I will show you.", "has the following so you
can …", "download it here", "Refer to <article> by …", "看看下面…") and notes that are no lead: a
read-more label, a photo's credit and licence, an author's note on the post's formatting."""

from __future__ import annotations

import re

_OPENS = r"(?:(?<=^)|(?<=[.!?…]\s)|(?<=\n))"
# A sentence's words (a stop inside an address or after one letter ends none) up to its stop.
# Atomic: a dot after one letter and before a word ("a.b") fits two branches; with a plain group a
# run of them gave 2^n ways to split, and one 54 KB feed's entry ran for minutes (session 19).
_WORDS = r"(?>[^.!?…\n]|(?<=\b\w)\.|\.(?=\w))"
_END = r"(?:[.!?…]+[\"'”’»)]*|$)[ \t]*"
# What the writer offers to show, list or hand over where the post has nothing: "… but instead,
# I will show you." (the screenshots), "X has the following so you can sync with updates." (the
# list), "You can download it here if you're interested." (the link), "here is the download
# torrent", "Refer to <article> by <author>…", "refer to the official page for more information".
# Each needs its object missing: "I will show you how" and "the following day" say something.
_POINTS = (
    r"\b(?:I(?:['’]ll|\s+will)|let\s+me|I\s+(?:want|wanted|am\s+going)\s+to)\s+show\s+you"
    r"(?=\s*(?:[.!…]|$))"
    r"|\b(?:has|have|had|offers?|includes?|provides?|use|uses|are|is)\s+the\s+following"
    r"(?=\s*(?:[.!…]|so\b|for\s+you\b|if\b))"
    r"|\b(?:download|get|grab)\s+(?:it|them|this|the\s+\w+)\s+here(?=\s*(?:[.!…]|if\b|for\b|,))"
    r"|^\W*refer\s+to\b|\brefer\s+to\b[^.!?\n]{0,80}\bfor\s+(?:more|further|full)\s+"
    r"(?:information|info|details)"
    # French and Polish: "je vous mets le meilleur morceau", "revoici les titres", "Oto kilka
    # ciekawych okładek" (here are some …) open what follows in the entry.
    r"|\bje\s+vous\s+(?:mets|remets|colle)\b|\brevoici\b|(?:(?<=^)|(?<=[.!?…]\s))Oto\s"
)
_POINTER_SENTENCE = re.compile(
    _OPENS + _WORDS + r"*?(?:" + _POINTS + r")" + _WORDS + r"*" + _END, re.I | re.M
)
# … and as a closing clause ("…, was aired by CBS last December 3, 2008, and here is the download
# torrent, finally!"): the clause goes, the statement stays.
_POINTER_CLAUSE = re.compile(
    r",?\s+and\s+here\s+(?:is|are)\s+the\s+(?:download|torrent|links?|files?)\b[^.!?\n]*[.!?]+",
    re.I,
)
# Chinese "看看下面…", "请看下面…", "见下面…": the list below is the entry's, not the post's.
_CJK_POINTER_SENTENCE = re.compile(
    r"(?:(?<=^)|(?<=[。！？\n]))[^。！？\n]*?(?:看看|请看|见|參見|参见)下面[^。！？\n]*(?:[。！？]+|$)"
)
# A read-more label kept in the text ("Windows 7 Build 6933 (Weiter lesen)."): a link's words.
_READ_MORE = re.compile(
    r"\s*[(\[](?:weiter\s*lesen|mehr|read\s+more|more|continue\s+reading|lire\s+la\s+suite"
    r"|suite|leer\s+m[áa]s|leggi\s+tutto|lees\s+verder|czytaj\s+dalej)\W{0,3}[)\]]\.?",
    re.I,
)
# A photo's credit and licence as a sentence ("Photo DamonAbnormal - Licence CC.", "Image by X
# under Creative Commons."): a note on a picture, no part of the lead.
_PHOTO_CREDIT = re.compile(
    _OPENS + r"(?:cr[ée]dits?\s+)?(?:photos?|images?|pictures?|illustrations?|fotos?|bild)"
    r"(?:\s+credit)?\b\s*(?::|by|de|par|von|:)?\s*[^.!?\n]{0,60}?\b(?:licen[cs]e|CC(?:[- ]BY"
    r"[-\w.]*)?|creative\s+commons)\b[^.!?\n]{0,30}" + _END,
    re.I,
)
# The writer's note on how the post itself came out ("NOTE: If this post looked weirdly formatted
# and broken, it was because …"): about the page, not the subject.
_FORMAT_NOTE = re.compile(
    _OPENS + r"(?:(?:note|update|edit|p\.?s\.?)\s*:\s*)?" + _WORDS + r"{0,30}?\bthis\s+"
    r"(?:post|entry)\s+(?:looked|looks|appeared|appears|was|is|came\s+out)\s+(?:\w+\s+){0,2}?"
    r"(?:formatted|broken|garbled|messed\s+up|mangled)\b" + _WORDS + r"*" + _END,
    re.I,
)
_CUE = re.compile(
    r"show\s+you|following|here|refer\s+to|vous\s+(?:re)?mets|vous\s+colle|revoici|Oto\s|下面"
    r"|[(\[](?:weiter|mehr|read|more|contin|lire|suite|leer|leggi|lees|czytaj)"
    r"|licen[cs]e|\bCC\b|creative\s+commons|formatted|broken|garbled|mangled",
    re.I,
)


def without_dangling_notes(text: str) -> str:
    """`text` without sentences pointing at a part the post lacks, read-more labels, photo
    credits and notes on the post's own formatting."""
    if not _CUE.search(text):
        return text
    text = _POINTER_CLAUSE.sub(".", text)
    for rule in (_READ_MORE, _PHOTO_CREDIT, _FORMAT_NOTE, _POINTER_SENTENCE, _CJK_POINTER_SENTENCE):
        text = rule.sub("", text)
    return re.sub(r"[ \t]+(?=\n|$)", "", text)
