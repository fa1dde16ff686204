"""The "Read more" link of held-out sample 27 (feeds of 2008-2020, quoted inline): a counter
carrying another site's address gives it, a guid permalink beats a tracking host's copy of its
page, IBM's "ca=drs-" is tracking, an audio file is "Listen"."""

from __future__ import annotations

import pytest

from bot.parsing.links import entry_link
from bot.parsing.urls import canonical_url
from bot.render.content import PostContent, render_post


@pytest.mark.parametrize(
    ("link", "article"),
    [
        # internet.com's counter: the article's host and path after "/rss/click/".
        (
            "http://redir.internet.com/rss/click/www.internetnews.com/bus-news/article.php/3772911",
            "http://www.internetnews.com/bus-news/article.php/3772911",
        ),
        # DotNetKicks: "/r/<id>" with the article in its "url" parameter.
        (
            "https://dotnetkicks.com/r/692445?url=https%3A%2F%2Fdevblogs.microsoft.com%2F"
            "visualstudio%2Fsign-vsix-packages-with-sign-cli%2F",
            "https://devblogs.microsoft.com/visualstudio/sign-vsix-packages-with-sign-cli/",
        ),
    ],
)
def test_a_counter_carrying_another_sites_address_gives_it(link: str, article: str) -> None:
    assert entry_link({"link": link}, "") == article


@pytest.mark.parametrize(
    "link",
    [
        # Never unwrapped to an address no subscriber can open.
        "https://dotnetkicks.com/r/1?url=http%3A%2F%2F127.0.0.1%2Fadmin",
        "https://dotnetkicks.com/r/1?url=javascript%3Aalert(1)",
        # A folder named like a counter with no site's host after it is the site's own page.
        "http://example.com/blog/click/2008/a.html",
        # LXer's "ext_link.php?rid=187862" carries no address: nothing to unwrap.
        "http://lxer.com/module/newswire/ext_link.php?rid=187862",
    ],
)
def test_no_public_address_of_another_site_no_unwrapping(link: str) -> None:
    assert entry_link({"link": link}, "") == link


def test_the_guid_beats_a_tracking_hosts_copy_of_its_page() -> None:
    # FT: <link> on "traxfer.ft.com" with the feed's query, <guid> the clean page.
    raw = {
        "link": "http://traxfer.ft.com/cms/s/0/38412f7e-b1c5-11dd-b97a-0000779fd18c.html"
        "?o=%2Frss%2Fworld%2Fuk%2Fpolitics",
        "id": "http://www.ft.com/cms/s/0/38412f7e-b1c5-11dd-b97a-0000779fd18c.html",
    }
    assert entry_link(raw, "") == raw["id"]


def test_a_link_blog_items_subject_stays_its_link() -> None:
    # blogmarks.net: the bookmarked site is what the item is about (its credit names it); the
    # guid is the bookmark's API address. Radio UserLand's link-blog items look the same.
    raw = {
        "link": "http://en.factolex.com/",
        "id": "http://blogmarks.net/api/user/znarf/mark/1058108965",
    }
    assert entry_link(raw, "") == raw["link"]


def test_a_guid_on_another_page_does_not_replace_an_article_link() -> None:
    raw = {"link": "http://www.example.org/news/1.html", "id": "http://example.com/p/1"}
    assert entry_link(raw, "") == raw["link"]


def test_ibms_campaign_code_is_tracking() -> None:
    link = "http://www.ibm.com/developerworks/java/library/j-ft15/index.html?ca=drs-"
    assert canonical_url(link) == link.removesuffix("?ca=drs-")


def test_an_audio_file_is_listened_to_not_read() -> None:
    episode = "http://podcasts.howstuffworks.com/hsw/podcasts/symhc/2014-09-25-symhc-spam.mp3"
    html = render_post(PostContent("Spam", "The history of spam.", episode, "Stuff"))
    assert f'<a href="{episode}">Listen</a>' in html
    page = render_post(PostContent("Spam", "The history of spam.", "https://e.com/x", "S"))
    assert ">Read more</a>" in page


def test_a_video_file_is_watched_not_read() -> None:
    # A video podcast whose item link is its episode file (held-out sample 28, development: a
    # PodSearch_Content feed, "Ottomen_mayo_live_3d_.MP4"); editors asked for "Watch".
    episode = "http://angryjim.com/ottomenpodcast/Ottomen_mayo_live_3d_.MP4"
    html = render_post(PostContent("Ottomen", "Live in 3-D.", episode, "Ottomen"))
    assert f'<a href="{episode}">Watch</a>' in html
