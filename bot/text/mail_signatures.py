"""A post sent by mail (Blogger's mail-to-blog): the "-- " line and all after it, the writer's
signature and the mail service's ad appended under it, are no part of the post."""

from __future__ import annotations

import re

# The signature delimiter on a line of its own between HTML line breaks ("<br />--<br />",
# "<br>-- <br>"); a "--" inside a <pre> is the program's (a template's own signature) and stays.
_DELIMITER = re.compile(
    r"(?:<br\s*/?>|<div[^>]*>|<p[^>]*>)(?:\s|&nbsp;)*--[ \t]?(?:\s|&nbsp;)*"
    r"(?:<br\s*/?>|</div>|</p>)",
    re.I,
)
_PRE_OPEN = re.compile(r"<pre\b", re.I)
_PRE_CLOSE = re.compile(r"</pre\s*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def without_signature(markup: str) -> str:
    """The markup before its first signature delimiter that follows some text, outside <pre>."""
    if "--" not in markup:
        return markup
    for found in _DELIMITER.finditer(markup):
        before = markup[: found.start()]
        if len(_PRE_OPEN.findall(before)) > len(_PRE_CLOSE.findall(before)):
            continue
        if _TAG.sub("", before).replace("&nbsp;", " ").strip():
            return before
    return markup
