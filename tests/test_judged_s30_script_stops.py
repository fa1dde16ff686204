"""A text's own script's full stop ends its sentences, whatever language the feed declares
(family empty-post: "headline-only, although each entry has a usable Bengali lead"). WordPress
blogs written in Bengali declare "en" or "en-US" (hasin.wordpress.com's feed--233492873.atom10,
blog.manchumahara.com's feed-723763969.atom10 in the 2008 crawl): with English rules no "।" ended
a sentence, so a teaser cut with "[...]" had no whole sentence and the post lost its lead.
Short strings quoted inline."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.sentences import split_sentences
from bot.text.summaries import summarize

# hasin.wordpress.com, "আমার আমি নাই রে আমার আমি নাই" (2008-10-17), its feed's cut summary.
HASIN = (
    "আজকে সকালটা একটু অন্যরকম, আজকে কাজের লোড অনেক কম। \n"
    "শুরুটা একদম হঠাৎ করেই, প্রথম আলোর ব্লগ ইঞ্জিনের কাজটা নেয়ার তেমন কোন প্ল্যান ছিল না। "
    "মাহবুব ভাইয়ের সাথে মাঝে মাঝে কথা বার্তা হত সাজেশন হিসেবে। এর মাঝেই ট্রিপার্ট ছাড়লাম জুলাই এর শেষে। "
    "এর পরের দুই মাস ভেবেছিলাম রেস্ট নিব, কিন্তু বেকার বসে থাকার চেয়ে প্রথম আলোর [...]"
)


def test_a_danda_ends_a_sentence_in_a_feed_that_says_it_is_english() -> None:
    text = "মাহবুব ভাইয়ের সাথে মাঝে মাঝে কথা বার্তা হত সাজেশন হিসেবে। এর মাঝেই ট্রিপার্ট ছাড়লাম জুলাই এর শেষে।"
    assert split_sentences(text, "en-US") == [
        "মাহবুব ভাইয়ের সাথে মাঝে মাঝে কথা বার্তা হত সাজেশন হিসেবে।",
        "এর মাঝেই ট্রিপার্ট ছাড়লাম জুলাই এর শেষে।",
    ]


def test_hindi_with_no_language_splits_at_its_stops_too() -> None:
    assert split_sentences("यह एक वाक्य है। यह दूसरा है? ठीक है।") == [
        "यह एक वाक्य है।",
        "यह दूसरा है?",
        "ठीक है।",
    ]


def test_english_text_keeps_english_rules() -> None:
    assert split_sentences("Mr. Smith went to Washington. He stayed.", "en") == [
        "Mr. Smith went to Washington.",
        "He stayed.",
    ]


def test_a_cut_bengali_teaser_keeps_its_whole_sentences() -> None:
    title = "আমার আমি নাই রে আমার আমি নাই"
    text, _ = read_text(HASIN, title=title, site_name="The Storyteller", site_url=None)
    summary = summarize(text, title=title, language="en")
    # Was "": the whole teaser read as one sentence cut at "[...]".
    assert summary.startswith("আজকে সকালটা একটু অন্যরকম, আজকে কাজের লোড অনেক কম।")
    assert summary.endswith("এর মাঝেই ট্রিপার্ট ছাড়লাম জুলাই এর শেষে।")
