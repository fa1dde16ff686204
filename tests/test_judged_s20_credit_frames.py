"""Held-out samples 20 and 21 (2008 crawl, no licence stated: short strings quoted inline):
a site name keeps no frame of its feed title, and a write-up citing an English page as
"[Fonte]" in another language is the site's own, no reprint."""

from __future__ import annotations

from bot.attribution.notices import find_notices
from bot.attribution.reprints import attribute
from bot.attribution.site_names import derive_site_name
from bot.text.blocks import to_blocks


def _name(title: str, site_url: str) -> str:
    return derive_site_name(title, site_url, "http://feeds.example/feed").name


def test_dots_and_colons_framing_a_title_are_no_part_of_the_name() -> None:
    assert _name(".:: edonis'world ::.", "http://www.edonis.fr") == "edonis'world"


def test_a_title_wholly_in_brackets_names_the_site_without_them() -> None:
    assert _name("[Spyworld Actu]", "http://www.spyworld-actu.com/") == "Spyworld Actu"
    assert _name("[Sistemas UNSA]", "http://sistemas-unsa.blogspot.com/") == "Sistemas UNSA"


def test_a_title_part_in_lenticular_brackets_names_the_site_without_them() -> None:
    title = "【中国文本书库】——免费的经典文学共享资源"
    assert _name(title, "http://www.cntxt.net") == "中国文本书库"


def test_brackets_that_are_not_the_whole_name_stay() -> None:
    # A language label after the name, and two bracketed words, are no frame.
    assert _name("Loic Le Meur [fr]", "http://loiclemeur.com/france/") == "Loic Le Meur [fr]"
    assert "[" in _name("[Nerd] and [Proud]", "http://nerdandproud.example/")


_TUAW = "http://www.tuaw.com/2008/12/08/livespeakr-now-accepting-pre-orders/"
_ISPAZIO = (
    "<p>Livespeakr è un piccolo ma potente sistema di altoparlanti portatili ideato da Erik "
    "Groset e Robin Defay. Si tratta di un accessorio, compatibile con iPhone, iPhone 3G, iPod "
    "Touch e iPod Touch 2G, i cui speakers sono protetti dalle frequenze radio, cosi da "
    "garantire all’utente un ottimo audio senza interferenze esterne.</p>"
    "<p>Da qualche giorno sono iniziati i pre-ordini sul sito: il prezzo di Livespeakr si "
    "aggira intorno ai 130$ ma i primi 2000 clienti potranno beneficiare di uno sconto.</p>"
    f'<p style="text-align: right;">[<a href="{_TUAW}">Fonte</a>]</p>'
)


def _is_reprint(html: str) -> bool:
    blocks = to_blocks(html)
    verdict = attribute(
        blocks,
        find_notices(blocks, html),
        site_name="iSpazio",
        site_url="http://www.spaziocellulare.com/ispazio",
    )
    return verdict.is_reprint


def test_an_italian_write_up_citing_an_english_page_as_fonte_is_no_reprint() -> None:
    assert not _is_reprint(_ISPAZIO)


def test_the_same_fonte_under_an_english_copy_still_credits_the_original() -> None:
    english = (
        "<p>Livespeakr is a small but powerful portable speaker system for the iPhone and the "
        "iPod Touch, designed by Erik Groset and Robin Defay. The speakers are shielded from "
        "radio frequencies, so that you get good audio with no interference from the phone's "
        "own signal. Pre-orders are now open and the first 2000 customers get a discount on "
        "the price of about 130 dollars.</p>"
        f'<p>[<a href="{_TUAW}">Fonte</a>]</p>'
    )
    assert _is_reprint(english)
