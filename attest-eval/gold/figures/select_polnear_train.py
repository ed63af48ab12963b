"""Selection of the 50 PolNeAR train articles annotated here (the rule is in README.md).

Usage, from the repository root:  python3 attest-eval/gold/figures/select_polnear_train.py [../shared/data]
Prints one line per slot: slot, outlet, kind, where the kind matched, article id, set.
"""
import re, os, sys
DATA = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
D = os.path.join(DATA, 'polnear', 'train', 'text')
SKIP = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'polnear-train-skipped.txt')
OUTLETS=['breitbart','huff-post','nyt','politico','usa-today','wash-post','west-journal']
KINDS=[('markets',r'(\bstocks?\b|\bDow\b|S&P|Nasdaq|\bshares\b|\binvestors?\b|Wall Street|oil prices?|\bpeso\b|\bcurrency\b|stock market|\bmarkets\b)'),
 ('polls',r'\b(polls?|polling|survey)\b'),
 ('campaign money',r'\b(fundrais\w*|raised|raising|donors?|super PACs?|PAC|campaign finance|ad buys?|FEC|contributions|spent|spending|money)\b'),
 ('crime',r'\b(shootings?|police|murder\w*|arrest\w*|crimes?|criminal|killed|gunman|shot|attack|terror\w*)\b'),
 ('economy',r'\b(economy|economic|jobs|unemployment|taxe?s?|wages?|trade|budget|debt|GDP|deficit|income)\b'),
 ('foreign news',r'\b(Syria\w*|Iraq\w*|Russia\w*|China|Chinese|Mexic\w+|Iran\w*|refugees?|ISIS|Europe\w*|Brexit|North Korea\w*|Israel\w*|Afghan\w*|Cuba\w*|Britain|British|Germany|France|French|Philippine\w*|Burma|Turkey|Putin)\b'),
 ('health',r'\b(health|Obamacare|Zika|insurance|medical|drugs?|opioids?|abortion|Planned Parenthood|hospitals?|disease|virus)\b'),
 ('courts',r'\b(court|judge|Supreme Court|justices?|ruling|lawsuit|trial|sued|convicted|sentenced)\b')]
NUMW=r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|quarter|third|twice|double)\b'
def cands(t):
    digs=[m for m in re.finditer(r'\d[\d,.]*',t) if not re.fullmatch(r'(19|20)\d\d',m.group())]
    return len(digs)+len(re.findall(NUMW,t,re.I))
files=sorted(os.listdir(D))
skip=set(l.split()[0] for l in open(SKIP) if l.strip())
def find(o,rx,where,maxlen,taken):
    for f in files:
        if not f.startswith(o+'_'): continue
        fid=f[:-4]
        if fid in taken or fid in skip: continue
        t=open(os.path.join(D,f),encoding='utf-8').read()
        if len(t)>maxlen or cands(t)<4 or len(re.findall(rx,t,re.I))<3: continue
        sh=shingles(t)
        if any(len(sh&b)>0.5*min(len(sh),len(b)) for b in bodies): continue
        zone=t.split('\n')[0] if where=='title' else t[:400]
        if re.search(rx,zone,re.I): return fid,t
    return None,None
taken=[];log=[];bodies=[]
def shingles(t):
    w=re.findall(r'\w+',t.lower()); return set(tuple(w[i:i+8]) for i in range(len(w)-7))
for i in range(50):
    o=OUTLETS[i%7]; k0=i%8
    for dk in range(8):
        k,rx=KINDS[(k0+dk)%8]
        for where,maxlen in (('title',6000),('title',10000),('lead',6000),('lead',10000)):
            fid,t=find(o,rx,where,maxlen,taken)
            if fid: break
        if fid: break
    taken.append(fid); bodies.append(shingles(t))
    log.append(dict(slot=i,outlet=o,kind=k,how=where,id=fid,chars=len(t),cands=cands(t),title=t.split('\n')[0][:70],check=(i%3==2)))
for r in log: print(r['slot'], r['outlet'], r['kind'], r['how'], r['id'], 'check' if r['check'] else 'dev', sep='\t')
