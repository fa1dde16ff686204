"""A credit taken from a feed's title, checked against the site's own address: the words the
domain corroborates stay ("Codewalkers Tutorial List" on codewalkers.com is Codewalkers); a
feature's name the address spells no word of ("Motivational Quotes of the Day") is no publisher;
a name the channel states alone opens a title that says more ("OSCHINA 社区最新新闻")."""

from __future__ import annotations

import re

from bot.attribution.connector_names import HOST_STYLED
from bot.attribution.name_spellings import clean_name, compact, fold
from bot.attribution.section_words import CONNECTORS, LISTED_KINDS, SECTION_WORDS
from bot.attribution.title_domain_names import names_domain, split_title
from bot.parsing.models import ChannelNames

# Words that say what a feed carries, after the name: stream, section, listing and joining
# words ("The macosxhints.com New Comments").
_STREAM = frozenset("new newest latest recent top all".split())
_CARRIED = SECTION_WORDS | LISTED_KINDS | CONNECTORS | _STREAM
# A feature that recurs by the calendar: "… of the Day", "… du jour", "… des Tages".
_FEATURE = re.compile(
    r"(?i)\b(?:(?:of|for)\s+the\s+(?:day|week|month|year)|du\s+jour|de\s+la\s+semaine"
    r"|del\s+d[ií]a|de\s+la\s+semana|des\s+tages|der\s+woche)\b"
)
# A word shorter than this is too common to corroborate a domain by being inside its label.
_MIN_SHARED = 4
_MARKS = "'’.,:;!?\"“”()[]"


def corroborated_opening(name: str, domain: tuple[str, str]) -> str | None:
    """The fewest opening words of `name` that spell the domain, when every word after them
    says what the feed lists ("Codewalkers" of "Codewalkers Tutorial List"), else None."""
    words = name.split()
    for end in range(1, len(words)):
        rest = [fold(w).strip(_MARKS) for w in words[end:]]
        if not all(w in _CARRIED for w in rest) or not any(w in LISTED_KINDS for w in rest):
            continue
        opening = " ".join(words[:end]).rstrip(_MARKS)
        if fold(words[end - 1]).strip(_MARKS) not in CONNECTORS and names_domain(opening, domain):
            # A host keeps no article: "macosxhints.com" of "The macosxhints.com".
            bare = opening.split(" ", 1)[-1]
            return bare if fold(words[0]) == "the" and HOST_STYLED.match(bare) else opening
    return None


def names_a_feature(name: str, domain: tuple[str, str]) -> bool:
    """Whether `name` is a recurring feature's ("Motivational Quotes of the Day": a kind of
    item by the calendar) and no word of it is the domain's, so it names no publisher."""
    feature = _FEATURE.search(name)
    if feature is None:
        return False
    listed = [fold(w).strip(_MARKS) for w in name[: feature.start()].split()]
    if not listed or listed[-1] not in LISTED_KINDS:
        return False
    return not any(_shares_label(w, domain) for w in name.split())


def _shares_label(word: str, domain: tuple[str, str]) -> bool:
    """Whether a word of the name is inside the domain's label or holds it."""
    key, label = compact(word), compact(domain[1])
    if len(key) < _MIN_SHARED or not label:
        return False
    return key in label or label in key


# Words after the stated name at most: more is a sentence about the site, not a feed's label.
_MAX_LABEL_WORDS = 4


def stated_opening(
    name: str, channel: ChannelNames | None, domain: tuple[str, str] | None
) -> str | None:
    """The name the channel states alone (logo title, description's first part) where the
    credited title opens with it and goes on in words ("OSCHINA" of "OSCHINA 社区最新新闻")."""
    # Described "OSCHINA - 中文开源技术交流社区"; "L'Equipe.fr Actu Rugby" under its logo.
    if channel is None or domain is None:
        return None
    described = split_title(clean_name(channel.description))
    stated = [clean_name(channel.image_title)]
    # A description of one part is a sentence; of several, its first part is a name.
    stated += [described[0][0]] if len(described) > 1 else []
    for own in stated:
        rest = name[len(own) :]
        if not own or fold(name[: len(own)]) != fold(own) or not rest[:1].isspace():
            continue
        # "CNET News.com" is one name; "OSCHINA 社区最新新闻" goes on in words.
        if len(rest.split()) <= _MAX_LABEL_WORDS and names_domain(own, domain):
            return own
    return None
