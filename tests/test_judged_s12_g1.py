"""Session 12's audit A1 (bench/judged/2026-12-06-s12-audit-A1.jsonl), helper G1: a photo
post's photo shown as a thumbnail inside a link to the full picture (The Zelda Project, a
Joomla blog's lightbox). Short strings of the real entries quoted inline: the crawled
repository (dlc/sevenroot-feedparser, t/testdata/zelda-project.atom) states no licence."""

from __future__ import annotations

from bot.parsing.pictures import first_photo

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


def test_the_full_picture_is_skipped_as_channel_art_like_any_photo() -> None:
    assert first_photo(ZELDA_KOI_POND, skip={FULL_PICTURE}) is None
