"""From a URL or a host to the outlet's name: the outlets table where it knows the site, else
the registered domain (a platform user's own subdomain kept whole)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.attribution.credit_labels import account_name
from bot.attribution.outlets import USER_SUBDOMAIN_PLATFORMS, by_domain
from bot.parsing.urls import registered_domain as registered_domain


def outlet_for_domain(host_or_url: str | None) -> str | None:
    """The outlet table's name for a URL's or host's site ("dev.to" -> "DEV Community"), else
    its registered domain; None without a host."""
    if not host_or_url:
        return None
    text = host_or_url.strip()
    if account := account_name(text):
        return account  # one account's post on a platform: the account, not "x.com"
    host = urlsplit(text if "://" in text else "http://" + text).hostname
    outlet = by_domain(host) if host else None
    if outlet:
        return outlet.name
    domain = registered_domain(text)
    if host and domain in USER_SUBDOMAIN_PLATFORMS:
        return host.removeprefix("www.")  # "jane.substack.com" is Jane's own venue
    return domain


def inflected_outlet(label: str, href: str | None) -> str | None:
    """The table's name when link text is an inflected form of the linked outlet's name
    ("на [Хабре](habrahabr.ru)" -> "Habr")."""
    host = urlsplit(href).hostname if href and "://" in href else None
    outlet = by_domain(host) if host else None
    if outlet is None:
        return None
    word = label.casefold()
    for spelling in (outlet.name, *outlet.aliases):
        stem = spelling.casefold()
        if word != stem and len(stem) >= 3 and word.startswith(stem) and len(word) - len(stem) <= 2:
            return outlet.name
    return None


# A closing bracket written into a link's host ("(… - <a href="http://www.eco-bio.info%29/">"):
# no host ends so; the address is the host without it.
_GLUED_CLOSER = re.compile(r"(?i)^(https?://[^/?#()%]+?)(?:%29|%5d|\)|\])+(?=[/?#]|$)")


def without_glued_closer(url: str | None) -> str | None:
    """The address less a bracket glued to the end of its host."""
    return _GLUED_CLOSER.sub(r"\1", url) if url else url
