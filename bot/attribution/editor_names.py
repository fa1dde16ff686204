"""An editor's name for a site (/name, the CLI): checked, not derived."""

from __future__ import annotations

EDITOR_NAME_CHARS = 80


class BadSiteName(ValueError):
    """An editor's name cannot credit a site; the message says why."""


def editor_site_name(text: str) -> str:
    """An editor's name for a site, spaces collapsed; raises BadSiteName when empty or long."""
    name = " ".join(text.split())
    if not name:
        raise BadSiteName("the name is empty")
    if len(name) > EDITOR_NAME_CHARS:
        raise BadSiteName(f"the name is {len(name)} characters long; at most {EDITOR_NAME_CHARS}")
    return name
