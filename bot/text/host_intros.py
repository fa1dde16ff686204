"""A host's patter opening a newsletter or a show: a greeting from a place ("Hello 🌧 from
London!"), the host introducing themself ("This is Kir, bringing you the latest Rails updates
…") or handing over ("We take you now, live, to our reporter on the scene, Tim, …", "And now,
the man who beat the Rona … - Dave Jones!"). It says who speaks, not what the issue holds."""

from __future__ import annotations

import re

_NAME = r"(?-i:[A-Z])[\w'’.-]*"
_GREETING_WORD = r"(?:hello|hi|hey|greetings|howdy|bonjour|hallo|hola|ciao)"
# A greeting from where the host writes, or to the readers by a name ("Hello 🌨 from
# Pittsburgh!", "Hey there, esteemed readers of Rails’ public repo tea leaves."), or their "and
# now" over what comes: a greeting, what follows it in the paragraph may be the issue's news
# ("RailsConf was amazing: …").
_HOST_GREETING = re.compile(
    rf"^{_GREETING_WORD}\W{{0,6}}\s*(?:from\s+{_NAME}(?:\s+{_NAME})?|there,\s+(?:my\s+)?"
    r"(?:\w+\s+){0,2}(?:readers|listeners|viewers|subscribers|friends)\b[^.!?]*)\W*$"
    # "And now a Rails 🌩 News Flash 🌩!": the host's "and now" over what comes, no news in it.
    r"|^and\s+now\b[^.?!:]{0,40}!+\W*$",
    re.IGNORECASE,
)
_HOST_PATTER = re.compile(
    # The host by name, bringing the issue ("This is Kir, bringing you the latest Rails updates
    # in this episode of the newsletter.", "Hello fellow Rubyists, this is Wojtek bringing you
    # …", "It’s Kasper bringing you the latest hot cup …", "This is Eugene, with a roundup …").
    rf"^(?:{_GREETING_WORD}\b[^.!?]{{0,40}},\s*)?(?:this\s+is|it['’]s|I['’]m|here['’]s)\s+"
    rf"{_NAME}(?:\s+{_NAME})?,?\s+(?:bringing\s+you|with\s+(?:a|an|the|your|this|another)"
    r"\s+(?:\w+\s+)?(?:roundup|round-up|recap|summary|digest|update|edition|issue)"
    r"|here\s+(?:with|to\s+bring))\b[^!?]*?[.!]+\W*$"
    # What the host will cover ("I will cover the highlights from the last two weeks.").
    r"|^(?:I|we)(?:\s+will|['’]ll)\s+(?:cover|round\s+up|go\s+over|bring\s+you)\s+(?:the|all"
    r"\s+the)\s+(?:highlights|latest|news|main\s+changes)\b[^.!?]*[.!]\W*$",
    re.IGNORECASE,
)


# The host handing over, wherever it stands ("We take you now, live, to our reporter on the
# scene, Tim, …"), or a show's call-out of its co-host, the name last ("And now, the man who beat
# the Rona … - Dave "Fully Noded" Jones!", "Some call him Dave, …, I call him the Dream Maker -
# Dave Jones Everybody!"): a dash, then the name and an exclamation.
_CALLOUT = re.compile(
    r"^(?:and\s+)?(?:now\s+)?we\s+take\s+you\s+(?:now\W+)?(?:live\W+)?(?:over\s+)?to\b[^!?]*[.!]\W*$"
    rf"|^(?:[^.?!]|\.(?=\d)){{10,160}}\s[-–—]+\s*{_NAME}(?:\s+(?:[\"“][^\"”]{{1,30}}[\"”]|{_NAME})){{1,3}}"
    r"(?:,?\s+(?:everybody|everyone|folks|y['’]all))?\s*!+\W*$",
    re.IGNORECASE,
)


def is_host_callout(sentence: str) -> bool:
    """Whether a sentence hands over to a co-host or calls them out by name ("… - Dave Jones!")."""
    return bool(_CALLOUT.match(sentence.strip()))


def is_host_greeting(sentence: str) -> bool:
    """Whether a sentence greets the readers from a place or by a name ("Hello 🌧 from London!")."""
    return bool(_HOST_GREETING.match(sentence.strip()))


def is_host_patter(sentence: str) -> bool:
    """Whether a sentence is a host's patter: their own introduction, a handover to a co-host,
    or "and now" over what comes."""
    return bool(_HOST_PATTER.match(sentence.strip())) or is_host_callout(sentence)
