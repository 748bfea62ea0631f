"""Arabic text folding shared by the lexicon and romanizer scripts (Python 3 stdlib only).

normalize_key() mirrors khulasa::normalize_for_matching() with its default options
(core/src/normalize.cpp); tests/unit/lexicon_test.cpp checks that every shipped key is a fixed point
of the C++ function, so a drift between the two shows up as a failing test.
romanizer_form() mirrors the folding that core/src/romanize.cpp applies before romanizing a word.
"""

import re
import unicodedata

_TASHKEEL = re.compile("[\u064b-\u065f\u0670]")
_TATWEEL = "\u0640"
# Default-ignorable format characters removed by case folding in normalize.cpp.
_INVISIBLE = re.compile("[\ufeff\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\u00ad]")
_ALEFS = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627",
                        "\u0671": "\u0627", "\u0672": "\u0627", "\u0673": "\u0627"})
_YAA = str.maketrans({"\u0649": "\u064a", "\u06cc": "\u064a", "\u06a9": "\u0643"})
_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                         **{chr(0x06F0 + i): str(i) for i in range(10)}})
_SPACES = re.compile(r"\s+")


def _simple_case_fold(text):
    # ICU's u_foldCase() works per code point (simple folding): keep characters whose full
    # folding would change the length, as the C++ side does.
    out = []
    for ch in text:
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
    return "".join(out)


def normalize_key(text):
    """The matching form of `text`, words joined by one space."""
    text = unicodedata.normalize("NFKC", text)
    text = _TASHKEEL.sub("", text).replace(_TATWEEL, "")
    text = _INVISIBLE.sub("", text)
    text = text.translate(_ALEFS).translate(_YAA).replace("\u0629", "\u0647").translate(_DIGITS)
    text = _simple_case_fold(text)
    return _SPACES.sub(" ", text).strip()


def romanizer_form(word):
    """A word as the romanizer reads it: NFKC, no tashkeel or tatweel, hamza and taa marbuta kept,
    Persian yeh/keheh folded to Arabic yaa/kaf (alef maqsura is kept: it reads as a final a)."""
    word = unicodedata.normalize("NFKC", word)
    word = _TASHKEEL.sub("", word).replace(_TATWEEL, "")
    word = _INVISIBLE.sub("", word)
    return word.replace("\u06cc", "\u064a").replace("\u06a9", "\u0643")


def is_arabic_letters(word):
    return bool(word) and all("\u0621" <= ch <= "\u064a" or ch in "\u067e\u0686\u06af\u06a4\u0698\u06a8"
                              for ch in word)
