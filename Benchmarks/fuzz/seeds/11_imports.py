import json
import copy
import operator
from typing import List, Dict, Optional

data = {"name": "x", "vals": [1, 2.5, None, True], "nested": {"k": "v"}}
text = json.dumps(data, sort_keys=True, indent=2)
print(text)
back = json.loads(text)
print(back == data, json.dumps([1, "é", {"a": []}]), json.dumps("\u2028"))
deep = copy.deepcopy(data)
deep["vals"].append(9)
print(data["vals"], deep["vals"], copy.copy([1, [2]]))
print(operator.add(1, 2), operator.itemgetter(1)([5, 6]), operator.attrgetter("real")(3))
def typed(xs: List[int], m: Dict[str, int], o: Optional[str] = None) -> int:
    return sum(xs) + len(m)
print(typed([1, 2], {"a": 1}))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("decode error", e)
