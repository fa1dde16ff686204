"""Photos of held-out sample 12's photo rejects (development data since): hidden counters are
no photo, a wiki's file page is no image, and leads that caption or describe the entry's
picture get it. Short strings quoted from kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.parsing.pictures import first_photo, talks_about_a_picture

PHOTO = '<img src="http://example.org/wp-content/uploads/2008/11/the-bosses.jpg" />'


def test_a_counter_declared_zero_or_one_pixel_is_no_photo() -> None:
    gigya = (
        '<img border="0" height="0" src="http://counters.gigya.com/wildfire/IMP/CXNID=2000002.'
        '0NXC/bT*xJmx.gif" style="width: 0px; height: 0px;" width="0" />'
    )
    spaces = (
        '<img alt="" height="1px" src="http://c.services.spaces.live.com/CollectionWebService/'
        'c.gif?cid=7310794344631472052" width="1px" />'
    )
    assert first_photo(gigya) is None
    assert first_photo(spaces) is None
    assert first_photo(gigya + spaces + PHOTO) == (
        "http://example.org/wp-content/uploads/2008/11/the-bosses.jpg"
    )


def test_a_wiki_file_page_around_a_thumbnail_is_no_picture() -> None:
    thumb = (
        '<a href="http://en.wikipedia.org/wiki/Image:Minitab.jpg"><img height="152" src="http:'
        '//upload.wikimedia.org/wikipedia/en/thumb/2/23/Minitab.jpg/202px-Minitab.jpg" '
        'width="202" /></a>'
    )
    # The thumbnail (152 px high) is no photo either: the next picture is.
    assert first_photo(thumb) is None
    assert first_photo(thumb + PHOTO) == (
        "http://example.org/wp-content/uploads/2008/11/the-bosses.jpg"
    )


def test_leads_that_caption_or_describe_the_picture() -> None:
    for lead in (
        "From left: UAW President Ron Gettelfinger, Chairman and CEO of General Motors Richard "
        "Wagoner and President and CEO of the Ford Motor Company Alan Mulally.",
        "Voici mon bento rapido d’hier. En haut, on retrouve des morceaux de filets de bar.",
        "If you want to know how bored I am, see? I end up taking a photo of the depature board!",
        "Croisé au hasard d’une rue (dans mon quartier en plus). Voilà, c’était la note du jour.",
    ):
        assert talks_about_a_picture(lead), lead


def test_leads_that_only_use_the_same_words_stay_text() -> None:
    for lead in (
        "From left-wing parties to the unions, everyone disagreed.",
        "Seen from Brussels, the deal looks thin.",
        "En haut de la liste, la Grèce.",
        "On the left, critics said the bill went too far.",
        "We need someone to take a photo of the event, send them in.",
    ):
        assert not talks_about_a_picture(lead), lead
