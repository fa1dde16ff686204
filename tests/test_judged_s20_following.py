"""Sample 19's leads closing on a sentence that introduces what follows it in the entry ("The
following FAQ will give a quick overview …", "Par exemple comme ceci." over screenshots): the
post stops before the FAQ or the pictures, so the lead ends on the sentence before."""

from __future__ import annotations

from bot.text.summaries import summarize


def test_a_closing_sentence_whose_subject_is_the_following_part_goes() -> None:
    # blogs.msdn.com/ie's "Ending Expressions" (feed-890436444, sample 19): the FAQ is the entry's.
    lead = (
        "As a result, CSS expressions are no longer supported in IE8 standards mode. This post "
        "will provide a few more details about that decision."
    )
    text = (
        f"{lead} The following FAQ will give a quick overview of the feature, the rationale "
        "behind our design decision and what it may mean for your own site."
    )
    assert summarize(text) == lead


def test_a_closing_sentence_showing_comme_ceci_goes() -> None:
    # veille.aurigance.fr's "Surfcanyon, nouvelle version" (feed--680919709, sample 19).
    lead = (
        "Surfcanyon est cette extension de Firefox qui permet de “remonter” des résultats de "
        "recherche depuis les pages profondes vers les premiers résultats."
    )
    assert summarize(f"{lead} Par exemple comme ceci.") == lead


def test_the_following_day_is_a_time_and_stays() -> None:
    text = "The council met on Monday. The following day the mayor resigned over the vote."
    assert summarize(text) == text
