"""newsbot: keeps a news site's Telegram channel fed."""

import os

__version__ = "0.1.0"

# PTB 22 warns, from inside RetryAfter's own constructor, that `retry_after` will become a
# timedelta; newsbot reads either form (bot.delivery.pacing.retry_after_seconds), so it opts in now.
os.environ.setdefault("PTB_TIMEDELTA", "1")
