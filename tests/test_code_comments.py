"""A program shown in a post gives no lead: its comments ("# get the path …") are the code's
notes, and a script (opening on "#!") is the post itself, so its headline and link stand alone.

Strings quoted from a Perl post and forum text (2008, in the ruby-feed-parser benchmark crawl,
which states no licence)."""

from __future__ import annotations

from bot.compose.reading import read_text
from bot.text.summaries import summarize

_LINE = '<span style="font-family: courier new;">{}</span><br />'
SCRIPT = "".join(
    _LINE.format(line)
    for line in (
        "#!/usr/bin/perl",
        "# A util I've always wanted! when you have a perms problem in unix you",
        "while ( my $_ = shift @ARGV) {",
        "    my @broken_down_path;",
        "    chomp;",
        "    # get the path elemets so we can see the perms at each level.",
        '    @broken_down_path = split q{/},  "$_" ;',
        "}",
    )
)


def _summary(html: str, title: str) -> str:
    text, _ = read_text(html, title=title, site_name=None, site_url=None)
    return summarize(text, title=title, language="en")


def test_a_script_posted_as_the_entry_has_no_lead() -> None:
    assert _summary(SCRIPT, "tools: tree_perms.pl") == ""


def test_a_code_comment_is_skipped_to_the_prose_after_it() -> None:
    # The cleaned text of a post's code shown line by line (spans and breaks, no <pre>).
    text = (
        "my @path_list\n\nchomp\n\n# get the path elemets so we can see the perms at each "
        "level.\n\n@broken_down_path = split q{/}\n\nLook at permissions at all tree levels to "
        "figure out why a user can't read a file or dir."
    )
    summary = summarize(text, title="tools: tree_perms.pl", language="en")
    assert summary.startswith("Look at permissions at all tree levels to figure out why")


def test_hashtags_and_a_number_sign_are_prose() -> None:
    text = "# of downloads passed a million this week. The team thanks everyone."
    assert summarize(text, title="A million", language="en").startswith("# of downloads")
    tagged = "#TIMESTAMPS are below the video. We walk through the build."
    assert summarize(tagged, title="Build", language="en").startswith("#TIMESTAMPS")
