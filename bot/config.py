"""Service configuration from the environment and `.env` (pydantic-settings)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

ENV_PREFIX = "NEWSBOT_"


class ConfigError(Exception):
    """A setting is missing or malformed; the message names the variable, never a secret."""


class Settings(BaseSettings):
    """Every operator-facing setting; each is documented in `.env.example`."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    bot_token: SecretStr | None = None
    channel_id: str | None = None
    admin_ids: Annotated[tuple[int, ...], NoDecode] = ()
    database: str = "newsbot.db"
    api_base_url: str = "https://api.telegram.org/bot"
    poll_interval: float = Field(default=300.0, ge=1.0)
    allow_private_addresses: bool = False
    fetch_concurrency: int = Field(default=16, ge=1)
    fetch_per_host: int = Field(default=2, ge=1)
    fetch_timeout: float = Field(default=30.0, gt=0)
    fetch_connect_timeout: float = Field(default=10.0, gt=0)
    max_feed_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    summary_chars: int = Field(default=600, ge=50)
    story_window_days: float = Field(default=7.0, gt=0)
    edit_also_carried: bool = True
    # Feed text shorter than this is a teaser: the article page is fetched (feeds in `auto`).
    teaser_chars: int = Field(default=300, ge=0)
    max_hashtags: int = Field(default=3, ge=0)
    # Days between readings of a feed's home page for the site's name (0: never read it;
    # names come from feed titles). It is read when the feed is added.
    site_name_days: float = Field(default=30.0, ge=0)
    send_max_retries: int = Field(default=5, ge=1)
    parse_workers: int = Field(default=2, ge=1)
    # Delivery (issue 5): backoff, answer timeout, what to do with unconfirmed posts, pacing.
    send_retry_delay: float = Field(default=1.0, gt=0)
    send_timeout: float = Field(default=15.0, gt=0)
    resend_unconfirmed: bool = False
    chat_rate_limit: int = Field(default=20, ge=1)
    chat_rate_period: float = Field(default=60.0, gt=0)
    global_rate_limit: int = Field(default=30, ge=1)
    global_rate_period: float = Field(default=1.0, gt=0)
    parse_timeout: float = Field(default=20.0, gt=0)
    parse_memory_mb: int = Field(default=512, ge=32)
    # Wall-clock backstop for one feed's whole check (fetch, parse, pages, storing).
    check_timeout: float = Field(default=300.0, gt=0)
    max_failures: int = Field(default=10, ge=1)
    user_agent_url: str = "https://github.com/newsbot"

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_admin_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p.strip() for p in value.split(",") if p.strip()]
            try:
                return tuple(int(p) for p in parts)
            except ValueError:
                raise ValueError("must be comma-separated numeric Telegram user ids") from None
        return value

    @field_validator("channel_id")
    @classmethod
    def _check_channel(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        value = value.strip()
        if value.startswith("@") and len(value) > 1:
            return value
        try:
            int(value)
        except ValueError:
            raise ValueError("must be a numeric chat id (-100...) or an @username") from None
        return value

    def token(self) -> str:
        """The bot token; raises ConfigError naming the variable when it is missing."""
        if self.bot_token is None or not self.bot_token.get_secret_value().strip():
            raise ConfigError(f"{ENV_PREFIX}BOT_TOKEN is required (get one from @BotFather)")
        return self.bot_token.get_secret_value().strip()

    def require_for_run(self) -> None:
        """Check the settings a real (non-dry) run needs."""
        self.token()
        if self.channel_id is None:
            raise ConfigError(f"{ENV_PREFIX}CHANNEL_ID is required (numeric -100... or @channel)")
        if not self.admin_ids:
            raise ConfigError(f"{ENV_PREFIX}ADMIN_IDS is required (comma-separated user ids)")


def load_settings(**overrides: object) -> Settings:
    """Read settings; a validation failure becomes one ConfigError line naming the variable."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        # The input value is deliberately left out: it could be the token.
        raise ConfigError(f"{ENV_PREFIX}{field.upper()}: {first['msg']}") from None
