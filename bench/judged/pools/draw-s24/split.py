"""split.py LIST SEED OUTPREFIX: split a pool list's paths at random into 5 parts as even as can be (first parts larger)."""
import random, sys
paths = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith('#')]
random.Random(int(sys.argv[2])).shuffle(paths)
q, r = divmod(len(paths), 5)
start = 0
for i, p in enumerate('abcde'):
    n = q + (i < r)
    open(f"{sys.argv[3]}-{p}.txt", 'w').write('\n'.join(paths[start:start + n]) + '\n')
    start += n
print(len(paths), "paths in parts of", [q + (i < r) for i in range(5)])
