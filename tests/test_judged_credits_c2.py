"""Credits an editor rejected on session 9's development pool (bench/judged/2026-12-05-s9-dev-a
and -b, issue 11), by family: what the feed's own fields say its site is. Each family is
checked on the real feed (tests/data/judged/c2-*) and on neighbours the rule must leave alone."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bot.attribution.carriers import item_carrier, via_name
from bot.attribution.notices import find_notices
from bot.attribution.site_names import derive_site_name
from bot.compose.aggregation import aggregated_feed
from bot.parsing.feed_links import site_of_feed_link
from bot.parsing.feeds import parse_feed
from bot.parsing.models import ChannelNames
from bot.render.content import credit_line
from bot.text.blocks import to_blocks
from tests.conftest import carried
from tests.test_judged_dev_pool import read


def _name(title: str, link: str, **channel: Any) -> str:
    return derive_site_name(title, link, "https://x.example/feed", ChannelNames(**channel)).name


# A title of the site's name and the words of the feed's own folder ("Tweakers Downloads" at
# tweakers.net/downloads) names a section of the site: the site's name is the rest.


def test_the_words_of_the_feeds_own_folder_after_the_sites_name_are_its_section() -> None:
    name, posts = read("c2-tweakers-own-folder.xml")
    assert name == "Tweakers"
    assert ">Tweakers</a>" in credit_line(posts[0][1])
    assert _name("TechCrunch Startups", "https://techcrunch.com/startups/") == "TechCrunch"
    assert _name("Ars Technica Gadgets", "https://arstechnica.com/gadgets") == "Ars Technica"


def test_a_name_whose_last_word_is_not_the_folder_stays_whole() -> None:
    # The folder is another word, or what is left would not name the site.
    assert _name("Tweakers Downloads", "https://tweakers.net/meuktracker") == ("Tweakers Downloads")
    assert _name("Hacker News", "https://example.org/news") == "Hacker News"
    # "X Blog" at /blog is the blog's name; a possessive owns what follows; a handle is no
    # section (corpus and pool feeds: The Devver Blog, Amit Gupta's Blog, Advogato).
    assert _name("The Devver Blog", "http://devver.net/blog") == "The Devver Blog"
    assert _name("Amit Gupta's Downloads", "http://amitgupta.com/downloads") == (
        "Amit Gupta's Downloads"
    )
    assert _name("Advogato diary for sopwith", "http://www.advogato.org/person/sopwith/") == (
        "Advogato diary for sopwith"
    )


# A forum board's listing ("General Latest Topics", Invision Community) names the board, a
# section: never the credit. The site's name, when the listing opens with it, stays.


def test_a_boards_latest_topics_is_no_name() -> None:
    name, posts = read("c2-warframe-board-listing.xml")
    assert name == "warframe.com"
    assert ">General<" not in credit_line(posts[0][1])
    assert _name("Hacker News Latest Posts", "https://news.ycombinator.com/") == "Hacker News"


# A podcast's feed is titled by its show: a show at its own folder of a network's site
# ("Big Cat Rescue" at animalist.com/bigcatrescue/) is the show, not a section of animalist.com.


def test_a_shows_title_at_its_folder_of_a_networks_site_names_the_show() -> None:
    name, posts = read("c2-bigcatrescue-show-folder.xml")
    assert name == "Big Cat Rescue"
    assert ">Big Cat Rescue</a>" in credit_line(posts[0][1])


def test_a_section_at_its_folder_without_podcast_elements_is_still_a_section() -> None:
    assert _name("Bigcatrescue", "http://animalist.com/bigcatrescue/") == "animalist.com"
    assert _name("Asia", "https://www.economist.com/asia", podcast=True) == "The Economist"


# A channel <link> to the feed itself in the site's "feeds" folder (nintendolife.com/feeds/latest)
# would open raw XML: the site's root is its page.


def test_a_link_into_the_feeds_folder_credits_the_sites_root() -> None:
    name, posts = read("c2-nintendolife-feeds-link.xml")
    assert name == "Nintendo Life"
    assert '<a href="http://www.nintendolife.com/">Nintendo Life</a>' in credit_line(posts[0][1])


def test_a_page_whose_name_only_contains_feeds_stays() -> None:
    feed: dict[str, Any] = {"links": []}
    assert site_of_feed_link("https://example.org/feeds-and-speeds/x", feed, "https://x/f") == (
        "https://example.org/feeds-and-speeds/x"
    )
    assert site_of_feed_link("https://example.org/news/feeds-and-speeds", feed, "https://x/f") == (
        "https://example.org/news/feeds-and-speeds"
    )


# A bookmark or search service's query feed says in brackets what it lists ("Pinboard (items
# tagged hardware)"): the query is no part of the service's name.


def test_a_tag_query_in_brackets_is_not_the_services_name() -> None:
    name, posts = read("c2-pinboard-tag-query.xml")
    assert name == "Pinboard"
    assert all("tagged" not in credit_line(content) for _, content in posts)
    assert _name("Delicious (bookmarks tagged python)", "https://del.icio.us/tag/python") == (
        "Delicious"
    )
    assert _name("Flickr (search results for otters)", "https://www.flickr.com/") == "Flickr"


def test_a_bracketed_name_that_is_no_query_stays() -> None:
    assert _name("Jonathon Belotti [thundergolfer]", "https://thundergolfer.com/") == (
        "Jonathon Belotti [thundergolfer]"
    )
    assert _name("Machine Learning (Theory)", "https://hunch.net/") == "Machine Learning (Theory)"


# An aggregator's item naming its source in a line linking the item's page ("Source : <a>LSA</a>",
# Distrijob.fr): the aggregator's name for the site is the carrier, the aggregator is "via".


def test_an_aggregators_source_line_names_the_site_it_carried() -> None:
    name, posts = read("c2-distrijob-source-line.xml")
    assert name == "Distrijob.fr"
    credits = [credit_line(content) for _, content in posts]
    assert all("Distrijob.fr" in credit for credit in credits)
    assert ">LSA</a>" in credits[0] and ">Capital</a>" in credits[1]
    assert not any(">lsa-conso.fr<" in c or ">capital.fr<" in c for c in credits)


def test_the_source_line_names_the_carrier_of_an_aggregated_item() -> None:
    link = "http://www.capital.fr/bourse/actualites/tesco-se-choisit-un-nouveau-president-1013770"
    html = f'<ul><li><font color=maroon>Source : </font><a href="{link}">Capital</a></li></ul>'
    notices = find_notices(to_blocks(html), html)
    carrier = item_carrier(link, source_name=None, source_url=None, notices=notices)
    assert carrier is not None
    assert (carrier.name, carrier.url) == ("Capital", "http://www.capital.fr/")
    # A source line linking another site names that site, not the item's carrier.
    other = html.replace(link, "https://www.lesechos.fr/x")
    carrier = item_carrier(
        link, source_name=None, source_url=None, notices=find_notices(to_blocks(other), other)
    )
    assert carrier is None or carrier.name != "Capital"


def test_an_aggregator_writing_its_name_as_a_host_is_named_in_via() -> None:
    assert via_name("Distrijob.fr") == "Distrijob.fr"
    assert via_name("Boston.com") == "Boston.com"
    assert via_name("rsdoiel.github.io") is None
    assert via_name("https://planet.example.org/") is None
    assert via_name("Hacker News") == "Hacker News"


# A list of links (a show's "Links for this episode", each a whole-link heading) gives the
# linked pages' titles: "Excerpts from Natalie Goldberg/…" linking a PDF is no reprint notice.


def test_a_link_lists_page_title_is_no_reprint_notice() -> None:
    [(_, content)] = read("c2-backtowork-link-list.xml")[1]
    assert content.original_publisher is None
    assert "breakoutofthebox" not in credit_line(content)


def test_a_notice_standing_alone_as_a_link_is_still_one() -> None:
    html = (
        "<p>The council met on Monday and voted for the plan.</p>"
        '<p><a href="https://www.theguardian.com/x">Excerpts from The Guardian</a></p>'
    )
    families = [hit.family for hit in find_notices(to_blocks(html), html)]
    assert families


# A podcast's episodes are its show's own wherever its hosts kept them (AppLoad's moved from
# nowatch.net to frenchspin.com and frenchspin.fr): not an aggregator's carried items.


def test_a_podcast_whose_episodes_moved_between_sites_is_not_aggregated() -> None:
    file = carried("judged", "c2-appload-moved-show.xml")
    parsed = parse_feed(file.read_bytes(), url=file.as_uri(), headers={})
    assert parsed.channel.podcast
    assert aggregated_feed(parsed, file.as_uri()) is None
    # The same items in a channel that is no podcast's are three other sites' (carried).
    blog = replace(parsed, channel=replace(parsed.channel, podcast=False))
    assert aggregated_feed(blog, file.as_uri()) is not None
