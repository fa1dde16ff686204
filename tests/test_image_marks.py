"""Textile's image markup is a picture the post does not carry, not lead text (held-out sample
11: Rapha's summaries opened "!/content/uploads/rapha-ride.jpeg!"). Quoted inline from
hobeone/rss2go's testdata/rapha_all.xml (no licence stated)."""

from __future__ import annotations

from bot.compose.reading import read_text

_LEAD = (
    "Training through the winter is essential for most but on the cold, dark evenings that are"
    " creeping in, the thought of going out alone on narrow lanes in the dark isn't so appealing."
)


def _read(html: str) -> str:
    return read_text(html, title="Hi-vis Evening Ride - London", site_name=None, site_url=None)[0]


def test_a_textile_image_opening_the_summary_goes() -> None:
    assert _read("!/content/uploads/rapha-ride.jpeg!\n\n" + _LEAD).startswith("Training through")


def test_textile_images_with_alt_text_links_or_addresses_go_anywhere_in_a_block() -> None:
    html = (
        "<p>!http://www.rapha.cc/content/uploads/whyI.jpg! !(left)/up/bob-road.jpg(Bob)!:/bob "
        + _LEAD
        + "</p>"
    )
    assert _read(html).startswith("Training through")


def test_exclamations_and_paths_that_are_no_image_stay() -> None:
    for kept in (
        "Wow! Ten riders went out on the road today, and all of them came back.",
        "Ave speed 14.7mph (!) on the climb to the col, which is good going.",
        "Open the file at !important/notes.txt before the ride tomorrow morning.",
    ):
        assert _read(kept) == kept
