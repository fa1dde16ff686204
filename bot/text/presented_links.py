"""Links a sentence presents that a post cannot carry: a recording its link plays ("This is the
trailer for <FLUSHED AWAY>." linking a .mov) and a pointer's aside ("(hier die <Gewinner>)")."""

from __future__ import annotations

import re

from bot.text.blocks import Block, sentence_bounds

_PARENTHESIS_WORDS = 25


def parenthesis_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a short parenthesis holding [start, end), with the space before it."""
    opening, closing = text.rfind("(", 0, start), text.find(")", end)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return None
    if len(text[opening:closing].split()) > _PARENTHESIS_WORDS:
        return None
    while opening > 0 and text[opening - 1] in " \t":
        opening -= 1
    return opening, closing + 1


# A short aside opening on a pointer, holding the link it points at: "(hier die <Gewinner>)",
# "(ici la <vidéo>)", "(here's <the list>)".
_POINTER_ASIDE = re.compile(
    r"\(\s*(?:here(?:['’]s| is| are)?|hier|ici|aquí|aqui|här)\b[^()]{0,60}\)"
    r"|\([^()]{0,60}\b(?:here|hier|ici|aquí|aqui|här)\s*\)",  # "(etwa so, wie <sie> hier)"
    re.IGNORECASE,
)


# A parenthesis that is only a link to pictures or a recording ("(<photos of candle vigil>)",
# "(<video>)", "(<Fotos>)"): the post carries neither the link nor what it shows.
_MEDIA_ASIDE = re.compile(
    r"\s*(?:more\s+)?(?:photos?|pictures?|pics|images?|videos?|footage|slideshow|fotos?|bilder"
    r"|vidéos?|vídeos?)(?:\s+(?:of|from)\s+[^()]{1,60})?\s*",
    re.IGNORECASE,
)


def aside_span(block: Block, start: int, end: int) -> tuple[int, int] | None:
    """A short parenthesis opening on a pointer around the link at [start, end), or one that is
    only a link to pictures or a recording."""
    text = block.text
    aside = parenthesis_around(text, start, end)
    if aside is None:
        return None
    if _POINTER_ASIDE.search(text, aside[0], aside[1]):
        return aside
    only_link = not text[text.index("(", aside[0]) + 1 : start].strip() and text[end] == ")"
    return aside if only_link and _MEDIA_ASIDE.fullmatch(text, start, end) else None


# A sentence presenting a recording its link plays ("This is the trailer for Aardman's first CG
# film <FLUSHED AWAY>." linking a .mov, "Here's the video."): the post carries no player.
_MEDIA_HREF = re.compile(
    r"(?i)\.(?:mov|mp4|m4v|avi|wmv|flv|webm|mpe?g|mp3|m4a|ogg|wav)(?:$|[?#])"
    r"|(?:youtube\.com/watch|youtu\.be/|vimeo\.com/\d|dailymotion\.com/video)"
)
_PRESENTS = re.compile(
    r"(?:this\s+is|here\s+is|here['’]s|here\s+are|below\s+is|voici|voilà|hier\s+ist"
    r"|das\s+ist|aquí\s+está|este\s+es|ecco|ecco\s+il)\s",
    re.IGNORECASE,
)


def media_span(block: Block, start: int, end: int, href: str | None) -> tuple[int, int] | None:
    """The sentence presenting the recording a link at [start, end) plays."""
    if not href or not _MEDIA_HREF.search(href):
        return None
    s, e = sentence_bounds(block.text, start, end)
    return (s, e) if _PRESENTS.match(block.text, s) else None


# A link labelled only "this form", "this link", "this page" ("Sign up to participate using
# <this form>, and join me …", "(see <this link> for one reason why)"): its sentence points at
# the link wherever the label stands in it.
_THIS_ANCHOR = re.compile(
    r"\W*(?:[^\W\d_]+\s+){0,2}this\s+(?:link|form|page|survey)\W*"
    # A link that is only "this site" in any of five languages ("zeigt <diese Site>", "<ce site>")
    # or "the place" ("download it from <the place>"); in longer link text it is the writer's.
    r"|\W*(?:this\s+(?:site|website)|(?:diese[rsn]?|dieses)\s+(?:link|seite|site|webseite|website)"
    r"|(?:ce|cette)\s+(?:lien|page|site)|(?:este|esta|esse|essa)\s+(?:enlace|link|página|sitio|site)"
    r"|(?:questo|questa)\s+(?:link|pagina|sito)|(?:the|this|that)\s+(?:place|spot|location))\W*",
    re.IGNORECASE,
)
# A link that is its whole presenting sentence ("<Here’s the full text of the email if you’d like
# to read it for yourself.>", "<Here’s us in the Work From Home collection.>"): it presents
# the page the post does not link.
_HERE_ANCHOR = re.compile(r"\W*(?:and\s+|so\s+)?here(?:['’]s|\s+is|\s+are)\s", re.IGNORECASE)
# … only where the link ends its sentence: "<Here are the slides> from the talk." says what.
_WHOLE_SENTENCE = re.compile(r"(?<=[.!?…])|[\"'”’)]*\s*[.!?…]")
# A link called for by "this" ("check out this <fabulous interview> by …", "watch these <clips>"):
# the sentence calls the reader to a page the post does not link, wherever it goes on.
_CALLS_TO_THIS = re.compile(
    r"\b(?:check\s+out|see|read|watch|listen\s+to|(?:take|have)\s+a\s+look\s+at)\s+"
    r"(?:this|these)\s+$",
    re.IGNORECASE,
)
# A label link opening the text that sends the reader to the page ("<Read on the website:>
# Lisp REPLs are …"): the label goes, the sentence after it is the writer's.
_READ_THERE_LABEL = re.compile(
    r"\W*(?:read|view|continue\s+reading|weiterlesen|lire|leer|lesen)\b[^.!?:]{0,40}:\s*",
    re.IGNORECASE,
)


def is_read_there_label(block: Block, start: int, anchor: str) -> bool:
    """Whether a link opening the text is a label sending the reader to the page."""
    return bool(_READ_THERE_LABEL.fullmatch(anchor)) and not block.text[:start].strip()


# A link that is its whole sentence sending the reader on ("<Check it out>!", "<More in the
# announcement>."): the post does not link the page, so the sentence sends nowhere.
_SENDS_ON = re.compile(
    r"\W*(?:check\s+(?:it|this|them|that)\s+out|(?:read\s+|find\s+out\s+)?more\s+(?:in|at|on)"
    r"\s+(?:the|this|that|their|his|her|our|my|its)\s+(?:[\w-]+\s+){0,2}[\w-]+)\W*",
    re.IGNORECASE,
)
# Japanese "here" as the link, then "see"/"refer to" ("プレスリリースは<こちら>をご覧下さい。").
_KOCHIRA = re.compile(r"\s*(?:こちら|コチラ|ここ)\s*")
_SEE_THERE = re.compile(r"\s*(?:を|から|より|で)?\s*(?:ご覧|御覧|ご参照|参照|ご確認|お読み)")


def _sends_on(block: Block, start: int, anchor: str) -> bool:
    """Whether the link is a whole sentence sending the reader on, or Japanese "see <here>"."""
    text, end = block.text, start + len(anchor)
    if _KOCHIRA.fullmatch(anchor):
        return bool(_SEE_THERE.match(text, end))
    before = text[:start].rstrip()
    opens = not before or before[-1] in ".!?…:"
    return opens and bool(_SENDS_ON.fullmatch(anchor) and _WHOLE_SENTENCE.match(text, end))


def calls_for_link(block: Block, start: int, anchor: str) -> bool:
    """Whether the link is "this link", its presenting sentence ("<Here’s …>") or is called
    for by "this" ("check out this <interview>")."""
    return bool(
        _THIS_ANCHOR.fullmatch(anchor)
        or (_HERE_ANCHOR.match(anchor) and _WHOLE_SENTENCE.match(block.text, start + len(anchor)))
        or _CALLS_TO_THIS.search(block.text, max(0, start - 30), start)
        or _sends_on(block, start, anchor)
    )


# A paragraph's last sentence presenting what the next line links ("And here is one missing
# binary for OpenSUSE (tested on 13.1)." over "<grench-opensuse> [<sha1> | <sig>]"): cleaning
# drops the row of links, and the sentence presents nothing.
_HERE_LAST = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s))(?:and\s+|so\s+)?here(?:['’]s|\s+is|\s+are)\s(?:[^.!?\n]|\.(?=\w)){1,200}"
    r"[.!]\W*$",
    re.IGNORECASE,
)


def _is_link_row(block: Block) -> bool:
    """Whether a line is links (most of its letters in link text), as a download row is."""
    letters = sum(c.isalnum() for c in block.text)
    linked = sum(c.isalnum() for link in block.links for c in block.text[link.start : link.end])
    return letters > 0 and linked * 2 >= letters and len(block.text.split()) <= 12


def presents_row_below(text: str, after: Block) -> tuple[int, int] | None:
    """The span of a paragraph's closing "here is …" over a row of links, if it is one."""
    # A list under a "here is …:" lead-in is carried as the list it is, not cut.
    if after.role != "para" or not _is_link_row(after) or (here := _HERE_LAST.search(text)) is None:
        return None
    return here.start(), len(text)
