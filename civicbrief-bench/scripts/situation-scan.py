#!/usr/bin/env python3
# Issue 17: screens the cards' situation triggers over JSON Lines corpora given as PATH:TEXTFIELD:IDFIELD
# and prints every hit with its sentence, for reading. Needs PyYAML and the regex module.
"""Screen the cards' situation triggers over a JSONL corpus (held-out general news): every hit
with its sentence, for reading. Approximates MatchConcepts: PatternSyntax's whole-word wrapping,
space and apostrophe rules, sentence windows for context."""
import sys, json, glob, yaml, regex
import os
CARDS=os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../civicbrief-kb/src/main/resources/org/civicbrief/kb/cards/*.yaml')
def expand(p):
    out=[];inc=False;i=0
    while i<len(p):
        c=p[i]
        if c=='\\' and i+1<len(p): out.append(c+p[i+1]); i+=2; continue
        if c=='[' and not inc: inc=True; out.append(c)
        elif c==']' and inc: inc=False; out.append(c)
        elif c in "'’": out.append("'’" if inc else "['’]")
        elif c==' ' and not inc: out.append(r'[\s\u00a0\u2009\u202f]+')
        else: out.append(c)
        i+=1
    return ''.join(out)
def comp(p, cs=False):
    flags=0 if cs else regex.I
    if p.startswith('(?-i)'): p=p[5:]; flags=0
    return regex.compile(r'(?<![\p{L}\p{N}])(?:'+expand(p)+r')(?![\p{L}\p{N}])', flags)
trigs=[]
for f in sorted(glob.glob(CARDS)):
    c=yaml.safe_load(open(f))
    for t in c['triggers']:
        if t.get('situation'):
            ctx=t.get('context') or {}
            trigs.append((c['id'],comp(t['pattern'],t.get('caseSensitive',False)),[comp(x) for x in ctx.get('anyOf',[])],[comp(x) for x in ctx.get('noneOf',[])],ctx.get('window',0)))
SPLIT=regex.compile(r'(?<=[.!?][”"’)]?)\s+(?=[A-Z“"(])')
hits=0; n=0
for path,field,idf in [(a.split(':')[0],a.split(':')[1],a.split(':')[2]) for a in sys.argv[1:]]:
    for line in open(path):
        d=json.loads(line); n+=1
        text=d[field]
        sents=[s for para in text.split('\n') for s in SPLIT.split(para) if s.strip()]
        for i,s in enumerate(sents):
            for cid,p,anyo,noneo,w in trigs:
                m=p.search(s)
                if not m: continue
                win=sents[max(0,i-w):i+w+1]
                if any(q.search(x) for q in noneo for x in win): continue
                if anyo and not any(q.search(x) for q in anyo for x in win): continue
                hits+=1
                print(f"{cid}\t{d[idf]}\t{m.group(0)}\t{s[:400]}")
print(f"# {n} articles, {hits} situation hits", file=sys.stderr)
