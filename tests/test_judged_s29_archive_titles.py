"""A WordPress category feed's title is its archive page's: "<Term> Archives - <Site>" (Yoast's
default, in the site's language). The term and "Archives" name the page, the site follows."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name


def test_a_category_archive_title_credits_the_site_after_it() -> None:
    # Held-out sample 32 (development data after its blind measure): two WordPress sites'
    # news category feeds were credited "News Archives".
    site = "https://sports.tribler.org/category/news/"
    named = derive_site_name("News Archives - Sports Tribler", site, f"{site}feed/")
    assert named.name == "Sports Tribler"
    site = "https://golf.online.mills.edu/category/news/"
    named = derive_site_name("News Archives - Golf Online Mills", site, f"{site}feed/")
    assert named.name == "Golf Online Mills"


def test_the_archive_word_in_the_sites_language_is_the_pages_too() -> None:
    site = "https://www.example.it/category/notizie/"
    assert derive_site_name("Notizie Archivi - Il Foglio Verde", site, site).name == (
        "Il Foglio Verde"
    )


def test_a_name_holding_archive_without_a_separator_after_it_stays() -> None:
    site = "https://archive.example.org/"
    assert derive_site_name("Internet Archive Blogs", site, site).name == "Internet Archive Blogs"
