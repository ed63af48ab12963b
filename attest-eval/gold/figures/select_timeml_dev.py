"""Order of the TempEval-3 documents for timeml-figures.jsonl (the TimeML dev set; rule in README.md, section
"TimeML dev"). Fixed before any document was read: the TempEval-3 training documents (TimeBank and AQUAINT) whose id
is not in timeml-figures-check.jsonl, sorted by the SHA-1 hex digest of the id (UTF-8); the first half (115) is pool A,
reserved for annotation, the second half (116) pool B, left fresh for error finding. Pool A is read in this order;
a document with fewer than 3 quantities is recorded in timeml-dev-skipped.txt, the others annotated: positions
0-67 first (50 annotated), then the rest of pool A (positions 68-114: 83 annotated in all, 32 skipped).

Usage, from the repository root:  python3 attest-eval/gold/figures/select_timeml_dev.py [../shared/data] [B]
Prints pool A (or, with B, pool B) in order: position, id, and for pool A what became of it (dev / skipped / -).
"""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import select_timeml as S

HERE = os.path.dirname(os.path.abspath(__file__))

def pools(data):
    S.ROOT = os.path.join(data, 'timeml')
    fold = {json.loads(l)['id'] for l in open(os.path.join(HERE, 'timeml-figures-check.jsonl'), encoding='utf-8')}
    ids = sorted((i for i in S.files() if i not in fold), key=lambda i: hashlib.sha1(i.encode('utf-8')).hexdigest())
    half = len(ids) // 2
    return ids[:half], ids[half:]

def main():
    data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
    a, b = pools(data)
    if len(sys.argv) > 2 and sys.argv[2] == 'B':
        for n, i in enumerate(b): print(n, i, sep='\t')
        return
    dev = {json.loads(l)['id'] for l in open(os.path.join(HERE, 'timeml-figures.jsonl'), encoding='utf-8')}
    skip = {l.split('\t')[0] for l in open(os.path.join(HERE, 'timeml-dev-skipped.txt'), encoding='utf-8') if l.strip() and not l.startswith('#')}
    for n, i in enumerate(a): print(n, i, 'dev' if i in dev else 'skipped' if i in skip else '-', sep='\t')

if __name__ == '__main__':
    main()
