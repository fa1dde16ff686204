"""Bold labels opening a roundup's paragraphs are section heads, not the lead's words:
Awesomeology's "… I've got to see that! Awesome Sites: I added two more celebrities …"
(held-out sample 12). Quoted inline from the 2008 crawl in kalv/ruby-feed-parser-benchmark
(no licence stated)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

_ROUNDUP = (
    "<p><strong>Awesome News:</strong> Did you know that the Oakland Raiders vs San Diego "
    "Chargers game this past Thursday night was the first NFL game broadcast live in theaters "
    "in 3D? I&#8217;ve got to see that!</p>"
    "<p><strong>Awesome Sites:</strong> I added two more celebrities to my randomly-updated "
    "site Celebrities Using Twitter.</p>"
    "<p><strong>Awesome Products:</strong> The Palm Pistol is being marketed as a great "
    "pistol for seniors.</p>"
)


def _summary(html: str, title: str) -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title)


def test_a_roundups_labels_are_no_words_of_its_lead() -> None:
    summary = _summary(_ROUNDUP, "Awesome Stuff for December 8")
    assert summary.startswith("Did you know that the Oakland Raiders")
    assert "Awesome" not in summary


def test_one_label_and_two_speakers_taking_turns_stay_in_the_text() -> None:
    one = (
        "<p><strong>Bottom line:</strong> The phone is worth buying for its camera alone.</p>"
        "<p>The battery lasts two days.</p>"
    )
    assert _summary(one, "A review").startswith("Bottom line: The phone is worth")
    talk = "".join(
        f"<p><strong>{who}:</strong> {said}</p>"
        for who, said in [("Jane Doe", "We began."), ("John Roe", "Why?"), ("Jane Doe", "Money.")]
    )
    assert _summary(talk, "An interview").startswith("Jane Doe: We began.")
