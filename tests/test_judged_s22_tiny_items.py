"""A tiny item goes out whole (session 22, O22): a comment, a shout or a screenshot's caption of a
few short lines is the item itself, and a lead of one of its lines drops the rest. Short
strings quoted from kalv ruby-feed-parser-benchmark's 2008 crawl (no licence), held-out
samples 21-23."""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.parsing.models import FeedEntry
from bot.text.tiny_items import tiny_item_text


def _summary(title: str, html: str) -> str:
    entry = FeedEntry("1", title, "https://blog.example.org/2008/post", None, None, html)
    return compose_entry(
        entry, source="Blog", source_url=None, language=None, summary_chars=600
    ).summary


def test_a_line_after_the_summary_is_the_lead_rules_to_drop() -> None:
    # A tutorial site's tip (feed--646112027) over its "Download here" line: the summary stands.
    html = "<p>Try this cool effect using layer styles.</p><p>Download here</p>"
    assert _summary("Fade Fom White", html) == "Try this cool effect using layer styles."


def test_a_screenshots_caption_keeps_its_name_line() -> None:
    # Scrnshots.com (feed-894208980, entry 9): the caption's first line names the screenshot.
    html = "<p>&quot;Infinity sheep&quot;</p><p>Box type Kaleidoscope.</p>"
    summary = _summary("Screenshot: Fri, 12 Dec 2008", html)
    assert summary == '"Infinity sheep". Box type Kaleidoscope.'


def test_one_short_line_alone_stays_the_summarys_to_judge() -> None:
    # A blog's two-word description under its headline (feed-256705969) is a teaser, no item;
    # Scrnshots.com's one-line captions (feed-894208980, entries 0 and 1) stay headline-only too.
    assert tiny_item_text("некий код", "для я.ру") == ""
    assert tiny_item_text("Ripit just purchased", "Screenshot: Fri, 12 Dec 2008") == ""


def test_a_shouts_text_under_its_ip_field_is_the_post() -> None:
    # A WordPress shoutbox (feed--37445145, entry 10): the "IP : …" line is the shout's record.
    html = "IP : 81.217.35.205<br />silvi ist ein mysterium"
    assert _summary("crextor (Fri, 17 Oct 2008 19:52:17)", html) == "silvi ist ein mysterium."


def test_a_writers_dots_inside_a_shout_are_no_cut() -> None:
    # The same shoutbox (entry 24): "..." inside the text is the writer's pause.
    text = "IP : 81.19.198.7\n\nbzw. is ma wuascht...aber wie kann i meinen gravatar active setzen"
    assert tiny_item_text(text, "patrick (Thu, 09 Oct 2008 18:33:53)") == (
        "bzw. is ma wuascht...aber wie kann i meinen gravatar active setzen."
    )


def test_a_cut_teaser_headings_fields_and_bylines_are_no_tiny_item() -> None:
    assert tiny_item_text("Brett and Bryan would rather windmill fight than shop...", "t") == ""
    assert tiny_item_text("By kharmazero\n\ntophe bei fong", "space rocks") == ""
    assert tiny_item_text("職種: ソフトウェア・エンジニア\n\n職務内容: Movable Type", "x") == ""
    assert tiny_item_text("Behooves", "Behooves") == ""
    # Lines cleaning parted (a changelog's section headings, lists left out between them).
    assert tiny_item_text("Added 14.1 devices\n\n\nReadded 14.1 devices", "Changelog 13") == ""
    assert tiny_item_text("Guests On The Show This Week\nJane Doe - @janedoe", "Show") == ""


def test_a_sentence_the_lead_rules_left_out_stays_out() -> None:
    # A giveaway's pointer (feed--456418030) and a link blog's "(Via …)" credit (feed--363015569)
    # are left out of a two-line item's summary on purpose: the item is not posted whole.
    lead = "Our Buddy and Business Editor John Obeto is giving away a load of prizes thanks to HP."
    text = f"{lead}\n\nCheck out the contest here and good luck."
    assert tiny_item_text(text, "HP Magic Giveaway", lead) == ""
