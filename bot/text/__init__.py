"""An entry's HTML into clean text: the block model, cleaning, article extraction, summaries."""
