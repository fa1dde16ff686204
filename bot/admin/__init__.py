"""The use cases behind editor commands and the operator CLI: subscriptions, OPML, preview,
inspect, voice changes."""
