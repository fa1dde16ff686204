"""Canonical URLs: the same article through different links gets one story key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.parsing.links import episode_file
from bot.parsing.urls import canonical_by_libraries, canonical_url, url_key, url_key_by_urlsplit
from tests.conftest import corpus_id, corpus_roots
from tests.test_corpus import corpus_files


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


def test_a_podcast_files_ad_insertion_tracking_is_stripped() -> None:
    # Held-out sample 7 (Conan O'Brien Needs A Friend, Crime Junkie, Pod Save America): the
    # episode file's AdsWizz keys and the "feed" they name go; the file's address stays.
    episode = (
        "https://stitcher.simplecastaudio.com/c945bd13-c7f3-4f22-95b5-4bf98e12b21f/episodes/"
        "f92a988d-3232-4735-9366-15ded38e99b3/audio/128/default.mp3"
    )
    tracked = (
        f"{episode}?aid=rss_feed&awCollectionId=c945bd13-c7f3-4f22-95b5-4bf98e12b21f"
        "&awEpisodeId=f92a988d-3232-4735-9366-15ded38e99b3&feed=dHoohVNH"
    )
    assert canonical_url(tracked) == episode
    # The post links the episode file itself when the episode has no page of its own.
    enclosure = {"enclosures": [{"href": tracked, "type": "audio/mpeg"}]}
    assert episode_file(enclosure, "https://teamcoco.com/") == episode
    # Without AdsWizz keys, "feed" picks a format and an "aid" not naming a feed is the site's.
    assert canonical_url("https://example.org/x?feed=rss2") == "https://example.org/x?feed=rss2"
    assert canonical_url("https://example.org/a?aid=42") == "https://example.org/a?aid=42"
    assert canonical_url("https://example.org/a?award=1") == "https://example.org/a?award=1"


@pytest.mark.parametrize("url", ["ftp://example.com/x", "javascript:alert(1)", "/relative", ""])
def test_non_web_urls_have_no_canonical_form(url: str) -> None:
    assert canonical_url(url) is None


_URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>\]\[)(]+")


def _corpus_urls(root: Path) -> set[str]:
    """Every address written in the corpus's files (links, pictures, enclosures)."""
    return {
        m.group() for p in corpus_files(root) for m in _URL_IN_TEXT.finditer(p.read_text("latin-1"))
    }


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_the_shortcut_for_canonical_links_gives_the_libraries_answer(root: Path) -> None:
    # Every address written in the corpus (links, pictures, enclosures) and the shapes the
    # shortcut must leave to courlan and w3lib: the same canonical form either way.
    urls = _corpus_urls(root)
    urls |= {
        "http://example.com", "https://example.com/", "https://a.example.com/x/../y",
        "https://example.com/./x", "https://example.com//x", "https://example.com/x/.",
        "https://xn--bcher-kva.example/x", "https://ex--ample.com/x", "https://example.com:443/x",
        "https://Example.com/x", "HTTP://example.com/x", "https://example.com/a%7eb",
        "https://example.com/a b", "https://example.com/ä", "https://example.com/x;p=1",
        "https://example.com/x?", "https://example.com/x#", "https://user@example.com/x",
        "https://example.com/x--y/", "https://127.0.0.1/x", "https://example.com./x",
        "https://-a.example.com/x", "https://0177.0.0.1/x", "https://a.b/x.", "https://a.b/~x",
        "https://" + "a" * 70 + ".com/x", "https://a.b/_x-y.z~",
    }  # fmt: skip
    shortcut = 0
    for url in urls:
        try:
            slow = canonical_by_libraries(url.strip())
        except ValueError:  # a port w3lib cannot read ("4000<"): the shortcut takes none
            with pytest.raises(ValueError):
                canonical_url(url)
            continue
        fast = canonical_url(url)
        assert fast == slow, url
        shortcut += fast == url
    assert shortcut > len(urls) // 4


@pytest.mark.parametrize("root", corpus_roots(), ids=corpus_id)
def test_the_shortcut_for_plain_urls_gives_urlsplits_key(root: Path) -> None:
    # The corpus's addresses as written and in canonical form, and the shapes the shortcut
    # must leave to urlsplit (brackets, tabs, odd schemes, non-ASCII hosts).
    written = _corpus_urls(root)
    urls = written | {c for u in written if (c := _canonical_or_none(u)) is not None}
    urls |= {
        "https://example.com", "https://example.com?q=1", "https://example.com#x",
        "https://www.example.com:443/x?", "http://WWW.Example.com:80/a?b?c#d?e",
        "https://[::1]/x", "https://a]b/x", "https://ex\tample.com/x", "https://example.com/a\nb",
        " https://example.com/x", "https://example.com/x ", "1http://example.com/x",
        "https://bücher.example/x", "https://example.com/ä?ö=1", "mailto://x@y/z",
        "https://user:pw@example.com:8080/x", "https:/example.com/x", "https:example.com",
    }  # fmt: skip
    for url in urls:
        try:
            slow = url_key_by_urlsplit(url)
        except ValueError:  # brackets urlsplit rejects: the shortcut leaves them to it
            with pytest.raises(ValueError):
                url_key(url)
            continue
        assert url_key(url) == slow, url


def _canonical_or_none(url: str) -> str | None:
    try:
        return canonical_url(url)
    except ValueError:  # a port w3lib cannot read
        return None
