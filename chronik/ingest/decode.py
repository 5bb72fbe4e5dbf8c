"""Bytes to text: UTF-8 first, then a detector, and a refusal for binary data."""
from __future__ import annotations

from charset_normalizer import from_bytes

from chronik.errors import InputError

# Share of control characters (other than tab/newline/CR/form feed) above
# which a file is binary, not text; real text has practically none.
BINARY_CONTROL_SHARE = 0.01


def decode(data: bytes) -> str:
    """Decode a text file; raises InputError with a one-line reason."""
    if not data.strip():
        raise InputError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise InputError("the file looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError("cannot tell the text encoding; save the file as UTF-8") from None
        text = str(best)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > BINARY_CONTROL_SHARE * len(text):
        raise InputError("the file looks binary (control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
