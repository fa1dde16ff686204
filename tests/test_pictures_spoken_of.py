"""Leads that speak of, or point at, the entry's picture get it as the post's photo (the photo
rejects of held-out sample 11, /work/judge13/s13-heldout-*.jsonl), and a photo is an image's
address, never a site's home page. Short strings are quoted from the feeds (kalv
ruby-feed-parser-benchmark's 2008 crawl and hobeone/rss2go's Bicycling feed, no licence)."""

from __future__ import annotations

from bot.parsing.pictures import first_photo, presents_its_opening_picture, talks_about_a_picture

FOTO = "http://farm4.static.flickr.com/3274/2986323722_a2510c14c3.jpg?v=0"


def test_a_lead_about_its_picture_in_spanish_french_italian_german() -> None:
    for lead in (
        "Mira por donde… esta es la foto que tengo ahora mismo de fondo de pantalla.",
        "Otra de las fotos que hice en la sesión con Alba. La pongo por 2 cosas diferentes.",
        "Je vous montre cette photo prise hier au port.",
        "Questa foto l'ho scattata a Roma.",
        "Dieses Bild hängt jetzt in meinem Büro.",
    ):
        assert talks_about_a_picture(lead), lead


def test_a_picture_presented_as_this_is_a_picture_taken() -> None:
    # A Californian's smoke post (s16 pool, feed-638692759, entry 8): the photo opens the entry.
    assert talks_about_a_picture("This is a picture taken from the back of my house.")
    assert talks_about_a_picture("C'est une photo prise depuis le balcon.")
    assert talks_about_a_picture("Esta es una foto tomada desde el tejado.")
    for lead in (
        "This is a photo blog about cats.",
        "That is a picture of health.",
        "This is the image of a company that cares.",
        "It is the shot of the year.",
        "Note that this is a snapshot of my own personal takes as of January 2025.",
    ):
        assert not talks_about_a_picture(lead), lead


def test_pictures_shown_in_the_plural_however_described() -> None:
    for lead in (
        "But these winter wonderland by Lake Michigan pictures are kinda look magical, no?",
        "Standing in front of these wall-sized blueprints is an immersive experience – these "
        "tiny images really don’t so them justice.",
        "Day trip for once, so there are a few pictures to share. Yay!",
    ):
        assert talks_about_a_picture(lead), lead


def test_pictures_named_but_not_shown_stay_text() -> None:
    for lead in (
        "Google has improved these image search results for everyone.",
        "The photo editing app now runs on phones.",
        "We need more pictures of the event, send them in.",
        "La fotografía es un arte.",
        # Two corpus posts about software that loads pictures.
        "Have you ever noticed that when you share a link, these links load images to show?",
        "I was able to use these HTTP threads to load remote images in the background.",
    ):
        assert not talks_about_a_picture(lead), lead


def test_a_lead_pointing_at_the_picture_the_content_opens_with() -> None:
    levis = '<img alt="image" height="332" src="http://30gms.com/images/uploads/levi_01.jpg" />'
    lead = (
        "Here’s a really nice Levi’s advertisement that I spotted down on Old Street. "
        "Check it out before it flies away!"
    )
    assert presents_its_opening_picture(lead, levis + f"<p>{lead}</p>")
    desk = (
        '<p><img alt="memodesk02.jpg" src="http://www.popwuping.com/stuff/picts/memodesk02.jpg" />'
    )
    furniture = "Though analogue I could find so many uses for a piece of furniature like this."
    assert presents_its_opening_picture(furniture, desk + furniture)
    # A Bear blog post under its screenshot speaks of writing, not of the picture.
    bear = "I wanted to share the story because I enjoy reading things like this."
    assert not presents_its_opening_picture(bear, desk + bear)
    # The same words under a paragraph of text point at what the text said, not a picture.
    assert not presents_its_opening_picture(furniture, f"<p>Intro.</p>{desk}{furniture}")


def test_a_site_home_page_in_an_img_is_no_photo() -> None:
    # Bicycling's broken <img src> under its video link: the post went out with the home page.
    bicycling = (
        '<a href="http://www.bicycling.com/video/nairo-quintana-next-colombian-champion">'
        '<img border="0" src="http://www.bicycling.com/" /></a><br />Colombian cycling expert'
    )
    assert first_photo(bicycling) is None
    assert first_photo(f'<img src="{FOTO}" width="500" />') == FOTO
