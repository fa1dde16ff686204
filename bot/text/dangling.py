"""Sentences that point at what a post does not carry: a call to click the picture ("Pour lire
l'article cliquez dessus."), a note on reading the page rather than the feed ("if you're
looking at this on my blog, not in an RSS reader"), a picture's permission note, "go read it"."""

from __future__ import annotations

import re

# A sentence that opens a sentence (or follows one): the rules below cut whole sentences.
_OPENS = r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))"
_REST = r"[^.!?\n]*[.!?]+[\"'”’)]*[ \t]*"
# A call to click the picture or "it" (the picture beside the text) to read, see or get more
# ("You can click on the image to see the full-size version at SmugMug.", "Click on the
# picture to jump to the repository.", "Pour lire l'article original, cliquez dessus.",
# "Klicken Sie auf das Bild, um …"): a post's photo, if any, is no link. Only a call: "people
# that won't click on it" and "I can't click on it" tell, and "double click on it" is software.
_PICTURE = r"(?:image|picture|photo|graphic|thumbnail|screenshot|map|chart|cover)s?"
_CLICK_CALL = re.compile(
    _OPENS + r"(?:you\s+can\s+(?:also\s+|just\s+|simply\s+)?|just\s+|simply\s+|please\s+)?"
    rf"(?:click|tap)\s+(?:on\s+)?(?:it|(?:the|this|that|each|any)\s+{_PICTURE})"
    r"\s+(?:to|for|and)\s"
    + _REST
    # The other languages put the call anywhere in the sentence ("Pour lire l'article
    # cliquez dessus.") and only ever address the reader with it.
    + r"|"
    + _OPENS
    + r"[^.!?\n]{0,80}?\b(?:cliquez\s+(?:dessus|sur\s+(?:l['’]image|la\s+photo"
    r"|l['’]illustration|la\s+carte|la\s+couverture))|klicken\s+Sie\s+(?:darauf|auf\s+(?:das\s+"
    r"(?:Bild|Foto)|die\s+(?:Grafik|Karte)))|haga\s+clic\s+(?:sobre\s+ella|en\s+la\s+(?:imagen"
    r"|foto))|clicca\s+(?:sopra|sull['’]immagine|sulla\s+foto)|klik\s+op\s+de\s+(?:afbeelding"
    r"|foto))\b" + _REST,
    re.IGNORECASE,
)
# A note on where the reader reads the text ("If you're reading this in your browser, why not
# subscribe"): it points at the page around the text, which a post is not. One that says the page
# shows what the feed does not ("As you can see (if you're looking at this article on my blog,
# not in an RSS reader), I have a list of tags to the left …") goes with the rest of the text,
# which speaks of that page ("If you click one, it shows you …").
_READING = (
    _OPENS + r"[^.!?\n]*?\bif\s+you(?:['’]re|\s+are)\s+(?:reading|looking\s+at|viewing)\s+"
    r"(?:this|it)(?:\s+[\w-]+)?\s+"
)
_ON_THE_PAGE = (
    r"(?:on\s+(?:my|our|the)\s+(?:blog|site|website|web\s*site)\b|(?:not\s+)?in\s+(?:an?|your)"
    r"\s+(?:rss|feed|news)\s*reader\b|(?:in|via|through)\s+(?:rss|the\s+feed|a\s+feed)\b)"
)
_READER_NOTE = re.compile(
    _READING + rf"(?:{_ON_THE_PAGE}(?s:.*)|in\s+(?:an?|your)\s+(?:web\s+)?browser\b"
    r"(?:[^.!?\n]|\.(?=\w))*[.!?]+[\"'”’)]*[ \t]*)",
    re.IGNORECASE,
)
# A note on using or crediting the pictures ("(all images used with permission. You can see
# more of Amy's art at her Website)", "(Feel free to use the graphic for your own purposes.
# Linkbacks appreciated)."): about pictures the post does not show, with what it says after.
_PICTURE_NOTE = (
    rf"\b(?:(?:all|the|these|this|my|our)\s+)?{_PICTURE}\s+(?:used|reproduced|shown)\s+"
    r"(?:with|by)\s+(?:kind\s+)?permission\b|\bfeel\s+free\s+to\s+(?:use|share|copy|reuse)\s+"
    rf"(?:the|this|these|my|our)\s+{_PICTURE}"
)
_ASIDE = rf"\((?=[^()]{{0,40}}?(?:{_PICTURE_NOTE}))[^()]{{1,240}}\)"
# … and the stop after it where the parenthesis is a sentence of its own.
_PICTURE_ASIDE = re.compile(rf"(?<=[.!?])\s*{_ASIDE}\.?|\s*{_ASIDE}", re.IGNORECASE)
_PICTURE_SENTENCE = re.compile(
    _OPENS + rf"[^.!?\n()]{{0,40}}?(?:{_PICTURE_NOTE})" + _REST, re.IGNORECASE
)
# A call to go and read (or see) what the writer drops the link to ("…, so I'm not going to
# repeat that, just go read it.", "Check it out!"): the clause or the sentence that is only the
# call goes; "Go read it" says nothing a post's own link does not.
_GO_READ_CLAUSE = re.compile(
    r",\s*(?:so\s+|and\s+)?(?:just\s+)?go\s+(?:and\s+)?(?:read|see|watch|check\s+out)\s+"
    r"(?:it|them|that|this)\s*(?=[.!]+[\"'”’)]*(?:\s|$))",
    re.IGNORECASE,
)
_GO_READ_SENTENCE = re.compile(
    _OPENS + r"(?:(?:so|just|now|please)\s+)?(?:go\s+(?:and\s+)?)?(?:check|read|watch|see)\s+"
    r"(?:it|them|this|that)(?:\s+out)?[.!]+[ \t]*(?=\s*[A-Z\n]|$)",
    re.IGNORECASE,
)
# Cheap cues, one search each, before any sentence rule runs.
_CUE = re.compile(
    r"cli(?:ck|qu|c)|tap\s|klick|klik|\bif\s+you|permission|feel\s+free|\b(?:read|check|watch|see)"
    r"\s+(?:it|them|this|that)\b",
    re.IGNORECASE,
)


def without_dangling_references(text: str) -> str:
    """`text` (paragraphs of plain text) without sentences pointing at a picture, page or link
    the post does not carry."""
    if not _CUE.search(text):
        return text
    text = _PICTURE_ASIDE.sub("", text)
    for rule in (_CLICK_CALL, _READER_NOTE, _PICTURE_SENTENCE, _GO_READ_SENTENCE):
        text = rule.sub("", text)
    text = _GO_READ_CLAUSE.sub("", text)
    return re.sub(r"[ \t]+(?=\n|$)", "", text)
