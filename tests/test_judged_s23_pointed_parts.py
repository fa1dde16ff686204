"""Dangling references whose pointer stands a sentence or two before the part the entry's markup
sets after it (pictures, a link, bare addresses), judged in samples 21-25: the post carries none
of those parts, so its lead ends before the first sentence pointing at one ("Sooo here's a few
from downtown Macon …" over the photos); a lead made only of the pointer goes headline-only.
A sentence merely naming a picture two sentences back stays ("Watching Joi's video of …")."""

from __future__ import annotations

from bot.render.content import PostContent
from tests.support.first_check import one_item_post


def _composed(html: str) -> PostContent:
    body = (
        '<rss version="2.0"><channel><title>A Blog</title>'
        "<link>https://blog.example.org/</link><item><title>A post</title>"
        "<link>https://blog.example.org/2020/05/a-post</link>"
        f"<description><![CDATA[{html}]]></description></item></channel></rss>"
    ).encode()
    return one_item_post(body, "file:///feeds/blog.xml")


def test_the_lead_ends_before_a_presenter_two_sentences_over_the_photos() -> None:
    # brianbowen.com's "Sky Watch Friday 7-25" (feed--469161258 #7, sample 25).
    post = _composed(
        "<p>I figured if I thought about it I would snap a few pics.  </p>\n"
        "<p>Check out the Sky Watch blog too.  They have links to bunches of pictures.</p>\n"
        "<p>Sooo here&#8217;s a few from downtown Macon, GA last night.  These were taken with "
        "my cell as its all I had while we were giving out hotdogs.</p>\n"
        '<p><a href="http://www.flickr.com/photos/kindasouthern/2701201399/"><img alt="Urban '
        'Sky 4" src="http://farm4.static.flickr.com/3103/2701201399_70e614ee53.jpg" /></a></p>'
    )
    assert post.summary.endswith("They have links to bunches of pictures.")
    assert "Macon" not in post.summary


def test_a_call_to_check_out_the_link_before_its_click_here_goes() -> None:
    # iloveyoushannon.com's "We made the 'nice' list." (feed-516538122 #2, sample 24).
    post = _composed(
        "<p>Its great news because I&#8217;ve worked real hard.</p>\n"
        "<p>If your unsure if you can believe me check out the link. Its exciting news. "
        '<a href="http://family.go.com/santas-list/video/20025-kicktheboxdesign/" '
        'target="_blank">Click here</a>.</p>\n<p></p>'
    )
    assert post.summary == "Its great news because I’ve worked real hard."


def test_a_post_of_bare_video_addresses_goes_headline_only() -> None:
    # alivenotdead.com's "Barack Obama 30 minutes infomercial Oct. 29" (feed--849110586 #5,
    # sample 25): the four parts are addresses the post does not show.
    post = _composed(
        "This is the full commercial separated in 4 parts.<br /><br />"
        "http://hk.youtube.com/watch?v=8vlyEM4CicI<br /><br /><br />"
        "http://hk.youtube.com/watch?v=d-uBETkMQTQ<br />"
        "http://hk.youtube.com/watch?v=NaNDLT9xg9Q<br />"
    )
    assert "4 parts" not in post.summary


def test_a_pointer_at_the_photo_before_a_smiley_ends_the_lead() -> None:
    # stpeter.im's "A Sign of the Times" (feed--13410705 #2, sample 21).
    post = _composed(
        "<p>Just a day shy of 9 years! I&#8217;m looking forward to many more years of working "
        "on Jabber, XMPP, and real-time communication.</p>\n<p>For auld lange syne I figured "
        "I&#8217;d post a photo of the lobby sign at the Jabber Inc. offices. :)</p>\n"
        '<p><img src="https://stpeter.im/images/jabber-sign.jpg" width="400" /></p>'
    )
    assert post.summary.endswith("real-time communication.")


def test_the_lead_ends_before_a_pointer_and_does_not_read_on_past_the_part() -> None:
    # blog.outbrain.com's "Nominate outbrain for Mashable's Open Awards" (feed-137041314 #2,
    # sample 21): the widget's button is below, the text after it speaks of it.
    post = _composed(
        "<p>So - outbrain has been nominated as one of the top-10 finalists in the best blog "
        "plugins category. Cool! Now we need your help to get nominated as the winner... So "
        "please take a minute to fill your email and hit the 'Vote Now &gt;&gt;' button below. "
        "Thanks!!</p>\n"
        '<p><iframe src="http://mashable.com/openwebawards/widget" width="200"></iframe></p>'
        "<p>It only takes a second and it means a lot.</p>"
    )
    assert post.summary == (
        "So - outbrain has been nominated as one of the top-10 finalists in the best blog "
        "plugins category. Cool!"
    )


def test_a_sentence_naming_a_video_two_sentences_before_a_picture_stays() -> None:
    # docuverse.com's "Slow Firework II" (horde fixtures, sample 10): the video is Joi's, linked.
    post = _composed(
        '<p>Watching <a href="http://joi.ito.com/weblog/2008/05/20/video-of-cookin.html">Joi\'s '
        "video of bamboos in his backyard</a> reminded me that I neglected to blog about our "
        "cactus which started it's second firework a month ago. It sort of looks like bamboo but "
        "no bamboo shoots. I hope it blooms soon because it's getting too tall.</p>\n"
        '<p><img src="http://www.docuverse.com/blog/donpark/cactus.jpg" width="400" /></p>'
    )
    assert post.summary.startswith("Watching Joi's video of bamboos")
