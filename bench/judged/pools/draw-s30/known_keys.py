"""Keys (sha1, host, registered domain, channel title) of every feed file in the corpus and the pools
(draw-s24/known_keys.py's regex reading of the channel head; no entry text is read).

Usage: known_keys.py OUT.jsonl ROOT... (skips s35-all, this draw's own copies)."""

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "draw-s24"))
from known_keys import keys  # noqa: E402

with open(sys.argv[1], "w") as fo:
    for root in sys.argv[2:]:
        for d, ds, fs in os.walk(root):
            ds[:] = sorted(x for x in ds if x != "s35-all")
            for f in sorted(fs):
                fo.write(json.dumps(keys(os.path.join(d, f)), ensure_ascii=False) + "\n")
