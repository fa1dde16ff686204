"""Session 12's audit A1 (2026-12-06-s12-audit-A1.jsonl), helper G1: a lightbox thumbnail's full
picture as the photo (The Zelda Project); a show's topic list posted as one topic (Big Kev)."""

# Short strings of the real entries quoted inline: the crawled repositories
# (dlc/sevenroot-feedparser, korowiow80/PodSearch_Content) state no licence.

from __future__ import annotations

from bot.compose.reading import read_text
from bot.parsing.pictures import first_photo
from bot.text.summaries import summarize

# Entry 4, "Princess Zelda Resting by the Koi Pond": deviantart's 150 px thumbnail ("th02…/150/")
# in a lightbox link to the full picture ("fc06…/f/…").
ZELDA_KOI_POND = (
    '<p><a class="fancybox" href="http://fc06.deviantart.net/fs70/f/2014/302/e/d/'
    'tzp__zelda_resting_in_the_garden_by_adella-d84klc5.jpg" title="Princess Zelda Resting by'
    ' the Koi Pond"><img src="http://th02.deviantart.net/fs70/150/f/2014/302/e/d/'
    'tzp__zelda_resting_in_the_garden_by_adella-d84klc5.jpg" border="0" alt="Princess Zelda in'
    ' the Garden" width="100" height="150" style="float: right; margin: 3px;" /></a>'
    "FFFFFFFF this one was as long a time coming as Fire Temple.</p>"
)
FULL_PICTURE = (
    "http://fc06.deviantart.net/fs70/f/2014/302/e/d/"
    "tzp__zelda_resting_in_the_garden_by_adella-d84klc5.jpg"
)
# Entry 3, "Live Action Zelda Teaser Trailer!": a screenshot 159 px wide linking to the video.
ZELDA_TEASER = (
    '<p><a href="https://www.youtube.com/watch?v=1YBgCkeDx-s"><img src="http://www.thezeldaproject'
    '.net/images/blogimages/Screen%20Shot%202015-03-04%20at%202.34.30%20PM.png" border="0"'
    ' width="159" height="125" /></a></p>'
)


def test_a_thumbnail_linking_to_its_full_picture_gives_the_full_picture_as_photo() -> None:
    assert first_photo(ZELDA_KOI_POND) == FULL_PICTURE


def test_a_small_image_linking_to_a_page_or_beside_text_in_its_link_is_no_photo() -> None:
    assert first_photo(ZELDA_TEASER) is None
    # The link holds words beside the thumbnail: a link of text, not a lightbox.
    with_words = ZELDA_KOI_POND.replace("/></a>", "/> Zelda in the garden</a>")
    assert first_photo(with_words) is None


def test_an_icon_a_strip_or_a_hidden_pixel_linking_to_its_file_is_no_photo() -> None:
    # Minkorrekt's 20 px padlock linking to itself; doyler.net's 500×30 screenshot of one line;
    # SciCast's cover hidden at 1×1 (pools: swift-podcast-parser, rssant, qdfeed fixtures).
    padlock = "http://minkorrekt.de/wp-content/uploads/2014/08/padlock_closed-e1412706501475.png"
    strip = "https://www.doyler.net/wp-content/uploads/autoUpdater/autoUpdater-1-stats"
    cover = "http://www.scicast.com.br/wp-content/uploads/2014/10/SciCast_MP3Cover"
    for full, thumbnail, sides in (
        (padlock, padlock, 'width="20" height="20"'),
        (f"{strip}.png", f"{strip}-1024x61.png", 'width="500" height="30"'),
        (f"{cover}.jpg", f"{cover}-300x300.jpg", 'width="1" height="1"'),
    ):
        assert first_photo(f'<p><a href="{full}"><img src="{thumbnail}" {sides} /></a></p>') is None


def test_the_full_picture_is_skipped_as_channel_art_like_any_photo() -> None:
    assert first_photo(ZELDA_KOI_POND, skip={FULL_PICTURE}) is None


# Big Kev's podcast (korowiow80/PodSearch_Content, bigkev.us), "Suck it, Pujols": the episode's
# topics as a list alone, its first four without a stop. The lead skipped them as fragments and
# posted the fifth, "Rams leaving STL?", which says nothing of the episode. Quoted inline (the
# crawl states no licence).
_PUJOLS = (
    "<ul><li>Rock &#8216;n Roll HOF discussion &#8211; GNR drug use abounds</li>"
    "<li>Ron Paul is pulling back to fortify</li><li>Obama on same-sex marriage</li>"
    "<li>Pujols 5 restaurant can suck it</li><li>Rams leaving STL?</li>"
    "<li>Our community made &#8216;World&#8217;s Dumbest&#8217; &#8211; this makes us so proud - "
    '<a href="http://www.trutv.com/video/worlds-dumbest/redneck-tattoo-removal.html">'
    "http://www.trutv.com/video/worlds-dumbest/redneck-tattoo-removal.html</a></li>"
    "<li>Too old to breastfeed</li><li>Chris Hansen</li></ul>"
)


def _lead(html: str, title: str = "Suck it, Pujols") -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title)


def test_topics_opening_without_a_stop_are_posted_as_one_line_not_one_picked_topic() -> None:
    assert _lead(_PUJOLS) == (
        "Rock ‘n Roll HOF discussion – GNR drug use abounds; Ron Paul is pulling back to"
        " fortify; Obama on same-sex marriage; Pujols 5 restaurant can suck it; Rams leaving STL?"
    )


def test_a_list_opening_on_a_sentence_or_beside_prose_is_read_as_before() -> None:
    # The first topic a sentence of its own (Big Kev's "Fifty Shades …" episode): it leads.
    stopped = _PUJOLS.replace("GNR drug use abounds", "GNR drug use abounds.")
    assert _lead(stopped) == "Rock ‘n Roll HOF discussion – GNR drug use abounds."
    # A paragraph beside the list is the text; the list is not joined into it.
    said = f"<p>We talked about the news of the week.</p>{_PUJOLS}"
    assert _lead(said) == "We talked about the news of the week."


def test_setup_steps_with_a_console_prompt_or_a_windows_path_are_no_topics() -> None:
    # Andy Dote's "Creating a FubuMvc website" (kagisearch/fastfeedparser benchmark_data, MIT):
    # a how-to's steps as a list alone. Joined they read as a run of commands, not a lead.
    steps = (
        "<ul><li>Add new Empty Web Application to your solution</li>"
        "<li>PM&gt; Install-package fubumvc</li><li>Add folder Features</li>"
        "<li>Add folder Features\\Home</li><li>Add Features\\Home\\HomeInputModel.cs</li></ul>"
    )
    assert "Install-package" not in _lead(steps, title="Creating a FubuMvc website")
