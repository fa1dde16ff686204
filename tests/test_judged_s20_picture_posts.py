"""Picture posts from held-out sample 18: a painter's blog (feed--31174128, nathanfowkes.blogspot)
writes spacer dots between its pictures; they are no words, so its items open on a row of
paintings and go out as photo posts. Markup quoted from kalv ruby-feed-parser-benchmark's 2008
crawl (no licence)."""

from __future__ import annotations

from bot.parsing.pictures import presents_its_opening_picture

BLOGGER = "http://1.bp.blogspot.com/_pbZw476tEsE/SKShZUYNbnI/AAAAAAAAA3w/1LL_3-h0OTU/"


def _picture(name: str) -> str:
    image = f'<img alt="" border="0" src="{BLOGGER}s400/{name}" />'
    return f'<a href="{BLOGGER}s1600-h/{name}">{image}</a>'


def test_spacer_dots_before_the_paintings_are_no_words() -> None:
    # Entry 16: "This is a scene from the Prince of Egypt." under the sketch and the painting.
    dot = '<span style="COLOR: rgb(0,0,0);">.</span>'
    content = (
        f'<a href="{BLOGGER}s1600-h/poe_temple-rough-lo.jpg">.</a><br />{dot}'
        f"{_picture('poe_temple-rough-lo.jpg')}{dot}<br />{dot}<br />"
        f"{_picture('poe_temple-lo.jpg')}<br /><br />This is a scene from the Prince of Egypt."
    )
    lead = "It was designed by layout artist Guillaume Bonamy. I did the preliminary color sketch."
    assert presents_its_opening_picture(lead, content)
    # Stray ends of comments ("–>–>") are no words either; a word before the pictures is.
    assert presents_its_opening_picture(lead, content.replace(dot, "–&gt;–&gt;"))
    assert not presents_its_opening_picture(lead, content.replace(dot, "<p>Hi.</p>", 1))
