"""The text around a code block a post does not carry: the opening that introduces it, and
a question put to the reader about it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text.blocks import Block

# A short question closing a paragraph after a sentence of its own: before a code block, it asks
# about the code ("… in my code. What do you think?").
_QUESTION_ON_CODE = re.compile(r"(?<=[.!])\s+[^.!?]{1,60}\?$")
_MIN_CODE_INTRO_WORDS = 8
# An introduction that ends pointing at the code ("… something like this", "… such as", "… I'd
# write") says nothing without it; one of several sentences ends a lead that is already there.
_POINTS_AT_CODE = re.compile(
    r"(?i)\b(?:this|these|following|below|here(?:'s|’s)?|so|thus|as|like|follows|e\.g\.?"
    r"|is|are|was|were|write|run|type|do|use|add|see|get|try|said|with|to|of|by|for|from|in|on"
    r"|using)\W*$|\b(?:like\s+(?:this|that|so)|the\s+following|below|here(?:'s|’s|\s+is|\s+are))\b"
    # "this" as what the writer saw or got ("noticed this in the log", "seen this message").
    r"|\b(?:seen|saw|see|noticed|notice|found|got|get|wrote|written|had|have)\s+(?:this|these)\b|^to\s"
)
_SENTENCE_END_INSIDE = re.compile(r"[.!?…][\"”’)]?\s+\S")


def introduced_code(blocks: Sequence[Block], j: int, code: int, text: str, kept: int) -> str:
    """The paragraph `j` before a code block left out, as lead text."""
    opening = kept == 1 and j == code - 1 and blocks[j].text.rstrip().endswith(":")
    if opening and not _SENTENCE_END_INSIDE.search(text):
        # The post's opening introduces its code ("… comes this piece of Emacs Lisp I now have
        # in my init file:"): its own words are the lead, finished where the code would follow;
        # what comes after the code reads on from it. A short lead-in ("Via Chris:") says nothing.
        if len(text.split()) < _MIN_CODE_INTRO_WORDS:
            return ""
        if not _POINTS_AT_CODE.search(text):
            return text.rstrip(" :") + "."
    return _QUESTION_ON_CODE.sub("", _without_code_pointer(text))


# "Here is/are …" presenting what follows ("… time in the future here are required dependencies
# for OpenSUSE 13.1."): with the code left out it presents nothing. Not "the point here is …",
# where "here" means "in this case".
_HERE_PRESENTS = re.compile(
    r"(?i)(?<![\w'’])(?<!point )(?<!thing )(?<!news )(?<!key )(?<!trick )(?<!catch )(?<!issue )"
    r"(?<!problem )(?<!question )(?<!idea )(?<!difference )(?<!interesting )(?<!important )"
    r"(?<!what )(?<!that )(?<!this )(?<!one )(?<!part )(?<!bit )"
    r"here(?:\s+(?:is|are)|['’]s)\s+(?!why\b)\w"
)
# A stop before a capital: "i.e. the rightmost call …" goes on.
_SENTENCE_STOP = re.compile(r"[.!?…][\"”’)]?\s+(?=[\"“‘(]?[A-Z])")


# A last sentence ending on what it shows ("… looked like this.", "… with the following command.",
# "… as shown below."): a full stop where a colon would be.
_ENDS_SHOWING = re.compile(
    r"(?i)\b(?:like\s+(?:this|so)|as\s+follows|the\s+following(?:\s+\w+){0,3}|below)[.!]?[\"”’)]?$"
)


def _without_code_pointer(text: str) -> str:
    """`text` up to its sentence presenting the code after it ("here are the packages …"), when
    that is one of its last two sentences and sentences of its own come before it."""
    end = len(text.rstrip())
    heres = [m.start() for m in _HERE_PRESENTS.finditer(text)][-1:]
    for at in heres + ([end] if _ENDS_SHOWING.search(text, 0, end) else []):
        stops = [m.end() for m in _SENTENCE_STOP.finditer(text, 0, at + 1)]
        # A paragraph that only presents the code ("Here's a Sass version of Eric Meyer's reset.")
        # still says what the post offers; cut alone, it would take the paragraph after the code.
        if stops and len(_SENTENCE_STOP.findall(text, stops[-1], end)) < 2:
            return text[: stops[-1]].rstrip()
    return text


# A shell prompt with its user and host ("[root@centos]# openssl version", "root@box:~# ls",
# "me@host:~/src$ make"): a command typed at a terminal, its output after it. Only prompts that
# name user@host: a bare "$ " or "# " opens prices and lists as often.
_SHELL_PROMPT = re.compile(
    r"(?:^|(?<=\s))(?:\[[\w.-]+@[\w.-]+(?:\s+[^\]\s]+)?\]|[\w.-]+@[\w.-]+:[~/][^\s#$]*)\s?[#$]\s*\S"
)
# The line before the prompt introduces the command when it does not end a sentence
# ("可以看一下默认自带的版本", "Check the version:").
_SENTENCE_DONE = re.compile(r"[.!?。．！？…][\"'”’)\]]*\s*$")


def before_shell_prompt(text: str) -> str:
    """`text` up to a shell prompt run into it (the command and its output are no lead text), and
    without the line introducing the command."""
    prompt = _SHELL_PROMPT.search(text)
    if prompt is None:
        return text
    before = text[: prompt.start()].rstrip()
    head, newline, last = before.rpartition("\n")
    if newline and not _SENTENCE_DONE.search(last):
        before = head.rstrip()
    return before.rstrip(" :")
