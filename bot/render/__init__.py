"""Posts into Telegram HTML: content, templates, a target's voice, HTML checks, plain/shorter
fallbacks."""
