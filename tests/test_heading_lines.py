"""A caption or heading on a line of its own over the text stays off the lead where the feed's
markup flattens its blank line, and a slideshow embed's footer goes with its title (held-out
sample 11). Quoted inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark (no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

_CAPTION = "Actual excerpt from Yahoo management Layoffs How To Manual"
_LEAD = (
    "If I didn&#8217;t feel so bad for Yahoo employees being laid off by the droves today"
    " I&#8217;d find this hilarious."
)
_FLARE = '<div class="feedflare"><a href="http://feeds.feedburner.com/~f/x">Digg</a></div>'


def _lead(html: str, title: str) -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title)


def test_a_caption_line_over_a_blank_line_is_no_sentence_of_the_lead() -> None:
    html = f"{_CAPTION}\n\n{_LEAD} In addition to a Yahoo real-time feed [...]{_FLARE}"
    title = "1000s Of Yahoo Employees Laid Off Today"
    assert _lead(html, title).startswith("If I didn’t feel so bad")


def test_a_blank_line_after_a_sentence_or_inside_one_joins_as_before() -> None:
    for html, start in (
        (f"<p>Some readers wrote in.\n\n{_LEAD}</p>", "Some readers wrote in. If I"),
        (f"<p>Yahoo laid off a thousand people\n\ntoday, and {_LEAD}</p>", "Yahoo laid off"),
    ):
        assert _lead(html, "Layoffs").startswith(start)


def test_a_slideshow_footer_and_its_title_go() -> None:
    html = (
        "I am a big fan of Lawrence Leslie&#8217;s method of presenting. Everyone can&#8217;t be"
        " Steve Jobs, but some techniques help.\nTHIRST\nView SlideShare presentation or Upload"
        f" your own. (tags: design crisis){_FLARE}"
    )
    lead = _lead(html, "The art of Sliding")
    assert lead.endswith("but some techniques help.")
    html = f"<p>{_LEAD}</p><div>Metaprogramming JavaScript View | Upload your own</div>"
    assert _lead(html, "Slides") == "If I didn’t feel so bad for Yahoo employees being laid off" + (
        " by the droves today I’d find this hilarious."
    )
