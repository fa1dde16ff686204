"""split.py LIST SEED OUTPREFIX: split a pool list's paths at random into 5 parts (19,18,18,18,18)."""
import random, sys
paths=[l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith('#')]
assert len(paths)==91, len(paths)
random.Random(int(sys.argv[2])).shuffle(paths)
cuts=[0,19,37,55,73,91]
for i,p in enumerate('abcde'):
    open(f"{sys.argv[3]}-{p}.txt",'w').write('\n'.join(paths[cuts[i]:cuts[i+1]])+'\n')
