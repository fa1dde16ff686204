"""mkpairs.py CHANGED SEED OUT: blind X/Y pairs from a --compare changed file (before/after)."""
import json, random, sys

changed, seed, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(seed)
rows = [json.loads(l) for l in open(changed)]
rng.shuffle(rows)
with open(out + ".jsonl", "w") as f, open(out + "-key.jsonl", "w") as k:
    for r in rows:
        b, a = r["before"], r["after"]
        x_after = rng.random() < 0.5
        x, y = (a, b) if x_after else (b, a)
        f.write(json.dumps({"feed": r["feed"], "entry": r["entry"], "post_X": x["post"], "message_X": x["message"],
                            "post_Y": y["post"], "message_Y": y["message"]}, ensure_ascii=False) + "\n")
        k.write(json.dumps({"feed": r["feed"], "entry": r["entry"], "X_is_after": x_after,
                            "verdict": r.get("verdict"), "family": r.get("family")}, ensure_ascii=False) + "\n")
print(len(rows), "pairs")
