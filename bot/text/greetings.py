"""A newsletter's greeting opening its lead ("Welcome to issue #31!", "Happy Thursday!", "Let's
get straight to the links this week!"): it says nothing of the issue, and restates its headline.
"""

from __future__ import annotations

import re

from bot.text.host_intros import is_host_greeting, is_host_patter
from bot.text.offside_openings import headline_keys, shares_headline_word

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_GREETING = re.compile(
    rf"^(?:(?:happy|good)\s+(?:{_DAY}|weekend|morning|afternoon|evening|new\s+year)"
    r"(?:\s*,\s*[^\W\d_][\w-]*)?"
    r"|(?:hi|hello|hey|greetings|howdy)(?:\s+(?:all|everyone|everybody|folks|friends|there))?"
    r"(?:\s*,\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)?"
    # The same in other languages, to everyone or to the readers' nickname ("Salut les
    # loulous !", "Bonjour à tous !", "Hallo zusammen!", "¡Hola a todos!").
    r"|¡?(?:salut|bonjour|bonsoir|coucou|hello|hallo|moin|servus|hola|buongiorno|ciao|olá|oi"
    r"|hej|hoi)(?:\s+(?:à\s+tou(?:te)?s|tout\s+le\s+monde|les\s+[^\W\d_]+|zusammen|leute"
    r"|(?:a\s+)?tod[oa]s|a\s+tutti|allihop|allemaal|pessoal))?\s*"
    # "Welcome to issue #31!", "Welcome to issue #10 of the weekly brief!", "Welcome back to
    # another edition of …"
    r"|welcome\s+(?:back\s+)?to\s+(?:(?:the|this|another|our)\s+)?(?:\S+\s+){0,2}"
    r"(?:issue|edition|episode|installment|instalment|week|roundup|round-up|digest|links)\b"
    r"[^.!?]{0,60}"
    # A column's "Welcome back to the Abstract!": an exclamation of a few words, its name.
    r"|welcome\s+(?:back\s+to\s+(?:the\s+)?|to\s+the\s+(?=[A-Z]))(?:[^\W\d_][\w'’-]*\s+){0,3}"
    r"[^\W\d_][\w'’-]*(?=!)"
    # A welcome to the writer's tutorial or blog, the sentence whole ("Bienvenue dans mon
    # tuto.", "Welcome to my blog!"): it names the kind of post, not what it says.
    r"|(?:welcome\s+to|bienvenue\s+(?:dans|sur|à)|bienvenid[oa]s?\s+(?:a|al)|benvenut[oi]\s+(?:in|nel)"
    r"|willkommen\s+(?:zu|in|im|bei|auf))\s+(?:my|this|our|mon|ma|ce|cet|cette|notre|mi|este|nuestro"
    r"|il\s+mio|questo|meinem|meiner|diesem|dieser|unserem)\s+(?:new\s+|nouveau\s+|petit\s+|neuen\s+)?"
    r"(?:tuto(?:riel|rial)?|tutoriale|blog|weblog|post|article|billet|art[íi]culo|articolo|beitrag"
    r"|guide|cours|curso|corso|lesson|course)s?"
    # "Let's get straight to the links this week!", "Let's go for my web review for the week …"
    r"|let['’]s\s+(?:get\s+(?:straight\s+|right\s+)?(?:to|into)|go\s+for|dive\s+(?:right\s+)?in"
    r"(?:to)?|jump\s+(?:right\s+)?in(?:to)?|get\s+started)\b[^.!?]{0,60}"
    r")[.!]+\W*$",
    re.IGNORECASE,
)


# A roundup's pitch for itself: what it collects, in a list of kinds of links ("Whether you're a
# seasoned developer or just starting …, we've curated resources, tutorials, tools, and news to
# keep you informed and inspired."). Two kinds of link and a word of collecting make one; a
# sentence naming what this issue holds names things, not kinds, and stays.
_KINDS = re.compile(
    r"\b(?:articles|resources|tutorials|tools|news|links|libraries|discussions|updates|insights"
    r"|tips|releases|trends|finds|reads|guides|stories|videos|experiments|projects)\b",
    re.IGNORECASE,
)
_COLLECTING = re.compile(
    r"\b(?:we(?:['’]ve|\s+have)?\s+(?:\w+\s+)?(?:curated|gathered|collected|compiled|rounded\s+up"
    r"|picked|selected|bring\s+you|collect|gather|compile|curate)"
    r"|(?:this|our|the)\s+(?:week['’]s\s+)?(?:roundup|round-up|edition|digest|collection|list"
    r"|batch|selection)|these\s+(?:curated\s+)?links|got\s+you\s+covered|curated"
    r"|(?:roundup|batch|collection|selection)\s+of|div(?:e|ing)\s+into"
    r"|^welcome\s+(?:back\s+)?to\b.{0,80}\b(?:roundup|round-up|links|digest|edition|issue))\b",
    re.IGNORECASE,
)


# A pitch's address to every kind of reader ("Whether you're a frontend developer, backend
# expert, or just exploring …, we've got you covered.").
_WHETHER_YOU = re.compile(r"^whether\s+you(?:['’]re|\s+are)\b[^.!?]*,", re.IGNORECASE)


def is_roundup_pitch(sentence: str) -> bool:
    """Whether a sentence pitches a roundup by the kinds of links it collects."""
    kinds = len({m.lower() for m in _KINDS.findall(sentence)})
    return kinds >= 2 and bool(_COLLECTING.search(sentence))


def is_greeting(sentence: str) -> bool:
    """Whether a sentence is a newsletter's greeting or its "let's get to it"."""
    return bool(_GREETING.match(sentence.strip()))


# A bracketed remark between a host's lines ("(Hint: we’ve got some big news this week, if you
# hadn’t heard).") is their patter too.
_BRACKETED = re.compile(r"\(.*\)\W*")


def _opening_patter(first: list[str]) -> tuple[int, bool]:
    """How many sentences open `first` as greetings or a host's patter, and whether any of
    them is a host's patter (not only a greeting)."""
    n, patter = 0, False
    while n < len(first):
        host = is_host_patter(first[n])
        aside = _BRACKETED.fullmatch(first[n]) and n > 0
        if not (host or is_greeting(first[n]) or is_host_greeting(first[n]) or aside):
            break
        patter = patter or host
        n += 1
    return n, patter


def without_greetings(
    sections: list[list[list[str]]], title: str | None = None
) -> list[list[list[str]]]:
    """The lead's sections without the greetings opening the first paragraph, or without a
    roundup's intro paragraph (its pitch), then none: its first item is no lead of the issue."""
    if not sections or not sections[0]:
        return sections
    first = sections[0][0]
    pitches = [is_roundup_pitch(s) for s in first]
    # An address to every kind of reader goes with a pitch, but is none alone (a how-to opens
    # "Whether you're creating reports …, a calendar table can be a lifesaver.").
    marks = [
        p or is_greeting(s) or bool(_WHETHER_YOU.match(s))
        for p, s in zip(pitches, first, strict=True)
    ]
    pitched = any(pitches) and marks[0] and 2 * sum(marks) >= len(first)
    if pitched:
        # A roundup's intro paragraph is its pitch, and what follows it the first item, no
        # lead of the issue: the headline says what the issue is.
        return []
    n, patter = _opening_patter(first)
    if n == 0:
        return sections
    if patter:
        # A host's patter opens the issue: what follows it in its section may be more of it
        # ("We do like to “polish” things here in Poland ;-)"); the item the headline names leads.
        opening = ([first[n:]] if first[n:] else []) + sections[0][1:]
        return _headline_item([opening, *sections[1:]], title)
    rest = [first[n:]] if first[n:] else []
    head = rest + sections[0][1:]
    return ([head] if head else []) + sections[1:]


_ITEM_PARAGRAPHS = 12


def _headline_item(sections: list[list[list[str]]], title: str | None) -> list[list[list[str]]]:
    """`sections` from the first paragraph sharing a content word with the headline (an issue's
    item it names, not its contributors' thanks); none where no paragraph does."""
    headline = headline_keys(title or "")
    seen = 0
    for s, section in enumerate(sections):
        for p, paragraph in enumerate(section):
            if shares_headline_word(" ".join(paragraph), headline):
                return [section[p:], *sections[s + 1 :]]
            seen += 1
            if seen == _ITEM_PARAGRAPHS:
                return []
    return []
