"""What the editors rejected in held-out sample 9 (bench/judged/2026-12-05-heldout-9*.jsonl, now
development data) under empty posts and structure, family by family: the real entry's text
(short strings quoted inline) and made-up neighbours the rule must leave alone."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.boilerplate import EntryText, FeedBoilerplate, learn
from bot.text.sentences import split_sentences
from bot.text.summaries import summarize


def _lead(html: str, language: str | None = None, title: str = "x") -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title, language=language)


# Arageek (stalyndc/sfm's cached feed, Arabic): pysbd's Arabic rules end a sentence at the
# comma "،" and at a colon, so every lead opened mid-sentence, its subject dropped; and a
# question quoted inside a sentence ("… على سؤال كيف تحصل على وظيفة؟ هي: …") was cut at its "؟".
_ARAGEEK_SUBJECT = (
    "الحقيقة أن الاعتقاد السائد حول غياب انتهاكات الخصوصية في اليوتيوب، اعتقاد خاطئ وفي نظري"
    " علينا تغييره!"
)
_ARAGEEK_QUESTION = (
    "حسناً، فلنتحدّث بصراحة، إن كانت إجابتك على سؤال كيف تحصل على وظيفة؟ هي: “أن تبحث عن"
    " الواسطة المناسبة”، فلا داعي لأن تقرأ المقال."
)


def test_an_arabic_comma_or_colon_ends_no_sentence() -> None:
    assert split_sentences(_ARAGEEK_SUBJECT, "ar") == [_ARAGEEK_SUBJECT]
    assert _lead(f"<p>{_ARAGEEK_SUBJECT}</p><p>فالواقع واضح.</p>", "ar").startswith("الحقيقة أن")
    said = "قال الوزير: إن الحكومة ستعمل، وفقا للخطة، على ذلك. ثم غادر؛ وانتهى الاجتماع."
    assert split_sentences(said, "ar") == [
        "قال الوزير: إن الحكومة ستعمل، وفقا للخطة، على ذلك.",
        "ثم غادر؛ وانتهى الاجتماع.",
    ]


def test_a_question_quoted_inside_an_arabic_sentence_does_not_end_it() -> None:
    assert split_sentences(_ARAGEEK_QUESTION, "ar") == [_ARAGEEK_QUESTION]
    assert _lead(f"<p>{_ARAGEEK_QUESTION}</p>", "ar") == _ARAGEEK_QUESTION
    # A question standing alone is a sentence: what follows it is the next one.
    asked = "هل ستمطر غدا؟ قال المذيع إن السماء ستكون صافية."
    assert split_sentences(asked, "ar") == ["هل ستمطر غدا؟", "قال المذيع إن السماء ستكون صافية."]
    # English keeps pysbd's own split after a question.
    assert split_sentences("Is it over? Yes: it is.") == ["Is it over?", "Yes: it is."]


# Big Kev's podcast (korowiow80/PodSearch_Content, bigkev.us): the show's topics as a list over
# "And much more!", a closing line every episode repeats (the feed's boilerplate): with no
# paragraph left beside it, the list is the text, as where the entry is a list alone. Posts
# were headline-only.
_TOPICS = (
    "<ul><li>The Green Lantern of Earth 2 is gay &#8211; J-me says I told you so.</li>"
    "<li>No more large sugary drinks in NYC</li><li>The CDC says there are no Zombies.</li></ul>"
)


def _cleaned(html: str, boilerplate: frozenset[str] = frozenset()) -> str:
    text, _ = read_text(html, title="x", site_name=None, site_url=None, boilerplate=boilerplate)
    return text


def test_a_topic_list_beside_no_sentence_is_the_text() -> None:
    episodes = [
        EntryText(f"Episode {n}", f"<ul><li>Topic {n} of the show</li></ul><p>And much more!</p>")
        for n in range(4)
    ]
    closing = learn(FeedBoilerplate(), episodes, now=1_800_000_000.0).phrases
    assert _cleaned("<p>And much more!</p>", closing) == ""  # learned: the feed's own line
    assert _cleaned(f"{_TOPICS}<p>And much more!</p>", closing).startswith(
        "The Green Lantern of Earth 2 is gay – J-me says I told you so."
    )
    # Links in the items make it a roundup's list of links, no topics: headline-only as before.
    linked = '<ul><li><a href="https://example.com/a">Why R?</a> A post.</li></ul>'
    assert _cleaned(f"{linked}<p>And much more!</p>", closing) == ""


def test_a_sentence_beside_a_list_is_still_the_text_alone() -> None:
    said = f"<p>We talked about the news of the week.</p>{_TOPICS}"
    assert _cleaned(said) == "We talked about the news of the week."
    # A list of changes is no topic list: a release's headline says what was released.
    changes = (
        "<ul><li>Fixed a crash on start (#1234)</li><li>Fixed a leak (#1240)</li></ul><p>Thanks</p>"
    )
    assert "Fixed" not in _cleaned(changes)


# Cube Podcast (cube.podOmatic.com): a mix's tracklist written as numbered lines of a plain-text
# description ("01. Chew Lips // Karen (Netsky Remix) // [Family]\n02. …"): the lines glued into
# sentences cut at the numbers, and the summary ended mid-list on "… [Mainframe Recordings] 09.".
# Read as list items, a tracklist is no lead text: the post is its headline.
_TRACKS = "\n".join(
    f"{n:02d}. {artist} // {track} // [{label}]"
    for n, (artist, track, label) in enumerate(
        [
            ("Chew Lips", "Karen (Netsky Remix)", "Family"),
            ("Cube", "Night Trip (Unfinished)", "CDR"),
            ("Total Science & SPY", "Above The Clouds", "Shogun Audio"),
            ("Mendelayev", "On Edge", "Audio Boutique"),
            ("Panacea", "Crypto VIP", "Position Chrome"),
            ("Tech Itch", "Purakane", "Tech Itch Digital"),
            ("Camo & Krooked", "Tonight", "Mainframe Recordings"),
            ("Prolix", "Twisted Angel VIP", "Ganja-Tek Recordings"),
            ("Noisia", "Machine Gun (Spor Remix)", "Division Recordings"),
            ("John B", "The Journey (Cube Unofficial Remix)", "CDR"),
            ("Cirez D", "On Off (Cube Bootleg)", "CDR"),
        ],
        start=1,
    )
)


def test_a_tracklist_of_numbered_lines_is_no_summary() -> None:
    assert _lead(_TRACKS) == ""
    # Nor is a line of it the summary where it ends on a "?" ("01. Cube - The Shark // [???]").
    assert _lead(_TRACKS.replace("[Family]", "[???]")) == ""
    assert _lead(f"<p>{_TRACKS.replace(chr(10), '<br>')}</p>") == ""
    # Over it, the mix's own sentence is the summary, without the list.
    said = f"Our May studio mix is out now.\n\n{_TRACKS}"
    assert _lead(said) == "Our May studio mix is out now."
    # Lines that do not count up by one are a paragraph's own ("1. Beat the eggs.<br>Then …").
    steps = "<p>1. Beat the eggs well.<br>Then fold in the flour.<br>3. Bake it for an hour.</p>"
    assert _lead(steps).startswith("1. Beat the eggs well.")


# thirtynothings (a podcast's plain-text description): its centred subhead, a title-case line
# ending on "?", over the first sentence was glued on ("Mary Wanna Movement? The score and a
# half nothings came up …"). A question in sentence case over the text is its opening.
_SUBHEAD = "Mary Wanna Movement?"
_PROSE = (
    "The score and a half nothings came up from the stair head, they came bearing bowls of"
    " lather on which mirrors and razors lay crossed."
)


def test_a_title_case_line_over_the_first_sentence_is_its_subhead() -> None:
    assert _lead(f"{_SUBHEAD}\n{_PROSE}") == _PROSE
    asked = "Why do we sleep at all?\nScientists have long wondered about it and now know more."
    assert _lead(asked) == asked.replace("\n", " ")
    # A line in title case without prose under it stays (a record's lines, a list).
    assert _lead(f"{_SUBHEAD}\nTrack One\nTrack Two") != _PROSE
