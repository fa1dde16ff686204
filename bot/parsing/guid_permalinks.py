"""An item's guid permalink as its article where its <link> is a tracking host's copy of the
guid's page (FT's "traxfer.ft.com")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from bot.parsing.url_hosts import host_of
from bot.parsing.urls import registered_domain


def permalink_guid(raw: Mapping[str, Any], link: str | None) -> str | None:
    """The guid where it is the article `link` stands in for, else `link`."""
    guid = raw.get("id")
    if link is None or not isinstance(guid, str) or not guid.startswith(("http://", "https://")):
        return link
    guid = guid.strip()
    try:
        ours, theirs = urlsplit(guid), urlsplit(link)
    except ValueError:
        return link
    our_host, their_host = host_of(ours), host_of(theirs)
    if not our_host or not their_host or our_host == their_host:
        return link
    # FT's "traxfer.ft.com/cms/s/0/<id>.html?o=%2Frss…" beside the guid "www.ft.com/cms/s/0/
    # <id>.html": the same page on the site's click-counting host, with the counter's query.
    if (
        ours.path == theirs.path
        and len(ours.path) > 1
        and theirs.query
        and not ours.query
        and registered_domain(guid) == registered_domain(link)
    ):
        return guid
    return link
