"""A listing of one user's items on a shared service ("Public marks from user znarf" on
blogmarks.net): credited as that user on the service, not by the listing's title."""

from __future__ import annotations

import re2

# "… from user X", "… of user X", "… de l'utilisateur X", "… von Benutzer X": the user's
# handle closes the title.
_USER_LISTING = re2.compile(
    r"(?i)^\S.*\s(?:from|of|by|de|von|del|dell'|do|da)\s+(?:the\s+)?"
    r"(?:user|l'utilisateur|utilisateur|benutzer|nutzer|usuario|usuário|utente)\s+"
    r"([\w.@-]{2,40})$"
)
# "philcampbell's Recent Qik Videos": a handle's stream of its items on a service, the
# service's name (optional) before the kind of item.
_USER_STREAM = re2.compile(
    r"(?i)^([\w.@-]{2,40})['’]s?\s+(?:recent|latest|newest|new|public)\s+(?:(\S+)\s+)?"
    r"(?:videos|photos|pictures|uploads|posts|bookmarks|favou?rites|links|updates|tweets|clips)$"
)

# "优酷-会员-gswolf的最新视频" ("Youku – member – gswolf's latest videos"): a handle's newest items
# in Chinese, after the service's labels.
_USER_STREAM_CJK = re2.compile(
    r"^(?:.*[-–—·:：\s])?([\w.@-]{2,40})的(?:最新|最近)(?:\d+[个条篇部张]?)?"
    r"(?:视频|影片|照片|图片|相片|日志|文章|收藏|书签|博客|微博)$"
)


def user_listing_name(title: str, domain: tuple[str, str] | None) -> str | None:
    """ "znarf on blogmarks.net" for a title naming a service's user, else None; the service
    by the name the title gives it when that names the domain ("philcampbell on Qik")."""
    if domain is None:
        return None
    if found := _USER_LISTING.match(title):
        return f"{found.group(1)} on {domain[0]}"
    if stream := _USER_STREAM.match(title):
        service = stream.group(2)
        named = service and _compact(service) in (_compact(domain[1]), _compact(domain[0]))
        return f"{stream.group(1)} on {service if named else domain[0]}"
    if stream := _USER_STREAM_CJK.match(title):
        return f"{stream.group(1)} on {domain[0]}"
    return None


def _compact(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())
