"""Copy a fetched repository's feed-like files at HEAD (paths under the given folders, names ending .xml, .rss, .atom or
.rdf) into OUTDIR/OWNER+NAME/PATH; prints repository, HEAD and how many were copied. Nothing but names is looked at.

Usage: extract_repo.py OUTDIR OWNER/NAME [FOLDER...] (no folder: the whole tree)."""

import os
import subprocess
import sys

EXTS = (".xml", ".rss", ".atom", ".rdf")
out, repo, folders = sys.argv[1], sys.argv[2], sys.argv[3:]
name = repo.replace("/", "+")
git = f"/work/.mirror/{name}/repo"
if os.path.isdir(git + "/.git"):
    git += "/.git"
head = subprocess.run(["git", "-C", git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
ls = subprocess.run(["git", "-C", git, "ls-tree", "-r", "--name-only", "HEAD", *folders], capture_output=True, text=True)
n = 0
for path in ls.stdout.splitlines():
    if not path.lower().endswith(EXTS):
        continue
    blob = subprocess.run(["git", "-C", git, "show", f"HEAD:{path}"], capture_output=True)
    if blob.returncode or not blob.stdout:
        continue
    dst = os.path.join(out, name, path)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    open(dst, "wb").write(blob.stdout)
    n += 1
print(repo, head, n, "feed-like files copied", " ".join(folders))
