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


def user_listing_name(title: str, domain: tuple[str, str] | None) -> str | None:
    """ "znarf on blogmarks.net" for a title naming a service's user, else None."""
    found = _USER_LISTING.match(title)
    if found is None or domain is None:
        return None
    return f"{found.group(1)} on {domain[0]}"
