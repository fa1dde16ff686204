"""Who first published a story: reprint notices, wire datelines, agency bylines, syndication
footers."""
