"""Sentences about a picture that a text post does not show ("The above sign is quite bizarre
…", "And this pic is just too funny.", "Cangrejo gigante, foto de Jason Kottke."): with no
photo in the post (the feed's excerpt left it out, or it is not usable), they point at nothing."""

from __future__ import annotations

import html
import re

_OPENS = r"(?:(?<=^)|(?<=[.!?…]\s)|(?<=\n))"
# A sentence's words (a stop inside an address, a figure or after one letter ends none).
# Atomic: a dot after one letter and before a word ("a.b") fits two branches; with a plain group a
# run of them gave 2^n ways to split, and one 54 KB feed's entry ran for minutes (session 19).
_WORDS = r"(?>[^.!?…\n]|(?<=\b\w)\.|\.(?=\w))"
_END = r"(?:[.!?…]+[\"'”’»)]*|:?$)[ \t]*"
_PICTURE = (
    r"(?:photo(?:graph)?s?|pics?|pictures?|fotos?|fotografías?|imagen|imágenes|immagin[ei]"
    r"|Bild(?:er)?)"
)
_PICTURE_ONE = r"(?:photo(?:graph)?|pic|picture|foto|fotografía|imagen|immagine|Bild)"
# Pictures presented or placed: "here is a picture that was captured at …", "Voici donc
# quelques photos de …", "Aquí os dejo unas fotos", "Hier sind die Bilder der Woche", "the photos
# below", "les photos parlent d'elles-mêmes": with no photo in the post, there is nothing here.
_PICTURES = (
    r"(?:photo(?:graph)?s?|pics?|pictures?|snapshots?|images?|fotos?|fotografías?|imágenes"
    r"|immagini|imatges?|Bilder)"
)
_PRESENTED = (
    r"\b(?:here(?:['’]s|\s+is|\s+are)|below\s+(?:is|are)|voici|voil[àa]|aqu[íi]\s+(?:est[áa]n?"
    r"|ten[ée]is|tienes|teniu|os\s+dejo|les\s+dejo|van)|ecco|hier\s+(?:sind|ist|gibt\s+es))\s+"
    r"(?:(?:a|an|the|some|my|our|few|more|donc|quelques|les|des|mes|nos|une|un|la|las|los|unas"
    r"|unos|algunas|mis|nuestras|unes|alcune|le|qualche|die|ein\s+paar|einige|meine|unsere)\s+)*"
    r"(?:[\w-]+\s+)?" + _PICTURES + r"\b"
)
# One of several pictures told by its place, and what it shows: "The first pic shows the parking
# lot …", "la première photo montre …", "la primera foto muestra …". "The first image of a
# black hole was released" names a picture of the news, and stays.
_ORDINAL = (
    r"\b(?:the|la|el|das)\s+(?:first|second|third|last|next|top|bottom|left|right|première"
    r"|deuxième|dernière|primera|segunda|última|erste|zweite|letzte)\s+"
    r"(?:photo(?:graph)?|pic|picture|image|shot|snapshot|foto|imagen|Bild)\s+"
    r"(?:shows?|showing|depicts?|is\s+(?:of|from)|was\s+taken|montre|muestra|zeigt)\b"
)
_PLACED = (
    r"\b(?:the|these|those|les|ces|las|estas|as|le|queste|die)\s+"
    + _PICTURES
    + r"\s+(?:above|below"
    r"|ci-dessus|ci-dessous|de\s+abajo|de\s+arriba|abaixo|acima|oben|unten|sopra|sotto)\b"
)
_SPEAK = (
    _PICTURES + r"\s+(?:parlent\s+d['’]elles?-m[êe]mes?|speak\s+for\s+themselves|hablan\s+por"
    r"\s+s[íi]\s+(?:mismas|solas)|sprechen\s+f[üu]r\s+sich|parlano\s+da\s+sole)"
)
# Pointing at it: "this pic", "the above photo", "esta foto", "cette photo", "dieses Bild" (not
# "this image": a disk's as often); "the above <anything>" too ("The above sign is quite
# bizarre"): a post's text has nothing above it but a headline. What a text states ("the
# above is", "the above quote") is left to the back-reference rules.
_POINTS = (
    # One picture: "these photos" is as often the ones the writer takes ("I often take photos.
    # My camera timestamps these photos"); "paint this picture", "wrong with this picture" idioms.
    r"\b(?<!paint\s)(?<!paints\s)(?<!painting\s)(?<!wrong\swith\s)"
    r"(?:(?:this|esta|este|cette|questa|dieses)\s+"
    + _PICTURE_ONE
    + r"\b(?!\s+(?:search|editing|editor|gallery|galleries|format|files?|apps?|tools?|hosting"
    r"|sharing|size|quality)\b)"
    # A picture presented: "This is a picture taken from the back of my house."
    r"|\bthis\s+is\s+(?:a|the|my|our)\s+(?:[\w-]+\s+)?(?:picture|photo(?:graph)?|pic)"
    r"\s+(?:taken|I\s+took|we\s+took|shot|of|from|showing)\b"
    r"|"
    + _PRESENTED
    + r"|"
    + _ORDINAL
    + r"|"
    + _PLACED
    + r"|"
    + _SPEAK
    + r"|\bthe\s+above\s+(?!(?:is|are|was|were|quote|quotation|text|list|paragraphs?|post"
    r"|article|statements?|example|code|points?|links?|mentioned|all|and|that|it)\b)[\w-]+\b"
    r"(?=(?:\s+\w+)?\s+(?:is|are|was|were|shows?|who|which|that|of|from|has)\b))"
)
# A credit standing as its own sentence: "Cangrejo gigante, foto de Jason Kottke.", "Photo by
# Arnd Wiegmann/Reuters.", "Image courtesy of NASA." (a few words, no verb of the writer's).
_CREDIT = (
    r"(?:[^.!?…\n]{0,60}?(?:^|,\s*|\b))(?:photo|picture|image|foto|imagen|fotografía|Bild)\s+"
    r"(?:by|de|courtesy\s+of|credit:?|von|par|di)\s+[^.!?…\n,]{2,50}"
)
# A caption in brackets opening a paragraph, its credit inside ("(Geographer Hans-Joachim Fuchs
# and his students in the Swiss Alps. Photo by Arnd Wiegmann/Reuters. Source.)").
_CAPTION_ASIDE = (
    r"(?:(?<=^)|(?<=\n))\((?=[^()\n]{0,400}\b(?:photo|image|picture|foto|imagen|Bild)s?\s+"
    r"(?:by|courtesy\s+of|credit|de|von|par|di)\b)[^()\n]{2,400}\)[ \t]*"
)
# … with the exclamation that reacts to it ("The above sign is quite bizarre: … Go figure!").
_REACTION = r"(?:[^\s.!?…]+[ \t]+){0,2}[^\s.!?…]+!+[ \t]*"
_POINTER_SENTENCE = re.compile(
    _OPENS
    + _WORDS
    + r"*?"
    + _POINTS
    + _WORDS
    + r"*"
    + _END
    + rf"(?:{_REACTION})?"
    + r"|"
    + _OPENS
    + _CREDIT
    + _END
    + r"|"
    + _CAPTION_ASIDE,
    re.IGNORECASE,
)
_CUE = re.compile(
    r"\babove\b|\b(?:photo|pic|picture|image|snapshot|foto|imagen|immagin|Bild)", re.IGNORECASE
)


# Where a picture sits, in brackets after what it shows ("I did the preliminary color sketch
# (top) and …", "Smith (left) and Jones"): with no picture, only the bracket goes.
_POSITION = re.compile(
    r"[ \t]*\((?:top|bottom|left|right|centre|center|pictured|top\s+left|top\s+right"
    r"|à\s+gauche|à\s+droite|arriba|abajo|izquierda|derecha|oben|unten|links|rechts)\)",
    re.IGNORECASE,
)


def without_missing_picture_pointers(summary: str) -> str:
    """The summary of a post that shows no photo, without the sentences pointing at or
    crediting the picture its entry spoke of, and the brackets placing it."""
    if "(" in summary:
        summary = _POSITION.sub("", summary)
    if not _CUE.search(summary):
        return summary
    kept = _POINTER_SENTENCE.sub("", summary)
    if kept == summary:
        return summary
    return re.sub(r"[ \t]+(?=\n|$)|\n{3,}", lambda m: "\n\n" if "\n" in m[0] else "", kept).strip()


_OPENS_ON_CAPTION = re.compile(_CAPTION_ASIDE, re.IGNORECASE)
_IMG = re.compile(r"<img\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def opens_on_its_caption(summary: str, content_html: str) -> bool:
    """Whether the summary opens on the caption of the picture the entry's content opens with
    (a post showing the picture keeps its caption)."""
    if not summary.startswith("(") or not _OPENS_ON_CAPTION.match(summary):
        return False
    image = _IMG.search(content_html)
    # Spacer dots before the picture ("..", "–>–>") are no words: the content opens with it.
    return image is not None and not re.search(
        r"\w", html.unescape(_TAG.sub("", content_html[: image.start()]))
    )
