"""A `/~user/` directory on a host carrying many people's journals is that user's site.

Strings quoted from use.perl.org's "Ovid's Friends' Journals" (2008, in the ruby-feed-parser
benchmark crawl, which states no licence)."""

from __future__ import annotations

from bot.attribution.carriers import is_aggregated, is_own_item, item_carrier, venue
from bot.attribution.user_sites import user_credit, user_home

FRIENDS = "http://use.perl.org/~Ovid/journal/friends/"
LINKS = [
    "http://use.perl.org/~pmichaud/journal/38080",
    "http://use.perl.org/~chromatic/journal/38077",
    "http://use.perl.org/~gabor/journal/38075",
    "http://use.perl.org/~Eric+Wilhelm/journal/38074",
]


def test_a_hosts_list_of_its_users_journals_is_aggregated() -> None:
    assert is_aggregated(LINKS, FRIENDS, "http://use.perl.org/~Ovid/journal/friends/rss")


def test_one_users_own_pages_are_not_aggregated() -> None:
    own = [f"http://www.cs.example.edu/~joe/blog/{n}.html" for n in range(5)]
    assert not is_aggregated(own, "http://www.cs.example.edu/~joe/", "http://x.example/feed")


def test_a_friends_permalink_is_not_the_aggregates_own_item() -> None:
    assert not is_own_item("id:" + LINKS[0] + "?from=rss", FRIENDS)
    assert is_own_item("id:http://use.perl.org/~Ovid/journal/38001", FRIENDS)


def test_the_journal_owner_on_the_host_is_the_credit() -> None:
    carrier = item_carrier(LINKS[3], source_name=None, source_url=None, notices=[])
    assert carrier is not None
    assert carrier.name == "Eric Wilhelm on use.perl.org"
    assert carrier.url == "http://use.perl.org/~Eric+Wilhelm/"
    assert venue(LINKS[0]) != venue(LINKS[1])


def test_a_page_outside_any_users_directory_has_no_user() -> None:
    assert user_credit("http://use.perl.org/article.pl?sid=08/12/01") is None
    assert user_home("http://example.com/a~b/") is None


def test_a_feed_proxys_tilde_path_is_no_user() -> None:
    proxied = "http://feedproxy.google.com/~r/SoftiesOnRails/~3/-kGe2TFpKJM/do-you-test-your-views"
    assert user_credit(proxied) is None
