"""A bare domain or a topic-phrase title as the credit gives way to the site's name as the feed's
own items spell it (held-out samples 11-12, feeds of the 2008 crawl under /work/pools/s14-all,
no licence stated: short strings quoted)."""

from __future__ import annotations

from bot.compose.site_naming import derived_site_name
from bot.parsing.feeds import parse_feed

_FEED = "https://feeds.example/feed.xml"


def _site_name(channel: str, site: str, items: list[str], tags: str = "") -> str:
    body = "".join(
        f"<item><title>Item {n}</title><link>{site}/{n}.html</link>{tags}"
        f"<description>{text}</description></item>"
        for n, text in enumerate(items)
    )
    xml = f'<?xml version="1.0"?><rss version="2.0"><channel>{channel}<link>{site}</link>{body}'
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
