"""newsbot: keeps a news site's Telegram channel fed."""

__version__ = "0.1.0"
