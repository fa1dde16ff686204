"""References a post cannot honour: to a photo beside the text ("Björn Paulsen (Foto)", "Kate
Blamey (right)"), to parts of the article page ("Please refer to the links above"), or to
moments of a video or episode ("(0:16) Source: …", "(02:32) Die Tokio Hotel …"), and notes on
how to view the page ("To view it correctly you need a web browser which supports MathML")."""

from __future__ import annotations

import re

from bot.text.absent_media import without_player_pointers
from bot.text.absent_parts import without_absent_part_pointers
from bot.text.kept_openings import with_saying_opening
from bot.text.opening_asides import without_opening_aside
from bot.text.pointers_down import without_pointers_down
from bot.text.viewing_notes import without_viewing_notes

# A parenthesis that only points at a picture, or credits one: "(Foto)", "(pictured above)",
# "(im Bild)", "(AP Photo/Cliff Owen)", "(Image credit: Future)". Also the same after a
# number ("(30, Foto)" keeps "(30)").
_PICTURE = (
    r"(?:im |auf dem |siehe )?(?:foto|bild|fotos|photo|file photo|picture|shown|pictured"
    r"(?: (?:above|below|left|right|centre|center|here|left to right|right to left))?"
    r"|(?:ap|afp|reuters|dpa|epa|getty|alamy stock) (?:photo|images?)(?:/[^()]{1,40})?"
    r"|(?:image|photo|picture) (?:credit|source): [^()]{1,40}|source: file photo)"
)
_PICTURE_PARENTHESIS = re.compile(rf"\s*\({_PICTURE}\)", re.IGNORECASE)
# A parenthesis that opens with a picture word and credits or qualifies the picture, in any
# language: "(Imagem meramente ilustrativa/Imprensa TJRS)", "(Foto: dpa)", "(Photo by X)".
_PICTURE_CREDIT = re.compile(
    r"\s*\((?:foto|fotos|photo|photos|imagem|imagen|image|bild|picture|illustration)\b"
    r"(?=[^()]*(?:/|:|©|\b(?:by|de|von|di|por|credit|ilustrativa|illustrative|"
    r"archive|arquivo|archivo|archiv|file)\b))[^()]{1,80}\)",
    re.IGNORECASE,
)
_PICTURE_AFTER_NUMBER = re.compile(rf"(\(\d{{1,3}}),\s*{_PICTURE}\)", re.IGNORECASE)
# "(left)", "(right)" and "(above)" point at a picture only right after a name or after
# "photo" ("Kate Blamey (right)", "the photo (right)"); "(left, --padding)" is code.
_SIDE = re.compile(
    r"\b([A-ZÀ-Þ][\w'’.-]{1,30}|photo|picture|image|foto|bild)"
    r"\s*\((?:left|right|centre|center|above|top|bottom)\)"
)
# "(see above)", "(noted below)", "(below)": there is nothing above or below a post's summary.
_SEE_ABOVE = re.compile(
    r"\s*\((?:(?:see|siehe|voir|ver|noted|shown|listed|described|detailed|mentioned|linked) )?"
    r"(?:above|below|oben|unten|ci-dessus|ci-dessous|arriba|abajo)\)",
    re.IGNORECASE,
)
# A sentence that points at a part of the page (links, an image, a video, a table, a button)
# "above" or "below": the post holds none of them.
_PAGE_PART = (
    r"(?:links?|images?|photos?|pictures?|videos?|table|chart|graph|list|button|gallery|"
    r"form|map|diagram|screenshot|slideshow|player)"
)
_PAGE_SENTENCE = re.compile(
    rf"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))[^.!?\n]*?\b(?:the|this|these|that|any)\s+"
    rf"(?:\w+\s+)?{_PAGE_PART}\s+(?:above|below)\b[^.!?\n]*[.!?]+[\"'”’)]*[ \t]*"
    # The next sentence, when it goes on about what "you see" there ("The photo below shows
    # the problem. The bumps you see are actually drips …").
    r"(?:[^.!?\n]*\byou\s+(?:can\s+)?see\b[^.!?\n]*[.!?]+[\"'”’)]*[ \t]*)?",
    re.IGNORECASE,
)

# A sentence that sends the reader down the page, whatever it names there ("… they are listed
# below.", "… and much more await down below in today's 9to5Toys Lunch Break.", "… the picture
# you see below."): a post's summary has nothing below it. Bare "below" ("temperatures below
# zero", "prices went down below $5") is no pointer, nor one the sentence goes on from.
_BELOW_SENTENCE = re.compile(
    # A sentence opens on no lower-case word: "r?alis? la petite illus …" is one word's "?"
    # for a lost accent, no sentence's end.
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?-i:(?![a-zà-ÿ]))[^.!?\n]*?\b(?:"
    r"(?:down|listed|shown|included|linked|embedded|featured|pictured|attached|detailed|outlined"
    r"|see|find)\s+below(?=\s*[.!?,;)]|\s+in\s+(?:this|today['’]s|our|my)\s)"
    r"|below\s+in\s+(?:this|today['’]s|our|my)\s"
    # "Head below for a closer look.", "Scroll down below …", "Check out the rundown below …"
    r"|(?:head|scroll|jump)\s+(?:down\s+)?below\b|(?:check\s+out|see|find|read|view)\s+(?:the|our|my)"
    r"\s+(?:[\w-]+\s+){1,2}below\b(?!\s+(?:zero|freezing|par|average|\d|\$))"
    # The same in other languages, where the words only ever point along the page ("Vous
    # trouverez en effet ci dessous …", "die Liste weiter unten", "zie hieronder", "se nedan").
    # Only "below": "les logiciels cités ci-dessus" points at the text the post carries.
    r"|ci[\s-]dessous|(?:siehe|weiter)\s+unten|hieronder|nedan"
    r"|(?:más|aquí)\s+abajo|logo\s+abaixo|qui\s+sotto"
    # The rest of a blog post "after the jump" (the cut to its page), in the languages that say
    # so: "La lista completa después del salto.", "More after the jump", "la suite après le saut".
    # Only closing its sentence: "change scrollTop after the jump, but …" is a page's jump.
    r"|(?:(?:after|past|beyond|behind)\s+the\s+jump|(?:despu[ée]s\s+del|tras\s+el)\s+salto"
    r"|apr[èe]s\s+le\s+saut|dopo\s+il\s+salto|nach\s+dem\s+(?:Sprung|Break))(?=\s*[.!:…)]))"
    r"[^.!?\n]*[.!?]+[\"'”’)]*[ \t]*",
    re.IGNORECASE,
)

_ALONG_THE_PAGE = re.compile(
    r"\b(?:above|below|dessous|unten|hieronder|nedan|abajo|abaixo|sotto|jump|salto|saut|Sprung"
    r"|Break)\b",
    re.IGNORECASE,
)

# A chapter or source list of a video's or episode's description: a timestamp that opens an
# item ("(0:16) Source: …", "(02:32) Die Tokio …"); the rest of that paragraph is the list.
# "im Podcast (7:00) und sie ist …" goes on in lower case: a pointer inside a sentence.
_CHAPTER_LIST = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?:…”\"')\]])[ \t]?|(?<=\w))"
    r"[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]][ \t]*(?=[„“\"‘'«]?[A-ZÀ-Þ])[^\n]*"
)


# A sentence that sends the reader "here" to read, watch or get something ("You can read about the
# R8 RWS here.", "The full report is available here.", "Download it here!"): the feed dropped the
# link, or the post does not carry it; either way "here" is nowhere. Only where "here" ends the
# sentence after such a verb: "Winter is here." and "I'm glad to be here." say where things are.
_HERE_SENTENCE = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))"
    r"(?:(?:[^.!?\n]*?\b(?:you\s+(?:can|could|may|might|will|should)|you['’]ll|can\s+also|please)"
    r"\s+(?:also\s+|now\s+|still\s+)?)?"
    r"(?:read|see|find|watch|view|download|listen\s+to|check\s+(?:\w+\s+)?out|learn\s+more"
    r"|get\s+(?:it|them|yours|the\s+\w+)|sign\s+up|register)\b"
    r"|[^.!?\n]*?\b(?:is|are)\s+(?:now\s+)?available|[^.!?\n]*?\bcan\s+be\s+(?:found|seen|read"
    r"|watched|viewed|downloaded|heard)|(?:more|full|further)\s+(?:details|info(?:rmation)?))"
    r"(?:\s+[^\s.!?]+){0,8}?\s+here(?:\s+(?:also|too))?[.!]+[\"'”’)]*[ \t]*"
    # "If interested, please click here to apply.": to click "here" needs the link it was.
    # Not one a quotation closes on ("… Office? Click here to watch it".): the quoted ad's.
    r"|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))[^.!?\n]*?\b(?:click|tap)\s+here\s+to\s+"
    r"(?:[^\s.!?\"“”]+\s+){0,6}?[^\s.!?\"“”]+[.!]+[’)]*[ \t]*",
    re.IGNORECASE,
)

# A sentence sending the reader to another document by name ("For the (unchanged) dependency
# list, see the 'Fri Aug 23 14:53:15 UTC 2013' entry in the ChangeLog.txt.", "See the release
# notes for details.", "Check the performance page for full details."): linked or not, the post
# carries no such entry, manual or notes. "Check the box next to …" is a step, and stays.
_SEE_ELSEWHERE = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?:for\s+(?:[^.!?\n,]|\.(?=\w)){1,80},\s*)?(?:please\s+)?"
    r"(?:(?:see|refer\s+to|consult)\s+(?:the|my|our|this|that)"
    r"|check\s+the(?!\s+(?:box|boxes|checkbox|option|button)\b))\s+"
    r"(?:[^.!?\n]|\.(?=\w)){0,80}?\b"
    r"(?:entry|entries|post|article|section|chapter|page|changelog|readme|documentation|docs|faq"
    r"|manual|release\s+notes|announcement|thread|wiki|appendix)\b(?:[^.!?\n]|\.(?=\w))*"
    r"[.!?]+[\"'”’)]*[ \t]*",
    re.IGNORECASE,
)


def without_page_references(
    text: str, *, item_is_video: bool = False, parts: frozenset[str] = frozenset()
) -> str:
    """`text` (paragraphs of plain text) without pointers to pictures, page parts or moments;
    `item_is_video` when the item's page is the video its text speaks of, `parts` the entry's."""
    # An opening that names the item stays when the next sentence leans on it.
    return with_saying_opening(
        text, lambda part: _without_references(part, item_is_video=item_is_video, parts=parts)
    )


def _without_references(text: str, *, item_is_video: bool, parts: frozenset[str]) -> str:
    """`text` without the pointers `without_page_references` drops, every sentence judged."""
    text = without_player_pointers(without_absent_part_pointers(text, parts), parts)
    text = without_opening_aside(text)
    if ":" in text:
        text = _CHAPTER_LIST.sub("", text)
    if "(" in text:
        text = _PICTURE_AFTER_NUMBER.sub(r"\1)", text)
        text = _PICTURE_PARENTHESIS.sub("", text)
        text = _PICTURE_CREDIT.sub("", text)
        text = _SIDE.sub(r"\1", text)
        text = _SEE_ABOVE.sub("", text)
    text = without_viewing_notes(text)
    if re.search(r"\shere\W", text, re.IGNORECASE):
        text = _HERE_SENTENCE.sub("", text).rstrip(" \t")
    if re.search(r"\b(?:see|refer|consult|check)\b", text, re.IGNORECASE):
        text = _SEE_ELSEWHERE.sub("", text).rstrip(" \t")
    if _ALONG_THE_PAGE.search(text):
        text = _BELOW_SENTENCE.sub("", _PAGE_SENTENCE.sub("", text))
    # (Which also drops the space a last cut sentence left.)
    return without_pointers_down(text, item_is_video=item_is_video)
