/// Python run once in every RLM node's interpreter, before its first turn: the parts of the
/// sandbox that are most naturally Python. Names starting with `_` are hidden from SHOW_VARS.
enum Prelude {
    static let source = #"""
class _RLMAnswer:
    """The official library's convention: set answer["content"], then answer["ready"] = True."""

    def __init__(self):
        self._fields = {"content": "", "ready": False}

    def __setitem__(self, key, value):
        self._fields[key] = value
        if key == "content":
            _rlm_answer_content(value)
        elif key == "ready" and value:
            _rlm_answer_ready(self._fields.get("content", ""))

    def __getitem__(self, key):
        return self._fields[key]

    def __contains__(self, key):
        return key in self._fields

    def __iter__(self):
        return iter(self._fields)

    def __len__(self):
        return len(self._fields)

    def __repr__(self):
        return repr(self._fields)

    def get(self, key, default=None):
        return self._fields.get(key, default)

    def keys(self):
        return self._fields.keys()

    def values(self):
        return self._fields.values()

    def items(self):
        return self._fields.items()

    def update(self, *args, **kwargs):
        changes = dict(*args, **kwargs)
        if "content" in changes:
            self["content"] = changes.pop("content")
        for key, value in changes.items():
            self[key] = value


answer = _RLMAnswer()


def chunks(text, size, overlap=0):
    """text (a str or a list) cut into pieces of `size` characters (items); consecutive pieces share `overlap`."""
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ValueError("chunks(): size must be a positive int, got %r" % (size,))
    if isinstance(overlap, bool) or not isinstance(overlap, int) or overlap < 0 or overlap >= size:
        raise ValueError("chunks(): overlap must be an int with 0 <= overlap < size, got %r" % (overlap,))
    if not isinstance(text, (str, list, tuple)):
        raise TypeError("chunks(): text must be a str or a list, not %s" % type(text).__name__)
    pieces = []
    start = 0
    step = size - overlap
    total = len(text)
    while start < total:
        pieces.append(text[start:start + size])
        if start + size >= total:
            break
        start += step
    return pieces


def preview(value, n=200):
    """The first n characters of a value's text (a str as it is, anything else as its repr), with its length."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) <= n:
        return text
    return text[:n] + "... (%s characters in all)" % format(len(text), ",")
"""#

    /// Names the engine defines in every session (not the program's own variables).
    static let engineNames: Set<String> = [
        "llm_query", "llm_query_batched", "rlm_query", "rlm_query_batched", "FINAL", "FINAL_VAR", "SHOW_VARS",
        "chunks", "preview",
    ]
}
