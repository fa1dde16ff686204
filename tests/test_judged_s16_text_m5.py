"""Text defects the editors still rejected in held-out samples 11-13 (/work/judge16 leftovers):
a comment ask after the case it is for, and a double prime closing a curly quotation. The crawl
these came from states no licence, so its strings are quoted inline."""

from __future__ import annotations

from bot.text.promo_sentences import without_promo_sentences
from bot.text.quotations import quotation_closed
from bot.text.show_prompts import is_audience_ask


def test_a_comment_ask_after_the_case_it_is_for_is_no_summary() -> None:
    # A blog's note on its move (s15 feed-45811797, entry 5): the ask closes the paragraph.
    ask = (
        "Falls euch noch was auffällt was verloren gegangen ist, hinterlasst doch bitte einen "
        "Kommentar."
    )
    assert is_audience_ask(ask)
    assert is_audience_ask("If you spot anything else that broke, please leave a comment below.")
    assert is_audience_ask("Wenn ihr Fragen habt, schreibt uns gerne einen Kommentar!")
    text = "Vor einigen Tagen haben wir schon den Umzug angekündigt, nun wurde er vollzogen. " + ask
    assert without_promo_sentences(text, frozenset()) == (
        "Vor einigen Tagen haben wir schon den Umzug angekündigt, nun wurde er vollzogen."
    )


def test_a_conditional_sentence_of_news_is_not_an_ask() -> None:
    assert not is_audience_ask("Falls die Umlaute wieder funktionieren, ist das Update vollzogen.")
    assert not is_audience_ask("If the vote passes, the council will leave the budget as is.")
    assert not is_audience_ask(
        "Wenn der Server steht, schreibt er einen Kommentar zur Lage im Blog des Vereins und "
        "erklärt die Gründe für den Umzug ausführlich."
    )


def test_a_double_prime_closing_a_curly_quotation_owes_no_closing_mark() -> None:
    # Matt Cutts's blog (s15 feed--239981641, entry 3): WordPress wrote “Chrome 0.2″; the
    # summary gained a stray ” at its end, "… (~26%).”".
    text = (
        "they hardwired it to look for the string “Chrome 0.2″ when Chrome is on version 0.3 "
        "or 0.4 by now. I hadn’t realized that Internet Explorer usage had dropped so low for "
        "my site (~26%)."
    )
    assert quotation_closed(text) == text
    assert quotation_closed("He wrote: “Chrome is out and we") == "He wrote: “Chrome is out and we”"
