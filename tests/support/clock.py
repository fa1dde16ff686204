"""A clock the test moves by hand, for code that is given `now` as a callable."""

from __future__ import annotations


class HandClock:
    """Answers the time it was set to; a test moves it with `clock.now += …`."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
