"""Posts to Telegram: the outbox sender, publishers and their error classes, pacing, admin
notices."""
