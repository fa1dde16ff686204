"""An entry whose HTML embeds a player (embed, iframe, object, video, audio, or a host's "[See
post to watch …]") loses, in its post, the sentences that lean on that player: about "the
video", presenting it ("Here's …"), pointing at it ("In case you missed this."), what "you can
see", thanks "for these explanations". With no prose left, the post is headline and link."""

from __future__ import annotations

from bot.text.absent_media import without_player_pointers
from bot.text.absent_parts import dropped_parts
from bot.text.references import without_page_references

_BLIP = '<p><embed src="http://blip.tv/play/jWfEw0MA" type="application/x-shockwave-flash">'
PLAYER = dropped_parts(_BLIP + "</embed><br />Text.</p>")


def test_an_embed_iframe_or_placeholder_is_a_player_the_post_drops() -> None:
    assert "player" in PLAYER
    assert "player" in dropped_parts('<iframe src="https://www.youtube.com/embed/x"></iframe>')
    assert "player" in dropped_parts("<p>À bientôt</p>\n[See post to watch Flash video]")
    assert "player" not in dropped_parts("<p>Watch the video on our site.</p>")


def test_sentences_about_the_video_go_and_the_story_stays() -> None:
    # dadsageek.com's "Like a Child - 6 grade choir program" (sample 17), a blip.tv embed.
    text = (
        "Reagan’s 6th grade choir program. They called it “Like a Child” and, once again, the "
        "kids have set the bar a little higher. The video is about 30 minutes long."
    )
    assert without_page_references(text, parts=PLAYER) == (
        "Reagan’s 6th grade choir program. They called it “Like a Child” and, once again, the "
        "kids have set the bar a little higher."
    )
    # spanish blog's "Joichi y Joshua …" (sample 17), a vimeo embed.
    assert without_player_pointers(
        "Joichi es japonés y nos gusta visitar Japón. Comparto el video que hicieron sobre esta "
        "maravilla arquitectónica.",
        PLAYER,
    ) == ("Joichi es japonés y nos gusta visitar Japón.")


def test_presenting_pointing_at_or_seeing_the_player_goes() -> None:
    # theurbanwoo.blogspot.com's "Emo Woo" and dadsageek.com's "Day 2 without training wheels".
    text = (
        "Figure 8 is a wonderful bit of power pop. Here's Smith singing Happiness, which, er, "
        "isn't, really. So he convinced me to remove the training wheels and, as you can see, it "
        "looks like the time was right. Oh, and I thought the boots added a nice touch."
    )
    assert without_player_pointers(text, PLAYER) == (
        "Figure 8 is a wonderful bit of power pop. Oh, and I thought the boots added a nice touch."
    )


def test_a_lead_that_only_points_at_the_player_leaves_headline_and_link() -> None:
    # debbieweil.com's "Arianna Huffington Explains Blogging to Jon Stewart" (sample 17): past the
    # pointer, only the Comedy Central player's styling and schedule are text.
    text = (
        "In case you missed this.\n\nhttp://www.comedycentral.com/logo.png) repeat scroll 0% 0%; "
        'float: left; width: 60px; height: 31px;” class="cc_home">\n\n'
        "The Daily Show With Jon StewartM - Th 11p / 10c"
    )
    assert without_player_pointers(text, PLAYER) == ""
    # iprodweb.com's "DxO Labs - Interview de …" (sample 17): a thanks for the video's talk.
    thanks = "Merci pour ces explications claires et très intéressantes, un très bon moment."
    assert without_player_pointers(thanks, PLAYER) == ""


def test_without_a_player_or_about_other_videos_the_text_stays() -> None:
    kept = "The video is about 30 minutes long. Here's what we know."
    assert without_player_pointers(kept, dropped_parts("<p>Text.</p>")) == kept
    others = (
        "A video of the crash went viral on Monday. This week the council met again, and the "
        "mayor said videos would be reviewed."
    )
    assert without_player_pointers(others, PLAYER) == others


def test_a_recording_the_entry_links_by_name_keeps_its_sentence() -> None:
    # curtclifton.net's "Let's Build a Reactive Programming Library": the post keeps the link.
    html = (
        '<p>The lovely folks from Seattle Xcoders have posted the <a href="https://vimeo.com/1">'
        'video</a> from my July talk.</p><iframe src="https://player.vimeo.com/video/1"></iframe>'
    )
    text = "The lovely folks from Seattle Xcoders have posted the video from my July talk."
    assert without_player_pointers(text, dropped_parts(html)) == text


def test_the_sentence_going_on_about_the_cut_one_goes_too() -> None:
    # dadsageek.com's "Like a Child": "Sorry about that" is sorry for the video's length.
    text = (
        "They called it “Like a Child”. The video is about 30 minutes long. Sorry about that but "
        "I wanted to make sure that we captured it all."
    )
    assert without_player_pointers(text, PLAYER) == "They called it “Like a Child”."


def test_news_about_a_music_video_and_a_text_presented_here_stay() -> None:
    kept = (
        "Now, the music video for “STRONG (Acoustic Battle ver.)” has been uploaded onto the "
        "official channel. Hier, j'ai vu un reportage sur la vidéo-verbalisation. Here's a nice "
        "surprise. Here's the translation key: replace “theory” with “a program”."
    )
    assert without_player_pointers(kept, PLAYER) == kept


def test_a_kind_of_video_and_a_title_with_a_bang_are_no_cut() -> None:
    # theurbanwoo.blogspot.com's "Beatling"; a post on "Visual Networking" (pools).
    kept = (
        "Apropos nothing, watching the clip from Help! of The Beatles is fun. The video aspect "
        "offers an interactive and engaging way to tell my story."
    )
    assert without_player_pointers(kept, PLAYER) == kept
