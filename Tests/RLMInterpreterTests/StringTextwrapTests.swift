// Expected outputs were produced by running each program with CPython 3.11.
import XCTest
@testable import RLMInterpreter

final class StringTextwrapTests: XCTestCase {
    func testStringConstants() {
        assertPython(#"""
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits, len(string.punctuation), string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]), string.ascii_letters[20:30])
print("hello world".translate(str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])))
"""#, prints: #"""
abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789
0123456789abcdefABCDEF 01234567 32 !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
' \t\n\r\x0b\x0c' 100 '{|}~ \t\n\r\x0b\x0c' uvwxyzABCD
khoor zruog

"""#)
    }

    func testCapwords() {
        assertPython(#"""
import string
print(string.capwords("the  quick brown   fox"), string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
print(repr(string.capwords(" x y ")), string.capwords("ab,cd", ","), string.capwords("ÉCOLE élève"), string.capwords(""))
"""#, prints: #"""
The Quick Brown Fox Hello World Foo A-B c-D
'X Y' Ab,Cd École Élève 

"""#)
    }

    func testTemplate() {
        assertPython(#"""
import string
from string import Template
t = Template("$who likes $what; ${who}s cost $$5. $100 $ end $")
print(t.safe_substitute(who="Tim"), t.get_identifiers(), t.is_valid(), t.template)
print(Template("${a}${b} $a_b1 $A").substitute({"a": 1, "b": [2], "a_b1": 3.5, "A": None}))
print(Template("$x and $y").substitute({"x": 1, "y": 2}, y="kw"), Template("$x").substitute(x="k"))
for src, kw in [("hello $name", {}), ("bad $ here", {"x": 1}), ("line1\nline2 ${oops", {}), ("$1", {})]:
    try:
        print(Template(src).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Percent(Template):
    delimiter = "%"
print(Percent("%name is %% %{age}").substitute(name="Ann", age=3), isinstance(t, Template), type(t).__name__)
"""#, prints: #"""
Tim likes $what; Tims cost $5. $100 $ end $ ['who', 'what'] False $who likes $what; ${who}s cost $$5. $100 $ end $
1[2] 3.5 None
1 and kw k
KeyError 'name'
ValueError Invalid placeholder in string: line 1, col 5
ValueError Invalid placeholder in string: line 2, col 7
ValueError Invalid placeholder in string: line 1, col 1
Ann is % 3 True Template

"""#)
    }

    func testTemplateMissingKeyUncaught() {
        assertPythonRaises(#"""
from string import Template
Template("$a $b").substitute(a=1)
"""#, "KeyError", message: #"""
'b'
"""#)
    }

    func testTextwrapWrapFill() {
        assertPython(#"""
import textwrap
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
for line in textwrap.wrap(text, width=30):
    print(f"|{line:<30}|")
print(textwrap.fill("short", width=10))
print(textwrap.wrap("", 10), textwrap.wrap("supercalifragilistic", 8), textwrap.wrap("   ", 5))
print(textwrap.fill("one two three four five six", width=12, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("Hello world! This is a well-known test of self-contained, state-of-the-art hyphenation -- with em-dashes--and more.", 14))
print(textwrap.wrap("a-b-c-d e--f g---h i-j-k-l-m-n ab-cd-ef-gh 12-34 x1-y2 foo-bar-baz-qux", 9))
print(textwrap.wrap("Tabs\there\tand\nnewlines and  spaces.  End. Next? Yes!", 12, fix_sentence_endings=True))
print(textwrap.wrap("Tabs\there", 12, expand_tabs=False, replace_whitespace=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("averyveryverylongword and more", 8, break_long_words=False), textwrap.wrap("well-known-hyphen", 8, break_on_hyphens=False))
print(textwrap.wrap("  keep   spaces  ", 6, drop_whitespace=False))
"""#, prints: #"""
|The quick brown fox jumps over|
|the lazy dog. The quick brown |
|fox jumps over the lazy dog.  |
|The quick brown fox jumps over|
|the lazy dog. The quick brown |
|fox jumps over the lazy dog.  |
short
[] ['supercal', 'ifragili', 'stic'] []
* one two
  three four
  five six
['Hello world!', 'This is a', 'well-known', 'test of self-', 'contained,', 'state-of-the-', 'art', 'hyphenation --', 'with em-dashes', '--and more.']
['a-b-c-d e', '--f g---h', 'i-j-k-l-', 'm-n ab-', 'cd-ef-gh', '12-34', 'x1-y2', 'foo-bar-', 'baz-qux']
['Tabs    here', 'and newlines', 'and  spaces.', 'End.  Next?', 'Yes!']
['Tabs\there'] ['a   b']
['averyveryverylongword', 'and more'] ['well-kno', 'wn-hyphe', 'n']
['  keep', '   ', 'spaces', '  ']

"""#)
    }

    func testTextwrapMaxLinesAndShorten() {
        assertPython(#"""
import textwrap
t = "Hello world, this is a fairly long sentence that will need to be shortened somewhere."
print(textwrap.wrap(t, 20, max_lines=2), textwrap.wrap(t, 20, max_lines=1, placeholder="..."), textwrap.wrap(t, 20, max_lines=3))
print(textwrap.shorten(t, width=40), textwrap.shorten("Hello  world!", width=12), textwrap.shorten(t, 15, placeholder="..."))
print(textwrap.shorten("  a   b  ", 10), repr(textwrap.shorten("", 10)), textwrap.shorten("Compute spend rose by roughly eighteen percent", 30, placeholder=" ..."))
w = textwrap.TextWrapper(width=20, initial_indent="* ")
print(w.wrap("alpha beta gamma delta epsilon zeta eta theta"), w.width)
w.width = 10
print(w.fill("alpha beta gamma delta epsilon"))
"""#, prints: #"""
['Hello world, this is', 'a fairly long [...]'] ['Hello world, this...'] ['Hello world, this is', 'a fairly long', 'sentence that [...]']
Hello world, this is a fairly long [...] Hello world! Hello world,...
a b '' Compute spend rose by ...
['* alpha beta gamma', 'delta epsilon zeta', 'eta theta'] 20
* alpha
beta gamma
delta
epsilon

"""#)
    }

    func testTextwrapDedentIndent() {
        assertPython(#"""
import textwrap
print(repr(textwrap.dedent("\n    def f():\n        return 1\n    ")))
print(repr(textwrap.dedent("  a\n    b\n  c")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent("  a\n\n   \n  b\n")), repr(textwrap.dedent("x\n  y")))
print(repr(textwrap.indent("a\nb\r\nc\n\n  \nd", "+ ")), repr(textwrap.indent("a\n\nb", "> ", lambda l: True)))
print(textwrap.indent("a\nb\n\nc", "> "))
"""#, prints: #"""
'\ndef f():\n    return 1\n'
'a\n  b\nc' '\ta\n  b' 'a\n\n\nb\n' 'x\n  y'
'+ a\n+ b\r\n+ c\n\n  \n+ d' '> a\n> \n> b'
> a
> b

> c

"""#)
    }

    func testTextwrapErrors() {
        assertPython(#"""
import textwrap
cases = [lambda: textwrap.wrap("abc", 0), lambda: textwrap.wrap("abc", 5, max_lines=1, placeholder=" [.........]"),
         lambda: textwrap.wrap("x", foo=1), lambda: textwrap.wrap(5), lambda: textwrap.shorten("x"), lambda: textwrap.dedent(5)]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
"""#, prints: #"""
ValueError invalid width 0 (must be > 0)
ValueError placeholder too large for max width
TypeError TextWrapper.__init__() got an unexpected keyword argument 'foo'
AttributeError 'int' object has no attribute 'expandtabs'
TypeError shorten() missing 1 required positional argument: 'width'
TypeError expected string or bytes-like object, got 'int'

"""#)
    }
}
