"""Hashtags of judged posts (samples 16-21, the 2008 crawl, which states no licence: short
strings quoted inline): a long alphabetical tag list shows the tags the item talks about, not
its first ones by name; the site's own name is no tag."""

from __future__ import annotations

from bot.parsing.categories import headline_named_first
from bot.parsing.feeds import parse_feed

# "The Crucial Role of Glutathione in Every Cell of Your Body" (sample 17): an auto-tagger's
# list, sorted by name after the blog's category; shown "#breast_cancer #by_products #Canada".
_GLUTATHIONE_TAGS = (
    "antioxidant",
    "breast cancer",
    "by-products",
    "Canada",
    "cystic fibrosis",
    "GSH",
    "HIV",
    "immunocal",
    "Montreal",
    "Tylenol",
)
_GLUTATHIONE_TEXT = (
    "<p>Glutathione (GSH) is the master antioxidant. GSH protects every cell; without GSH "
    "the cell dies. Dr Gustavo Bounous of McGill University in Montreal developed immunocal, "
    "and immunocal raises GSH where Tylenol lowers it. Montreal's studies of immunocal in HIV "
    "patients… by-products of the cell… breast cancer… Canada… cystic fibrosis…</p>"
)


def test_a_long_sorted_tag_list_shows_the_tags_the_text_talks_about() -> None:
    ranked = headline_named_first(
        _GLUTATHIONE_TAGS, "The Crucial Role of Glutathione", text_html=_GLUTATHIONE_TEXT
    )
    assert ranked[:3] == ("GSH", "immunocal", "Montreal")


def test_a_tag_the_text_passes_by_once_is_no_subject() -> None:
    # "#Alkohol #Augenblick", the first two of 47 keywords of a questionnaire meme (sample 21):
    # each named once, like all the rest, the list keeps the headline's tag first and its order.
    tags = ("Alkohol", "Augenblick", "Leben", "Stöckchen")
    text = "<p>Alkohol? Selten. Der schönste Augenblick? Heute. Leben, Stöckchen.</p>"
    assert headline_named_first(tags, "Leben & Ich Stöckchen", text_html=text) == (
        "Leben",
        "Stöckchen",
        "Alkohol",
        "Augenblick",
    )


_MAHALO = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Mahalo Blog</title><link href="http://blog.mahalo.com"/><id>x</id><updated>2008-09-24T00:00:00Z</updated>
<entry><title>Best of Mahalo, September 24, 2008</title><id>m1</id>
<link href="http://blog.mahalo.com/best-of-mahalo-24"/><updated>2008-09-24T00:00:00Z</updated>
<category term="mahalo"/><category term="Barack Obama"/><category term="Detroit Lions"/>
<content type="html">Today on mahalo: Barack Obama, the Detroit Lions fire Matt Millen.</content>
</entry></feed>"""


def test_the_sites_address_name_is_no_tag_even_where_the_post_names_it() -> None:
    # "#mahalo #Barack_Obama #Detroit_Lions" (sample 16): the credit names Mahalo already.
    [entry] = parse_feed(_MAHALO.encode(), url="http://blog.mahalo.com/feed/atom").entries
    assert entry.categories == ("Barack Obama", "Detroit Lions")
