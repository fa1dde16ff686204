"""pairs.py R0 R1 SEED OUT: blind pairs of the posts that differ between two renders of sample 26.

Writes OUT.jsonl (feed, entry, title, link, post_X, message_X, post_Y, message_Y) in random X/Y order and
OUT-key.jsonl (feed, entry, X_is_after)."""
import glob, json, os, random, sys

r0, r1, seed, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
rng = random.Random(seed)


def load(d):
    rows = {}
    for f in sorted(glob.glob(os.path.join(d, "posts-*.jsonl"))):
        for line in open(f):
            r = json.loads(line)
            rows[(r["feed"], r["entry"])] = (os.path.basename(f)[6], r)
    return rows


before, after = load(r0), load(r1)
pairs, keys = [], []
for k, (part, b) in before.items():
    a = after.get(k, (None, None))[1]
    if a is None:
        print("missing after", k, file=sys.stderr)
        continue
    if a["message"] == b["message"] and a["post"] == b["post"]:
        continue
    x_after = rng.random() < 0.5
    x, y = (a, b) if x_after else (b, a)
    pairs.append({"feed": b["feed"], "entry": b["entry"], "part": part, "title": b["title"], "link": b["link"],
                  "post_X": x["post"], "message_X": x["message"], "post_Y": y["post"], "message_Y": y["message"]})
    keys.append({"feed": b["feed"], "entry": b["entry"], "X_is_after": x_after})
rng.shuffle(order := list(range(len(pairs))))
with open(out + ".jsonl", "w") as f:
    for i in order:
        f.write(json.dumps(pairs[i], ensure_ascii=False) + "\n")
with open(out + "-key.jsonl", "w") as f:
    for i in order:
        f.write(json.dumps(keys[i]) + "\n")
print(len(pairs), "changed posts of", len(before))
