"""The last check on a credit derived from a feed's title (bot/attribution/credit_checks.py): a
name is never cut mid-phrase, never keeps a tagline, never says itself twice, and agrees with
the site's domain where a segment of the title does. Titles are short strings quoted from
feeds of the corpus and the pools (files named beside each case)."""

from __future__ import annotations

from bot.attribution.credit_checks import agreed_name, domain_segment
from bot.attribution.title_domain_names import domain_parts
from tests.support.channel_names import derived_site_name


def test_a_title_too_long_for_a_credit_gives_the_domain_not_a_cut_phrase() -> None:
    # feedjira AtomFeedWithSpacesAroundEquals.xml: credited "Current Watches, Warnings and
    # Advisories for Lincoln…" before; no segment names weather.gov.
    title = (
        "<title>Current Watches, Warnings and Advisories for Lincoln (MEC015) Maine Issued by "
        "the National Weather Service</title>"
    )
    site = "http://alerts.weather.gov/cap/wwaatmget.php?x=MEC015&amp;y=0"
    assert derived_site_name(title, site) == "weather.gov"


def test_a_cut_name_gives_way_to_the_segment_naming_the_domain_in_words() -> None:
    title = "L'actualité du Management par lesechos.fr et Enjeux-Les Echos"
    cut = "L'actualité du Management par lesechos.fr et Enjeux-Les…"
    assert agreed_name(cut, title, domain_parts("http://www.lesechos.fr/management/")) == (
        "Les Echos"
    )


def test_a_name_followed_by_the_person_it_is_by_credits_the_site_the_domain_names() -> None:
    # fastfeedparser benchmark_data/73c63ac29e5d1dc8 (stratechery.com).
    title = "<title>Stratechery by Ben Thompson</title>"
    assert derived_site_name(title, "https://stratechery.com") == "Stratechery"


def test_a_greeting_before_the_name_is_no_part_of_it() -> None:
    # rssant testdata/parser/well/diygod-me-atom.xml.
    assert derived_site_name("<title>Hi, DIYgod</title>", "https://diygod.me/") == "DIYgod"


def test_a_tagline_after_a_full_width_comma_is_dropped() -> None:
    # rssant testdata/parser/warn/https-www-mlook-mobi-feed-books.xml.
    title = "<title>mLook 看书，（精校电子书，提供精致的书籍和服务）</title>"
    assert derived_site_name(title, "https://www.mlook.mobi") == "mLook 看书"


def test_a_name_said_twice_is_said_once() -> None:
    # feed--960249634.rss20 (2008 crawl): "Get the latest news from Godfrey. Godfrey provides…"
    assert agreed_name("Godfrey. Godfrey", "", domain_parts("http://www.godfrey.com/")) == (
        "Godfrey"
    )


def test_a_name_that_is_whole_keeps_its_joining_words_and_brackets() -> None:
    # "and" joins a name; a bracketed handle beside a person's name is no tagline.
    assert derived_site_name("<title>Logits and Coffee</title>", "https://logits.com") == (
        "Logits and Coffee"
    )
    assert derived_site_name(
        "<title>Jonathon Belotti [thundergolfer]</title>", "https://thundergolfer.com"
    ) == ("Jonathon Belotti [thundergolfer]")


def test_a_part_the_title_separates_was_weighed_before_and_is_not_preferred_again() -> None:
    # A show's name on its host's channel stays the show's.
    title = "<title>Azure Friday (HD) - Channel 9</title>"
    assert derived_site_name(title, "https://ch9.ms/Shows/Azure-Friday") == "Azure Friday"


def test_no_segment_is_found_without_a_domain_or_a_title() -> None:
    assert domain_segment("Stratechery by Ben Thompson", None) is None
    assert domain_segment("", domain_parts("https://stratechery.com")) is None
