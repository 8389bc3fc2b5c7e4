import json
from collections import Counter
from b1 import B1; from b2 import B2; from b3 import B3; from b4 import B4; from b5 import B5, EXT
recs = [list(r) for r in B1+B2+B3+B4+B5]
for i,add in EXT.items(): recs[i-1][2] += add
assert len(recs)==160
with open('../d10-clean.jsonl','w',encoding='utf-8') as f:
    for i,(lang,note,text) in enumerate(recs,1):
        f.write(json.dumps({"id":f"d10-{i:04d}","text":text,"labels":[],"note":f"[{lang}] {note}"},ensure_ascii=False)+"\n")
L=[len(t) for _,_,t in recs]
print(Counter('<150' if n<150 else '150-600' if n<=600 else '>600' for n in L))
print(Counter(l for l,_,_ in recs))
