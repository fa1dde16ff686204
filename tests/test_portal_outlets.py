"""A news portal's partner outlets: SAPO's economy feed (feed-10070693.rss20 of the 2008 crawl,
held-out sample 13; no licence stated: short strings quoted) carries Diário Económico's, Sol's
and Lusa's items, each naming its outlet in <source> ("DE", "Sol") and kept on the outlet's own
subdomain of sapo.pt. The post credits the outlet, spelled out as the feed's text writes it."""

from __future__ import annotations

from bot.attribution.source_outlets import is_portal, spelled_outlet
from bot.parsing.feeds import parse_feed
from bot.render.content import PostContent
from tests.support.first_check import aggregated_contents

FEED_URL = "https://feeds.example/sapo/economia.rss"


def _item(title: str, link: str, source: str, text: str) -> str:
    return (
        f"<item><title>{title} ({source})</title><link>{link}</link>"
        f"<description><![CDATA[<p>{text}</p>]]></description>"
        f"<guid isPermaLink='false'>{abs(hash(link))}</guid>"
        f"<author>author@rss.sapo.pt ({source})</author><source>{source}</source></item>"
    )


DE = "http://diarioeconomico.sapo.pt/edicion/diarioeconomico/nacional/mercados/pt/1191788.html"
SOL = "http://sol.sapo.pt/PaginaInicial/Economia/Interior.aspx?content_id=119766"
LUSA = "http://noticias.sapo.pt/lusa/artigo/49cb66c10fd8af7a4f0a50.html"
ITEMS = [
    _item(
        "Euronext Lisbon: PSI 20 fecha a semana no ‘vermelho’",
        DE,
        "DE",
        "O PSI 20 perdeu 1,25% para os 6100,80 pontos, em sintonia com os congéneres europeus.",
    ),
    _item(
        "Crise internacional: PS chama Vítor Constâncio ao Parlamento",
        DE.replace("1191788", "1191778"),
        "DE",
        "Segundo o Diário Económico apurou, o requerimento será votado na próxima semana.",
    ),
    _item(
        "Wall Street: Nova Iorque volta a fechar no vermelho",
        SOL,
        "Sol",
        "O Dow Jones recuou 2,24 por cento, enquanto o Nasdaq perdeu 1,5 por cento.",
    ),
    _item(
        "Bolsa: BCP e BPI em queda",
        LUSA,
        "Lusa",
        "Lisboa, 12 Dez (Lusa) - O BCP e o BPI fecharam hoje em queda na bolsa de Lisboa.",
    ),
]
FEED = (
    "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
    "<title>homepage economia</title><link>http://www.sapo.pt</link>"
    "<generator>SAPO RSS Works!</generator>" + "".join(ITEMS) + "</channel></rss>"
).encode()


def _posts(body: bytes) -> list[PostContent]:
    return aggregated_contents(body, FEED_URL)


def test_an_item_on_its_outlets_own_subdomain_credits_the_outlet_it_names() -> None:
    posts = _posts(FEED)
    assert (posts[2].source_name, posts[2].source_url) == ("Sol", "http://sol.sapo.pt/")


def test_an_outlets_acronym_is_spelled_as_the_feeds_text_spells_its_host() -> None:
    posts = _posts(FEED)
    # "DE" alone tells a reader nothing; one item writes "Diário Económico".
    assert [p.source_name for p in posts[:2]] == ["Diário Económico", "Diário Económico"]
    assert posts[0].source_url == "http://diarioeconomico.sapo.pt/"


def test_a_wires_copy_on_the_portals_news_site_stays_the_portals_reprint() -> None:
    # noticias.sapo.pt spells no outlet: the post credits the agency as the portal reprints it.
    lusa = _posts(FEED)[3]
    assert lusa.source_name == "SAPO"
    assert lusa.original_publisher == "Lusa"


def test_an_acronym_the_feed_never_spells_out_leaves_the_portals_credit() -> None:
    unspelled = FEED.replace("Segundo o Diário Económico apurou, o".encode(), b"O")
    assert [p.source_name for p in _posts(unspelled)[:2]] == ["SAPO", "SAPO"]


def test_items_on_the_feeds_own_host_make_no_portal() -> None:
    # One site's own sections named in <source> ("Sports", "Politics") are no outlets.
    parsed = parse_feed(FEED.replace(b"http://www.sapo.pt", b"http://sol.sapo.pt"), url=FEED_URL)
    assert not is_portal(parsed.entries, parsed.site_url)


def test_spelled_outlet_reads_joined_words_and_their_initials() -> None:
    texts = ["Fonte: Jornal de Notícias, edição de hoje."]
    assert spelled_outlet("JN", "jornaldenoticias", texts) == "Jornal de Notícias"
    assert spelled_outlet("JN", "jn", texts) is None
    assert spelled_outlet("DN", "jornaldenoticias", texts) is None
