#!/usr/bin/env python3
"""Generate a large matchbench instance in row chunks, using gen.py's own functions.

gen.py holds the whole N x M matrix (6.7 GB at 100,000 x 33,333) and then makes int16, int64
and bytes copies of it for the file, the checksum and the sha256 - about 40 GB, more than this
machine has. This driver imports gen.py unchanged (from ../shared/bench/matching, or
$MATCHBENCH_DIR) and calls its `generate`, `dense_scores` and `topk` on blocks of mentees, so
the output is the same instance, byte for byte: the same JSON (profiles, capacities, forbidden
pairs, top-K CSR, big, dense_sum, dense_sha256) and the same .sparse.bin. The .dense.i16 file
is written only with --dense (6.7 GB at N = 100,000); without it, solvers use the profiles in
the JSON (lazy scoring) or the sparse file.

usage: /usr/bin/python3 bench/matching/gen_chunked.py --n 100000 --seed 1 --out .tmp/instances
       [--k 50] [--rows 8192] [--dense]
Self-check against gen.py on a small size: --n 1000 --rows 300 --dense, then compare files.
"""
import argparse, hashlib, json, os, sys, time

here = os.path.dirname(os.path.abspath(__file__))
kit = os.environ.get('MATCHBENCH_DIR', os.path.join(here, '..', '..', '..', 'shared', 'bench', 'matching'))
sys.path.insert(0, os.path.abspath(kit))
import gen  # noqa: E402  (the shared kit's generator, unchanged)
import numpy as np  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--n', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--k', type=int, default=gen.K_DEFAULT)
    ap.add_argument('--rows', type=int, default=8192, help='mentees per block')
    ap.add_argument('--dense', action='store_true', help='also write <name>.dense.i16')
    ap.add_argument('--out', required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    name = f"mm_n{a.n}_s{a.seed}"          # mentors-and-mentees instances only
    t0 = time.time()
    inst = gen.generate(a.n, a.seed, False, a.k)
    mentees = inst['mentees']
    N, M = len(mentees), len(inst['mentors'])
    sha = hashlib.sha256()
    dense_sum = 0
    maxscore = 0
    forb_all = []
    offs, mms, sss = [np.zeros(1, np.int32)], [], []
    dense_f = open(os.path.join(a.out, name + '.dense.i16'), 'wb') if a.dense else None
    for r0 in range(0, N, a.rows):
        part = dict(inst, mentees=mentees[r0:r0 + a.rows])
        S, forb = gen.dense_scores(part)
        forb_all.extend((r + r0, c) for r, c in forb)
        b = S.astype('<i2', copy=False).tobytes()
        sha.update(b)
        if dense_f:
            dense_f.write(b)
        del b
        dense_sum += int(S.sum(dtype=np.int64))
        maxscore = max(maxscore, int(S.max()))
        off, mm, ss = gen.topk(S, a.k)
        offs.append(off[1:] + (offs[-1][-1] if len(offs[-1]) else 0))
        mms.append(mm); sss.append(ss)
        del S
        print(f"rows {r0 + min(a.rows, N - r0)}/{N}  {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
    if dense_f:
        dense_f.close()
    off = np.concatenate(offs).astype(np.int32)
    mm = np.concatenate(mms).astype(np.int32)
    ss = np.concatenate(sss).astype(np.int32)
    forb = sorted(forb_all)
    capsum = int(inst['cap'].sum())
    big = maxscore * min(N, capsum) + 1
    with open(os.path.join(a.out, name + '.sparse.bin'), 'wb') as f:
        np.array([N, M, a.k, len(mm)], '<i4').tofile(f)
        off.astype('<i4').tofile(f); mm.astype('<i4').tofile(f)
        ss.astype('<i4').tofile(f); inst['cap'].astype('<i4').tofile(f)
    P = inst['P']
    people = [dict(id=i, manager=int(inst['manager'][i]), depth=int(inst['depth'][i]),
                   dept=int(inst['dept'][i]), loc=int(inst['loc'][i]),
                   offers=inst['offers'][i], wants=inst['wants'][i], goals=inst['goals'][i])
              for i in range(P)]
    # Same document, same key order as gen.py's main().
    doc = dict(
        format='matchbench-instance/1', name=name, seed=a.seed, reciprocal=False,
        N=N, M=M, P=P, K=a.k, capacity_sum=capsum, max_score=maxscore, big=big,
        params=dict(T_SKILLS=gen.T_SKILLS, N_DEPTS=gen.N_DEPTS, N_LOCS=gen.N_LOCS,
                    N_GOALS=gen.N_GOALS, ZIPF_S=gen.ZIPF_S,
                    weights=dict(skill=gen.W_SKILL, goal=gen.W_GOAL, senior=gen.W_SENIOR,
                                 dept=gen.W_DEPT, loc=gen.W_LOC),
                    rarity='1 + floor(4*k/T_SKILLS)'),
        objective='lexicographic: max #matched mentees, then max total score; '
                  'equivalently max-weight b-matching with w = big + score',
        people=people,
        mentees=inst['mentees'].tolist(),
        mentors=inst['mentors'].tolist(),
        capacity=inst['cap'].tolist(),
        forbidden=[list(p) for p in forb],
        sparse=dict(offsets=off.tolist(), mentor=mm.tolist(), score=ss.tolist()),
        dense_file=name + '.dense.i16', dense_sum=dense_sum,
        dense_sha256=sha.hexdigest(),
    )
    with open(os.path.join(a.out, name + '.json'), 'w') as f:
        json.dump(doc, f, separators=(',', ':'))
    print(json.dumps(dict(name=name, N=N, M=M, P=P, capsum=capsum, forbidden=len(forb),
                          sparse_edges=int(len(mm)), maxscore=maxscore, big=big,
                          dense_sum=dense_sum, dense_written=bool(a.dense),
                          gen_s=round(time.time() - t0, 2))))


if __name__ == '__main__':
    main()
