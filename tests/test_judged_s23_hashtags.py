"""Held-out samples 24 and 25's tag rejects, by family, precision first (a missing tag was
never a reject, a wrong one always is): a feed's catch-all, a column the headlines open with
(inflected or whole), one tag inflected twice, a word of a tag cloud the text names once."""

from __future__ import annotations

from bot.parsing.categories import headline_named_first, informative_first
from bot.render.content import hashtags
from tests.support.tagged_feeds import rss_item_tags

# The categories of Cellulari Blog's 20 items (s27 pool, feed--272670988): "Curiosità" on 16.
_CELLULARI = [
    ("Nokia", "Nuovi Prodotti"),
    ("Curiosità",),
    ("3", "Curiosità"),
    ("Curiosità",),
    ("Vertu", "Curiosità"),
    ("Giochi",),
    ("Sony Ericsson", "Curiosità"),
    ("Curiosità",),
    ("Curiosità",),
    ("Nokia", "Nuovi Prodotti"),
    ("HTC", "Curiosità"),
    ("Nokia", "Curiosità"),
    ("Curiosità",),
    ("Curiosità",),
    ("LG Electronics", "Curiosità"),
    ("Curiosità",),
    ("Vodafone", "Curiosità"),
    ("Curiosità",),
    ("Economia e Mercato",),
    ("Nokia", "Curiosità"),
]


def test_a_category_on_most_of_the_feeds_items_is_no_tag_of_any() -> None:
    # "Linee guida dalla Commissione europea per la mobile TV", "Categoria: Curiosità" in its
    # text: '#Curiosità' is the site's catch-all section, rejected on three items.
    ordered = informative_first(_CELLULARI)
    assert ordered[7] == ()
    assert ordered[16] == ("Vodafone",)
    assert ordered[0] == ("Nokia", "Nuovi Prodotti")


def test_a_column_the_headline_opens_inflected_or_is_whole_is_no_topic() -> None:
    # Christian's blog (feed-100947990): "Offener Brief an …" filed "Offene Briefe" twice.
    uwe, wlan, demo = rss_item_tags(
        ("Offener Brief an Uwe Döring (SPD)", "Sehr geehrter Herr Döring.", ("Offene Briefe",)),
        ("Offener Brief an die Redaktion des WLAN Report", "Herr Gebert.", ("Offene Briefe",)),
        ("Demo Freiheit statt Angst", "Datenschutz in Berlin.", ("Datenschutz",)),
    )
    assert (uwe, wlan, demo) == ((), (), ("Datenschutz",))
    # Blog de tecnología (feed--1060064991): two link roundups headed "Enlaces Interesantes",
    # the label also closing their texts ("… Adseok Enlaces Interesantes").
    first, second = rss_item_tags(
        (
            "Enlaces Interesantes",
            "Los mejores 5 firewalls. Enlaces Interesantes",
            ("Enlaces Interesantes",),
        ),
        (
            "Enlaces Interesantes",
            "Themes para wordpress. Enlaces Interesantes",
            ("Enlaces Interesantes", "Wordpress"),
        ),
    )
    assert (first, second) == ((), ("Wordpress",))


def test_one_tag_inflected_twice_is_shown_once() -> None:
    # Artiklz (feed-153122889) "Conversation Search", "Conversational Search"; a politics blog
    # (feed-960334581) "democratic", "Democrats".
    assert hashtags(["Conversation Search", "reactions", "Conversational Search"], 3) == (
        "#Conversation_Search",
        "#reactions",
    )
    assert hashtags(["democratic", "Democrats", "obama"], 3) == ("#democratic", "#obama")
    assert hashtags(["Apple", "Applications"], 3) == ("#Apple", "#Applications")


def test_a_word_of_a_tag_cloud_the_text_names_once_is_no_topic() -> None:
    # Ubuntu blog (feed--356431965) "Light Taskbar Tint2": of its cloud, "manager" is "desktop
    # manager" said once, "repositori" a word of one sentence; nothing is its topic.
    text = (
        "Tint2 è un semplice pannello progettato per funzionare su openbox3, ma può essere "
        "applicato su altri desktop manager. In questa esperienza testata su ubuntu intrepid "
        "64 bit. Inizialmente stavo installando tint2 attraverso i pacchetti tar.gz, scaricati "
        "dalla home page del progetto, poi ho trovato i repositori che spianano i problemi di "
        "dipendenze."
    )
    cloud = ("Decoration", "manager", "openbox", "repositori", "tintrc", "Ubuntu")
    assert headline_named_first(cloud, "Light Taskbar Tint2", text_html=text) == ()
    # A tag the headline names, or the text talks about, leads.
    named = headline_named_first(cloud, "Openbox and Tint2 on Ubuntu", text_html=text)
    assert named == ("openbox", "Ubuntu")
    # A one-line text names its topics once (The Cube Podcast: "drum and bass").
    mix = headline_named_first(
        ("audio", "bass", "cube", "drum", "music"),
        "Cube's Podast 001 - The Cube Mix",
        text_html="The Cube drum and bass mix, summer 2009.",
    )
    assert mix == ("cube", "bass", "drum")
