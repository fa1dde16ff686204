"""What an editor rejected in held-out sample 5 (bench/judged/2026-12-05-heldout-5a/b/c.jsonl,
development data since), helper H2's families: posts left headline-only although the entry
opened with a usable sentence, and summaries that are only a pointer. Each is checked on real
entries of the rejected feeds (excerpts under tests/data/judged/s7ho-*)."""

from __future__ import annotations

from bot.text.blocks import to_blocks
from bot.text.greetings import is_greeting
from bot.text.mail_messages import plain_text_message
from bot.text.sentences import split_sentences
from bot.text.summaries import summarize
from tests.test_judged_dev_pool import post_of, read

# German quotation marks »…« read by the segmenter as «…» turned inside out.


def test_a_teaser_quoting_titles_the_german_way_keeps_its_first_sentence() -> None:
    # Anime2You quotes titles »…«: pysbd kept the span between two quotations ("« vor. Wir …
    # der »") whole, so the first sentence ran into the feed's cut ("…") and all was dropped.
    post = post_of("s7ho-feeder-anime2you.xml", "Autor von »My Hero Academia«")
    assert post.summary.startswith("Im Rahmen des Jump Festa 2024 gab »My Hero Academia«")
    assert "zum Abschluss bringen möchte." in post.summary and "…" not in post.summary
    post = post_of("s7ho-feeder-anime2you.xml", "Netflix entfernt")
    assert post.summary.endswith("im nächsten Monat aus dem Programm entfernt wird.")


def test_guillemets_either_way_round_split_alike() -> None:
    german = "Er las »Dune« vor. Dann kam »Emma« dran."
    french = "Il a lu «Dune» hier. Puis vint «Emma» ensuite."
    assert split_sentences(german, "de") == ["Er las »Dune« vor.", "Dann kam »Emma« dran."]
    assert split_sentences(french, "fr") == ["Il a lu «Dune» hier.", "Puis vint «Emma» ensuite."]
    # A quotation holding a full stop stays one sentence, marks as written.
    assert split_sentences("Sie sagte »Geh. Jetzt.« und ging.", "de") == [
        "Sie sagte »Geh. Jetzt.« und ging."
    ]


# A mail archive's message, whole in one <pre>, is prose: it was read as a code block and left
# out, so the post was headline-only.


def test_a_mailing_list_message_in_one_pre_is_read_as_its_text() -> None:
    posts = [post for _, post in read("s7ho-rss2email-gmane.rss")[1]]
    summaries = " ".join(post.summary for post in posts)
    assert "Alrighty, this is the first email on the list" in summaries
    assert "It seems to work, though it may have been grouped together with my MDA." in summaries
    # The line introducing the quoted message is not the writer's text.
    assert "wrote:" not in summaries and "[121112" not in summaries


def test_a_program_in_one_pre_stays_code() -> None:
    program = "<pre>def main():\n    print('Hello.')\n\nmain()\n</pre>"
    latex = "<pre>% Sit down, my child, and you shall hear a tale.\n% A tale of danger.\n</pre>"
    assert plain_text_message(program) is None
    assert plain_text_message(latex) is None
    assert [b.kind for b in to_blocks(program)] == ["code"]
    mail = "<pre>Thanks, that works for me now ;).\n\nOn Mon, Jane wrote:\n&gt; Try it.\n</pre>"
    assert plain_text_message(mail) == "Thanks, that works for me now ;)."


# A German teaser's closing pointer at what the article does next: the post carries neither.


def test_a_german_closing_pointer_ends_no_summary() -> None:
    from bot.text.closings import without_announcement

    first = "Bandai stellte eine neue Figur von Ruffy vor."
    for last in (
        "Wir fassen alle Details für euch zusammen.",
        "Einen neuen Trailer könnt ihr euch weiter unten ansehen.",
    ):
        assert without_announcement(f"{first} {last}", first, last) == first
    # A statement that only mentions "unten" stays.
    last = "Die Preise gingen weiter nach unten."
    assert without_announcement(f"{first} {last}", first, last) == f"{first} {last}"


# A sentence that only sends the reader to a linked page for more: the post links no such page.


def test_release_notes_and_download_pointers_leave_the_summary() -> None:
    post = post_of("s7ho-feeder-nixos.xml", "NixOS 18.09 released")
    assert post.summary == (
        "NixOS 18.09 “Jellyfish” has been released, the tenth stable release branch."
    )


def test_a_link_to_the_article_elsewhere_leaves_the_summary() -> None:
    post = post_of("s7ho-feeder-utdelningsseglaren.atom", "Intervjuad i SvD, del 2")
    assert post.summary.startswith("Idag kom den egentliga intervjun med mig på SvD.")
    assert "Länk till" not in post.summary


def test_a_sentence_saying_what_a_linked_page_holds_stays() -> None:
    from bot.text.cleaning import clean_article_text
    from bot.text.pointer_links import pointer_link_cuts

    for html, kept in (
        (
            '<p>For more details, read our <a href="/c">changelog</a>. It is long.</p>',
            "It is long.",
        ),
        ('<p>See the <a href="/n">release notes</a> for details.</p><p>Ok then.</p>', "Ok then."),
        # What the page says is the writer's statement, not a pointer.
        (
            '<p>The <a href="/n">release notes</a> list 40 fixes.</p>',
            "The release notes list 40 fixes.",
        ),
        (
            '<p>See the <a href="/n">release notes</a>, which list 40 fixes to the kernel.</p>',
            "See the release notes, which list 40 fixes to the kernel.",
        ),
    ):
        blocks = to_blocks(html)
        assert clean_article_text(blocks, cuts=pointer_link_cuts(blocks)) == kept


# A micro-post that only shares a page: its title and address. The title is the post's text.


def test_a_toot_sharing_a_page_keeps_the_pages_title() -> None:
    from bot.text.cleaning import clean_article_text

    # Chris Coyier's toot (feedbin's microposts.xml), Mastodon's markup as written.
    toot = (
        '<p>Behooves <a href="https://chriscoyier.net/2022/12/14/behooves/" target="_blank" '
        'rel="nofollow noopener noreferrer"><span class="invisible">https://</span>'
        '<span class="ellipsis">chriscoyier.net/2022/12/14/beh</span>'
        '<span class="invisible">ooves/</span></a></p>'
    )
    assert clean_article_text(to_blocks(toot), cuts=[]) == "Behooves"
    # In a longer text the same line is a link line and goes.
    longer = toot + "<p>I wrote about a word I like. It is an old one.</p>"
    assert (
        clean_article_text(to_blocks(longer), cuts=[])
        == "I wrote about a word I like. It is an old one."
    )


# A newsletter's greeting opening the lead: it restates the headline ("Issue #31") and says
# nothing of the issue.


def test_a_links_issue_that_only_greets_is_headline_only() -> None:
    # iOS Goodies' "Week 371" says "Happy Thursday! Let's get straight to the links this week!"
    # and then lists the links (which a post does not carry).
    assert post_of("s7ho-syndikit-ios-goodies.xml", "Week 371").summary == ""


def test_an_issues_welcome_leaves_the_summary_and_its_news_stays() -> None:
    # Swift Weekly Brief's issues #31 and #10 (SyndiKit's swiftweeklybrief.xml).
    issue = (
        "Welcome to issue #10 of the weekly brief! This week Eddy Cue and Craig Federighi "
        "appeared on The Talk Show with John Gruber."
    )
    assert summarize(issue, title="Issue #10") == (
        "This week Eddy Cue and Craig Federighi appeared on The Talk Show with John Gruber."
    )
    issue = "Welcome to issue #31! Beta 3 of Xcode and all the platforms are now available."
    assert summarize(issue, title="Issue #31") == (
        "Beta 3 of Xcode and all the platforms are now available."
    )


def test_a_welcome_that_says_something_stays() -> None:
    for sentence in (
        "Welcome to the team, Jane, who joins us from Mozilla.",
        "Hello World is the first program most people write.",
        "Happy Thursday was the name of the band's first single.",
        "Let's go to the moon again, NASA said on Monday.",
    ):
        assert not is_greeting(sentence)
        assert summarize(sentence) == sentence


def test_a_message_that_opens_mid_sentence_is_not_read_as_one() -> None:
    # Gmane's "send-email style, although I'll accept anything ;)." goes on from a quotation.
    assert (
        plain_text_message("<pre>\nsend-email style, although I'll accept anything ;).\n</pre>")
        is None
    )
