"""What an editor rejected in F4's sample of session 7's development pool (feeds from other
readers' test data, bench/judged/2026-12-05-s7-f4.jsonl), by family, on the real entries."""

from __future__ import annotations

from bot.parsing.links import entry_link
from bot.parsing.pictures import photo_address
from bot.parsing.urls import canonical_url, without_trackers
from bot.text.blocks import to_blocks
from bot.text.cleaning import clean_article_text
from bot.text.summaries import summarize
from tests.test_judged_families import read

MYANIMELIST = ("judged", "s7-feeder-myanimelist.xml")
DISTROWATCH = ("judged", "s7-capyreader-distrowatch.rdf")
SWIFT_PACKAGES = ("judged", "s7-syndikit-swiftpackageindex.xml")
GOOGLE_NEWS = ("judged", "s7-feedextractor-googlenews.xml")
IKIWIKI = ("judged", "s7-feed-ikiwiki-changes.atom")


def lead(html: str) -> str:
    return clean_article_text(to_blocks(html), cuts=())


# A parameter saying the reader came from the feed is tracking, in the article's link and in
# the credit's link to the site.


def test_myanimelists_location_rss_is_dropped_from_article_and_site_links() -> None:
    posts = read(*MYANIMELIST)
    assert len(posts) == 2
    for _, post in posts:
        assert post.link is not None and post.link.startswith("https://myanimelist.net/news/")
        assert "_location" not in post.link, post.link
        assert post.source_url == "https://myanimelist.net/news", post.source_url


def test_a_location_that_is_no_feed_stays_in_the_link() -> None:
    assert canonical_url("https://maps.example/find?location=paris") == (
        "https://maps.example/find?location=paris"
    )
    # A site link keeps its own parameters as written; only trackers go.
    assert without_trackers("https://news.google.com/?hl=en-US&utm_source=x") == (
        "https://news.google.com/?hl=en-US"
    )
    assert without_trackers("https://example.org/?page=2") == "https://example.org/?page=2"


# A sponsorship line is no summary: DistroWatch Weekly's items open "The DistroWatch Weekly
# news feed is brought to you by TUXEDO COMPUTERS." over the issue's contents.


def test_distrowatchs_sponsor_line_and_contents_lines_are_no_summary() -> None:
    posts = read(*DISTROWATCH)
    assert len(posts) == 2
    for _, post in posts:
        assert "brought to you" not in post.summary, post.title
        # "Review: Linux Mint 22<br>News: …" under "This week in DistroWatch Weekly:" is the
        # issue's contents, not its text: with nothing else the post is headline + link.
        assert post.summary == "", post.summary
        assert post.link is not None and "weekly.php?issue=" in post.link


def test_sponsor_lines_of_a_show_or_newsletter_are_dropped_and_news_of_sponsors_stays() -> None:
    assert lead(
        "<p>This episode is brought to you by Linode. We talk about caching with Redis.</p>"
    ) == ("We talk about caching with Redis.")
    assert lead("<p>Sponsored by Linode. The release adds Wayland support.</p>") == (
        "The release adds Wayland support."
    )
    news = "<p>The bill is sponsored by Senator Warren and two colleagues.</p>"
    assert lead(news) == "The bill is sponsored by Senator Warren and two colleagues."


def test_lines_with_labels_that_are_not_under_a_lead_in_stay_text() -> None:
    text = lead(
        "<p>Review: the new laptop is fast.<br>News: it ships in May.<br>Verdict: worth it.</p>"
    )
    assert "the new laptop is fast" in text


# A row of link labels (a package index's "<a>Position</a> – <a>Version 0.9.2 release
# notes.</a>") says the headline again; it is not the summary's start.


def test_a_release_line_of_links_is_no_summary() -> None:
    posts = {entry.title: post for entry, post in read(*SWIFT_PACKAGES)}
    assert len(posts) == 3
    for post in posts.values():
        assert "release notes" not in post.summary, post.summary
    assert posts["VIViewInvalidating - 1.0.0"].summary == (
        "A swift PropertyWrapper providing automatic NSView and UIView invalidation when the "
        "properties value changes."
    )


def test_a_sentence_with_one_link_in_it_stays() -> None:
    text = lead('<p><a href="/a">Apple</a> shipped <a href="/b">macOS 15</a> today.</p>')
    assert text == "Apple shipped macOS 15 today."


# Google News links each item through news.google.com; its item id carries the article's
# address, and its content is a list of other outlets' headlines on the story.


def test_google_news_items_link_the_article_not_the_redirect() -> None:
    posts = read(*GOOGLE_NEWS)
    assert [post.link for _, post in posts] == [
        "https://www.washingtonpost.com/nation/2022/07/27/mega-millions-billion-jackpot-winners-happiness/",
        "https://www.usatoday.com/story/news/world/2022/07/27/ukraine-russia-live-updates/10160834002/",
        "https://www.cbsnews.com/news/tony-dow-dead-age-77-actor-wally-cleaver-on-leave-it-to-beaver/",
    ]
    for _, post in posts:
        # "Confused by the huge Mega Millions prize?" was another outlet's headline.
        assert post.summary == "", post.summary
    # The outlet the headline names after its " - " is the publisher; Google News carried it.
    assert [(post.title, post.original_publisher) for _, post in posts][:2] == [
        (
            "As Mega Millions hits $1 billion, past lottery winners show the money can bring "
            "heartache and pain",
            "The Washington Post",
        ),
        (
            "Ukraine warns Kremlin to 'retreat or be annihilated' in Kherson; US pushing deal to "
            "free Griner: Live updates",
            "USA TODAY",
        ),
    ]
    assert {post.source_name for _, post in posts} == {"Google News"}


def test_a_google_news_id_without_an_address_keeps_its_link() -> None:
    link = "https://news.google.com/rss/articles/CBMiK0FVX3lxTE1ub3RhbnVybGF0YWxs?oc=5"
    assert entry_link({"link": link}, "https://news.google.com/rss") == link


# Icons from a wiki's or a site's icon folder are no photo (ikiwiki's change log carries its
# "wikiicons/diff.png" beside every changed page).


def test_a_wiki_change_logs_diff_icon_is_no_photo() -> None:
    posts = read(*IKIWIKI)
    assert len(posts) == 2
    for _, post in posts:
        assert post.image_url is None, post.image_url
    assert photo_address("https://wiki.example/wikiicons/diff.png") is None
    assert photo_address("https://example.org/lexicon/cover.jpg") is not None


# A footnote's mark written with its stop ("Königsberg<sup>1.</sup> vid", Cornucopia?) is
# no word of the sentence.


def test_a_footnote_mark_with_a_stop_is_dropped_and_powers_stay() -> None:
    # The sentence as the blog Cornucopia? wrote it (Feeder's test data, atom_cornucopia.xml).
    html = (
        "Det ena amerikanska Boeing WC-135C <i>Constant Phoneix</i>&nbsp;spanade igår efter "
        "strålning utanför den Ryska Federationens exklav i Königsberg<sup>1.</sup> vid Östersjön."
    )
    assert lead(html).endswith("exklav i Königsberg vid Östersjön.")
    assert lead("<p>The room is 20 m<sup>2</sup> and x<sup>2</sup>.</p>") == (
        "The room is 20 m² and x²."
    )


def test_a_sentence_one_link_wraps_whole_with_another_inside_stays() -> None:
    # Spotback's blog (feedjira's sample feeds) nests a link in a link around a whole sentence.
    html = (
        '<p><a href="http://www.youlicense.com"><a href="http://www.youlicense.com">YouLicense'
        "</a>, the online music licensing marketplace has chosen Spotback.</a></p>"
    )
    assert lead(html) == "YouLicense, the online music licensing marketplace has chosen Spotback."


def test_a_link_digests_title_lines_are_no_reading_list_entries() -> None:
    # A del.icio.us digest: each link's title, then its description on the next line.
    html = (
        '<ul><li><a href="http://flickr.com/groups/officeporn/pool/">Flickr: The Office Porn '
        'Pool</a><br />Wonderful collection of beautifully photographed "paper products."</li>'
        '<li><a href="http://estimator.astuteo.com/">Web Development Project Estimator</a></li>'
        "</ul>"
    )
    assert 'beautifully photographed "paper products."' in lead(html)


def test_reddits_submitted_by_line_is_a_byline() -> None:
    html = (
        '<table><tr><td> submitted by <a href="https://www.reddit.com/user/x"> x </a> to '
        '<a href="https://www.reddit.com/r/funny/"> funny</a> <br /> <a href="http://i.imgur.com/'
        'a.gifv">[link]</a> <a href="https://www.reddit.com/r/funny/comments/1/">[275 comments]</a>'
        "</td></tr></table>"
    )
    assert lead(html) == ""


# A summary that ends inside a quotation closes it, also when a quotation inside it has its
# own marks (Many-to-Many, KDE syndication's corante.com_many.xml, quoting a letter).


def test_a_summary_ending_inside_a_quotation_with_one_inside_closes_it() -> None:
    text = (
        "Facebook recently expanded from college to high school, resulting in a clash of "
        "uncivilizations: “…If we really wanted to, we could steer clear of the groups. "
        "Unfortunately, they don’t understand that by posting “OMG how are you?” they are "
        "undermining the college personas that we have so carefully constructed. And when a "
        "16-year-old girl pokes us, we worry that poking back could result in a conviction. "
        "Something tells us that things have gone too far….”"
    )
    summary = summarize(text, max_chars=380)
    assert summary.endswith("constructed.”"), summary
    assert summary.count("“") == summary.count("”") == 2
    assert summarize("„Wir schaffen das“, sagte sie. Dann ging sie.") == (
        "„Wir schaffen das“, sagte sie. Dann ging sie."
    )
    # WordPress sets "“" after a word where it means "”" (al3x.net, feedjira's sample feeds).
    closed_already = (
        "Bruce Schneier and John Viega said, respectively, “[t]his isn’t a big deal” and "
        "“there is little to worry about“. Which is it?"
    )
    assert summarize(closed_already) == closed_already
