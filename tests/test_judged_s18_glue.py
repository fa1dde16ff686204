"""Glue the editors rejected in held-out sample 16 (/work/judge18/rejects.jsonl): an opening
quotation mark a writer used to close one, and forum markup (BBCode) printed raw. The crawl
these came from states no licence, so its strings are quoted inline."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.bbcode import bbcode_read
from bot.text.quotations import quotation_closed
from bot.text.summaries import summarize


def test_an_opening_mark_between_spaces_closes_the_quotation_it_ends() -> None:
    # A blog on hope (s18 feed--728182917, entry 2) closed a quotation with “: the summary
    # gained two stray marks at its end, "… for peace and hope.””", that the feed never had.
    text = (
        "Is there another way… ? “Even if I lose all my money, I still hope in myself. “\xa0 "
        "And you have to have confidence in yourself otherwise you can’t get out of bed in the "
        "morning. This is one reason why Christians look outside themselves for peace and hope."
    )
    assert quotation_closed(text) == text


def test_a_quotation_a_cut_summary_ends_inside_is_still_closed() -> None:
    assert quotation_closed("He said: “Even if I lose all my money, I still hope.") == (
        "He said: “Even if I lose all my money, I still hope.”"
    )
    assert quotation_closed("Er sagte „Ja“ und ging.") == "Er sagte „Ja“ und ging."
    # A podcast's show notes (BeyondWorlds.rss) open a quotation with a space after its mark.
    assert quotation_closed("He wrote: “ Welcome to “The Square.” It is a method.") == (
        "He wrote: “ Welcome to “The Square.” It is a method.”"
    )


def test_forum_markup_reads_as_the_text_it_marks() -> None:
    # A forum's feed (s18 feed--785312631, entry 29) printed "Je lance
    # [url=http://www.deliberer.com]deliberer.com une plateforme …".
    post = (
        "Bonjour à tous,\n\nJe lance [url=http://www.deliberer.com]deliberer.com[/url] une "
        "plateforme de sondages et débats gratuits. [b]En plus[/b] d'être exportables, les "
        "sondages sont publiés sur le site.[img]http://example.org/logo.png[/img]"
    )
    text = read_text(post, title=None, site_name="Forum", site_url="http://forum.example")[0]
    assert "[" not in text and "logo.png" not in text
    assert "Je lance deliberer.com une plateforme" in text
    assert "En plus d'être exportables" in text


def test_nested_forum_tags_and_a_cut_link_tag_come_off() -> None:
    assert bbcode_read("[quote=Bob][i]Vu sur[/i] [url]http://a.fr[/url][/quote] merci") == (
        "Vu sur http://a.fr merci"
    )
    assert bbcode_read("Voir [url=http://a.fr/x]mon site...").strip() == "Voir mon site..."


def test_brackets_that_close_no_tag_are_no_forum_markup() -> None:
    code = "for i in range(n): a[i] = b[i] + c[u]"
    assert bbcode_read(code) == code
    assert bbcode_read("He [laughs] and [b] says no.") == "He [laughs] and [b] says no."


def test_a_standfirst_the_next_sentence_says_again_is_printed_once() -> None:
    # A finance blog (s18 feed-853558919, entry 9): a bold standfirst over the body's first
    # sentence, which says it again without "sur le 2ème semestre 2007".
    standfirst = (
        "La 19ème édition de l’Indicateur Chausson Finance, sur le 2ème semestre 2007, confirme "
        "la très bonne santé du capital-risque français."
    )
    body = (
        "La 19ème édition de l’Indicateur Chausson Finance confirme la très bonne santé du "
        "capital-risque français. A 563 millions, les montants investis ce semestre sont en "
        "progression de 42% sur le semestre précédent."
    )
    summary = summarize(standfirst + "\n\n" + body, title="Capital-risque : 2007")
    assert summary == (
        standfirst + " A 563 millions, les montants investis ce semestre sont en progression de "
        "42% sur le semestre précédent."
    )


def test_sentences_that_echo_or_turn_round_each_other_both_stay() -> None:
    echo = "I don’t have to use force. I don’t want to use force."
    assert summarize(echo) == echo
    turned = (
        "Ogni volta che sto per innamorarmi mi raffreddo davvero. O il contrario: ogni volta "
        "che mi raffreddo davvero sto per innamorarmi."
    )
    assert summarize(turned) == turned
