"""Logging set-up that can never print the bot token."""

from __future__ import annotations

import logging
import sys


class RedactSecrets(logging.Filter):
    """Replaces every occurrence of the given secrets in a record's final message."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the message once, redacted, so args cannot smuggle the secret back in."""
        if not self.secrets:
            return True
        message = record.getMessage()
        redacted = message
        for secret in self.secrets:
            redacted = redacted.replace(secret, "[token]")
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for secret in self.secrets:
                record.exc_text = record.exc_text.replace(secret, "[token]")
        if redacted != message or record.args:
            record.msg, record.args = redacted, None
        return True


def configure_logging(*, level: int = logging.INFO, secrets: list[str] | None = None) -> None:
    """Log to stderr; httpx's per-request lines (which contain the token URL) are silenced."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets or []))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and PTB's URLs embed the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
