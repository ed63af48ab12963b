"""Selection of the TempEval-3 training documents annotated in timeml-figures-check.jsonl (the rule is in README.md,
section "TimeML fold (check)"). Fixed before any document was read closely.

Usage, from the repository root:  python3 attest-eval/gold/figures/select_timeml.py [../shared/data]
Prints the documents in the order the rule takes them (order, source group, id, DCT, characters, candidate tokens),
then the documents the rule met and passed over, with the reason.
"""
import os, re, sys
DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
ROOT = os.path.join(DATA, 'timeml')
SKIP = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'timeml-skipped.txt')
# source groups, visited in turn; within a group, files in name order
GROUPS = [('wsj', r'(wsj_|WSJ)'), ('ap', r'AP'), ('nyt', r'NYT'), ('xinhua', r'XIE'), ('cnn', r'CNN'), ('abc', r'(ABC|ea|ed)\d'),
          ('pri', r'PRI'), ('voa', r'VOA'), ('sjmn', r'SJMN')]
MAX_DOCS, MAX_CHARS, MIN_CANDS = 25, 4000, 3  # 20 at first; raised to 25 (same order) when the 20 gave 120 quantities
NUMW = r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|dozen|half|quarter|third|twice|double)\b'
ENT = {'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'"}

def parse(xml):
    """The text inside <TEXT> without tags and the DCT value, exactly as TimemlEval.parse builds them."""
    m = re.search(r'<DCT>.*?value="([^"]*)"', xml, re.S)
    dct = m.group(1) if m else None
    body = xml[xml.index('<TEXT>') + 6:xml.rindex('</TEXT>')]
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c == '<':
            i = body.index('>', i) + 1
            continue
        semi = body.find(';', i)
        if c == '&' and 0 < semi - i < 10:
            e = body[i + 1:semi]
            out.append(ENT.get(e) or (chr(int(e[2:], 16)) if e.startswith('#x') else chr(int(e[1:])) if e.startswith('#') else '?'))
            i = semi + 1
            continue
        out.append(c)
        i += 1
    return ''.join(out), dct

def cands(t):
    digs = [m for m in re.finditer(r'\d[\d,.]*', t) if not re.fullmatch(r'(1[89]|20)\d\d', m.group())]
    return len(digs) + len(re.findall(NUMW, t, re.I))

def files():
    out = {}
    for sub in ('TimeBank', 'AQUAINT'):
        for f in os.listdir(os.path.join(ROOT, sub)):
            if f.endswith('.tml'):
                out[f[:-4]] = os.path.join(ROOT, sub, f)
    return out

def main():
    fs = files()
    skip = {l.split('\t')[0]: l.split('\t', 1)[1].strip() for l in open(SKIP, encoding='utf-8') if l.strip() and not l.startswith('#')} \
        if os.path.exists(SKIP) else {}
    queues = {g: sorted(i for i in fs if re.match(rx, i)) for g, rx in GROUPS}
    taken, passed, n = [], [], 0
    while len(taken) < MAX_DOCS and any(queues.values()):
        for g, _ in GROUPS:
            if len(taken) >= MAX_DOCS: break
            q = queues[g]
            while q:
                i = q.pop(0)
                text, dct = parse(open(fs[i], encoding='utf-8').read())
                c = cands(text)
                if i in skip: passed.append((i, 'read: ' + skip[i])); continue
                if len(text) > MAX_CHARS: passed.append((i, f'{len(text)} characters > {MAX_CHARS}')); continue
                if c < MIN_CANDS: passed.append((i, f'{c} candidate tokens < {MIN_CANDS}')); continue
                n += 1
                taken.append((n, g, i, dct, len(text), c))
                break
    for t in taken: print(*t, sep='\t')
    print('# passed over:')
    for p in passed: print('#', *p, sep='\t')

if __name__ == '__main__':
    main()
