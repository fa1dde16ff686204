"""Capitals joined by "&" are one name in a hashtag. GigaOM's feed in the 2008 crawl
(kalv/ruby-feed-parser-benchmark feed--1035028363.atom10, no licence stated; the categories
are quoted) files a telco-TV post under "Broadband", "TV", "AT&T", "Verizon"."""

from __future__ import annotations

from bot.render.content import hashtags


def test_a_name_spelled_with_an_ampersand_stays_one_word() -> None:
    # It showed "#AT_T": Telegram ends a hashtag at "&", so the name was cut in two.
    assert hashtags(["Broadband", "AT&T", "Verizon"], 3) == ("#Broadband", "#ATT", "#Verizon")
    assert hashtags(["H&amp;M", "Mode"], 3) == ("#HM", "#Mode")


def test_words_joined_by_an_ampersand_stay_apart() -> None:
    assert hashtags(["Arts & Crafts", "Culture&Life"], 3) == ("#Arts_Crafts", "#Culture_Life")
