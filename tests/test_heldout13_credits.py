"""What the editors rejected for credits in held-out sample 13 (/work/judge15, feeds of the 2008
crawl under /work/pools/s15-all, no licence stated: short channel strings quoted)."""

from __future__ import annotations

from tests.support.channel_names import derived_site_name


def test_section_words_the_blogs_host_spells_are_part_of_its_name() -> None:
    # feed--433235283.atom10: credited "Official Google Webmaster" before.
    title = "<title>Official Google Webmaster Central Blog</title>"
    assert derived_site_name(title, "http://googlewebmastercentral.blogspot.com/") == (
        "Official Google Webmaster Central Blog"
    )


def test_section_words_the_host_does_not_spell_are_still_trimmed() -> None:
    title = "<title>Japan Times latest articles</title>"
    assert derived_site_name(title, "https://www.japantimes.co.jp/") == "Japan Times"


def test_a_title_that_mentions_the_sites_host_credits_the_name_the_channel_states() -> None:
    # feed--217335494.rss20: credited "L'actualité du Management par lesechos.fr et Enjeux-Les…".
    channel = (
        "<title>L'actualité du Management par lesechos.fr et Enjeux-Les Echos</title>"
        "<copyright>copyright 2008 Les Echos SA</copyright>"
    )
    assert derived_site_name(channel, "http://www.lesechos.fr/management/index.htm") == "Les Echos"


def test_a_title_that_mentions_the_host_and_states_no_name_credits_the_host() -> None:
    title = "<title>L'actualité du Management par lesechos.fr et Enjeux</title>"
    assert derived_site_name(title, "http://www.lesechos.fr/management/") == "lesechos.fr"


def test_a_host_that_opens_a_shows_name_stays_in_the_name() -> None:
    # SyndiKit's raywenderlich.xml: only a host after "par", "by", "from" … is a mention.
    title = "<title>The raywenderlich.com Podcast: For App Developers and Gamers</title>"
    assert (
        derived_site_name(title, "https://www.raywenderlich.com/")
        == "The raywenderlich.com Podcast"
    )


def test_a_generators_product_words_are_no_part_of_the_sites_name() -> None:
    # feed-10070693.rss20: credited "SAPO Works!" (from "SAPO RSS Works!") before.
    channel = "<title>homepage economia</title><generator>SAPO RSS Works!</generator>"
    assert derived_site_name(channel, "http://www.sapo.pt") == "SAPO"


def test_a_users_listing_on_a_service_credits_the_user_there() -> None:
    # feed-733495576.rss10 (blogmarks): credited "Public marks from user znarf" before.
    channel = "<title>Public marks from user znarf</title>"
    assert derived_site_name(channel, "http://blogmarks.net/user/znarf/marks") == (
        "znarf on blogmarks.net"
    )
