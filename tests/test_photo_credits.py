"""A reposted photo's uploader badge: skate infusion's posts (feed-802102488.atom10 of the 2008
crawl, held-out sample 13; no licence stated: short strings quoted) show a Flickr photo with
"Originally uploaded by <a>Antti Lehtinen</a>." under it. The badge is a caption, cut from
the text; the photo post credits the photographer instead."""

from __future__ import annotations

from bot.attribution.photo_credits import photo_uploader
from tests.support.first_check import one_item_post

PHOTO = "http://farm4.static.flickr.com/3209/3076943984_fa98afd9db.jpg"
BADGE = (
    f'<p><a href="http://www.flickr.com/photos/hanurijkl/3076943984/"><img src="{PHOTO}" /></a>'
    '<br /><span style="font-size: 0.9em"><a href="http://www.flickr.com/photos/hanurijkl/'
    '3076943984/">Santeri "Sande" Kulmala - Bs 360 flip ollie</a><br />Originally uploaded by '
    '<a href="http://www.flickr.com/people/hanurijkl/">Antti Lehtinen</a>.</span></p>'
)


def _feed(content: str) -> bytes:
    return (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>skate infusion"
        "</title><link href='http://www.skateinfusion.com'/><id>tag:si</id>"
        "<updated>2008-12-03T10:00:00Z</updated><entry><title>santeri sande kulmala</title>"
        "<link href='http://www.skateinfusion.com/2008/12/03/santeri.html'/><id>tag:si,1</id>"
        "<updated>2008-12-03T10:00:00Z</updated><content type='html'><![CDATA["
        + content
        + "]]></content></entry></feed>"
    ).encode()


def test_the_photo_post_credits_the_uploader_its_badge_names() -> None:
    text = "<p>Sande’s catchy bs 360 flip ollie.</p><p>Nikon D200 &amp; Tokina 10-17 @10mm.</p>"
    post = one_item_post(_feed(BADGE + text), "https://www.skateinfusion.com/feed")
    assert post.image_url == PHOTO
    assert post.summary.endswith("\n\nPhoto: Antti Lehtinen")
    assert "Originally uploaded" not in post.summary


def test_a_picture_the_text_credits_itself_gets_no_uploader_credit() -> None:
    # "picture by Daniel Harold Sturt": the uploader only reposted it.
    text = "<p>Matt, Seattle, picture by Daniel Harold Sturt for TWS. Fev 1992.</p>"
    post = one_item_post(_feed(BADGE + text), "https://www.skateinfusion.com/feed")
    assert "Photo:" not in post.summary


def test_a_badge_far_from_the_photo_or_without_one_names_no_uploader() -> None:
    assert photo_uploader(BADGE, None) is None
    assert photo_uploader(BADGE, "http://example.com/other.jpg") is None
    far = f'<img src="{PHOTO}" /><p>{"Words. " * 400}</p>Originally uploaded by <a>someone</a>.'
    assert photo_uploader(far, PHOTO) is None
    assert photo_uploader(BADGE, PHOTO) == "Antti Lehtinen"


def test_the_writers_own_photo_needs_no_credit() -> None:
    # aubreysabala.com/aubs/ (feed--759010912.atom10) posts her own uploads: "… originally
    # uploaded by <a href=".../people/aubs/">Aubs</a>." under each.
    own = BADGE.replace("people/hanurijkl/", "people/aubs/")
    assert photo_uploader(own, PHOTO, "http://www.aubreysabala.com/aubs/2008/11/x.html") is None
    assert photo_uploader(own, PHOTO, "http://www.skateinfusion.com/2008/12/03/x.html") == (
        "Antti Lehtinen"
    )
