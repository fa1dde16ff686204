"""Known kalv sequence of earlier lists, in P12b's order (from headers/bodies)."""
import re
P = "/work/main/bench/judged/pools/"
def header(f):
    return "".join(l[2:].rstrip("\n") + " " for l in open(P + f) if l.startswith("#"))
def kalv_files(f):
    h = header(f)
    i = h.index("# kalv/ruby-feed-parser-benchmark") if "# kalv/ruby" in h else h.index("kalv/ruby-feed-parser-benchmark 5c2d")
    seg = h[i:]
    files_part = seg.split("Skipped in that order")[0]
    files_part = files_part.split("Files", 1)[1]
    names = re.findall(r"feed-+ ?-?\d+\.[a-z0-9]+", files_part.replace("- ", "-").replace("-- ", "--"))
    skipped = []
    if "Skipped in that order" in seg:
        sk = seg.split("Skipped in that order", 1)[1]
        skipped = re.findall(r"(feed-+\d+\.[a-z0-9]+): ", sk.replace("- ", "-"))
    return [n.replace(" ", "") for n in names], skipped
def body(f):
    return [l.strip().split("/")[-1] for l in open(P + f) if l.startswith("kalv+")]
def sequence():
    """[(name, list, kind)] positions 1..627 minus unknown skip placement; skipped marked."""
    n, _ = kalv_files("session12-heldout-b.txt")
    seq = [(x, "12b", "taken") for x in n[:8]]
    seq += [(x, "12c", "taken") for x in body("session12-heldout-c.txt")]
    for i in range(13, 22):
        f = f"session{i}-heldout.txt"
        names, skipped = kalv_files(f)
        seq += [(x, str(i), "taken") for x in names]
        seq += [(x, str(i), "skipped") for x in skipped]  # position within the session unknown
    return seq
