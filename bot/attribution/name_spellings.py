"""How a name reads (cleaned) and is compared with a domain: folded, compacted to letters and
digits, and the ways a domain's label spells a name (contracted, as a subdomain)."""

from __future__ import annotations

import functools
import html
import re
import unicodedata

import ftfy
import re2
from tld import get_tld

from bot.attribution.section_words import CONNECTORS

# "(!)", "（！）", "[?]", "(*)" closing a title.
_MARKER = re2.compile(r"\s*[(（\[【]\s*[!！?？*＊]+\s*[)）\]】]$")
_MARKER_ENDS = (")", "）", "]", "】")

# Not letters or digits, in ASCII text (where isalnum() means [A-Za-z0-9]).
_ASCII_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def fold(text: str) -> str:
    """Lower case, accents dropped: how section words and domains are compared."""
    # ASCII text has no accents, and NFKD leaves it as it is: a site's name is compared
    # dozens of times a check, on the event loop.
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def compact(text: str) -> str:
    """Letters and digits only, folded: "Le Monde.fr" → "lemondefr"."""
    if text.isascii():
        return _ASCII_NON_ALNUM.sub("", text).casefold()
    return "".join(c for c in fold(text) if c.isalnum())


def contracts(label: str, words: list[str]) -> bool:
    """Whether a domain's label joins the openings of the name's words: "dival" for
    "Diputación de Valencia" (di + val), every word but joiners giving at least a letter."""
    if len(label) < 4 or len([w for w in words if w and w not in CONNECTORS]) < 2:
        return False

    def rest(label_left: str, index: int) -> bool:
        if index == len(words):
            return not label_left
        word = words[index]
        if word in CONNECTORS and rest(label_left, index + 1):
            return True
        return any(
            label_left.startswith(word[:size]) and rest(label_left[size:], index + 1)
            for size in range(1, min(len(word), len(label_left)) + 1)
        )

    return rest(label, 0)


def spells_initials(label: str, name: str) -> bool:
    """Whether a short domain label is the initials of every word of a title ("atp" for
    "Accidental Tech Podcast"), so no word of it is a section word to trim."""
    words = [compact(w) for w in name.split()]
    return 3 <= len(words) == len(label) and "".join(w[:1] for w in words) == label


def named_by_subdomain(part: str, site_url: str | None) -> str | None:
    """The words closing a part that spell the site's own subdomain: "… magazine de
    psychologie Le Cercle Psy" on le-cercle-psy.scienceshumaines.com."""
    found = get_tld(site_url or "", as_object=True, fail_silently=True)
    # Only a subdomain: words spelling the registered domain ("Robert J. Lang Origami" on
    # langorigami.com, "It's A Raggy Waltz" on raggywaltz.com) close a name, not all of it.
    if found is None or isinstance(found, str) or not found.subdomain:
        return None
    label = compact(str(found.subdomain).split(".")[0])
    words = part.split()
    if len(label) < 4 or label == "www":
        return None
    # Several words only: one ("News" on news.ycombinator.com) is any word. What comes before
    # them says what the feed is ("Flux RSS du magazine …"); one word before is the name's own
    # ("I'm Probably Corey"), as is a title opening with the same spelling ("GIANT ROBOTS
    # SMASHING INTO OTHER GIANT ROBOTS") or with the registered domain's ("Google Blog Search").
    opening = compact(part)
    if opening.startswith((label, compact(str(found.domain)))):
        return None
    for size in range(2, len(words) - 1):
        if compact(" ".join(words[-size:])) == label:
            return " ".join(words[-size:])
    return None


# Opening marks and the marks that close them: a name never opens with one it leaves open.
_CLOSING = dict(zip('《「『“(（[【〈«„"', '》」』”)）]】〉»“"', strict=True))


def without_open_mark(name: str) -> str:
    """A name less an opening bracket or quotation mark it never closes ("《Grammarly")."""
    if name[:1] in _CLOSING and _CLOSING[name[0]] not in name[1:]:
        return name[1:].strip()
    return name


# A name is spelt as its site spells it: a full-width comma or letter is the writing system's
# own form ("你好，耳先生"), and ftfy's default width folding would make it ASCII.
_NAME_REPAIR = ftfy.TextFixerConfig(normalization="NFC", fix_character_width=False, explain=False)


# Naming a feed's site cleans the same few texts again and again (the bench's news feeds: 1,141
# calls, 272 distinct texts within a feed, at most 8 in one): remembered, they cost the loop
# 9.6 -> 2.5 ms of CPU over the 58 feeds. Sized to one feed's naming, not to the bench's copies
# of its feeds (the same template returns 58 feeds later), so the bench measures what a real
# check saves. A pure function of its text: the answers are the same.
@functools.lru_cache(maxsize=16)
def clean_name(text: str | None) -> str:
    """A name as readers see it: entities decoded once, mojibake repaired, spaces collapsed."""
    if not text:
        return ""
    text = html.unescape(text)
    # fix_text leaves printable ASCII with no entity unchanged (its fixes act on the rest); a
    # check's site name costs the event loop ~10 such calls, and most names are plain ASCII.
    if not (text.isascii() and text.isprintable() and "&" not in text):
        text = ftfy.fix_text(text, _NAME_REPAIR)
    # Marks alone in brackets after the name are a test or draft marker ("极客公园（！）").
    # _MARKER ends on a closing bracket at the text's end: a name ending otherwise (nearly
    # all) is not handed to re2, whose Python wrapper cost a first check ~20 calls of ~10 us.
    text = " ".join(text.split())
    if text.endswith(_MARKER_ENDS):
        text = _MARKER.sub("", text)
    # Separators left dangling by a cut ("Rest of World -").
    return without_open_mark(undoubled(text.strip(" -–—|:·•»/")))


# A name glued to itself ("The Ed TechieThe Ed Techie") is the feed software writing its
# title twice; halves shorter than this may be a name ("MahiMahi", "TomTom").
_DOUBLED_MIN = 6
# Longer text is a description, not a name: no need to look (the scan is quadratic).
_DOUBLED_LONGEST = 200


def undoubled(text: str) -> str:
    """The text with a closing name written twice without a space between ("Comments for
    The Ed TechieThe Ed Techie") once: the second copy starts a word glued to the first."""
    # Each word start is a place the doubled name may begin; names are short, so this is cheap.
    if len(text) > _DOUBLED_LONGEST:
        return text
    starts = [0] + [i + 1 for i, c in enumerate(text) if c.isspace()]
    for start in starts:
        tail = len(text) - start
        half = start + tail // 2
        if tail % 2 == 0 and tail // 2 >= _DOUBLED_MIN and text[start:half] == text[half:]:
            glued = not text[half - 1].isspace() and not text[half].isspace()
            if glued and any(c.isalpha() for c in text[half:]):
                return text[:half]
    return text


# A name written as a host: "ilmessaggero.it", "Golem.de", "news.ORF.at".
_HOST_STYLED = re2.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")


def is_host_or_address(name: str) -> bool:
    """Whether a name is only a host ("rsdoiel.github.io") or an address, not words."""
    return bool(_HOST_STYLED.match(name)) or "://" in name
