"""Canonical URLs: the same article through different links gets one story key."""

from __future__ import annotations

import pytest

from bot.parsing.urls import canonical_url, url_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://example.com/a/story", "https://example.com/a/story?utm_source=rss&utm_medium=x"),
        ("https://example.com/a/story", "https://EXAMPLE.com/a/story#comments"),
        ("https://example.com/a/story", "https://example.com/a/story?fbclid=abc123"),
        ("https://example.com/a/story", "http://www.example.com/a/story?gclid=1"),
        ("https://example.com/p?id=3&x=1", "https://example.com/p?x=1&id=3&utm_campaign=c"),
    ],
)
def test_links_to_one_article_share_a_key(a: str, b: str) -> None:
    ca, cb = canonical_url(a), canonical_url(b)
    assert ca is not None and cb is not None
    assert url_key(ca) == url_key(cb)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://example.com/p?id=3", "https://example.com/p?id=4"),
        ("https://example.com/a/story", "https://example.org/a/story"),
        ("https://example.com/a/story-1", "https://example.com/a/story-2"),
    ],
)
def test_different_articles_keep_different_keys(a: str, b: str) -> None:
    ca, cb = canonical_url(a), canonical_url(b)
    assert ca is not None and cb is not None
    assert url_key(ca) != url_key(cb)


def test_tracking_is_stripped_but_meaningful_parameters_stay() -> None:
    assert (
        canonical_url("HTTPS://News.Example.COM/item?id=7&utm_source=tg#top")
        == "https://news.example.com/item?id=7"
    )


@pytest.mark.parametrize("url", ["ftp://example.com/x", "javascript:alert(1)", "/relative", ""])
def test_non_web_urls_have_no_canonical_form(url: str) -> None:
    assert canonical_url(url) is None
