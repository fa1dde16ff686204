"""A quotation post keeps whose words it quotes (family credit: "the quote goes out unattributed,
so it reads as the blogger's own words"). Tumblr's quote posts write the quotation, then
" - <em>source</em>" (maniacalrage.net's feed--699625205.rss20, fredwilson.vc's
feed-697385940.rss20, obscurelyfamous.com's feed-1008020657.rss20 in the 2008 crawl); a
blog's quote of the day writes the author's name as its own paragraph (blog.ekeldude.de's
feed--306779102.atom10). The source follows the quotation after a dash; a line that is no
source (a note opening in lower case, a sentence) does not. Short strings quoted inline."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.quote_sources import with_quote_source
from bot.text.summaries import summarize

STENGEL = (
    "“The key to being a good manager is keeping the people who hate me away from those who"
    " are still undecided.”"
)


def _summary(html: str, title: str) -> str:
    text, _ = read_text(html, title=title, site_name="Maniacal Rage", site_url=None)
    return summarize(text, title=title)


def test_a_tumblr_quote_keeps_its_source_after_a_dash() -> None:
    html = f"{STENGEL}<br/><br/> - <em>Casey Stengel</em>"
    title = "The key to being a good manager is keeping the people who hate me away from..."
    # Was the bare quotation: "keeping the people who hate me" read as the blogger's words.
    assert _summary(html, title) == f"{STENGEL} — Casey Stengel"


def test_a_linked_source_title_follows_the_quotation() -> None:
    quote = (
        "“I would be happy to see conservatism exit from the political scene—provided it takes"
        " liberalism with it.”"
    )
    source = "The Becker-Posner Blog: The Future of Conservatism—Posner"
    html = f'{quote}<br/><br/> - <em><a href="http://www.becker-posner-blog.com/">{source}</a></em>'
    assert _summary(html, "I would be happy to see conservatism exit...") == f"{quote} — {source}"


def test_an_author_named_in_a_paragraph_of_its_own_is_the_source() -> None:
    quote = "„Wahrlich, keiner ist weise, der nicht das Dunkel kennt.“"
    html = f"<p>{quote}</p><p>Hermann Hesse</p>"
    assert _summary(html, "wise guy") == f"{quote} — Hermann Hesse"


def test_a_note_in_lower_case_after_a_quotation_is_no_source() -> None:
    quote = "“There are many women designers who deserve to be recognised.”"
    text = f"{quote}\n\nthis link was ripped from the new eye´s blog ;)"
    assert with_quote_source(quote, text, 600) == quote


def test_a_sentence_after_a_quotation_is_no_source() -> None:
    text = f"{STENGEL}\n\nHe said it in 1958."
    assert with_quote_source(STENGEL, text, 600) == STENGEL


def test_text_that_goes_on_after_the_source_line_is_no_quotation_post() -> None:
    text = f"{STENGEL}\n\nCasey Stengel\n\nMore on managers tomorrow, and why it matters."
    assert with_quote_source(STENGEL, text, 600) == STENGEL


def test_a_lead_that_is_no_quotation_keeps_no_line_after_it() -> None:
    lead = "The key to being a good manager is keeping his critics apart."
    assert with_quote_source(lead, f"{lead}\n\nCasey Stengel", 600) == lead


def test_a_source_after_a_dash_closing_the_quotation_s_paragraph_stays() -> None:
    quote = (
        "“In fact, he can probably get to the bottom of the whole mess just by cross-examining"
        " the people riding on his campaign bus”"
    )
    html = (
        f"<blockquote><p>{quote}. - <a href='http://online.wsj.com/article/SB1.html'>Thomas"
        " Frank</a></p></blockquote>"
    )
    # laughingmeme.org's feed--374893677.atom10: the quote went out unattributed.
    assert _summary(html, "When the Washington Post calls you out") == f"{quote} — Thomas Frank"


def test_a_dash_inside_a_quotation_is_no_source_s() -> None:
    text = "“Many of the witnesses — friends of his — ride on his bus.”"
    assert with_quote_source(text, text, 600) == text
