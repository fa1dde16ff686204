"""Photo captions and credits written into a text: "(Photo: Jane Doe/AP)", "Image by …",
"… /Getty Images": no lead text."""

from __future__ import annotations

import re

_PHOTO_WORDS = (
    r"(?:photo|photograph|image|picture|credit|courtesy|getty|flickr|shutterstock"
    r"|released|handout|file(?=\s*(?:photo|image|pic|\)|:|/))|cc\s+by|unsplash|wikimedia"
    r"|supplied|pool|istock|alamy)"
)
# "file" only as a file photo's mark ("(File photo)", "(File/AP)"), not "(… our domains.txt
# file.)", a sentence of the writer's.
# A credit names someone: a bracket of figures alone ("(5/5)", a review's score; "(1/3)", a
# thread's count) is no credit, and neither is the paragraph it closes. Its slash joins names
# ("(AP/Getty)", "(Pedro Silva/TJRS)"); one between figures is a date's ("(ends 9/5)", a deal's).
_CAPTION_TAIL = re.compile(
    r"\((?=[^()]*[^\W\d_])(?=[^()]*(?:(?<!\d)/|/(?!\d)|\b"
    + _PHOTO_WORDS
    + r"))[^()]{2,120}\)\s*\.?$",
    re.I,
)
_CAPTION_HEAD = re.compile(
    r"^(?:photo|image|picture|credit|caption|photograph|foto|фото)s?\s*(?:by\b|:|credit|source:)",
    re.I,
)
CREDIT_LINE = re.compile(
    r"^[^.!?]{0,80}/(?:Flickr|Getty\s+Images|Shutterstock|Unsplash|AP|Reuters|AFP|EPA"
    r"|Wikimedia\s+Commons|Pexels|Pixabay)\b.{0,20}$|,\s*CC\s+BY(?:-[A-Z]{2})*(?:\s*\d\.\d)?\s*$"
    r"|^File\s+\d{8}\s+\d+\s+\S+\.(?:jpe?g|png|gif)\b.*$",
    re.I,
)


# A photo host's badge under an embedded photo: "<a>Title</a>, originally uploaded by
# <a>Aubs</a>." (Flickr's; "Title<br>Originally uploaded by …"), a title and uploader, no text.
_UPLOADED_BY = re.compile(
    r"(?:^\W*|,\s*|\s(?=Originally\b))(?i:originally\s+uploaded\s+by)\s+[^.!?]{1,60}\.?$"
)


def is_caption(text: str) -> bool:
    """Whether a paragraph is a photo's caption or credit, not the writer's text."""
    words = len(text.split())
    if (CREDIT_LINE.search(text) or _UPLOADED_BY.search(text)) and words <= 20:
        return True
    tail = _CAPTION_TAIL.search(text)
    return words <= 45 and bool((tail and _is_credit(tail[0])) or _CAPTION_HEAD.match(text))


# A credit in brackets is a few words ("(Photo: AP)", "(Imagem: Pedro Silva/TJRS)"); an aside
# written as a sentence of its own ("(It's the same image that appears next to this site's
# title and as its favicon.)") is the writer's text, and so is the paragraph it closes.
_MAX_CREDIT_ASIDE_WORDS = 10


def _is_credit(aside: str) -> bool:
    inner = aside.strip().rstrip(".").rstrip().removesuffix(")").rstrip()
    return inner[-1:] not in ".!?" or len(inner.split()) <= _MAX_CREDIT_ASIDE_WORDS
