"""Copy the listed feed file (the path of its find_files listing) of each picked site repository at HEAD, and the site's
main WordPress feed (feed/index.xml) beside it when the listing is a static WordPress export's category feed (a category
feed often holds fewer than 3 items; the main feed is the same site's, and the draw keeps one file a host).
draw-s26/extract_site.py's way otherwise.

Usage: extract_site.py OUTDIR LISTINGS.txt PICKS.txt (writes OUTDIR/OWNER+NAME/PATH; prints repository, HEAD, result)."""

import os
import subprocess
import sys

path_of: dict[str, str] = {}
cur = ""
for line in open(sys.argv[2]):
    line = line.strip()
    if line.startswith("#"):
        cur = line[1:].strip()
    elif line:
        path_of.setdefault(line, cur)
for repo in (x.strip() for x in open(sys.argv[3]) if x.strip()):
    name = repo.replace("/", "+")
    git = f"/work/.mirror/{name}/repo"
    if os.path.isdir(git + "/.git"):
        git += "/.git"
    if not os.path.isdir(git):
        print(repo, "-", "no snapshot")
        continue
    head = subprocess.run(["git", "-C", git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    paths = [path_of[repo]] + (["feed/index.xml"] if path_of[repo].startswith("category/") else [])
    for path in paths:
        blob = subprocess.run(["git", "-C", git, "show", f"HEAD:{path}"], capture_output=True)
        if blob.returncode:
            print(repo, head, "no", path, "at HEAD")
            continue
        dst = os.path.join(sys.argv[1], name, path)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        open(dst, "wb").write(blob.stdout)
        print(repo, head, path, len(blob.stdout), "bytes")
