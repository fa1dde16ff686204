"""Empty and thin posts although the entry had text (held-out sample 8's rejects, development
data now, and their families over the dev pools; helper E5): a text without one complete
sentence posts its short record's lines, its opening line of prose or its author's trailing
line; a media file's listing stays no summary. Short strings are quoted from the entries
(chrisolsen/feedrrr and waagsociety/citysdk-demos state no licence; the others are quoted
the same way to keep the data small)."""

from __future__ import annotations

from bot.parsing.feeds import parse_feed
from bot.text.records import is_file_listing, joined_record, over_notes
from bot.text.summaries import summarize
from tests.support.first_check import first_check


def _summaries(*descriptions: str) -> list[str]:
    """Each description posted as one item of a feed, as on the first check."""
    items = "".join(
        f"<item><title>Item {n}</title><link>https://example.org/{n}</link>"
        f"<description><![CDATA[{text}]]></description></item>"
        for n, text in enumerate(descriptions)
    )
    feed = f'<rss version="2.0"><channel><title>Site</title><link>https://example.org/</link>{items}</channel></rss>'
    parsed = parse_feed(feed.encode(), url="https://example.org/feed", headers={})
    composed = first_check(parsed, "Site", language="en")
    return [post.content.summary if post.content else "" for post in composed]


# CrossFit Edmonton's day's workout (sample 8a #0, #3): lines, no sentence anywhere.
_WORKOUT = (
    "<p>&nbsp;<br />AMRAP in 20 mins</p><p>1 Rope climb<br />3 Manmakers 35/20 lbs db’s<br />"
    "5 Sandbag get ups<br />10 K2Es</p>"
)
_COMPLEX = (
    "<p>5 sets of the complex</p><p>Deadlift<br />H. Power Clean<br />Front Squat<br />"
    "(work up to a heavy set)</p><p>AMRAP in 8 min</p><p>12 OH Lunge 45/25 lbs plate<br />"
    "12 HR Push Ups</p>"
)


def test_a_record_of_short_lines_posts_its_lines() -> None:
    workout, complex_ = _summaries(_WORKOUT, _COMPLEX)
    assert (
        workout
        == "AMRAP in 20 mins, 1 Rope climb, 3 Manmakers 35/20 lbs db’s, 5 Sandbag get ups, 10 K2Es."
    )
    assert complex_.startswith("5 sets of the complex, Deadlift, H. Power Clean, Front Squat, ")
    assert complex_.endswith("12 HR Push Ups.")


def test_a_dispatch_call_out_of_two_lines_posts_both() -> None:
    # livep2000 (sample s10-dev-a #26): its one-line siblings were posted, the two-line one not.
    text = (
        "126999 MKA Kennemerland ( Monitorcode )\n\n126146 MKA Kennemerland ( Ambu 12-146 Haarlem )"
    )
    assert summarize(text, title="A2 12146 MERWEDEPLANTSOEN") == (
        "126999 MKA Kennemerland ( Monitorcode ), 126146 MKA Kennemerland ( Ambu 12-146 Haarlem )."
    )


def test_a_record_past_the_budget_is_cut_at_a_whole_line_and_says_so() -> None:
    lines = [f"{n}% of the lift" for n in range(50, 100, 2)]
    record = joined_record(lines[:20], 120)
    assert record.endswith(" …") and len(record) <= 120
    assert record.removesuffix(" …").split(", ") == lines[: record.count(",") + 1]


def test_a_list_of_words_is_no_record() -> None:
    # A product's features or the titles of a walk's pictures (fastfeedparser's benchmark
    # feeds): words in a list, no figures; a list item is no summary.
    features = ["Bright, sunlight readable OLED display", "Infinity contrast ratio", "8h+ runtime"]
    assert joined_record(features, 600) == ""
    assert joined_record(["Concrete Sworls", "Morning Flowers (1-2)", "Stair Crack"], 600) == ""


def test_lines_that_point_elsewhere_or_run_long_are_no_record() -> None:
    # Show notes (handles, addresses) and prose stay out: those read as what they are.
    assert joined_record(["Follow Adam on twitter - @adamjohnsonNYC", "From the show"], 600) == ""
    assert joined_record(["Tracks at https://example.org/list", "01. Intro"], 600) == ""
    prose = "This line runs on far longer than any line of a record would ever run, in words"
    assert joined_record([prose, prose], 600) == ""
    assert joined_record(["55%", "63%", "70%"], 600) == ""  # figures alone: a column


# Street Fight Radio (gnome-podcasts' 2024-03-15 capture): the episode's own line over its
# guest's handles, and a line its author trails off on before the show's call-in number.
def test_an_episodes_opening_line_over_a_call_for_follows_is_no_summary() -> None:
    # Over handles and addresses the opening line may be a call (a YouTube maker's "Follow me
    # for more updates", tests/test_dev_pool_rejects_f4): only a show's segments are notes.
    text = (
        "<p>On this episode Bryan has Adam Johnson<br/>From “Citations Needed” podcast - "
        "@CitationsPod<br/>Follow Adam on twitter - @adamjohnsonNYC</p>"
    )
    assert _summaries(text) == [""]


def test_an_authors_trailing_dots_before_more_text_are_no_feeds_cut() -> None:
    text = (
        "<p>Brett &amp; Bryan would rather windmill fight than back to school shop on this "
        "call in show...</p><hr/><p>Street Fight Radio Call In Show - (614) 655-3887</p>"
    )
    [summary] = _summaries(text)
    assert summary == (
        "Brett & Bryan would rather windmill fight than back to school shop on this call in show."
    )


def test_a_teaser_cut_by_its_feed_stays_out() -> None:
    # The dots end the text: the feed cut it, whatever its length.
    assert _summaries("<p>Brett and Bryan would rather windmill fight than shop...</p>") == [""]
    # A heading over lines of notes is no lead either.
    notes = "<p>Guests On The Show This Week<br/>Jane Doe - @janedoe<br/>John Roe - @johnroe</p>"
    assert _summaries(notes) == [""]


def test_a_listings_air_time_is_its_summary() -> None:
    # TV Kingdom (ichigozero/tv-info-bot, sample 8c #20): three words that say when and where.
    assert summarize(
        "1/26 20:00～21:00 [ミュージック・エア(Ch.324)]", title="シネマタイム#607"
    ) == ("1/26 20:00～21:00 [ミュージック・エア(Ch.324)]")
    assert summarize("Sat.1, 20:15", title="t") == ""  # no slot: a channel and a time


def test_a_media_files_name_and_time_stamp_is_no_summary() -> None:
    # kabbalahmedia (danjac/radiofeed-app rss_bad_sig.xml, sample 8a #0, #2, #4).
    listing = (
        "heb_o_rav_2021-11-30_lesson_bs-shamati-099-tzadik-ve-rasha_n1_p1.mp3; "
        "Tue, Nov 30 04:07:19 2021"
    )
    assert is_file_listing(listing)
    assert _summaries(f"<div>{listing} </div>") == [""]
    # A sentence that names a file is a sentence.
    assert not is_file_listing("Download the slides as talk-2021.pdf before the session starts")
    assert not is_file_listing("Episode 12 (episode-12.mp3, 54 MB) with Jane Doe")


def test_a_shows_own_line_over_its_segments_is_no_lead_in() -> None:
    # Street Fight Radio: "Taking calls in the studio.." / "Basement show yall..." over the
    # episode's " // "-separated segments read as a list's lead-in and went with the list.
    segments = " // ".join(f"Segment Number {n}" for n in range(12))
    studio, basement = _summaries(
        f"Taking calls in the studio..\n// {segments} //",
        f"Taking calls in the basement yall...\n// {segments} //",
    )
    assert (studio, basement) == (
        "Taking calls in the studio.",
        "Taking calls in the basement yall.",
    )


def test_two_dots_after_a_word_wanting_its_object_still_lead_in_the_list() -> None:
    items = "".join(f"<li>Item number {n}</li>" for n in range(12))
    [summary] = _summaries(f"<p>My theory is that we had..</p><ul>{items}</ul><p>It worked.</p>")
    assert "we had" not in summary


def test_fields_and_lists_of_items_stay_headline_only() -> None:
    # A job board's labelled fields (ministryofjustice/hmpps-job-feed-parser) repeat the
    # headline under labels; a job's requirements or a changelog's lines are items, the first
    # no lead; an issue's number and a link label ("Drift Signal #253", "Original Source").
    fields = (
        "Vacancy Title:22335 - Band 3<br/>Vacancy Id:22335<br/>Salary:£18,499<br/>Location:Leeds"
    )
    requirements = "<p>Expertise in Java and/or Scala<br/>Familiarity with Postgres and Hadoop</p>"
    changelog = (
        "<p>Search extension updated #4041 @Database<br/>Renew button shown #4009 @Falcon</p>"
    )
    assert _summaries(fields, requirements, changelog, "Drift Signal #253<br/>Original Source") == [
        "",
        "",
        "",
        "",
    ]


def test_a_paragraph_cut_by_its_feed_over_a_field_stays_cut() -> None:
    # TopCoder's challenge (charan2628/TopCoderChallengeNotifierBackend): the feed cut its
    # paragraph ("… to a fra...") over "Platforms: AWS / EC2 / Linux", a field, no segments.
    text = (
        "<p>Topcoder is working with a company on a genome. It runs on a cluster.</p>"
        "<p>The task for this challenge is to remove the dependency and convert it to a fra...</p>"
        "<ul><li>Platforms: AWS / EC2 / Linux</li></ul>"
    )
    [summary] = _summaries(text)
    assert summary == "Topcoder is working with a company on a genome. It runs on a cluster."


def test_an_opening_that_leads_into_its_segments_is_no_lead() -> None:
    # "On this show Bryan and Brett sat down in the basement to talk about // Scout Me In // …":
    # the line's object is the list; a colon neither. A heading glued on after a full stop
    # (Herding Code's "… the FubuMVC project.<strong>Topics</strong>") is split off since
    # session 13 (text/glued_stops), and the sentence before it is a lead of its own.
    segments = " // ".join(f"Segment Number {n}" for n in range(12))
    about = "On this show Bryan and Brett sat down in the basement to talk about"
    assert not over_notes([about, f"// {segments} //"], alone=False)
    assert over_notes(["On this show Bryan and Brett took calls", f"// {segments} //"], False)
    colon, glued = _summaries(
        f"<p>Bought a home NAS this week and my verdict is:</p><p>// {segments} //</p>",
        "<p>This week we talk to Chad Myers about the FubuMVC project.<strong>Topics</strong></p>"
        "<h3>Links</h3><p>Download / Listen</p>",
    )
    assert (colon, glued) == ("", "This week we talk to Chad Myers about the FubuMVC project.")


def test_lines_of_unspaced_script_are_prose_not_a_record() -> None:
    # 喷嚏网's numbered notes under a video (anyant/rssant dapenti_blog_iframe.xml): each line a
    # clause of thirty characters that `split` counts as one word.
    lines = [
        "1 2021年8月最大历史事件莫过于塔利班重返喀布尔，这是本周BBC新片",
        "2 虽然是新片，但采访是在重返前",
    ]
    assert joined_record(lines, 600) == ""


def test_downloads_and_a_sentences_tail_are_no_summary() -> None:
    # A files list under a program's post (kurtmckee/feedparser's large_atom_feed sample) and
    # a paragraph starting mid-sentence (sentientwaffle/feed-read): neither is a lead.
    assert (
        joined_record(["Python_1.9.5.zip ( 2,75 мегабайт )", "Xpress_0.1.zip ( 142 kB )"], 600)
        == ""
    )
    assert not over_notes(["and human rights, and the way that cute cats create a place"], True)
    assert not over_notes(["Anyone wanting to play with it can check it out via svn at"], True)


def test_a_trailing_opening_line_stays_when_the_next_goes_on_from_it() -> None:
    # Held-out sample 14's Cafe oakland (feed-72577093, entries 5 and 22, quoted): without the
    # opening line the lead apologised for nothing ("Je m'en excuse…") or began in lower case.
    apology = (
        "Bon ben ça fait un petit moment que je n'ai pas mis le blog a jour....<br />"
        "Je m'en excuse... d'ailleurs pas d'excuse valable, car le baleineau a du retard!!!"
    )
    busy = (
        "Cette semaine pas beaucoup de temps pour mettre a jour le blog...<br />"
        "en fait du temps pour autre chose, comme jouer au billard après le boulot!"
    )
    assert summarize(apology.replace("<br />", "\n\n"), title="A L'Ouest").startswith(
        "Bon ben ça fait un petit moment que je n'ai pas mis le blog a jour.... Je m'en excuse"
    )
    assert summarize(busy.replace("<br />", "\n\n"), title="Quelques nouvelles") == (
        "Cette semaine pas beaucoup de temps pour mettre a jour le blog... en fait du temps "
        "pour autre chose, comme jouer au billard après le boulot!"
    )
    # A kicker in lower case trailing off is no opening ("mon coeur balance...." over the post).
    kicker = "mon coeur balance....\n\nI am hesitating between these 2 phones for my next gadget."
    assert summarize(kicker, title="Entre les deux") == (
        "I am hesitating between these 2 phones for my next gadget."
    )
