"""A planet's author head over each post (Planet Ubuntu's <img class="face"
src="…/heads/NAME.png">) is the author's face, not the post's photo."""

from __future__ import annotations

from bot.parsing.pictures import first_photo

# Planet Ubuntu's item (feed--712016178.rss20 in kalv/ruby-feed-parser-benchmark): the head
# first, then the post's own Flickr photo.
_PLANET_ITEM = (
    '<img class="face" src="http://planet.ubuntu.com/heads/boredandblogging.png" alt="">'
    "<p>Day 3 of the summit.</p>"
    '<p><img src="http://farm4.static.flickr.com/3001/3012345678_abcdef1234.jpg"'
    ' width="500" height="375" alt="UDS"></p>'
)


def test_a_planets_author_head_is_no_photo() -> None:
    head_only = '<img src="http://planet.ubuntu.com/heads/jdub.png" alt=""><p>Text.</p>'
    assert first_photo(head_only) is None
    assert first_photo(_PLANET_ITEM) == (
        "http://farm4.static.flickr.com/3001/3012345678_abcdef1234.jpg"
    )
