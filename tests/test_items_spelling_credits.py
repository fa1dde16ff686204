"""A bare domain or a topic-phrase title as the credit gives way to the site's name as the feed's
own items spell it (held-out samples 11-12, feeds of the 2008 crawl under /work/pools/s14-all,
no licence stated: short strings quoted)."""

from __future__ import annotations

from bot.compose.site_naming import derived_site_name
from bot.parsing.feeds import parse_feed

_FEED = "https://feeds.example/feed.xml"


def _site_name(channel: str, site: str, items: list[str], tags: str = "") -> str:
    """The credit of a feed whose items say `items`, each carrying `tags` (item elements)."""
    body = "".join(
        f"<item><title>Item {n}</title><link>{site}/{n}.html</link>{tags}"
        f"<description>{text}</description></item>"
        for n, text in enumerate(items)
    )
    xml = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel>{channel}<link>{site}</link>{body}"
    )
    parsed = parse_feed(f"{xml}</channel></rss>".encode(), url=_FEED, headers={})
    return derived_site_name(parsed, _FEED).name


# feed-746981527.rss20: the software's feed title names no site; the items say "Ignite Realtime".
_CLEARSPACE = (
    "<title>Clearspace Server Syndication Feed</title>"
    "<generator>Clearspace 2.5.5 beta (http://jivesoftware.com/products/clearspace/)</generator>"
)
_IGNITE = "http://www.igniterealtime.org/community/blogs"


def test_a_domain_credit_gives_way_to_the_name_the_items_spell() -> None:
    items = [
        "As you most likely already know, we upgraded Ignite Realtime to use the latest"
        " Clearspace beta.",
        "I'm very excited to finally get Ignite Realtime up to a recent version!",
        "This Sunday, igniterealtime.org will move to a new server.",
    ]
    assert _site_name(_CLEARSPACE, _IGNITE, items) == "Ignite Realtime"


def test_a_tag_spelling_the_domain_counts_as_the_items_words() -> None:
    tags = "<category>ignite_realtime</category><category>Ignite Realtime</category>"
    items = ["This Sunday, the site will move to a new server.", "Openfire 3.6.2 is out."]
    assert _site_name(_CLEARSPACE, _IGNITE, items, tags) == "Ignite Realtime"


def test_one_items_mention_is_no_site_name() -> None:
    items = ["we upgraded Ignite Realtime to use the latest Clearspace beta.", "Openfire is out."]
    assert _site_name(_CLEARSPACE, _IGNITE, items) == "igniterealtime.org"


# feed--947941053.rss10: the channel's title is its topic; the agency's posts name it.
_VIRAL = "<title>Viral marketing</title>"
_AGENCY = "http://www.atnetplanet.com/blog/"
_AGENCY_ITEMS = [
    "Universal Music France demande à AtNetPlanet de mettre en place un dispositif.",
    "la maison de disque Warner Music a missionné l'agence AtNetPlanet pour faire une refonte.",
    "Pour l'occasion, AtNetPlanet lui a relooké la home page de son site.",
    "Un nouveau jeu concours pour la sortie du film.",
]


def test_a_topic_phrase_title_gives_way_to_the_name_most_items_spell() -> None:
    assert _site_name(_VIRAL, _AGENCY, _AGENCY_ITEMS) == "AtNetPlanet"


def test_a_topic_phrase_title_stays_when_few_items_spell_the_domain() -> None:
    items = _AGENCY_ITEMS[:2] + ["Un nouveau jeu concours pour la sortie du film."] * 6
    assert _site_name(_VIRAL, _AGENCY, items) == "Viral marketing"


def test_a_title_of_several_capitalised_words_is_a_name_and_stays() -> None:
    assert _site_name("<title>Viral Marketing Blog</title>", _AGENCY, _AGENCY_ITEMS) == (
        "Viral Marketing Blog"
    )


def test_a_sentence_case_title_with_articles_is_a_shows_name_and_stays() -> None:
    # fitomad/SyndicationFeed's la-cumbre-de-los-horrores.xml (MIT): a show on Podium Podcast.
    items = ["Una ficción sonora original de Podium Podcast."] * 5
    assert _site_name(
        "<title>La cumbre de los horrores</title>", "https://www.podiumpodcast.com/", items
    ) == ("La cumbre de los horrores")


# NetNewsWire's RSParser phpxml.rss (MIT): a club's news titled by its host.
def test_a_title_that_is_the_host_gives_way_to_the_words_the_items_spell() -> None:
    items = [
        "FC Utrecht wint met 3-1 van Cercle Brugge.",
        "Hoorn heeft zijn eerste officieuze doelpunt voor FC Utrecht binnen.",
    ]
    title = "<title>www.fcutrecht.net voetbalnieuws</title>"
    assert _site_name(title, "http://www.fcutrecht.net/", items) == "FC Utrecht"


# feedjira's sample feeds (MIT): a blogger's host title; a name inside a longer one.
def test_a_host_title_stays_over_its_owners_name() -> None:
    author = "<dc:creator>Casper Fabricius</dc:creator>"
    items = ["Hello Merb", "Christmas greetings from a happy boy"]
    title = "<title>casperfabricius.com</title>"
    assert _site_name(title, "http://casperfabricius.com/", items, author) == (
        "casperfabricius.com"
    )


def test_the_tail_of_a_longer_name_is_no_spelling_of_the_domain() -> None:
    items = ["the blog for everything on Flex with Ruby On Rails."] * 3
    assert _site_name("<title>OnRails.org</title>", "http://onrails.org/", items) == "OnRails.org"
