"""A photo album's bare "From <link>" caption is no lead (held-out sample 11: Picasa's "From
P@ Cool Famil…" opened a family blog's summary). Quoted inline from the 2008 crawl in
kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text

_LEAD = "Vacations in France are sweet: on the road to Isle of Groix, we bumped into a TV crew."


def _read(html: str) -> str:
    return read_text(html, title="Groix", site_name=None, site_url=None)[0]


def test_an_albums_from_caption_under_its_picture_goes() -> None:
    html = (
        '<table><tr><td><img src="http://lh3.ggpht.com/kids-tv.png" /></td></tr><tr><td>From'
        ' <a href="http://picasaweb.google.com/chanezon/PCoolFamilyPics">P@ Cool Famil&#8230;'
        f"</a></td></tr></table><p>{_LEAD}</p>"
    )
    assert _read(html) == _LEAD


def test_a_from_line_introducing_a_quotation_or_going_on_stays() -> None:
    quoted = '<p>From <a href="http://bloomberg.com/x">Bloomberg</a>:</p><p>' + _LEAD + "</p>"
    assert _read(quoted).startswith("From Bloomberg")
    going_on = '<p>From <a href="http://x.org/">home</a> all the way to the members.</p>'
    assert _read(going_on) == "From home all the way to the members."
