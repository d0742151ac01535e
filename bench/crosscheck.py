"""Cross-checks trends, tag-effects and median-night against numpy and scipy on a synthetic data set.

An implementation of CLI.md written apart from the Java code: for the data written by
org.ouraviewer.sample.SyntheticData (its tag codes are mapped by hand below). Needs numpy and scipy.
Usage: JAVA_CMD="target/image/bin/oura-viewer" python3 bench/crosscheck.py target/bench-metrics
"""
import json, sys, math, os, datetime as dt, subprocess
from collections import defaultdict
import numpy as np
from scipy import stats
D = sys.argv[1]
def load(kind):
    p = os.path.join(D, f'oura-v2-{kind}.json')
    return json.load(open(p)) if os.path.exists(p) else []
sleep = load('sleep'); ds = {d['day']: d for d in load('daily_sleep')}; dr = {d['day']: d for d in load('daily_readiness')}
da = {d['day']: d for d in load('daily_activity')}
by_day = {}
for p in sleep: by_day.setdefault(p['day'], []).append(p)
def main(day):
    ls = [p for p in by_day.get(day, []) if p['type'] == 'long_sleep']
    return max(ls, key=lambda p: p['time_in_bed']) if ls else None
def metric(m, day):
    if m == 'sleep_score': return ds.get(day, {}).get('score')
    if m == 'readiness_score': return dr.get(day, {}).get('score')
    if m == 'temperature_deviation': return dr.get(day, {}).get('temperature_deviation')
    if m == 'steps': return da.get(day, {}).get('steps')
    if m == 'activity_score': return da.get(day, {}).get('score')
    if m == 'total_sleep_s':
        v = [p['total_sleep_duration'] for p in by_day.get(day, []) if p['type'] in ('long_sleep','sleep','late_nap') and p.get('total_sleep_duration') is not None]
        return sum(v) if v else None
    mp = main(day)
    if mp is None: return None
    if m == 'bedtime_min':
        t = dt.datetime.fromisoformat(mp['bedtime_start']); x = t.hour*60 + t.minute + t.second/60
        return (x - 720) % 1440
    return {'lowest_hr': mp.get('lowest_heart_rate'), 'average_hrv': mp.get('average_hrv'), 'deep_sleep_s': mp.get('deep_sleep_duration'),
            'rem_sleep_s': mp.get('rem_sleep_duration'), 'efficiency': mp.get('efficiency'), 'average_breath': mp.get('average_breath')}[m]
alldays = sorted(set(ds) | set(dr) | set(da) | set(by_day))
first, last = dt.date.fromisoformat(alldays[0]), dt.date.fromisoformat(alldays[-1])
days = [first + dt.timedelta(i) for i in range((last-first).days + 1)]
JAVA = os.environ['JAVA_CMD'].split()
def run(*args):
    r = subprocess.run(JAVA + list(args), capture_output=True, text=True)
    return json.loads(r.stdout)
bad = 0
def close(a, b, what):
    global bad
    if a is None or b is None:
        if a is not b: bad += 1; print('MISMATCH', what, a, b)
        return
    if abs(a-b) > 1e-6 * max(1, abs(b)): bad += 1; print('MISMATCH', what, a, b)
for m in ['sleep_score','readiness_score','activity_score','steps','total_sleep_s','deep_sleep_s','rem_sleep_s','efficiency','lowest_hr','average_hrv','average_breath','temperature_deviation','bedtime_min']:
    vals = {d: metric(m, d.isoformat()) for d in days}
    W = 7
    out = run('trends', D, '--metric', m, '--window', str(W), '--json')['metrics'][0]
    present = [d for d in days if vals[d] is not None]
    assert out['from'] == present[0].isoformat() and out['to'] == present[-1].isoformat(), (m, out['from'], out['to'])
    for e in out['days']:
        d = dt.date.fromisoformat(e['day']); close(e['value'], vals.get(d), (m, e['day']))
        win = [vals.get(d - dt.timedelta(k)) for k in range(W)]; win = [v for v in win if v is not None]
        close(e['rolling'], (sum(win)/len(win)) if len(win) >= math.ceil(W/2) else None, (m, 'rolling', e['day']))
    wk = {}
    for e in out['days']:
        d = dt.date.fromisoformat(e['day'])
        if vals.get(d) is not None:
            y, w, _ = d.isocalendar(); wk.setdefault(f'{y}-W{w:02d}', []).append(vals[d])
    assert [w['week'] for w in out['weeks']] == list(wk), m
    for w in out['weeks']: close(w['mean'], np.mean(wk[w['week']]), (m, w['week'])); assert w['n'] == len(wk[w['week']])
    te = run('tag-effects', D, '--metric', m, '--json')
    names = {'tag_generic_airplane':'Airplane','tag_generic_jetlag':'Jet lag','tag_generic_tired':'Tired','tag_generic_hotel':'Hotel','tag_generic_alcohol':'Alcohol','tag_generic_sick':'Sick','tag_generic_headache':'Headache','tag_generic_caffeine':'Caffeine'}
    td = defaultdict(set)
    for t in load('tag'):
        for c in t['tags']: td[names[c]].add(t['day'])
    for t in load('enhanced_tag'):
        c = t['tag_type_code']
        if c is None: continue
        td[t['custom_name'] if c == 'custom' else names[c]].add(t['start_day'])
    expect = []
    for name in sorted(td):
        wd = {(dt.date.fromisoformat(x) + dt.timedelta(1)) for x in td[name]}
        w = [vals[d] for d in days if d in wd and vals[d] is not None]
        wo = [vals[d] for d in days if d not in wd and vals[d] is not None]
        if len(w) < 2: continue
        r = stats.ttest_ind(w, wo, equal_var=False)
        ci = r.confidence_interval(0.95)
        expect.append((name, len(w), len(wo), np.mean(w), np.mean(wo), ci.low, ci.high))
    assert [e['tag'] for e in te['effects']] == [x[0] for x in expect], (m, te['effects'], expect)
    for e, x in zip(te['effects'], expect):
        assert e['n_with'] == x[1] and e['n_without'] == x[2], (m, e, x)
        close(e['mean_with'], x[3], (m, e['tag'], 'mw')); close(e['difference'], x[3]-x[4], (m, e['tag'], 'diff'))
        close(e['ci95'][0], x[5], (m, e['tag'], 'lo')); close(e['ci95'][1], x[6], (m, e['tag'], 'hi'))
# median night
out = run('median-night', D, '--json')
nights = [main(d.isoformat()) for d in days]; nights = [n for n in nights if n]
def inst(s): return dt.datetime.fromisoformat(s).timestamp()
bins = max(math.ceil((inst(n['bedtime_end']) - inst(n['bedtime_start']))/300 - 1e-9) for n in nights)
assert out['nights'] == len(nights) and len(out['offset_s']) == bins, (out['nights'], len(nights), len(out['offset_s']), bins)
for key, field in (('hr','heart_rate'),('hrv','hrv')):
    per = [[] for _ in range(bins)]
    for n in nights:
        s = n.get(field)
        if not s: continue
        b0 = inst(s['timestamp']) - inst(n['bedtime_start'])
        acc = {}
        for i, v in enumerate(s['items']):
            if v is None: continue
            b = math.floor((b0 + i*s['interval'])/300)
            if 0 <= b < bins: acc.setdefault(b, []).append(v)
        for b, vs in acc.items(): per[b].append(np.mean(vs))
    for b in range(bins):
        assert out[key]['n'][b] == len(per[b])
        if len(per[b]) >= 3:
            close(out[key]['median'][b], np.percentile(per[b], 50), (key, b)); close(out[key]['p25'][b], np.percentile(per[b], 25), (key, b)); close(out[key]['p75'][b], np.percentile(per[b], 75), (key, b))
        else: assert out[key]['median'][b] is None
for b in range(bins):
    have = [n['sleep_phase_5_min'][b] for n in nights if n.get('sleep_phase_5_min') and len(n['sleep_phase_5_min']) > b]
    for ph, c in (('deep','1'),('light','2'),('rem','3'),('awake','4')):
        close(out['phases'][ph][b], (have.count(c)/len(have)) if have else None, ('phase', ph, b))
print('mismatches:', bad)
