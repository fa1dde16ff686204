"""Credits read over every development feed (bench/judged/2026-12-05-credits-c.tsv, issue 11):
the name a feed's own fields give its site, by family. Each family is checked on the real feeds
(tests/data/judged/c-*) and on neighbours from the corpus the rule must leave alone."""

from __future__ import annotations

from bot.attribution.site_names import derive_site_name
from bot.parsing.feed_links import site_of_feed_link
from bot.parsing.feeds import parse_feed
from bot.parsing.models import ChannelNames
from tests.conftest import carried
from tests.test_judged_dev_pool import read


def _site_url(*parts: str) -> str | None:
    file = carried(*parts)
    return parse_feed(file.read_bytes(), url=file.as_uri(), headers={}).site_url


def _name(title: str, link: str, **channel: str) -> str:
    return derive_site_name(title, link, "https://x.example/feed", ChannelNames(**channel)).name


# A blog engine titles its feed by the blog's name (a category's feed adds the category after a
# separator), so a one-part title at a folder of a shared host is the blog, not a section.


def test_a_blog_engines_title_at_its_folder_names_the_blog() -> None:
    assert read("c-binarycode-blog-folder.xml")[0] == "Binary Code"  # WordPress
    assert read("c-pragdave-blog-folder.xml")[0] == "PragDave"  # TypePad
    assert read("c-ideasfordozens-blog-folder.xml")[0] == "Ideas For Dozens"  # Movable Type


def test_a_section_at_its_folder_without_a_blog_engine_is_still_a_section() -> None:
    # The Economist's "Asia" and a Squarespace collection's "Journal" (warrenburt.com/journal/).
    assert _name("Asia", "https://www.economist.com/asia") == "The Economist"
    journal = _name("Journal", "http://www.warrenburt.com/journal/", generator="Squarespace")
    assert journal == "warrenburt.com"
    # A section word stays one under a blog engine too.
    assert _name("World", "https://example.org/world/", generator="WordPress 6.4") == (
        "example.org"
    )


# Where no title part names the site, the words of the description that spell the domain do
# ("From Gimlet Media, hosted by …"), before the domain itself.


def test_the_descriptions_words_spelling_the_domain_name_the_site() -> None:
    assert read("c-habitat-description-name.xml")[0] == "Gimlet Media"
    assert read("c-recentjobs-description-name.xml")[0] == "37signals"


def test_a_common_word_equal_to_the_domain_does_not_replace_it() -> None:
    assert _name(
        "Latest Linux Kernel Versions",
        "http://www.kernel.org",
        description="Latest Linux Kernel Versions",
    ) == ("kernel.org")
    assert _name("Blog", "https://matrix.org/blog/", description="Blog for the Matrix project") == (
        "matrix.org"
    )


def test_a_host_for_a_title_gives_way_to_the_name_the_description_closes_on() -> None:
    assert read("c-joelonsoftware-host-title.xml")[0] == "Joel on Software"
    # A host that is the site's own name, with no spelled name beside it, stays.
    assert _name("kottke.org", "https://kottke.org/", description="Jason Kottke's weblog") == (
        "kottke.org"
    )


# "X from Site" in the languages of the pools' feeds: the name after the connector.


def test_the_site_after_from_in_other_languages() -> None:
    assert read("c-fz-from-site.xml")[0] == "FZ.se"
    assert _name("Nieuws van NU.nl", "https://www.nu.nl/") == "NU.nl"
    assert _name("Neuigkeiten aus heise.de", "https://www.heise.de/") == "heise.de"


# A title too long for a credit that opens with the domain's name, then says what is listed.


def test_a_long_title_opening_with_the_domains_name_credits_the_name() -> None:
    assert read("c-assembla-long-title.xml")[0] == "Assembla"
    assert read("c-infoq-long-title.xml")[0] == "InfoQ"


def test_a_short_title_or_a_name_with_its_author_stays_whole() -> None:
    heise = _name("heise developer neueste Meldungen", "http://www.heise.de/developer/")
    assert heise == "heise developer"
    assert _name("Slash7 with Amy Hoy - Home", "http://www.slash7.com/") == "Slash7 with Amy Hoy"
    assert _name("Sun Developer Network Highlights", "http://developers.sun.com/") == (
        "Sun Developer Network Highlights"
    )


# A tilde between spaces and a run of decorative marks join a name and its tagline.


def test_a_tilde_or_decorative_marks_separate_the_name_from_its_tagline() -> None:
    assert read("c-napkin-tilde.xml")[0] == "The Napkin"
    assert read("c-meisalam-decorated.xml")[0] == "琥珀色の小箱に恋をして"
    # A tilde inside a word or a path is no separator.
    assert _name("~elly/blog", "https://elly.town/d/blog/") == "~elly/blog"


# Closing words that spell the subdomain are the site's name only after a description of the
# feed ("Flux RSS du magazine de psychologie Le Cercle Psy"), never cut from a name.


def test_a_name_spelling_its_subdomain_is_not_cut() -> None:
    assert read("c-giantrobots-subdomain.xml")[0] == "GIANT ROBOTS SMASHING INTO OTHER GIANT ROBOTS"
    assert read("c-probablycorey-subdomain.xml")[0] == "I'm Probably Corey"
    assert read("c-googleblogsearch-subdomain.xml")[0] == "Google Blog Search"
    psy = _name(
        "Flux RSS du magazine de psychologie Le Cercle Psy",
        "http://le-cercle-psy.scienceshumaines.com/",
    )
    assert psy == "Le Cercle Psy"


# A channel <link> inside the site's rss/ folder is a feed document, not a page.


def test_a_link_inside_the_sites_feed_folder_credits_its_home() -> None:
    ctv = _site_url("corpus", "FeedReader", "FeedReader.Tests", "Feeds", "Rss20CTVNews.xml")
    assert ctv == "http://www.ctvnews.ca/"
    # Transfermarkt's logo links its home page.
    transfermarkt = _site_url("corpus", "rss-parser", "test", "input", "itunes-href.rss")
    assert transfermarkt == "http://www.transfermarkt.de"


def test_a_specifications_page_or_a_page_named_rss_stays() -> None:
    for page in (
        "http://purl.org/rss/2.0/",
        "https://example.org/blog/rss-readers-compared",
        "https://example.org/news/rss",
    ):
        assert site_of_feed_link(page, {}, "https://x.org/f") in (page, "https://example.org/news/")


# The registrable domain written as the title's first word, then what the feed lists: the
# domain's name (as written) is the credit; a first word that only looks like a host stays.


def test_a_host_before_a_stream_credits_the_host() -> None:
    assert _name("PHPBuilder.com New Articles", "http://phpbuilder.com") == "PHPBuilder.com"
    assert _name("KDE-Apps.org Content", "http://www.kde-apps.org") == "KDE-Apps.org"
    assert _name("Node.js Weekly", "https://nodeweekly.com/") == "Node.js Weekly"


# A placeholder a template's author left for the title names no site ("my cool website title",
# feed-rs's numi.st fixture): the domain is credited instead.


def test_a_placeholder_title_gives_the_domain() -> None:
    assert _name("my cool website title", "https://numi.st/") == "numi.st"
    assert _name("Your Site Name", "https://example.org/") == "example.org"
    assert _name("Site Reliability Notes", "https://example.org/") == "Site Reliability Notes"


# A feed titled by its own folder among the site's feeds is a section, also when it is read
# from elsewhere (a copy on disk, a proxy): its own <link> says where it is kept.


def test_a_feed_named_by_its_folder_among_the_sites_feeds_is_a_section_wherever_read() -> None:
    # The FDA's "Drug Recalls" feed, read from a local copy (as bench/judged_sample.py reads).
    assert read("s7dev-fda-drug-recalls.xml")[0] == "fda.gov"
    # Read from its own address, as before.
    feed = "https://www.fda.gov/about-fda/contact-fda/stay-informed/rss-feeds/drug-recalls/rss.xml"
    assert derive_site_name("Drug Recalls", "https://www.fda.gov/", feed).name == "fda.gov"
    # A <link> to a page whose folder is the title's is no feed folder: the title stays.
    named = ChannelNames(link="https://example.org/blog/drug-recalls/")
    assert (
        derive_site_name("Drug Recalls", "https://example.org/", "file:///x.xml", named).name
        == "Drug Recalls"
    )
