# json.dumps and json.loads with their options, and the messages of JSONDecodeError.
import json
for s in ['[1,]', '{"a":1,}', '', '{"a" 1}', '[1 2]', '"abc', '{1:2}', '[1] x', '"a\\q"', '"\\u12"', 'tru', '"a\nb"', '-', '01', '1.', '{"a":}','  [', '[-Infinity, 1e5, 1E+2, -0.0, 10000000000000000000000]', '{"k": [1, {"z": "\\u00e9\\ud83d\\ude00"}], "n": null}']:
    try:
        print(repr(s), '->', repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.dumps({'a': [1, 2.5, None, True, 'é\u2028\U0001F600\x01'], 'b': {}}, indent=2, sort_keys=True))
print(json.dumps({'a': [1, 2.5, None, True, 'é'], 1: [], 2.5: 1, None: 2, False: 3}, ensure_ascii=False))
print(json.dumps([1,[2,[]]], indent=0), json.dumps((1,2), separators=(',',':')), json.dumps(float('nan')), json.dumps('x', indent='\t'))
try:
    json.dumps({"a": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({"a": {1, 2}}, default=sorted), json.loads("[1.5, 2]", parse_float=str))
config = {"name": "demo", "threads": 4, "ratio": 0.75, "tags": ["a", "b"], "nested": {"ok": True, "none": None}}
text = json.dumps(config, indent=4)
print(text)
print(json.loads(text) == config, json.loads(json.dumps((1, 2))))
print(json.dumps(config, separators=(",", ":"), sort_keys=True))
print(json.dumps("\"quoted\" \\ back\tslash"), json.loads('"\\u4e2d\\u6587"'), json.dumps("中文"), json.dumps("中文", ensure_ascii=False))
try:
    json.dumps([float("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1, 2]", object_hook=None), json.loads('{"b": 1}', object_pairs_hook=list))
print(json.loads('  {"x" : [ 1 , 2 ] }  '), json.loads('"\\/"'), json.loads("-12.5e-1"), json.loads("0"))
