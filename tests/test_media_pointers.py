"""Sentences presenting media the post does not carry (a video, slides, a trailer, a poem), what
goes on about it, and asides sending the reader to a series' other parts: sample 11's dangling
references. Short strings quoted from kalv ruby-feed-parser-benchmark's 2008 crawl (no licence)."""

from __future__ import annotations

from bot.compose.entry import compose_entry
from bot.parsing.feeds import parse_feed
from bot.text.media_pointers import is_watch_page, without_media_pointers
from bot.text.pointers_down import without_pointers_down


def test_a_presented_video_goes_with_what_goes_on_about_it() -> None:
    # A French family blog over its embedded video (feed-482214122, entry 5).
    text = (
        "Pour terminer une semaine faite de moments difficiles mais aussi d'instants tres "
        "sympas, voici une petite video extrement virale envoyee par Caro a Nat. Que vous ayez "
        "un enfant ou pas, que vous ayez le son ou pas, cette video, c'est juste 21 secondes de "
        "sourire (au moins) et de mignonitude (oui, ca existe) en barre.\n\nAlors, how big is Will?"
    )
    assert without_pointers_down(text) == "\n\nAlors, how big is Will?"


def test_what_goes_on_about_a_presented_video_goes_in_the_next_paragraph_too() -> None:
    # davidbau.com's "Reinvented" (fastfeedparser's integration feed, quoted short): the video's
    # paragraph break falls between the presentation and "If you watch it …".
    text = (
        "Following my 2017 blog entry, Reinvention, where I had looked back. Here is a video "
        "from the CSAIL 60th anniversary celebration where I finish telling my story.\n\n"
        "If you watch it to the end, you can see the three big lessons.\n\nI learned them."
    )
    assert without_pointers_down(text) == (
        "Following my 2017 blog entry, Reinvention, where I had looked back.\n\nI learned them."
    )


def test_a_podcast_presented_before_its_quoted_column_leaves_the_quotation() -> None:
    # Cory Doctorow's podcast feed (sentientwaffle feed-read's fixture, MIT).
    text = (
        "Here's a podcast of my last Locus column, What's Inside the Box?: “The answer to this "
        "is this: the owner of a device should be able to know which software is running.”"
    )
    assert without_pointers_down(text) == (
        "“The answer to this is this: the owner of a device should be able to know which "
        "software is running.”"
    )


def test_presented_slides_go_and_the_report_stays() -> None:
    # A conference report over its embedded slides (feed--306753696, entry 8).
    text = (
        "Here are the slides for the 2 sessions at the Octo IT University conference: Be "
        "Googley, a corporate culture for innovation, with Marc-Antoine Guarrigue. The "
        "conference was excellent."
    )
    assert without_pointers_down(text) == "The conference was excellent."


def test_a_presented_trailer_or_poem_goes_in_sinhala_and_english() -> None:
    # A Sinhala blog (feed-794917437, entries 3 and 5): "here is the … second trailer!", "here,
    # right now, an old poem comes to my mind." (the poem follows in the entry).
    trailer = "මීළඟ වසරේදී නිකුත් වීමට නියමිතයි. මෙන්න උණු උණු චිත්‍රපටියේ දෙවැනි පූර්ව ප්‍රචාරක දැන්වීම් පටය!"
    assert without_pointers_down(trailer) == "මීළඟ වසරේදී නිකුත් වීමට නියමිතයි."
    poem = "සුපිරි තරු දුසිම් ගණන් විසිවෙනවා. මට මෙන්න මේ වෙලාවේ පරණ කවියක් මතක් වෙනවා."
    assert without_pointers_down(poem) == "සුපිරි තරු දුසිම් ගණන් විසිවෙනවා."
    english = "This is the trailer for Aardman's first CG film FLUSHED AWAY. It opens soon."
    assert without_pointers_down(english) == "It opens soon."


def test_the_media_as_a_modifier_or_other_presented_things_stay() -> None:
    for text in (
        "This is a video game about cats.",
        "Here is my review of the new phone.",
        "I watched the video twice.",
        "Here's the thing: the slides were late.",
    ):
        assert without_pointers_down(text) == text


def test_an_aside_to_a_series_other_parts_goes() -> None:
    # A photography blog (feed-170241748, entry 6).
    text = (
        "Turns out that Jeff from Sushicam has already done just that (read part 1 and part 2), "
        "working out a method of mounting the lens from a defunct Lomo to an Epson rangefinder."
    )
    assert without_pointers_down(text) == (
        "Turns out that Jeff from Sushicam has already done just that, working out a method of "
        "mounting the lens from a defunct Lomo to an Epson rangefinder."
    )


def test_a_video_pages_own_text_about_this_video_stays() -> None:
    # The item is the video (a YouTube watch page): "This is the second video in my … series"
    # says what the post links to (Tom Stanton-style build channels, test_dev_pool_rejects_f4).
    text = "This is the second video in my mini SpinLaunch build series. It finally launches."
    assert without_media_pointers(text, item_is_video=True) == text
    assert "second video" not in without_media_pointers(text)
    assert is_watch_page("https://www.youtube.com/watch?v=2ORDEDgYfsc")
    assert not is_watch_page("https://example.org/blog/2008/my-video-post.html")


def test_a_call_to_play_media_the_post_lacks_goes() -> None:
    # Sample 14 (2008 crawl): a music blog's whole description (feed-588257785, entry 28) and a
    # gadget blog's last sentence over its screenshots (feed--530388092, entry 2).
    assert without_pointers_down("Stream it here for a limited time only.") == ""
    text = (
        "Google has just updated Google Maps for mobile and it now includes Street View imagery. "
        "Watch the video to see a demo of it in action."
    )
    assert without_pointers_down(text) == (
        "Google has just updated Google Maps for mobile and it now includes Street View imagery."
    )


def test_the_writers_embed_and_this_video_spoken_of_go() -> None:
    # feed-796352378 entry 7 and feed-319686614 entry 1 (sample 14): the embed is not posted.
    text = (
        "I only have time for a quick post today. I'm embedding part 2 of 4 (all available free "
        "on Google Video), but this segment talks about focus groups. I'm planning to post more."
    )
    assert without_pointers_down(text) == (
        "I only have time for a quick post today. I'm planning to post more."
    )
    text = "Okay all you get-rich-quick Internet copy-cats. This video is spot on! Enjoy."
    assert without_pointers_down(text) == "Okay all you get-rich-quick Internet copy-cats."


def test_a_german_trailer_set_down_without_a_verb_goes() -> None:
    # feed--397906074 entry 0 (sample 14): "Hier der Trailer zu …" presents an embed.
    text = (
        "Dario Argento hat mit seinen frühen Filmen Filmgeschichte geschrieben. Hier der Trailer "
        "zu seinem neuesten Giallo namens “Giallo”, damit man auch weiss, was man anschaut."
    )
    assert without_pointers_down(text) == (
        "Dario Argento hat mit seinen frühen Filmen Filmgeschichte geschrieben."
    )


def test_watching_as_narration_or_a_video_game_stays() -> None:
    text = (
        "This video game is fun. We watch the video feed every night on the ferry. Ask for "
        "feedback, listen to it. When I embed videos in pages, I set their ratio. "
        "Watch this video of Feynman explaining magnets: he never stops."
    )
    assert without_pointers_down(text) == text


def test_a_note_on_the_embed_goes_and_the_prose_after_it_leads() -> None:
    # gapingvoid (feed-72300629, entry 7, sample 14): "[40-second video, no audio.]" was the
    # whole summary; a parenthesis that mentions a video in a sentence stays.
    text = "[40-second video, no audio.]\n\nThe final ink layer is about half done."
    assert without_pointers_down(text) == "\nThe final ink layer is about half done."
    text = "(ffprobe is a companion tool to the popular video converter FFmpeg.)\nIt reads AV1."
    assert without_pointers_down(text) == text


def test_the_credit_of_an_embedded_clip_goes() -> None:
    # feed--552457591 (ruboc.com), entry 4: the only text under the embedded clip was its credit.
    assert without_media_pointers("Video editado por Brandon Sherman.") == ""
    assert without_media_pointers("Great song.\n\nVideo editado por Brandon Sherman.") == (
        "Great song.\n\n"
    )
    # A clip's maker named inside a sentence of the news stays; a recording's own page keeps it.
    news = "The video edited by Bob Lee went viral last week, and the band thanked him."
    assert without_media_pointers(news) == news
    credit = "Video editado por Brandon Sherman."
    assert without_media_pointers(credit, item_is_video=True) == credit


def _enclosing(text: str, enclosure: str, link: str) -> str:
    xml = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>'
        "<link>http://example.org/</link><description>x</description><item>"
        f"<title>Truth in Comedy</title><link>{link}</link><description>{text}</description>"
        f'<enclosure url="{enclosure}" type="video/mp4" length="1" /></item></channel></rss>'
    ).encode()
    entry = parse_feed(xml, url="http://example.org/feed").entries[0]
    return compose_entry(
        entry, source="Blog", source_url="http://example.org/", language=None, summary_chars=600
    ).summary


def test_an_enclosed_recording_placed_above_or_here_is_not_in_the_post() -> None:
    # feed--949873524 entry 8 (a Blogger clip as the enclosure) and feed-588257785 entry 28
    # (an mp3): the page plays them, the post has no player.
    clip = "http://www.blogger.com/video-play.mp4?contentId=cdcde31672e832fa"
    text = (
        "My favorite comedian is Brian Regan and if you watched the above video you'll see it. "
        "But as Carol Burnett once said, comedy is tragedy plus time."
    )
    page = "http://example.org/2008/11/truth-in-comedy.html"
    assert (
        _enclosing(text, clip, page)
        == "But as Carol Burnett once said, comedy is tragedy plus time."
    )
    song = "http://example.org/uploads/Froze.mp3"
    assert _enclosing("New song out. Stream it here for a limited time only.", song, page) == (
        "New song out."
    )
    # An item whose link is the video's own page keeps its words: the link plays it.
    watch = "https://www.youtube.com/watch?v=abc123"
    assert "above video" in _enclosing(text, clip, watch)


def test_a_call_to_watch_the_movie_set_as_a_heading_goes() -> None:
    # GreenBackTV's post (feed--809871566, entry 9) is an embedded film and one heading under
    # it linking elsewhere; without the player the call points at nothing: headline-only.
    assert without_pointers_down("Watch the Movie Now") == ""
    assert without_pointers_down("Intro.\nWatch the film below\nMore.") == "Intro.\n\nMore."
    # Not a line that goes on to say something, nor one that tells of watching.
    kept = "Watch the video here and tell me what you think of the ending of this thing"
    assert without_pointers_down(kept) == kept
    assert without_pointers_down("We watch the movie every year") == "We watch the movie every year"
