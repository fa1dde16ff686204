"""A newsletter's greeting opening its lead ("Welcome to issue #31!", "Happy Thursday!", "Let's
get straight to the links this week!"): it says nothing of the issue, and restates its headline.
"""

from __future__ import annotations

import re

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_GREETING = re.compile(
    rf"^(?:(?:happy|good)\s+(?:{_DAY}|weekend|morning|afternoon|evening|new\s+year)"
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
    r"(?:issue|edition|episode|installment|instalment|week)\b[^.!?]{0,60}"
    # "Let's get straight to the links this week!", "Let's go for my web review for the week …"
    r"|let['’]s\s+(?:get\s+(?:straight\s+|right\s+)?(?:to|into)|go\s+for|dive\s+(?:right\s+)?in"
    r"(?:to)?|jump\s+(?:right\s+)?in(?:to)?|get\s+started)\b[^.!?]{0,60}"
    r")[.!]+\W*$",
    re.IGNORECASE,
)


def is_greeting(sentence: str) -> bool:
    """Whether a sentence is a newsletter's greeting or its "let's get to it"."""
    return bool(_GREETING.match(sentence.strip()))


def without_greetings(sections: list[list[list[str]]]) -> list[list[list[str]]]:
    """The lead's sections without the greeting sentences opening the first paragraph."""
    if not sections or not sections[0]:
        return sections
    first = sections[0][0]
    n = 0
    while n < len(first) and is_greeting(first[n]):
        n += 1
    if n == 0:
        return sections
    rest = [first[n:]] if first[n:] else []
    head = rest + sections[0][1:]
    return ([head] if head else []) + sections[1:]
