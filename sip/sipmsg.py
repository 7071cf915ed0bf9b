"""Reading the headers of a received SIP message, defensively.

pjsip has already parsed and accepted the message; this reads the header values the app shows
or routes on (From display name, P-Asserted-Identity, Diversion, CTI headers). Everything here
comes from the network: values are length-capped, undecodable bytes are replaced, and control
characters and bidirectional overrides (which can make "Mario" display as something else) are
removed from text meant for people.
"""

from __future__ import annotations

import re
import unicodedata

MAX_HEADERS = 256
MAX_VALUE = 8192  # per header value, as received
MAX_DISPLAY = 256  # characters of a display text shown to people

# RFC 3261 compact header forms.
COMPACT = {
    "f": "From",
    "t": "To",
    "i": "Call-ID",
    "m": "Contact",
    "v": "Via",
    "l": "Content-Length",
    "c": "Content-Type",
    "k": "Supported",
    "s": "Subject",
}
_BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_URI_IN_BRACKETS = re.compile(r"<([^<>]*)>")


def to_text(raw: str | bytes) -> str:
    """Whatever the binding handed us, as a str; invalid UTF-8 becomes U+FFFD, never an error."""
    if isinstance(raw, bytes):
        return raw.decode("utf-8", "replace")
    try:
        raw.encode("utf-8")
        return raw
    except UnicodeEncodeError:  # lone surrogates from a surrogateescape decode
        return raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def headers(message: str) -> list[tuple[str, str]]:
    """(canonical name, value) pairs of the message head, unfolded, in order."""
    head = message.split("\r\n\r\n", 1)[0].split("\n\n", 1)[0]
    lines = head.replace("\r\n", "\n").split("\n")[1:]  # skip the request line
    result: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and result:  # folded continuation (RFC 3261 7.3.1)
            name, value = result[-1]
            result[-1] = (name, f"{value} {line.strip()}".strip()[:MAX_VALUE])
            continue
        name, sep, value = line.partition(":")
        name = name.strip()
        if not sep or not name:
            continue
        name = COMPACT.get(name.lower(), name) if len(name) == 1 else name
        result.append((name, value.strip()[:MAX_VALUE]))
        if len(result) >= MAX_HEADERS:
            break
    return result


def header(all_headers: list[tuple[str, str]], name: str) -> str:
    """The first value of a header, matched case-insensitively; "" when absent."""
    wanted = name.lower()
    return next((value for key, value in all_headers if key.lower() == wanted), "")


def _unquote(text: str) -> str:
    out, escaped = [], False
    for char in text:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out)


def name_addr(value: str) -> tuple[str, str]:
    """(display name, URI) of a From/To/P-Asserted-Identity/Diversion value."""
    value = value.strip()
    if value.startswith('"'):
        end, index = None, 1
        while index < len(value):
            if value[index] == "\\":
                index += 2
                continue
            if value[index] == '"':
                end = index
                break
            index += 1
        if end is None:  # unterminated quote: take what is there
            return display_text(_unquote(value[1:])), ""
        display = _unquote(value[1:end])
        match = _URI_IN_BRACKETS.search(value, end)
        return display_text(display), (match.group(1).strip() if match else "")
    match = _URI_IN_BRACKETS.search(value)
    if match:
        return display_text(value[: match.start()].strip()), match.group(1).strip()
    # addr-spec without brackets: parameters after ';' belong to the header, not the URI
    return "", value.split(";", 1)[0].strip()


def uri_user(uri: str) -> str:
    """The user part of a sip:/sips:/tel: URI ("+390612345678" from sip:+390612345678@pbx)."""
    scheme, sep, rest = uri.partition(":")
    if not sep or scheme.lower() not in ("sip", "sips", "tel"):
        return ""
    if scheme.lower() == "tel":
        return display_text(rest.split(";", 1)[0])
    user = rest.split("@", 1)[0] if "@" in rest else ""
    return display_text(user.split(";", 1)[0])


def display_text(text: str, limit: int = MAX_DISPLAY) -> str:
    """Text fit to show a person: no control or bidi-override characters, length-capped."""
    cleaned = "".join(
        char
        for char in to_text(text).translate(_BIDI_CONTROLS)
        if unicodedata.category(char) not in ("Cc", "Cs") or char == " "
    ).strip()
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return cleaned


def wants_auto_answer(all_headers: list[tuple[str, str]]) -> bool:
    """Call-Info answer-after=0 (RFC 5373-style intercom) or Alert-Info info=alert-autoanswer."""
    for name, value in all_headers:
        lowered = value.lower()
        if name.lower() == "call-info" and re.search(r"answer-after\s*=\s*0\b", lowered):
            return True
        if name.lower() == "alert-info" and (
            "alert-autoanswer" in lowered or "auto answer" in lowered or "intercom" in lowered
        ):
            return True
    return False


# Headers a request carries once (RFC 3261 7.3.1): two of them mean a broken or forged message.
SINGLE_VALUE = ("Call-ID", "CSeq", "From", "To", "Max-Forwards", "Content-Length", "Content-Type")


def malformed(message: str, all_headers: list[tuple[str, str]]) -> str:
    """Why a request must be answered 400 even though pjsip parsed it ("" when it is sound):
    a single-value header given twice (RFC 4475 3.3.8 and 3.3.9), or a Content-Length beyond
    the body received (3.1.2.4: pjsip takes "the rest of the datagram" over UDP)."""
    seen: dict[str, int] = {}
    for name, _ in all_headers:
        key = name.lower()
        seen[key] = seen.get(key, 0) + 1
    for name in SINGLE_VALUE:
        if seen.get(name.lower(), 0) > 1:
            return f"Repeated {name}"
    length = header(all_headers, "Content-Length").strip()
    if length:
        if not length.isdigit():
            return "Bad Content-Length"
        parts = message.split("\r\n\r\n", 1)
        body = parts[1] if len(parts) == 2 else ""
        if int(length) > len(body.encode("utf-8", "surrogateescape")):
            return "Content-Length beyond the body"
    return ""
