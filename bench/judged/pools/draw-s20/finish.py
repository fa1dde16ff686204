import json, textwrap
order = json.load(open("picks.json"))["order"]
def block(names, tail=""):
    text = "; ".join(names) + "." + tail
    return "".join("# " + l + "\n" for l in textwrap.wrap(text, 114, break_on_hyphens=False))
s20 = order[:68]; s21 = [n for i, n in enumerate(order[68:137], 69) if i != 133]
h22 = open("head22.txt").read() + block(s20)
h23 = open("head23.txt").read() + block(s21, " Skipped in that order: " + order[132] + " (position 133): an adult-declared "
      "site (its channel title and description say no entry under 18; the adult rule, items not read).")
for h, body, out in ((h22, "s22-body.txt", "session22-heldout.txt"), (h23, "s23-body.txt", "session23-heldout.txt")):
    open("/work/wt/P22/bench/judged/pools/" + out, "w").write(h + open(body).read())
