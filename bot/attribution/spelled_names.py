"""A site's name as a feed's own sentences spell it: the words that are the link's registrable
domain written out ("From Gimlet Media, hosted by …" on gimletmedia.com), the evidence left
when no title part or channel field is the site's name."""

from __future__ import annotations

import re2

from bot.attribution.name_spellings import compact

# Words of a name: a capital or a digit opens the first ("Gimlet Media", "37signals"), or a
# brand's inner capital ("iPhone Life").
_PUNCTUATION = "\"'“”‘’«»()[]{},.;:!?…"
# A name written as a host: "ilmessaggero.it", "Golem.de" (as site_names writes it).
_HOST = re2.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
_MAX_WORDS = 4


def spelled_name(text: str, domain: tuple[str, str] | None) -> str | None:
    """The first run of up to four words in `text` that spells the domain's label exactly
    (letters and digits, case aside): "37signals" in "posted to the 37signals Job Board"."""
    if domain is None or len(domain[1]) < 3:
        return None
    label = compact(domain[1])
    words = [w.strip(_PUNCTUATION) for w in text.split()]
    for start, first in enumerate(words):
        # A brand's inner capital opens a name as a capital does: "iPhone Life", "eBay".
        styled = first[:1].islower() and any(c.isupper() for c in first[1:])
        if not first or not (first[0].isupper() or first[0].isdigit() or styled):
            continue
        for size in range(1, _MAX_WORDS + 1):
            run = words[start : start + size]
            # A word cut by punctuation inside the run ("Media, hosted") ends it.
            if len(run) < size or (size > 1 and not run[-1]):
                break
            name = " ".join(run)
            if compact(name) == label and not _HOST.match(name) and _reads_as_name(run, text):
                return name
            if len(compact(name)) >= len(label):
                break
    return None


# Words a domain adds to a site's name ("openjsan.org" for JSAN, "getsongbird.com",
# "jqueryhq.com"): the name, written as one, is the label less one of them.
_DOMAIN_PREFIXES = ("open", "get", "try", "join", "use", "the", "my", "go")
_DOMAIN_SUFFIXES = ("hq", "app", "online", "web", "site", "now", "home", "central")


def affixed_name(text: str, domain: tuple[str, str] | None) -> str | None:
    """A name in `text` that spells the domain's label less a word domains add: "JSAN" in
    "… the JavaScript Archive Network (JSAN)" on openjsan.org; acronyms and names only."""
    if domain is None:
        return None
    label = compact(domain[1])
    stems = [label.removeprefix(p) for p in _DOMAIN_PREFIXES if label.startswith(p)]
    stems += [label.removesuffix(s) for s in _DOMAIN_SUFFIXES if label.endswith(s)]
    for stem in (s for s in stems if len(s) >= 3):
        if name := spelled_name(text, (domain[0], stem)):
            return name
    return None


def _reads_as_name(words: list[str], text: str) -> bool:
    """Several words, or one written as a name, not as a word of the sentence: "MovieWeb",
    "37signals", "CNBC"; not "Kernel" (kernel.org), where the domain reads better."""
    word = words[0]
    camel = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    # An acronym in a sentence written in lower case ("CNBC International is …"), not a
    # word of a description written all in capitals.
    acronym = word.isalpha() and word.isupper() and len(word) >= 3 and not text.isupper()
    digits = any(c.isdigit() for c in word) and not word.isdigit()
    return len(words) > 1 or camel or acronym or digits


def written_out(stated: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The first (name, where) stated written as words, not as a host ("Il Messaggero")."""
    return next(((n, w) for n, w in stated if not _HOST.match(n)), None)
