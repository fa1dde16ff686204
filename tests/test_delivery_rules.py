"""The delivery rules as plain functions: what each refusal means, and the rewritten posts."""

from __future__ import annotations

import httpx
import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.delivery.errors import (
    AmbiguousSendError,
    CannotParseEntities,
    FloodWait,
    MessageTooLong,
    PermanentSendError,
    SendError,
    TargetUnavailable,
    TransientSendError,
    classify,
)
from bot.render.content import PostContent, render_post
from bot.render.fallbacks import html_to_plain, shorter, visible_length


def _caused(error: TelegramError, cause: Exception) -> TelegramError:
    error.__cause__ = cause  # as PTB raises them: `raise TimedOut from httpx_error`
    return error


@pytest.mark.parametrize(
    ("error", "kind", "reason"),
    [
        (RetryAfter(7), FloodWait, "flood wait 7 s"),
        (
            Forbidden("Forbidden: bot was kicked from the channel chat"),
            TargetUnavailable,
            "Forbidden: bot was kicked from the channel chat",
        ),
        (
            BadRequest("Bad Request: need administrator rights in the channel chat"),
            TargetUnavailable,
            "BadRequest: Need administrator rights in the channel chat",
        ),
        (
            BadRequest("Bad Request: can't parse entities: Unclosed start tag at byte offset 3"),
            CannotParseEntities,
            "BadRequest: Can't parse entities: unclosed start tag at byte offset 3",
        ),
        (
            BadRequest("Bad Request: message is too long"),
            MessageTooLong,
            "BadRequest: Message is too long",
        ),
        (
            BadRequest("Bad Request: wrong type of the web page content"),
            PermanentSendError,
            "BadRequest: Wrong type of the web page content",
        ),
        (NetworkError("Bad Gateway"), TransientSendError, "NetworkError: Bad Gateway"),
        (
            _caused(TimedOut(), httpx.ConnectTimeout("connect")),
            TransientSendError,
            "timed out before sending (ConnectTimeout)",
        ),
        (
            _caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused")),
            TransientSendError,
            "NetworkError: httpx.ConnectError",
        ),
        (
            _caused(TimedOut(), httpx.ReadTimeout("read")),
            AmbiguousSendError,
            "no answer from Telegram (ReadTimeout)",
        ),
        (
            _caused(NetworkError("httpx.RemoteProtocolError"), httpx.RemoteProtocolError("eof")),
            AmbiguousSendError,
            "no answer from Telegram (RemoteProtocolError)",
        ),
    ],
)
def test_each_telegram_error_has_one_meaning_for_the_post(
    error: TelegramError, kind: type[SendError], reason: str
) -> None:
    classified = classify(error)
    assert type(classified) is kind
    assert classified.reason == reason


def _post(summary: str) -> str:
    content = PostContent(
        "Ferry & <harbour> news", summary, "https://n.example/a?x=1&y=2", "Gazette", None
    )
    return render_post(content)


def test_plain_text_keeps_what_the_reader_sees_and_the_link_address() -> None:
    assert html_to_plain(_post("The ferry is back. It runs daily.")) == (
        "Ferry & <harbour> news\n\nThe ferry is back. It runs daily.\n\n"
        "Read more (https://n.example/a?x=1&y=2) · Gazette"
    )


def test_a_shorter_post_cuts_the_summary_at_a_word_and_keeps_title_and_footer() -> None:
    summary = " ".join(f"Sentence {n} about the ferry." for n in range(60))
    html = _post(summary)
    cut = shorter(html, plain=False)
    assert cut is not None
    assert visible_length(cut, plain=False) <= 0.75 * visible_length(html, plain=False)
    title, kept, footer = cut.split("\n\n")
    assert title == "<b>Ferry &amp; &lt;harbour&gt; news</b>"
    assert kept.endswith("…")
    kept = kept.removesuffix("…")
    assert summary.startswith(kept) and summary[len(kept)] == " "  # ends on a whole word
    assert footer == '<a href="https://n.example/a?x=1&amp;y=2">Read more</a> · Gazette'


def test_shortening_closes_tags_it_cuts_through_and_gives_up_when_nothing_is_left() -> None:
    html = "<b>" + "word " * 50 + "</b>\n\n<i>footer</i>"
    cut = shorter(html, plain=False)
    assert cut is not None and cut.startswith("<b>word") and cut.endswith("…</b>\n\n<i>footer</i>")
    assert shorter("<b>x</b>", plain=False) is None


def test_plain_text_is_shortened_as_text_not_markup() -> None:
    text = "a < b\n\n" + "more words here " * 20 + "\n\nRead more (https://n.example/a)"
    cut = shorter(text, plain=True)
    assert cut is not None
    assert cut.startswith("a < b\n\nmore words") and cut.endswith(
        "…\n\nRead more (https://n.example/a)"
    )
