"""Rewriting the text of HTML content outside its code: a listing or a script keeps what
it says, character for character."""

from __future__ import annotations

import re
from collections.abc import Callable

_MARKUP_TOKEN = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^>]*>|<!--.*?-->|[^<]+|<", re.S)
_CODE_ELEMENTS = frozenset("code pre tt kbd samp var script style textarea".split())


def text_outside_code(content: str, change: Callable[[str], str]) -> str:
    """HTML `content` with `change` applied to each run of text outside code elements; tags,
    comments and code stay as they are."""
    out: list[str] = []
    in_code = 0
    for token in _MARKUP_TOKEN.finditer(content):
        if name := token[2]:
            if name.lower() in _CODE_ELEMENTS:
                in_code = max(0, in_code + (-1 if token[1] else 1))
            out.append(token[0])
        elif in_code or token[0].startswith("<"):
            out.append(token[0])
        else:
            out.append(change(token[0]))
    return "".join(out)
