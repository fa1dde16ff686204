"""Aggregators' credits (held-out sample 11): a news engine's headline names its outlet after a
last dash ("… - Le Monde", Google News France 2008), the credit is that outlet, not the engine
nor another article of the cluster; a carried page's title names its site (Talk Digger). Quoted
inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence); texts stand-ins."""

from __future__ import annotations

from bot.attribution.carriers import name_in_title_parts
from bot.attribution.credit_labels import via_label
from bot.compose.reading import read_text
from bot.render.content import render_post
from tests.support.first_check import aggregated_contents

_ITEMS = (
    (
        "Télé publique : l'Assemblée supprime la publicité - Le Figaro",
        "www.lefigaro.fr/politique/1",
    ),
    ("Prison ferme pour des mariages blancs - Le Figaro", "www.lefigaro.fr/flash-actu/2"),
    (
        "Travail dominical : Nicolas Sarkozy ne veut pas différer un texte ... - Le Monde",
        "www.lemonde.fr/politique/article/3",
    ),
    ("Au Zimbabwe, toujours le choléra - Le Parisien", "www.leparisien.fr/international/4"),
    (
        "Les dirigeants de l'UE arrachent un accord sur le plan climat - AFP",
        "www.google.com/hostednews/afp/article/5",
    ),
)
# The cluster's other coverage, listed under the lead as Google News lists it.
_OTHERS = "<br><a href='http://a.test/1'>Le Figaro</a> - <a href='http://b.test/2'>leJDD.fr</a>"
_OTHERS += " - <a href='http://c.test/3'>L'Express</a> - <a href='http://d.test/4'>AFP</a>"


_ECHOS = "http://www.lesechos.fr/"


def _feed() -> bytes:
    items = "".join(
        f"<item><title>{title.replace('&', '&amp;')}</title><link>http://{path}</link>"
        f"<guid isPermaLink='false'>tag:news.google.com,2005:cluster=http://{path}</guid>"
        f"<description>&lt;p&gt;Le texte de l'article numéro {n}, assez long pour un résumé."
        f"&lt;/p&gt;{_OTHERS.replace('<', '&lt;').replace('>', '&gt;')}</description></item>"
        for n, (title, path) in enumerate(_ITEMS)
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        "<title>Google News France</title><link>http://news.google.fr/nwshp?ned=</link>"
        f"<language>fr</language>{items}</channel></rss>"
    ).encode()


def _posts() -> list[str]:
    url = "http://news.google.fr/?output=rss"
    return [render_post(c) for c in aggregated_contents(_feed(), url, headers={})]


def test_the_outlet_the_headline_names_is_the_credit_and_leaves_the_headline() -> None:
    figaro, _, monde, parisien, _ = _posts()
    assert figaro.startswith("<b>Télé publique : l'Assemblée supprime la publicité</b>")
    assert '<a href="http://www.lefigaro.fr/">Le Figaro</a>' in figaro
    assert '<a href="http://www.lemonde.fr/">Le Monde</a>' in monde
    assert '<a href="http://www.leparisien.fr/">Le Parisien</a>' in parisien
    for post in (figaro, monde, parisien):
        # Neither the engine ("via Google") nor the wire one of the cluster's others names.
        assert "Google" not in post and "Agence France-Presse" not in post
        assert "lefigaro.fr<" not in post and "leparisien.fr<" not in post


def test_a_news_engine_is_no_via_but_a_curator_is() -> None:
    assert via_label("Google") is None and via_label("Google News") is None
    assert via_label("Planet PHP") == "Planet PHP"
    assert via_label("Hacker News") == "Hacker News"


def test_a_wire_closing_a_list_of_outlets_is_no_credit_but_one_closing_the_text_is() -> None:
    lead = "<p>Les pourparlers progressent entre les partenaires sociaux cette semaine."
    listed = f"{lead}</p><p>Les Infos - CabinetsAvocats.com - Nord Eclair.fr - AFP</p>"
    _, attribution = read_text(listed, title="x", site_name="Les Échos", site_url=_ECHOS)
    assert not attribution.is_reprint
    _, attribution = read_text(
        f"{lead} - AFP</p>", title="x", site_name="Les Échos", site_url=_ECHOS
    )
    assert attribution.original_publisher == "Agence France-Presse"


def test_a_carried_pages_title_naming_its_site_names_the_credit() -> None:
    # Talk Digger (held-out sample 11) carried pages found about a person: "bigfoot.com" was
    # credited where the page's title names its site.
    title = "Bigfoot - Conference Call, Email, SMS or Text Messaging, Find People"
    assert name_in_title_parts(title, "http://www2.bigfoot.com/~dwoolfenden") == "Bigfoot"
    ad_bard = "Websites displaying news advertisements: | Ad Bard"
    assert name_in_title_parts(ad_bard, "http://adbard.net/websites/23") == "Ad Bard"
    # A part that is no spelling of the domain, or one part alone, names nothing.
    assert name_in_title_parts("Person Profile: David Woolfenden", "http://zoominfo.com/D") is None
    assert name_in_title_parts("Bigfoot", "http://www2.bigfoot.com/~dw") is None
