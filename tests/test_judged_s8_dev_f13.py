"""What an editor rejected in helper F13's sample of the session-8 development pool, half b
(bench/judged/2026-12-05-s8-dev-b2.jsonl): a list of link texts under a links label posted as the
summary once its links were gone, a sentence sending the reader to another document, a sentence
with an address in an aside dropped as a link line, and a
podcast's cover art as an episode's photo. Checked on the real entries
(tests/data/judged/s8f13-*) and on made-up neighbours the rule must leave alone."""

from __future__ import annotations

from bot.parsing.channel_art import without_channel_art
from bot.parsing.models import FeedEntry
from bot.text.blocks import to_blocks
from bot.text.link_rows import is_link_line, is_link_list
from bot.text.references import without_page_references
from tests.test_judged_dev_pool import read

# Rocketboom's video posts carry only "story links: <a>chuck olsen</a> covers <a>matt gray</a>
# for <a>techevangelists</a>, …": link texts, which read as nonsense without their links.


def test_a_list_of_links_under_a_links_label_is_no_summary() -> None:
    credit, posts = read("s8f13-rocketboom-story-links.xml")
    assert credit == "Rocketboom" and len(posts) == 3
    for _, post in posts:
        assert post.summary == "", post.summary
        assert post.link and post.link.startswith("http://www.rocketboom.com/vlog/archives/")


def test_the_notes_after_a_list_opening_the_entry_are_no_lead_either() -> None:
    # "reminder: in addition to chapter markers, click inside video to launch story links …"
    [post] = [p for e, p in read("s8f13-rocketboom-story-links.xml")[1] if "03 Jan" in e.title]
    assert "reminder" not in post.summary and "click inside video" not in post.summary


def test_only_a_links_label_with_links_makes_a_link_list() -> None:
    listed = to_blocks(
        '<p><b>Related links:</b> <a href="https://a.org/">the report</a>, '
        '<a href="https://b.org/">its data</a></p>'
    )
    assert is_link_list(listed[0])
    # A sentence about links, or a label with a single link, is text.
    sentence = to_blocks(
        '<p>Links between <a href="https://a.org/">the report</a> and '
        '<a href="https://b.org/">its data</a> are weak: few readers follow them.</p>'
    )
    assert not is_link_list(sentence[0])
    one = to_blocks('<p>Story links: the mayor <a href="https://a.org/">resigned</a> today.</p>')
    assert not is_link_list(one[0])
    unlinked = to_blocks("<p>Story links: chuck olsen covers matt gray for techevangelists.</p>")
    assert not is_link_list(unlinked[0])


# A sentence sending the reader to another document by name: "For the (unchanged) dependency
# list, see the 'Fri Aug 23 14:53:15 UTC 2013' entry in the ChangeLog.txt." (Alien's Slackware
# ChangeLog); the post carries no other entry.


def test_a_sentence_sending_the_reader_to_another_entry_is_no_summary() -> None:
    credit, posts = read("s8f13-slackware-see-entry.xml")
    assert credit == "Alien's Slackware packages"
    summaries = {entry.title: post.summary for entry, post in posts}
    assert summaries["calibre: updated to 1.12.0."] == ""  # that sentence was all its text
    longer = summaries["calibre: updated to 1.15.0."]
    assert longer.startswith("Calibre's feature set has been extended with an integrated ebook")
    assert "see the" not in longer and "dependency list" not in longer


def test_only_a_call_to_see_a_named_document_is_a_pointer_elsewhere() -> None:
    text = "Version 2 is out. See the release notes for details. It is faster."
    assert without_page_references(text) == "Version 2 is out. It is faster."
    kept = "I went to see the doctor. See the world, she said. The page was blank."
    assert without_page_references(kept) == kept


# A podcast's cover art (the channel's itunes:image, vv300.jpg) given as every episode's
# media:thumbnail: the show's logo, not a photo of the guest the post is about.


def test_the_channels_own_image_is_no_photo_of_an_item() -> None:
    _, posts = read("s8f13-venturevoice-cover.xml")
    photos = {entry.title[:12]: post.image_url for entry, post in posts}
    # The guest's picture is declared 150 px wide: too small for a photo post, so none.
    assert photos["VV Show #30 "] is None
    # Where the episode carries a photo of its own, that one.
    assert photos["VV Show #27 "] == "http://www.venturevoice.com/photos/vv-27-demo2006.jpg"


def test_an_item_picture_other_than_the_channels_stays() -> None:
    entry = FeedEntry("k", "Title", None, None, None, "", image_url="https://a.org/p.jpg")
    feed = {"image": {"href": "https://a.org/cover.jpg"}}
    [kept] = without_channel_art([entry], feed)
    assert kept.image_url == entry.image_url and kept.channel_art == {"https://a.org/cover.jpg"}
    assert without_channel_art([entry], {}) == [entry]
    logo = {"image": {"href": "https://a.org/p.jpg"}}
    assert without_channel_art([entry], logo)[0].image_url is None


# An address in an aside of a sentence ("Mike Jarmuz (Twitter: @MikeJarmuz) is a co-founder of
# Lightning Ventures (website: https://ltng.ventures/).") read as a link line and dropped: the
# lead opened "Its aim is to invest …", whose "its" then named nothing.


def test_an_address_in_an_aside_leaves_its_sentence_in_the_lead() -> None:
    [(_, post)] = read("s8f13-changing-the-tide-aside.xml")[1]
    assert post.summary.startswith("Mike Jarmuz (Twitter: @MikeJarmuz) is a co-founder of")


def test_a_short_line_ending_on_an_address_is_still_a_link_line() -> None:
    assert is_link_line('"Blippy Trance" by Kevin MacLeod (https://incompetech.com)')
    assert is_link_line("(Source: https://example.org/report)")
    assert is_link_line("Download the full episode transcript at: https://example.org/ep/12")
