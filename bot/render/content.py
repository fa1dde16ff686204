"""Telegram HTML for a post: every feed string escaped, within Telegram's length limits."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from html import escape, unescape
from urllib.parse import urlsplit

from bot.render.summary_html import summary_html, summary_inside_link
from bot.render.telegram_html import drop_unsafe_links, is_linkable
from bot.render.template import DEFAULT_TEMPLATE, Template, fill, parse_template
from bot.text.summaries import shorten_at_word
from bot.text.summary_links import Anchor

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
# Telegram shows at most this many characters of a hashtag as one.
_HASHTAG_CHARS = 64


def telegram_length(visible_text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the text after entity parsing."""
    return len(visible_text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class PostContent:
    """What a post says, before it becomes HTML."""

    title: str
    summary: str
    link: str | None
    source_name: str
    source_url: str | None = None
    # Set for a reprint: the outlet that first published the article.
    original_publisher: str | None = None
    original_url: str | None = None
    # Hashtags, already normalised ("#Winter_Olympics").
    tags: tuple[str, ...] = ()
    image_url: str | None = None
    # The aggregator whose feed carried the site's item, when it has a name: "via Hacker News".
    carried_via: str | None = None
    # The entry's links whose words the summary says (bot.text.summary_links), linked there.
    summary_links: tuple[Anchor, ...] = ()


_TAG = re.compile(r"<[^>]+>")
NO_ARTICLE_LINK = "No article link"
_DEFAULT = parse_template(DEFAULT_TEMPLATE)


def visible_text(html: str) -> str:
    """The text Telegram shows for HTML this module produced (tags dropped, entities decoded)."""
    return unescape(_TAG.sub("", html))


# Symbols that make a name, which a hashtag (letters, digits, "_") would lose: "C#" is not
# "#C", nor "C++" "#C", nor ".NET" "#NET".
_SHARP = re.compile(r"(?<=\w)#(?!\w)")
_PLUS_PLUS = re.compile(r"(?<=\w)\+\+(?!\w)")
_LEADING_DOT = re.compile(r"(?<![\w.])\.(?=[A-Za-z])")
# Capitals joined by "&" are one name ("AT&T", "H&M", "M&A"): one word, as the brands tag
# themselves (#ATT, #HM), not "#AT_T". "Arts & Crafts" stays two words.
# Initials of two words joined by "and" keep it ("Q&A" #QandA, "R&D" #RandD): "#QA" reads
# as quality assurance, "#RD" as nothing. Brands keep their own spelling (#ATT, #HM).
_AND_PHRASE = re.compile(r"(?<![\w&])(?:Q&A|M&A|R&D)(?![\w&])")
_AMPERSAND_NAME = re.compile(r"(?<![\w&])([A-Z]{1,3})&([A-Z]{1,3})(?![\w&])")


def _spelled_symbols(category: str) -> str:
    if "#" in category or "+" in category or "." in category:
        category = _SHARP.sub("Sharp", category)
        category = _PLUS_PLUS.sub("pp", category)
        category = _LEADING_DOT.sub("Dot", category)
    if "&" in category:
        category = _AND_PHRASE.sub(lambda m: m[0].replace("&", "and"), category)
        category = _AMPERSAND_NAME.sub(r"\1\2", category)
    if "$" in category:
        category = _DOLLAR_S.sub(_letter_s, category)
    return category


# A "$" standing for an "s" in a name ("$uper Rewards", "Ke$ha", "A$AP"): the letter, not a
# dropped symbol ("#uper_Rewards"). A lone "$word" is a code variable ("$error") and stays.
_DOLLAR_S = re.compile(r"(?<=[A-Za-z])\$(?=[A-Za-z])|(?<![\w$])\$(?=[a-z]+ [A-Z])")


def _letter_s(found: re.Match[str]) -> str:
    in_word = found.string[found.start() - 1 : found.start()].isalpha()
    return "s" if in_word and found.string[found.end()].islower() else "S"


_CLITIC = re.compile(r"(?<=[^\W\d_])['’](?=(?:s|t)\b)")


# An elided article or preposition (French "d’", "l’", Italian "l'"), which a feed's tag
# list writes or leaves out: "Création D’Entreprise" and "creation entreprise" are one tag.
_ELISION = re.compile(r"(?<!\w)[cdjlmnst]['’](?=\w)")
_LATIN_ACCENT = re.compile(r"(?<=[a-z])[\u0300-\u036f]+")


def _reader_key(text: str) -> str:
    """The tag as a reader tells tags apart: no case, accents, elisions or separators."""
    # Accents only off Latin letters: a Devanagari or Arabic mark is part of the word.
    folded = _LATIN_ACCENT.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return "".join(_words(_ELISION.sub("", folded)))


# Joiners that hold a conjunct together (Sinhala "ශ්‍රී", Devanagari half forms).
_JOINERS = frozenset("\u200c\u200d")


def _words(text: str) -> list[str]:
    """The words of a tag, each with its vowel signs, viramas and joiners ("කවි", not "කව")."""
    # Python's \w leaves out combining marks, which in Brahmic scripts and Thai are letters'
    # vowels: split there, "නිසඳැස්" came out as "#න_සඳ_ස".
    words: list[str] = []
    current = ""
    for char in text:
        if char.isalnum() or (
            current and (char in _JOINERS or unicodedata.category(char)[0] == "M")
        ):
            current += char
        elif current:
            words.append(current)
            current = ""
    return [*words, current] if current else words


# A plural beside its singular ("pull request", "pull requests") is one tag twice.
_PLURAL = re.compile(r"(?<=[^\W\d_]{3}[^\W\ds_])s$")


def _twin(key: str) -> str:
    """The key's singular where it ends in a plural "s", else its plural where it has one."""
    if _PLURAL.search(key):
        return key[:-1]
    return plural if _PLURAL.search(plural := key + "s") else key


_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")


def _word_set(text: str) -> frozenset[str]:
    """The tag's words as a reader tells them apart, each in its singular."""
    folded = _LATIN_ACCENT.sub("", unicodedata.normalize("NFKD", text.casefold()))
    # An apostrophe left after the elisions joins one name ("O'Reilly" is not "Reilly").
    joined = _INNER_APOSTROPHE.sub("", _ELISION.sub("", folded))
    return frozenset(_PLURAL.sub("", w) for w in _words(joined))


def _near_twin(words: frozenset[str], shown: list[frozenset[str]]) -> bool:
    """True where one tag's words hold all of the other's, inflected or not: "#design
    #design_change", "#democratic #Democrats" name one topic twice."""
    return bool(words) and any(_within(words, other) or _within(other, words) for other in shown)


# A shared start of five letters or more, the shorter word's last two letters free, is one word
# inflected ("Democrats", "democratic"); "entreprise" and "entrepreneur" are two.
_STEM, _ENDING = 5, 2


def _within(words: frozenset[str], other: frozenset[str]) -> bool:
    return words <= other or all(any(_one_word(w, o) for o in other) for w in words)


def _one_word(word: str, other: str) -> bool:
    if word == other:
        return True
    short, long = sorted((word, other), key=len)
    return len(short) >= _STEM and long.startswith(short[: max(_STEM, len(short) - _ENDING)])


def hashtags(categories: Iterable[str], limit: int) -> tuple[str, ...]:
    """Categories as hashtags: `Winter Olympics` → `#Winter_Olympics`, at most `limit`."""
    tags: list[str] = []
    seen: set[str] = set()
    shown: list[frozenset[str]] = []
    twins = 0
    for category in categories:
        if len(tags) + twins >= limit:
            break
        # Markup is no part of a tag: `<a href="x">tag</a>` is #tag, not #a_href_x_tag_a.
        text = _spelled_symbols(_TAG.sub(" ", unescape(category)))
        # A possessive or a contraction is one word: "Simpson's Paradox" is #Simpsons_Paradox,
        # not #Simpson_s_Paradox (Telegram ends a hashtag at an apostrophe).
        tag = "_".join(_words(_CLITIC.sub("", text)))[:_HASHTAG_CHARS]
        # Telegram does not link a hashtag without a letter (#2024).
        # "#GiantBomb" and "#Giant_Bomb" are one tag to a reader.
        key = _reader_key(text)
        if not any(c.isalpha() for c in tag) or key in seen or _twin(key) in seen:
            continue
        # The first the feed lists stays: the later one adds no topic. It keeps its place: the
        # feed's next tag is one it ranked lower ("#Zimbabwe #Mugabe #Grace").
        if _near_twin(words := _word_set(text), shown):
            twins += 1
            continue
        seen.update((key, _twin(key)))
        shown.append(words)
        tags.append("#" + tag)
    return tuple(tags)


def _link(href: str | None, label: str) -> str:
    if not is_linkable(href):
        return escape(label, quote=False)
    assert href is not None
    return f'<a href="{escape(href, quote=True)}">{escape(label, quote=False)}</a>'


# An episode whose only link is its audio file: nothing to read, something to listen to; a
# video podcast's episode file is something to watch.
_AUDIO_FILE = re.compile(r"\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac)$", re.IGNORECASE)
_VIDEO_FILE = re.compile(r"\.(?:mp4|m4v|mov|webm|mkv|avi|wmv|flv)$", re.IGNORECASE)


def _link_label(href: str | None) -> str:
    """The article button's label: "Listen" for an audio file, "Watch" for a video file."""
    path = urlsplit(href or "").path
    if _AUDIO_FILE.search(path):
        return "Listen"
    return "Watch" if _VIDEO_FILE.search(path) else "Read more"


def credit_line(content: PostContent) -> str:
    """Who to thank: the original publisher and the site that carried it, or just the site."""
    source = _source(content)
    if content.original_publisher:
        original = _link(content.original_url, content.original_publisher)
        return f"Originally published by {original} · via {source}"
    return source


def _source(content: PostContent) -> str:
    """The site that carried the story, linked, and the aggregator it came through if any."""
    source = _link(content.source_url, content.source_name)
    if content.carried_via:
        return f"{source} via {escape(content.carried_via, quote=False)}"
    return source


def placeholder_values(content: PostContent, footer: str | None = None) -> dict[str, str]:
    """The HTML each template placeholder stands for."""
    original = (
        _link(content.original_url, content.original_publisher)
        if content.original_publisher
        else ""
    )
    return {
        "title": escape(content.title, quote=False),
        "summary": summary_html(content.summary, content.summary_links),
        # A reader is told when the feed gave no article to open (not left looking for one).
        "link": _link(content.link, _link_label(content.link))
        if is_linkable(content.link)
        else NO_ARTICLE_LINK,
        "url": escape(content.link, quote=False) if content.link else "",
        "source": _source(content),
        "original_publisher": original,
        "credit": credit_line(content),
        "tags": escape(" ".join(content.tags), quote=False),
        "footer": footer or "",
    }


def render_post(
    content: PostContent,
    *,
    template: Template | None = None,
    footer: str | None = None,
    limit: int = TEXT_LIMIT,
) -> str:
    """The post as Telegram HTML, shortened (summary first, then title) to fit `limit`."""
    template = template or _DEFAULT
    content = replace(
        content,
        summary_links=() if summary_inside_link(template.source) else content.summary_links,
        title=shorten_at_word(content.title, 300),
        source_name=shorten_at_word(content.source_name, 100),
        carried_via=content.carried_via and shorten_at_word(content.carried_via, 100),
        original_publisher=content.original_publisher
        and shorten_at_word(content.original_publisher, 100),
    )

    def html_for(summary: str) -> str:
        values = placeholder_values(replace(content, summary=summary), footer)
        return drop_unsafe_links(fill(template, values))

    html = html_for(content.summary)
    if telegram_length(visible_text(html)) <= limit:
        return html
    # The longest word-boundary cut of the summary that fits: binary search over its length,
    # since UTF-16 units and characters differ (emoji count twice).
    low, high = 0, len(content.summary)
    best = html_for("")
    while low <= high:
        middle = (low + high) // 2
        summary = shorten_at_word(content.summary, middle) if middle else ""
        html = html_for(summary)
        if telegram_length(visible_text(html)) <= limit:
            best, low = html, middle + 1
        else:
            high = middle - 1
    return best


def with_also_carried(
    text: str, names: Sequence[str], *, plain: bool = False, limit: int = TEXT_LIMIT
) -> str:
    """The post with an "Also carried by: X, Y" line, keeping as many names as fit `limit`."""
    for count in range(len(names), 0, -1):
        shown = names[:count]
        line = "Also carried by: " + ", ".join(
            shown if plain else (escape(name, quote=False) for name in shown)
        )
        candidate = f"{text}\n\n{line}"
        if telegram_length(candidate if plain else visible_text(candidate)) <= limit:
            return candidate
    return text
