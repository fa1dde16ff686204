"""Sentences introducing a part of the entry that a post drops: the last sentence before a
picture, player, quote or table in the entry's HTML that points at what follows
("Just received the note below …", "For auld lange syne I figured I'd post a photo of the
lobby sign."): the markup says what came next, so it goes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.text.blocks import Block, Cut
from bot.text.preceding_sentences import sentences_before
from bot.text.summaries import summarize

# What a post's text never carries, by the entry's tags. A picture may be the post's photo, but
# a caption presenting it still reads as a pointer once the text stands apart from it. Pixels
# (a side of 1) and a feed service's buttons are no part. Code is the code rules' (a sentence
# presenting a listing may say what the post offers: tests/test_judged_s12_audit_a1.py), and
# so are lists: a lead-in carries on into a list's items (tests/test_lead_structure.py).
_PART = re.compile(
    r"<(?:audio|video|iframe|object|embed)\b"
    r"|<img\b(?![^>]*(?:\b(?:width|height)=[\"']?1[\"'\s/>]|feedburner|feedsportal|pheedo))",
    re.IGNORECASE,
)
# A quote or table may be read into the post's text: only the sentence right before it goes and
# the lead reads on into it.
_QUOTED_PART = re.compile(r"<(?:blockquote|table)\b", re.IGNORECASE)
# What may stand between the sentence and the part: closing and opening wrappers.
_WRAPPERS = re.compile(
    r"(?:\s|&nbsp;|</?(?:p|div|span|br|figure|center|a|strong|em|b|i|font)\b[^>]*>)*$",
    re.IGNORECASE,
)
# A sentence presenting what follows it, in the languages the pools write: a pointer
# down ("the note below", "the following bloggers", "ci-dessous"; not "below the age of 25"),
# the picture or recording it names ("I'd post a photo of the lobby sign", "this video",
# "Toute petite video d'un harbor seal …").
_POINTS_DOWN = (
    r"\bbelow\b(?!\s+(?:the|a|an|that|this|what|zero|par|average|\d|\$))|\bthe\s+following\b"
    r"(?!\s+(?:day|days|week|weeks|month|year|morning|evening|night|season))|\bci-dessous\b"
    r"|\bhieronder\b|\bqui\s+sotto\b|下面|如下|以下"
    # Spanish "I leave you" presenting pictures ("Os dejo unas imagenes de mis votaciones, …").
    r"|\b(?:os|les|te)\s+dejo\s+(?:[\w-]+\s+)?(?:im[áa]gen(?:es)?|fotos?|v[íi]deos?|capturas)\b"
)
# … and one only naming a picture ("Watching Joi's video of bamboos …") presents the part
# when nothing stands between them.
_POINTS_DOWN_RE = re.compile(_POINTS_DOWN, re.IGNORECASE)
_INTRODUCES = re.compile(
    _POINTS_DOWN
    + r"|\b(?:this|these|cette|ces|este|esta|estos|diese[sn]?|questo|questa)\s+(?:[\w-]+\s+)?"
    r"(?:photos?|pictures?|pics|images?|snapshots?|videos?|vidéos?|clips?|trailers?|teasers?"
    r"|slides|slideshow|screenshots?|infographic|fotos?|im[áa]gen(?:es)?|Bild(?:er)?|Video)\b"
    r"|\b(?:post|share|shot|took|posting|sharing)\s+(?:a|some|the|my|a\s+few)\s+(?:[\w-]+\s+)?"
    r"(?:photos?|pictures?|pics|images?|snapshots?|videos?|clips?)\b"
    r"|\b(?:video|vidéo|vid[ée]o|clip|foto|photo|picture)s?\s+(?:(?:of|de|von|di)\s|d['’])",
    re.IGNORECASE,
)
# A short presenter ("Here's my finished product.", "Ecco come installarlo …"; a long one says
# what the post is about: "Here is a list of those who we think would be great …"), a sentence
# that is only a call to look or listen ("Enjoy.", "Check it out!", "Watch and find
# out!"): short, or it says something of its own. A count of the items to come ("I wanted to let
# you all know of two things.") is no pointer: a list's lead-in carries on into its items, and
# "Here's where honesty is a helpful device." explains ("Here's to fun …" toasts).
_CALLS = re.compile(
    r"(?:^|[,;]\s*|\b(?:so+|and|but|first|now)\s+)(?:here(?:'s|’s|\s+is|\s+are|\s+it\s+is)"
    r"(?!\s+(?:to|where|why|what|when|the\s+(?:thing|deal|catch|problem)\b))"
    r"|voici|voil[àa]|ecco|hier\s+(?:ist|sind)|aqu[íi]\s+(?:est[áa]n?|os|les|te)\b|вот)"
    r"|^(?:(?:so|and|now|just|please|let['’]s)\s+)?(?:enjoy|watch|listen|look|take\s+a\s+look"
    r"|have\s+a\s+look|check\s+(?:it|this|them)\s+out|regardez|écoutez|mira|miren|schaut)\b",
    re.IGNORECASE,
)
_CALL_WORDS = 10
_PRESENTS = re.compile(
    r"(?:^|[,;]\s*|\b(?:so+|and|but|first|now)\s+)(?:here(?:'s|’s|\s+is|\s+are)\s+(?:a|an|some|my"
    r"|the(?!\s+(?:thing|deal|catch|problem)\b)|a\s+few)\b|voici|ecco|aqu[íi]\s+(?:os|les|te)\b)",
    re.IGNORECASE,
)
# A link the entry sets right after a sentence (its own line: the post carries the lead's
# sentences, never the entry's link lines), and a sentence pointing at it: a verb sending the
# reader to "the link"/"this article" ("spread this article as far and wide as you can"), or a
# link, article or download placed "below"/"here" ("les dejo el link de descarga aqui abajo").
# A sentence about the article it stands in ("This article details how …") names no place.
_LINK_PART = re.compile(
    r"<a\s[^>]*\bhref=(?![^>]*(?:feeds\.wordpress|feedburner|feedsportal|pheedo))[^>]*>(?!\s*<img)",
    re.IGNORECASE,
)
_POINTS_AT_LINK = re.compile(
    r"\b(?:check\s+out|read|spread|share|visit|follow|see|click(?:\s+on)?|use|lisez|consultez"
    r"|voir|visitez|suivez|mira|lee|visita|sigue|dejo|descarga|download)\s+(?:the|this|that|el|le"
    r"|este|esta|ce|cet|cette|den|diesen|questo|o)\s+(?:[\w-]+\s+)?(?:link|lien|enlace|article"
    r"|art[íi]culo|articolo|Artikel|download|descarga|document)s?\b"
    r"|\b(?:the|this|a|el|le|la|un|una|este|ce|del|du)\s+(?:[\w-]+\s+)?(?:link|lien|enlace|liga"
    r"|article|art[íi]culo|download|descarga|t[ée]l[ée]chargement)s?\b[^.!?]{0,40}?\b(?:below"
    r"|here|abajo|aqu[íi]|ac[áa]|ici|ci-dessous|suivante?|siguiente|hieronder|unten|sotto)\b"
    r"|\b(?:voici|voil[àa]|here(?:'s|’s|\s+is)|ecco)\s+(?:[\w-]+\s+)?(?:the|le|el|il)\s+"
    r"(?:link|lien|enlace|download)\b"
    r"|\b(?:stream|download|read|watch|listen|vote|descarga|desc[áa]rgal[oa]s?|t[ée]l[ée]charge[rz]"
    r"|lisez|vota)\s+(?:(?:it|them|directamente|de|from)\s+)?(?:here|ici|aqu[íi]|below|abajo)\b",
    re.IGNORECASE,
)
# A line that is a bare address ("This is the full commercial separated in 4 parts." over four
# YouTube addresses): the post never carries an address line as its text.
_URL_LINE = re.compile(r"(?:<br\s*/?>|<p\b[^>]*>)\s*(?:<a\s[^>]*>\s*)?https?://", re.IGNORECASE)
# Over an address line, a sentence ending on the place it points at ("les résultats sont dispo
# ici :") or presenting what the lines are ("This is the full commercial …", short).
_POINTS_AT_LINE = re.compile(
    r"\b(?:here|ici|aqu[íi]|ac[áa]|hier|qui|below|ci-dessous|abajo|unten)\s*[.:!]?$"
    r"|^(?:this|these)\s+(?:is|are)\s+(?:the|my|a|an|some)\b",
    re.IGNORECASE,
)
_PART_WORDS = r"(?:\s+[^.!?\s][^.!?]{0,40}[.!?]?)?\s*$"
# Longer sentences say something of their own beside presenting the part.
_INTRODUCING_WORDS = 30
# How far back in the part's paragraph a pointer may stand ("Sooo here's a few from downtown
# Macon, GA last night. These were taken with my cell …" over the pictures): what follows it
# there speaks of the part too.
_SENTENCES_BACK = 3
_AFTER_LAST_WORDS = 3


def _pointing_tails(
    html: str, part: int, points: Callable[[str, bool], bool], back: int = _SENTENCES_BACK
) -> set[str]:
    """The sentences right before the part at `part` in `html` from each of the last `back`
    that `points` at it (given whether it is the last but for a few words: ":)") to the part."""
    sentences = sentences_before(html, part, window=800, wrappers=_WRAPPERS, count=back)
    return {
        " ".join(sentences[n:])
        for n, sentence in enumerate(sentences)
        if len(sentence.split()) <= _INTRODUCING_WORDS
        and points(sentence, len(" ".join(sentences[n + 1 :]).split()) <= _AFTER_LAST_WORDS)
    }


def _introduces(sentence: str, last: bool) -> bool:
    # One ending on a colon is a lead-in to items a post may carry as text (a list's links).
    if last and sentence.endswith(":"):
        return False
    if (_INTRODUCES if last else _POINTS_DOWN_RE).search(sentence):
        return True
    # Further back only a presenter ("Sooo here's a few …"): "Look at Ben Wallace." and
    # "Voilà pour mon billet d'humeur …" speak of something else.
    calls = _CALLS if last else _PRESENTS
    return len(sentence.split()) <= _CALL_WORDS and bool(calls.search(sentence))


def _points_at_link(sentence: str, last: bool) -> bool:
    # A sentence running on into its link: the post carries the link's words. Further back, a
    # longer one says more than where the link is ("The main focus of this update is … (follow
    # that link for the release notes).").
    if not (sentence.endswith((".", "!")) if last else len(sentence.split()) <= _CALL_WORDS + 2):
        return False
    return bool(_POINTS_AT_LINK.search(sentence))


def _points_at_line(sentence: str, last: bool) -> bool:
    if _POINTS_AT_LINE.search(sentence) and len(sentence.split()) <= _CALL_WORDS:
        return True
    return _introduces(sentence, last) or _points_at_link(sentence, last)


def introduced_part_cuts(html: str, blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of the sentences introducing a part of the entry the post does not carry, from the
    first that points at it (family "pointer-end": the lead ends there)."""
    # A quote or table may be read into the text: its one sentence's cut is "pointer".
    tails = {t for m in _PART.finditer(html) for t in _pointing_tails(html, m.start(), _introduces)}
    tails |= {
        t
        for m in _LINK_PART.finditer(html)
        for t in _pointing_tails(html, m.start(), _points_at_link)
    }
    tails |= {
        t
        for m in _URL_LINE.finditer(html)
        for t in _pointing_tails(html, m.start(), _points_at_line)
    }
    quoted = {
        t
        for m in _QUOTED_PART.finditer(html)
        for t in _pointing_tails(html, m.start(), _introduces, back=1)
    }
    return [
        *_tail_cuts(blocks, tails, "pointer-end"),
        *_tail_cuts(blocks, quoted - tails, "pointer"),
        *lead_in_paragraph_cuts(html, blocks),
    ]


def _tail_cuts(blocks: Sequence[Block], tails: set[str], family: str) -> list[Cut]:
    """A cut of the longest of `tails` each text block ends on, whatever spacing it keeps,
    before at most a few words of the part's own (a link's "Click here.")."""
    ends = [
        re.compile(r"(?<!\S)" + r"\s+".join(map(re.escape, t.split())) + _PART_WORDS) for t in tails
    ]
    cuts = []
    for index, block in enumerate(blocks):
        starts = [
            m.start() for end in ends if block.kind == "text" and (m := end.search(block.text))
        ]
        if starts:
            cuts.append(Cut(index, min(starts), len(block.text), family))
    return cuts


# A part a post never carries as its text, right after the paragraph that leads into it: a
# list's items, code, a table, a player, an address line. Not a heading (its section may be the
# post's text too: "But first, some background …" over "Background"), not a picture or a quote.
_LEAD_IN_PART = re.compile(
    r"<(?:ul|ol)\b[^>]*>\s*<li\b|<(?:pre|table|iframe|video|audio|object|embed)\b", re.IGNORECASE
)
# A lead says what the post is about in this many characters before the paragraph (thin-summary
# rejects are shorter), and the default summary budget is where a lead ends on its own.
_WHOLE_LEAD_CHARS = 100
_LEAD_BUDGET = 600


def lead_in_paragraph_cuts(html: str, blocks: Sequence[Block]) -> list[Cut]:
    """Cuts of a paragraph ending right before a part the post drops, where a lead would run on
    to its end: it introduces what the post lacks (family "pointer-end": the lead ends before)."""
    starts = [m.start() for m in _LEAD_IN_PART.finditer(html)]
    starts += [m.start() for m in _URL_LINE.finditer(html)]
    # A lead-in ending on a colon carries on into its list's items (a post may carry them).
    lasts = {
        last
        for at in starts
        for last in sentences_before(html, at, window=800, wrappers=_WRAPPERS, count=1)
        if not last.endswith((":", "："))
    }
    cuts = []
    for index, block in enumerate(blocks):
        text = " ".join(block.text.split())
        if block.kind != "text" or not any(text.endswith(last) for last in lasts):
            continue
        prose = [b.text.strip() for b in blocks[:index] if b.kind == "text"]
        # The text before it makes a whole lead of its own: never a thin one, nor a later
        # section's (a thank-you over the player, a table's dates after a pointer).
        if len(summarize("\n\n".join(prose))) < _WHOLE_LEAD_CHARS:
            continue
        if sum(map(len, prose)) + len(text) <= _LEAD_BUDGET:
            cuts.append(Cut(index, 0, len(block.text), "pointer-end"))
    return cuts
