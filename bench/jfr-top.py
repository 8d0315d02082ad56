import sys, re, collections
# Aggregates JFR execution samples: top self frames, top inclusive frames, innermost project frame.
# Usage: bench/jfr-profile.sh (records the shipped build) or: jfr print --stack-depth 200 --events jdk.ExecutionSample X.jfr | python3 bench/jfr-top.py 30
N = int(sys.argv[1]) if len(sys.argv) > 1 else 25
samples = []; cur = None
for line in sys.stdin:
    s = line.strip()
    if s.startswith('stackTrace = ['): cur = []
    elif cur is not None:
        if s == ']': samples.append(cur); cur = None
        elif s != '...':
            cur.append(re.sub(r'\(.*', '', s))
total = len(samples)
self_c = collections.Counter(st[0] for st in samples if st)
incl = collections.Counter()
proj = collections.Counter()
for st in samples:
    for f in set(st): incl[f] += 1
    for f in st:
        if f.startswith('org.clausebook'):
            proj[f] += 1; break
print(f"samples: {total}")
print("\n## top self frames"); 
for f, c in self_c.most_common(N): print(f"{c:6d} {100*c/total:5.1f}%  {f}")
print("\n## top inclusive (org.clausebook / libs)")
for f, c in [x for x in incl.most_common(400) if not x[0].startswith(('java.','jdk.','sun.'))][:N]: print(f"{c:6d} {100*c/total:5.1f}%  {f}")
print("\n## innermost project frame")
for f, c in proj.most_common(N): print(f"{c:6d} {100*c/total:5.1f}%  {f}")
