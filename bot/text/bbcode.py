"""Forum markup (BBCode) read as markup: "[url=…]name[/url]" is the name, "[img]…[/img]" goes."""

from __future__ import annotations

import re

# A picture's address is no text; a link's opening tag carries its address ("[url=http://…]"),
# so it is markup even where its closing tag was cut off with the rest of the post.
_PICTURE = re.compile(r"\[img(?:=[^\[\]]*)?\][^\[\]]*\[/img\]", re.I)
_LINK_TAG = re.compile(r"\[(?:url|email)=[^\[\]\s]+\]|\[/(?:url|email)\]", re.I)
# The other tags only where their closing tag follows: "a[i] = b[i]" in code is no markup.
_PAIRED = re.compile(
    r"\[(b|i|u|s|url|email|quote|code|color|colour|size|font|center|left|right|list|spoiler)"
    r"(?:=[^\[\]]*)?\](.*?)\[/\1\]",
    re.I | re.S,
)


def bbcode_read(text: str) -> str:
    """The text with forum markup replaced by what it marks ("[b]Hi[/b]" is "Hi")."""
    if "[" not in text:
        return text
    text = _PICTURE.sub(" ", text)
    while (read := _PAIRED.sub(r"\2", text)) != text:
        text = read  # nested tags ("[quote][b]…[/b][/quote]") come off layer by layer
    return _LINK_TAG.sub("", text)
