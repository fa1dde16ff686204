"""Samples 13-20's leads closing on the sentence that introduces the part of the entry right after
it (a list, a player, pictures): "10 bonnes raisons d'y aller." over the ten reasons, "Toute
petite video d'un harbor seal …" over the player, "Enjoy." over the pictures. The post carries
none of them, so the sentence the markup shows introducing one goes."""

from __future__ import annotations

from bot.compose.reading import read_text


def _text(html: str) -> str:
    return read_text(html, title="A post", site_name=None, site_url=None)[0]


def test_a_sentence_counting_the_items_of_the_list_after_it_goes() -> None:
    # franckperrier.com's "10 bonnes raisons d'aller à Le Web 08" (feed-640594529, sample 20).
    html = (
        "<p>LeWeb8 démarre demain mardi. 10 bonnes raisons d&#8217;y aller.</p>\n<ol>\n"
        "<li> Un concentré des plus belles entreprises du web: Google, Mahalo, Facebook</li>\n"
        "<li> Des top speakers: Joichi Ito, Jason Calacanis, Robert Scoble</li>\n"
        "<li> Un réseautage de première qualité</li>\n</ol>"
    )
    assert "raisons" not in _text(html)
    assert _text(html).startswith("LeWeb8 démarre demain mardi.")


def test_a_sentence_naming_the_video_the_player_after_it_plays_goes() -> None:
    # geoffreysolignac.blogspot.com's "Leopard shark and harbor seal" (feed--51629367, sample 18).
    html = (
        "Toute petite video d'un harbor seal et d'un leopard shark, a Carmel, monastery, qui est "
        "définitivement un très bon spot pour du animal encounter...<br /><br /><br />"
        '<object width="320" height="266" class="BLOG_video_class"><embed width="320" '
        'height="266" src="http://www.blogger.com/img/videoplayer.swf"></embed></object><br />'
        "Je part demain Lundi 24 decembre pour Miami, ou de la, je vais rejoindre le Keys, pour "
        "un Noel dans les iles et sous l'eau."
    )
    assert "video" not in _text(html)
    assert "Je part demain" in _text(html)


def test_a_call_to_enjoy_the_pictures_after_it_goes() -> None:
    # snat.co.uk's "Weekly Funny Pictures" (feed--347265665, sample 12).
    html = (
        "<p>Every Monday, I am gonna post a few funny pictures that I have found on my time "
        "spending browsing the internet.</p>\n<p>Enjoy.</p>\n\n"
        "<a href='http://snat.co.uk/2008/weekly-funny-pictures.html/attachment/351913701'>"
        '<img src="http://snat.co.uk/wp-content/uploads/2008/12/351913701-150x150.jpg" '
        'width="150" height="150" alt="" /></a>'
    )
    assert "Enjoy" not in _text(html)


def test_a_sentence_before_a_picture_that_presents_nothing_stays() -> None:
    html = (
        "<p>The council met on Monday and voted to close the bridge for repairs.</p>"
        '<p><img src="http://example.org/bridge.jpg" width="400" height="300" /></p>'
    )
    assert "voted to close the bridge" in _text(html)


def test_a_lead_in_on_a_colon_stays_for_the_items_a_post_carries() -> None:
    # Its list's links may be read into the text: the lead-in is the summary rules' to judge.
    html = (
        "<p>Here are the slides for the 2 sessions I gave:</p><ul>"
        '<li><a href="http://example.org/a">Be Googley</a>, with Marc-Antoine Guarrigue;</li>'
        "<li>Google APIs for the Enterprise, with Philippe Kernevez.</li></ul>"
    )
    assert "Here are the slides" in _text(html)
