"""Logging set-up that can never print the bot token."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

# Attributes every LogRecord has; anything else on a record came through `extra=`.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "taskName",
}


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


class JsonLines(logging.Formatter):
    """One JSON object per record: time, level, logger, message, extra fields, traceback."""

    # Hand-written: the standard library's json is all it takes, and the secrets are
    # redacted in the finished line, whichever field (an extra, a traceback) carried them.

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        when = datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
        entry: dict[str, Any] = {
            "time": when.replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        line = json.dumps(entry, ensure_ascii=False, default=repr)
        for secret in self.secrets:
            line = line.replace(secret, "[token]")
        return line


def configure_logging(
    *, level: int = logging.INFO, secrets: list[str] | None = None, json_lines: bool = False
) -> None:
    """Log to stderr, as text or JSON lines; httpx's per-request lines (which contain the
    token URL) are silenced."""
    handler = logging.StreamHandler(sys.stderr)
    if json_lines:
        handler.setFormatter(JsonLines(secrets or []))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets(secrets or []))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO, and PTB's URLs embed the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # Webhook mode: tornado's line per request at INFO; refusals (403) stay, at WARNING.
    logging.getLogger("tornado.access").setLevel(logging.WARNING)
