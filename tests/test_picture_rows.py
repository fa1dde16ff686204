"""Photos of picture posts from sample 11: a lightbox thumbnail named so, with no size declared,
stands for the picture it links to; a content opening on a row of pictures is a picture post.
Markup quoted from kalv ruby-feed-parser-benchmark's 2008 crawl (no licence)."""

from __future__ import annotations

from bot.parsing.pictures import first_photo, presents_its_opening_picture

UPLOADS = "http://goyave.homedns.org/online/wp-content/uploads/2008/11/"


def test_a_thumbnail_named_so_stands_for_the_picture_it_links_to() -> None:
    # feed-494998188, entry 1: "Day trip for once, so there are a few pictures to share."
    content = (
        "<p>Well, technically I flew here.</p>"
        f'<p><a href="{UPLOADS}air-10-sm-skyline.jpg" rel="lightbox[yulpsc]">'
        f'<img alt="This is why day trips are GOOD." class="wrapr" '
        f'src="{UPLOADS}air-10-sm-skyline.thumbnail.jpg" /></a>Day trip for once.</p>'
    )
    assert first_photo(content) == f"{UPLOADS}air-10-sm-skyline.jpg"
    # … not a declared icon, nor a thumbnail linking to a page.
    assert first_photo(content.replace("<img ", '<img width="40" height="40" ')) is None
    assert first_photo(content.replace("air-10-sm-skyline.jpg", "2008/11/page/")) is None


BLOGGER = "http://4.bp.blogspot.com/_bsri2H-owB8/STK-zKYvN_I/AAAAAAAAAQE/ZejZzWDKPH0/"


def test_a_content_opening_on_a_row_of_pictures_is_a_picture_post() -> None:
    # feed--3222045, entry 11: three runway photos, then their captions.
    picture = f'<a href="{BLOGGER}s1600-h/ysl.jpg"><img alt="" src="{BLOGGER}s320/ysl.jpg" /></a>'
    content = f"{picture}<br /><div>{picture}<br /><div>Strong Fellini-esque Cat Eye look.</div>"
    captions = "Strong Fellini-esque Cat Eye look. Look at those dresses and suites!"
    assert presents_its_opening_picture(captions, content)
    # One picture, or words before the second, is an illustrated post.
    assert not presents_its_opening_picture(captions, f"{picture}<p>Some text.</p>")
    assert not presents_its_opening_picture(captions, f"{picture}<p>Text.</p>{picture}")
    # A banner over a logo is no row of photos (feedjira's Sam Harris sample feed, MIT).
    logo = (
        '<img height="40" src="http://www.samharris.org/images/uploads/TSN_Logo.jpg" width="215" />'
    )
    assert not presents_its_opening_picture(captions, f"{picture}<br />{logo}<p>October 3-6</p>")
