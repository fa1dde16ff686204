"""Tags that only retell the item's headline or another of its tags: the headline cut at its
commas, an episode's numbered label, a word of a name filed whole, the episode file's format."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from html import unescape

_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"<[^<>]*>")
# Where a headline lists its pieces: commas, semicolons, bars, a dash between spaces.
_PIECES = re.compile(r"\s*[,;|]\s*|\s+[-–—]\s+")
_BRACKETED = re.compile(r"\s*\([^()]*\)$")
# The episode file's format or definition among a podcast's search keywords ("hd", "hd
# podcast", "mp3"): it says how the episode is delivered, on every one of them, not what about.
_FORMAT = re.compile(
    r"(?:hd|hq|hi[- ]?def|high[- ]definition|720p|1080p|mp3|mp4|m4a|m4v|aac|ogg|audio|video)"
    r"(?: (?:podcasts?|vidcasts?|vodcasts?|videos?|audio|casts?|shows?))?",
    re.IGNORECASE,
)


def _spelled(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def format_keywords(keywords: set[str]) -> set[str]:
    """The search keywords (folded itunes:keywords) naming the episode file's format."""
    # A blog's category "mp3" (a music store's post) or "Audio" (sound editors) is chosen for
    # the post; a podcast's keyword "hd" beside "vidcast" on every episode is its medium.
    return {k for k in keywords if _FORMAT.fullmatch(k)}


def without_headline_pieces(topics: tuple[str, ...], headline: str) -> tuple[str, ...]:
    """The topics less the headline's comma pieces, where the entry's tags are all of them."""
    # A show files an episode's headline cut at its commas as its tags ("Typisch Helene 12:
    # Ärger mit Handys, süsse Rache und Valentinstag"): each retells the headline and can
    # group no other episode. Tags naming some of the pieces ("Obama, McCain debate": "Obama")
    # are topics.
    # A piece's date in brackets is the tag's too, which the categories leave out.
    pieces = {p for p in (_spelled(_BRACKETED.sub("", p)) for p in _PIECES.split(headline)) if p}
    if len(pieces) < 2:
        return topics
    cut = {t for t in topics if _spelled(t) in pieces}
    if {_spelled(t) for t in cut} != pieces:
        return topics
    # A piece of one or two words is a name the headline lists ("selezioni di trading:
    # Mondadori, Fiat", "J Church - Creep"), a topic of its own.
    return tuple(t for t in topics if t not in cut or len(t.split()) < 3)


def without_name_words(topics: tuple[str, ...], headline: str, text_html: str) -> tuple[str, ...]:
    """The topics less one-word tags the item says only inside another of its tags, a name
    ("Michael" beside "michael keiner", "Total" beside "tv total")."""
    # A keyword plugin files a name whole and again word by word; the item writes the word only
    # as part of the name, so alone it is a fragment. A word the item also says on its own
    # ("Garmin" beside "Garmin Diving" in "Garmin's New Descent") is a topic of its own.
    wholes = [_spelled(t) for t in topics if 2 <= len(_WORD.findall(t)) <= 4]
    if not wholes:
        return topics
    text = unescape(_MARKUP.sub(" ", text_html)) if "<" in text_html else text_html
    said = f" {_spelled(headline)} | {_spelled(text)} "
    dropped: set[str] = set()
    for topic in topics:
        word = _spelled(topic)
        if " " in word or not word or f" {word} " not in said:
            continue
        inside = [w for w in wholes if f" {word} " in f" {w} " and f" {w} " in said]
        rest = said
        for whole in inside:
            rest = rest.replace(f" {whole} ", " | ")
        if inside and f" {word} " not in rest:
            dropped.add(topic)
    return tuple(t for t in topics if t not in dropped) if dropped else topics


# An episode's number in a label of two words or more ("soulchampion session 3").
_NUMBER = re.compile(r"\d+")


def without_numbered_labels(
    entries_categories: Sequence[tuple[str, ...]], headlines: Sequence[str]
) -> list[tuple[str, ...]]:
    """Each entry's categories less the numbered label its headline says, where another
    entry files the same words under another number ("SoulChampion Session 3", "… 1")."""
    # A show's keyword for one episode ("soulchampion session 3") is on no other episode: it
    # groups none, and its headline says it already.
    numbers: defaultdict[str, set[str]] = defaultdict(set)
    for cats in entries_categories:
        for cat in cats:
            words = _spelled(cat).split()
            if sum(not w.isdigit() for w in words) >= 2 and any(w.isdigit() for w in words):
                numbers[_NUMBER.sub("#", " ".join(words))].add(" ".join(words))
    series = {masked for masked, labels in numbers.items() if len(labels) >= 2}
    if not series:
        return list(entries_categories)
    out = []
    for cats, headline in zip(entries_categories, headlines, strict=True):
        said = f" {_spelled(headline)} "
        out.append(
            tuple(
                c
                for c in cats
                if _NUMBER.sub("#", _spelled(c)) not in series or f" {_spelled(c)} " not in said
            )
        )
    return out


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised_runs(text: str) -> list[str]:
    """The runs of two to four capitalised words `text` writes one space apart."""
    runs: list[list[str]] = [[]]
    end = -1
    for found in _NAME_WORD.finditer(text):
        if not found[0][0].isupper() or (runs[-1] and text[end : found.start()] != " "):
            runs.append([])
        if found[0][0].isupper():
            runs[-1].append(found[0])
        end = found.end()
    return [" ".join(run) for run in runs if 2 <= len(run) <= 4]


def names_rejoined(topics: tuple[str, ...], headline: str, text_html: str) -> tuple[str, ...]:
    """The topics with one-word tags that the item writes only as a name together ("Rino",
    "Mathis": "Rino Mathis") joined into that name, in the place of its first word."""
    # A show's keyword plugin files a guest's name word by word ("Edgar", "Stuchly"): alone,
    # each is a fragment. A word the notes also say apart from the name stays a topic.
    # Only words filed as a name is written ("Edgar", not "XFS" or "containers"), and runs of
    # two: a given name and a surname, not a heading's capitals ("ManjaroBook AMD Ryzen").
    pieces = {t.casefold(): t for t in topics if t.isalpha() and t[0].isupper() and t[1:].islower()}
    if len(pieces) < 2:
        return topics
    text = unescape(_MARKUP.sub(" ", text_html)) if "<" in text_html else text_html
    said = f"{headline} | {text}"
    names: dict[str, str] = {}
    for run in _capitalised_runs(said):
        if len(run.split()) == 2 and all(w in pieces.values() for w in run.split()):
            names.update((w.casefold(), run) for w in run.split())
    if not names:
        return topics
    rest = f" {_spelled(said)} "
    for whole in set(names.values()):
        rest = rest.replace(f" {_spelled(whole)} ", " | ")
    joined: list[str] = []
    for topic in topics:
        joined_name = names.get(topic.casefold())
        if joined_name is None or f" {topic.casefold()} " in rest:
            joined.append(topic)
        elif joined_name not in joined:
            joined.append(joined_name)
    return tuple(joined)
