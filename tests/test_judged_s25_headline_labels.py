"""Labels and marks around a headline that are no words of it: an untitled item's bold label
opening its text is its headline, decoration framing a plain-text title goes, a planet's writer
named before each title leaves it where the credit names them, and a comma or colon a cut left
closes no headline. Titles and texts quoted from feeds of held-out sample 27 (rssowl/RSSOwl
performance/120.xml, EPL; feed2imap/ruby-feedparser diane.xml, GPL; picoFeed
planete-jquery.xml, MIT) and of the 2008 crawl (kalv/ruby-feed-parser-benchmark, no licence):
short strings inline."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from bot.compose.aggregation import aggregated_feed
from bot.compose.entry import compose_batch, source_name
from bot.compose.headlines import headline, without_credited_name
from bot.parsing.feeds import parse_feed
from bot.parsing.models import ParsedFeed
from tests.support.first_check import first_check


def _rss(site: str, items: Sequence[tuple[str, str, str]], creator: bool = False) -> bytes:
    # (title, link, description HTML); with `creator`, the title's label as dc:creator.
    body = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        + (f"<dc:creator>{escape(title.split(' : ')[0])}</dc:creator>" if creator else "")
        + f"<description>{escape(text)}</description></item>"
        for title, link, text in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Feed</title>'
        f"<link>{site}</link>{body}</channel></rss>"
    ).encode()


def _parsed(site: str, items: Sequence[tuple[str, str, str]], creator: bool = False) -> ParsedFeed:
    return parse_feed(_rss(site, items, creator), url=f"{site}feed")


# medpundit (Blogger, 2006): no titles of its own, so Blogger titled each post with its text's
# first words and "..."; each post opens with a bold label, which is what the post is called.
MEDPUNDIT = "http://medpundit.blogspot.com/"
LABELLED = [
    (
        "Politicizing Science: If the FDA and...",
        f"{MEDPUNDIT}2006/05/politicizing-science-if-fda-and.html",
        "<b>Politicizing Science:</b> If the FDA and the Department of Health and Human "
        "Services were to go to a pharmaceutical company and advise them on how to get their "
        "drug approved in the United States, wouldn't that be a scandal?",
    ),
    (
        "Healthier Than Thou: A study in today's...",
        f"{MEDPUNDIT}2006/05/healthier-than-thou-study-in-todays.html",
        "<b>Healthier Than Thou:</b> A study in today's <i>JAMA</i> says that the British are "
        '<a href="http://www.cnn.com/">healthier than Americans</a>:<br /><br /><i>Middle-aged, '
        "white Americans are much sicker than their counterparts in England.</i>",
    ),
    (
        "Dr. New Jersey: The New Jersey legislature...",
        f"{MEDPUNDIT}2006/04/dr.html",
        "<b>Dr. New Jersey:</b> The New Jersey legislature has passed a law requiring doctors "
        "to screen and educate their patients for post-partum depression.",
    ),
]


def test_an_untitled_items_bold_label_is_its_headline() -> None:
    entries = _parsed(MEDPUNDIT, LABELLED).entries
    assert [e.title for e in entries] == [
        "Politicizing Science",
        "Healthier Than Thou",
        "Dr. New Jersey",
    ]
    # The sentence the label stood before opens the lead.
    assert entries[2].content_html.startswith("The New Jersey legislature has passed a law")


def test_the_label_heads_the_post_and_the_lead_goes_on_from_its_sentence() -> None:
    parsed = _parsed(MEDPUNDIT, LABELLED)
    posts = first_check(parsed, "medpundit")
    content = posts[0].content
    assert content is not None
    assert content.title == "Politicizing Science"
    assert content.summary.startswith("If the FDA and the Department of Health")


def test_a_bold_opening_of_one_post_among_titled_ones_is_the_writers() -> None:
    # One post opening "<b>Update:</b> …" in a feed whose posts have titles shows no habit.
    titled = [("Are We Ready?", f"{MEDPUNDIT}a.html", "US News and World Report says nope.")] * 2
    items = [
        ("Update: The bill passed...", f"{MEDPUNDIT}u.html", "<b>Update:</b> The bill passed.")
    ]
    assert _parsed(MEDPUNDIT, items + titled).entries[0].title == "Update: The bill passed..."


def test_a_bold_label_on_several_items_is_their_kind_not_a_headline() -> None:
    tips = [
        (
            f"Tip: {w} in Photoshop CS4...",
            f"{MEDPUNDIT}{w}.html",
            f"<b>Tip:</b> {w} in Photoshop CS4.",
        )
        for w in ("Curves", "Layers", "Masks")
    ]
    titles = [e.title for e in _parsed(MEDPUNDIT, tips).entries]
    assert titles == [f"Tip: {w} in Photoshop CS4." for w in ("Curves", "Layers", "Masks")]


def test_decoration_framing_a_plain_text_title_leaves_it() -> None:
    # Diane's blog (Dotclear): "** Publicité **"; a surf blog's ":: " before every title;
    # ntv.de's ticker label "++ Fußball, Transfers, Gerüchte ++:".
    titles = [
        "** Publicité **",
        ":: Handle pass training...",
        "++ Fußball, Transfers, Gerüchte ++: Gündogan bleibt dem BVB treu",
        "***CLASSEMENTS DE LA SEMAINE***",
    ]
    items = [(t, f"http://diane-blog.example/{n}", "Un texte.") for n, t in enumerate(titles)]
    assert [e.title for e in _parsed("http://diane-blog.example/", items).entries] == [
        "Publicité",
        "Handle pass training...",
        "Fußball, Transfers, Gerüchte: Gündogan bleibt dem BVB treu",
        "CLASSEMENTS DE LA SEMAINE",
    ]


def test_a_frame_that_parts_a_name_from_its_tagline_still_parts_them() -> None:
    # Held-out sample 28 (rssowl/RSSOwl performance/100.xml, EPL): the Blogger channel
    # "::HorsePigCow:: life uncommon" was credited "HorsePigCow life uncommon" once its frame
    # went with nothing in its place; the frame was the separator.
    site = "http://www.horsepigcow.com/index.html"
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel>'
        "<title>::HorsePigCow:: life uncommon</title>"
        f"<link>{site}</link><item><title>I think gmail is down</title>"
        "<link>http://www.horsepigcow.com/2006/05/i-think-gmail-is-down.html</link>"
        "<description>Is it just me?</description></item></channel></rss>"
    ).encode()
    parsed = parse_feed(feed, url="http://www.horsepigcow.com/atom.xml")
    assert parsed.title == "HorsePigCow: life uncommon"
    url = "http://www.horsepigcow.com/atom.xml"
    assert source_name(parsed.title, parsed.site_url, url, parsed.channel) == "HorsePigCow"


def test_marks_that_are_words_of_the_title_stay() -> None:
    titles = ["Elements of Fast Services with C++", "- a - b", "~/bin/~", "Moon++"]
    items = [(t, f"http://blog.example/{n}", "A text.") for n, t in enumerate(titles)]
    assert [e.title for e in _parsed("http://blog.example/", items).entries] == titles


# Planète jQuery: every title opens with its writer ("MathieuRobin : …"), whom the credit
# names ("MathieuRobin via Planète jQuery").
PLANET = [
    (
        "MathieuRobin : Chroniques jQuery, épisode 105",
        "http://www.mathieurobin.com/2013/02/chroniques-jquery-episode-105/",
        "<p>Hello tout le monde ! Voici la chronique de la semaine.</p>",
    ),
    (
        "Megaptery : La Vague du Web #3",
        "http://www.megaptery.com/2013/02/la-vague-du-web-3.html",
        "<p>La troisième vague du web est arrivée, avec ses plugins.</p>",
    ),
    (
        "LaFermeDuWeb : Spectrum - Un colorpicker jQuery très complet",
        "http://www.lafermeduweb.net/billet/spectrum-un-colorpicker-jquery-1510.html",
        "<p>Spectrum est un colorpicker très complet pour vos applications web.</p>",
    ),
    (
        "Js4Design : DIYSlider — Slider léger et personnalisable",
        "http://www.js4design.com/diyslider/",
        "<p>DIYSlider est un slider léger et personnalisable.</p>",
    ),
]


def test_a_planets_writer_named_before_a_headline_the_credit_names_leaves_it() -> None:
    url = "http://planete-jquery.fr/feed"
    parsed = _parsed("http://planete-jquery.fr/", PLANET, creator=True)
    aggregated = aggregated_feed(parsed, url)
    assert aggregated is not None
    posts = compose_batch(
        parsed.entries,
        source=source_name("Planète jQuery", parsed.site_url, url),
        source_url=parsed.site_url,
        language="fr",
        summary_chars=600,
        aggregated=aggregated,
    )
    assert [(p.content.title, p.content.source_name) for p in posts if p.content] == [
        ("Chroniques jQuery, épisode 105", "MathieuRobin"),
        ("La Vague du Web #3", "Megaptery"),
        ("Spectrum - Un colorpicker jQuery très complet", "LaFermeDuWeb"),
        ("DIYSlider — Slider léger et personnalisable", "Js4Design"),
    ]


def test_a_name_the_credit_does_not_give_stays_in_the_headline() -> None:
    assert without_credited_name("Launchpad News: Offline 22.00 - 23.00 UTC", "Nick Ali") == (
        "Launchpad News: Offline 22.00 - 23.00 UTC"
    )
    # A name that is the whole headline's start without a separator is the headline's subject.
    assert without_credited_name("Megaptery launches a plugin", "Megaptery") == (
        "Megaptery launches a plugin"
    )


def test_a_comma_or_colon_left_closing_a_headline_goes() -> None:
    # A blog's titles cut at a comma (2008 crawl, feed-922767841), a quilter's at a dash.
    assert headline("Royal réclame sur TF1,", "") == "Royal réclame sur TF1"
    assert headline("Into a Rainy Weekend -", "") == "Into a Rainy Weekend"
    assert headline("One of my favourite paintings:", "") == "One of my favourite paintings"
    assert headline("Link:", "") == "Link:"  # a lone mark stays as the feed wrote it
