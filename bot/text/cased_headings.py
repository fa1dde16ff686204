"""Subheads a plain-text summary ran into its lines (Hugo's `.Summary`, a stripped excerpt:
"Introduction Installing Ubuntu onto a computer is not complicated: …"), found by the text's
own case and set apart as headings, which are never lead text."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from bot.text.block_model import Block, Link

# A line opens on a subhead in title case ("Introduction", "Listen Here", "Emoji Support") and
# then a sentence whose first word is a function word of the text's language (langid's guess,
# justext's stoplist), one the text writes in lower case elsewhere ("This is a smoke test …" over
# "… this …", "Le jeu-concours : …" over "… le …"): it opens a sentence, so the words before
# it are the subhead. A noun after capitals is a name's part as often ("The Hat Creek Radio
# Observatory", "Coast Spas launches"), so it shows nothing. A subhead never ends on a function
# word or one the text writes in lower case ("Dieses Mal reden wir", "Yesterday"): that opens
# the sentence itself; nor on a possessive ("Japan's Nippon Oil is"), which goes on into its noun.
_MAX_HEADING_WORDS = 6
# Function words are short; a stoplist holds frequent nouns too ("university", "college").
# A letter alone may be a name's or a grade's ("Straight A grades", "Can I expand …?").
_MAX_FUNCTION_WORD_CHARS = 4
# Small joining words inside a subhead ("Table of Contents", "Mise à jour"), never its last.
_MAX_JOINING_CHARS = 3
_WORD_CHARS = re.compile(r"[^\W_][\w'’&-]*")
_LETTERS = re.compile(r"[^\W\d_]+")
# The sentence after the subhead ends on its line: prose, not a label ("Support Me on Patreon:").
_SENTENCE_END = re.compile(r"[.!?…。！？](?:\s|$)")


def cased_heading_end(line: str, text: str) -> int:
    """Where the sentence starts after a title-case subhead opening `line`, as the case of
    the words in `text` (the line's whole entry) shows; 0 where none does."""
    words = line.split(" ")[: _MAX_HEADING_WORDS + 4]
    offset = 0
    for count, word in enumerate(words[:-3], start=1):
        if count > _MAX_HEADING_WORDS or not _WORD_CHARS.fullmatch(word):
            return 0
        if not word[0].isupper() and (count == 1 or len(word) > _MAX_JOINING_CHARS):
            return 0
        offset += len(word) + 1
        after, ahead = words[count], words[count + 1 : count + 4]
        if (
            word[0].isupper()
            and not any(w.endswith(("'s", "’s")) for w in words[:count])
            and _LETTERS.fullmatch(after)
            and 1 < len(after) <= _MAX_FUNCTION_WORD_CHARS
            and after[0].isupper()
            and after[1:] == after[1:].lower()
            and ahead[0][:1].islower()
            and _SENTENCE_END.search(line, offset)
            and _written_lower(after, text)
            and after.lower() in (stops := _function_words(text))
            and word.lower() not in stops
        ):
            return offset
    return 0


def _function_words(text: str) -> frozenset[str]:
    """The function words (justext's stoplist) of the language `text` is written in."""
    language, _ = _identifier().classify(text)
    return _stoplist(str(language))


@cache
def _identifier() -> Any:
    # Loaded on first use (~1 s), as parsing.written_language loads it: most texts never ask.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _stoplist(language: str) -> frozenset[str]:
    """justext's stoplist for an ISO 639-1 code ("nb": "Norwegian_Bokmal"); none unknown."""
    from babel import Locale, UnknownLocaleError
    from justext import get_stoplist, get_stoplists

    try:
        name = Locale.parse(language).english_name or ""
    except (ValueError, UnknownLocaleError):
        return frozenset()
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = name.replace(" ", "_")
    return frozenset(get_stoplist(name)) if name in get_stoplists() else frozenset()


def _written_lower(word: str, text: str) -> bool:
    """Whether `text` writes the word in lower case, as a word of prose, not in an address
    ("animoto.com/?ref=…")."""
    low = re.escape(word.lower())
    return re.search(rf"(?<![\w/.@-]){low}(?![\w/@-])", text) is not None


# A subhead opens a line: Hugo ends a paragraph in a line break, a heading in a space. Inside a
# line, after a sentence's end, capitals show nothing ("… a job. Mark West struggling …").
_LINE_START = re.compile(r"^", re.M)


def cased_headings_apart(blocks: list[Block], text: str) -> list[Block]:
    """The blocks, a subhead the case of `text` shows run into a line's start set apart: the
    text's first as a heading (the lead starts after it), a later one dropped from its line."""
    # A later subhead is cut as openings.cut_section_heading cuts one: the lead goes on
    # through the paragraph it opens ("Logging Messages The framework supports …", s7).
    out: list[Block] = []
    for n, block in enumerate(blocks):
        if block.role != "para" or block.kind != "text":
            out.append(block)
            continue
        cuts = []
        for opening in _LINE_START.finditer(block.text):
            line = block.text[opening.start() :].partition("\n")[0]
            if end := cased_heading_end(line, text):
                cuts.append((opening.start(), opening.start() + end))
        if cuts and n == 0 and cuts[0][0] == 0:
            out.append(Block(block.text[: cuts[0][1]].strip(), (), block.kind, "heading"))
            block, cuts = (
                _without(block, cuts[:1]),
                [(a - cuts[0][1], b - cuts[0][1]) for a, b in cuts[1:]],
            )
        out.append(_without(block, cuts) if cuts else block)
    return out


def _without(block: Block, cuts: list[tuple[int, int]]) -> Block:
    """The block without the cut spans, its links moved with the text they cover."""
    kept, links, at, shift = [], list(block.links), 0, 0
    moved: list[Link] = []
    for start, end in [*cuts, (len(block.text), len(block.text))]:
        kept.append(block.text[at:start])
        moved += [
            Link(lk.start - shift, lk.end - shift, lk.href)
            for lk in links
            if at <= lk.start < start
        ]
        shift += end - start
        at = end
    return Block("".join(kept).strip(), tuple(moved), block.kind, block.role, block.italic)
