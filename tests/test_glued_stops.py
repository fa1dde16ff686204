"""Sentences a feed glued at a full stop get their space back (MSN Actualités' "vendredi à
Rijeka.L'ancien record", held-out sample 11); hosts, code and dotted names keep their dot.
Quoted inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence stated)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.captions import is_caption
from bot.text.glued_stops import spaced

_MSN = (
    "Le Français Amaury Leveaux a battu le record du monde du 100 m nage libre en petit bassin "
    "en 45 sec 12 en remportant sa demi-finale des Championnats d'Europe, vendredi à "
    "Rijeka.L'ancien record (45.69) avait été établi par Alain Bernard, le 7 décembre dernier "
    "à Angers."
)


def _text(html: str, title: str) -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return text


def test_a_sentence_glued_to_the_last_one_gets_its_space() -> None:
    text = _text(_MSN, "Euro de natation: Amaury Leveaux bat le record du monde du 100 m libre")
    assert "vendredi à Rijeka. L'ancien record (45.69) avait" in text
    assert spaced('dans le monde.Ce "plan stratégique"') == 'dans le monde. Ce "plan stratégique"'


def test_hosts_code_and_dotted_names_keep_their_dot() -> None:
    for kept in (
        "shop at Amazon.Com today",
        "see www.example.Org now",
        "call document.Write(x) or System.IO.File",
        "use Console.WriteLine here",
        "the v1.2.Final build",
        "Time Inc.The",
    ):
        assert spaced(kept) == kept


def test_a_photo_hosts_uploaded_by_badge_is_no_text() -> None:
    # Aubs' blog (feed--759010912 of the crawl): a Flickr photo with its badge and no prose.
    html = (
        '<div class="flickr-frame"><a href="http://www.flickr.com/photos/aubs/3039386477/">'
        '<img src="http://farm4.static.flickr.com/3141/3039386477_c6843c5c5e_m.jpg" /></a><br />'
        '<span class="flickr-caption"><a href="http://www.flickr.com/photos/aubs/3039386477/">'
        "That's what she said.</a>, originally uploaded by "
        '<a href="http://www.flickr.com/people/aubs/">Aubs</a>.</span></div>'
    )
    assert "uploaded" not in _text(html, "That's what she said.")
    assert is_caption("Golden Gate Bridge Originally uploaded by Trish")
    assert not is_caption("I originally uploaded by mistake the wrong file, sorry.")
