"""A person's site on a host that carries many people's pages: a `/~user/` directory
("use.perl.org/~pmichaud/journal/…") is that user's own venue, not the host's."""

from __future__ import annotations

import re
from urllib.parse import unquote_plus, urlsplit

from bot.attribution.domains import registered_domain

# The Unix home-directory convention for a user's pages on a shared host (universities,
# use.perl.org's journals, tilde servers): the first path segment, "~" and a name.
_USER_DIR = re.compile(r"/~([^/?#;]{1,64})")


def _user(url: str | None) -> str | None:
    # A feed proxy's "/~r/Feed/~3/…" is no user's: one "~" segment, a name of 2+ characters.
    path = urlsplit(url or "").path
    match = _USER_DIR.match(path)
    if not match or len(match.group(1)) < 2 or "/~" in path[match.end() :]:
        return None
    return match.group(1)


def user_venue(url: str | None) -> str | None:
    """ "use.perl.org/~pmichaud" for a page in a user's directory, None for any other page."""
    user = _user(url)
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    return f"{host}/~{user.casefold()}" if user and host else None


def user_home(url: str | None) -> str | None:
    """The user's directory's front page ("http://use.perl.org/~pmichaud/")."""
    parts = urlsplit(url or "")
    user = _user(url)
    if not user or parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return f"{parts.scheme}://{parts.netloc}/~{user}/"


def user_credit(url: str | None) -> str | None:
    """The user's site as a credit names it: "Eric Wilhelm on use.perl.org"."""
    user = _user(url)
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    name = unquote_plus(user).strip() if user else ""
    return f"{name} on {host}" if name and host else None


def place(url: str | None) -> str | None:
    """The site a page is on: a user's directory, or else its registered domain."""
    return user_venue(url) or registered_domain(url)
