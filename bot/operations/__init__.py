"""What operators use: the preflight check, health and metrics, webhook mode."""
