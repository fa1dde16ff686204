"""Comments of a program shown in a post ("# get the path elements …", "// fall back to …"):
the code's notes, never the post's lead, so the lead is looked for without them."""

from __future__ import annotations

import re

# A line comment's marker, a space and a word: "#" of Perl, Python, shell; "//" of C and its
# kin. A hashtag has no space ("#TIMESTAMPS"); "# of users" is prose's "number of".
_COMMENT = re.compile(r"(?:#|//)[ \t]+(?!of\b)\w")
# A script's first line ("#!/usr/bin/perl"): the post is the program, its prose is its notes.
_SHEBANG = re.compile(r"#!\s?/\w")


def without_code_comments(sections: list[list[list[str]]]) -> list[list[list[str]]]:
    """The lead sections without the sentences that open on a program's comment marker; none
    when the text is a script (opens on its "#!" line)."""
    if sections and sections[0] and sections[0][0] and _SHEBANG.match(sections[0][0][0]):
        return []
    if not any(_COMMENT.match(s) for section in sections for p in section for s in p):
        return sections
    kept = [[[s for s in p if not _COMMENT.match(s)] for p in section] for section in sections]
    return [s for s in ([p for p in section if p] for section in kept) if s]
