"""Canned answers: the answers as data, and the search the panel runs on every keystroke.

An answer exists in several languages: the translations of one answer share a `group_key` (and
its shortcut, topic and tags). The panel lists groups, each shown in the best language for the
call (the caller's, then the agent's, then any), and switches a group between its translations.

Search is fuzzy, as you type, over titles, tags, shortcuts and bodies of every translation, and
must stay well under a frame per keystroke with tens of thousands of answers. So nothing scans
the answers at query time:

- every word of every answer is folded (case, accents, Arabic vowel marks) and indexed: a sorted
  vocabulary, and for each word the set of groups using it in a heading (title, tags, shortcut)
  and in a body, as bitsets (Python ints: a union or an intersection of thousands of groups is
  one C loop);
- a query word matches the vocabulary words it is a prefix of (the word being typed is a
  prefix), and, from four letters on, words whose prefix is within one edit of it (two from seven
  letters; rapidfuzz's optimal-string-alignment distance, so a swapped pair of letters is one
  edit), computed once per word and kept for the next keystrokes;
- groups are ranked in tiers: every word found in a heading, then in a heading allowing typos,
  then in a body, then in a body allowing typos, then groups matching only some of the words;
  inside a tier the groups with a translation in the caller's language come first, then the
  agent's languages, and then by how often the answer was used (the bit order of the sets is the
  usage order, so the best-used groups of a tier are its lowest bits).

Pure Python and rapidfuzz: no Qt, no database.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

SHORTCUT_PATTERN = re.compile(r"^::[a-z0-9][a-z0-9_-]{0,29}$")
_WORD = re.compile(r"\w+")
_WORD_CACHE = 512  # query words whose matches are kept (the words of the last queries)


@functools.cache
def _marks() -> dict[int, None]:
    """Every combining mark (accents, Arabic harakat, the Cyrillic breve...) maps to nothing.
    Built on first use: scanning the code points costs a few tens of milliseconds."""
    return {c: None for c in range(0x0300, 0x20000) if unicodedata.combining(chr(c))}


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a text for matching ("Qualità" -> "qualita")."""
    return unicodedata.normalize("NFKD", text.casefold()).translate(_marks())


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


@dataclass(frozen=True)
class CannedAnswer:
    id: int
    group_key: str
    language: str
    title: str
    body: str
    topic_code: str | None = None
    shortcut: str = ""  # "::pin", or "" for none
    tags: tuple[str, ...] = ()
    version: int = 1
    use_count: int = 0
    retired: bool = False

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> CannedAnswer:
        tags = row.get("tags") or ()
        return cls(
            id=int(row["id"]),
            group_key=str(row["group_key"]),
            language=str(row["language"]),
            title=str(row.get("title") or ""),
            body=str(row.get("body") or ""),
            topic_code=row.get("topic_code"),
            shortcut=str(row.get("shortcut") or ""),
            tags=tuple(str(t) for t in tags) if isinstance(tags, list | tuple) else (),
            version=int(row.get("version") or 1),
            use_count=int(row.get("use_count") or 0),
            retired=bool(row.get("retired")),
        )


@dataclass(frozen=True)
class CannedGroup:
    """One answer and its translations."""

    key: str
    translations: Mapping[str, CannedAnswer]  # language -> answer
    shortcut: str
    topic_code: str | None
    use_count: int  # over all translations

    def in_language(self, preferred: Sequence[str]) -> CannedAnswer:
        """The translation in the first preferred language it has, else the first by code."""
        for language in preferred:
            answer = self.translations.get(language)
            if answer is not None:
                return answer
        return self.translations[min(self.translations)]

    def languages(self, preferred: Sequence[str] = ()) -> list[str]:
        """Its languages: the preferred ones first, in their order, then the others by code."""
        first = [lang for lang in dict.fromkeys(preferred) if lang in self.translations]
        return first + sorted(set(self.translations) - set(first))


@dataclass(frozen=True)
class CannedHit:
    group: CannedGroup
    answer: CannedAnswer  # the translation to show
    tier: int  # 0 = the best kind of match (see the module's docstring)


@dataclass
class _WordMatch:
    head: int = 0  # groups with a heading word this query word is a prefix of
    head_fuzzy: int = 0  # ... or a heading word within the allowed edits
    body: int = 0
    body_fuzzy: int = 0

    @property
    def any(self) -> int:
        return self.head | self.head_fuzzy | self.body | self.body_fuzzy


@dataclass
class _Vocabulary:
    head: dict[str, int] = field(default_factory=dict)  # word -> bitset of groups
    body: dict[str, int] = field(default_factory=dict)
    sorted_words: list[str] = field(default_factory=list)
    prefixes: dict[int, list[str]] = field(default_factory=dict)  # length -> distinct prefixes


def max_edits(word: str) -> int:
    """How many typos a query word may carry and still match."""
    if len(word) < 4:
        return 0
    return 1 if len(word) < 7 else 2


class CannedIndex:
    """The searchable set of live (not retired) answers. Build it off the UI thread for large
    sets (about a second for 20,000 answers); `search` is what runs per keystroke."""

    def __init__(self, answers: Iterable[CannedAnswer], preferred: Sequence[str] = ()) -> None:
        by_group: dict[str, dict[str, CannedAnswer]] = {}
        for answer in answers:
            if not answer.retired:
                by_group.setdefault(answer.group_key, {})[answer.language] = answer
        groups = []
        for key, translations in by_group.items():
            some = translations[min(translations)]
            groups.append(
                CannedGroup(
                    key=key,
                    translations=translations,
                    shortcut=next((a.shortcut for a in translations.values() if a.shortcut), ""),
                    topic_code=some.topic_code,
                    use_count=sum(a.use_count for a in translations.values()),
                )
            )
        # Bit i is the i-th most used group: a tier's lowest bits are its most used answers.
        groups.sort(key=lambda g: (-g.use_count, g.in_language(preferred).title.casefold(), g.key))
        self.groups: list[CannedGroup] = groups
        self._position = {g.key: i for i, g in enumerate(groups)}
        self._all = (1 << len(groups)) - 1
        self._shortcuts = {g.shortcut.casefold(): i for i, g in enumerate(groups) if g.shortcut}
        self._by_language: dict[str, int] = {}
        self._by_topic: dict[str, int] = {}
        vocabulary = _Vocabulary()
        for i, group in enumerate(groups):
            bit = 1 << i
            if group.topic_code:
                self._by_topic[group.topic_code] = self._by_topic.get(group.topic_code, 0) | bit
            for language in group.translations:
                self._by_language[language] = self._by_language.get(language, 0) | bit
            head: set[str] = set(words(group.shortcut))
            body: set[str] = set()
            for answer in group.translations.values():
                head.update(words(answer.title))
                for tag in answer.tags:
                    head.update(words(tag))
                body.update(words(answer.body))
            for word in head:
                vocabulary.head[word] = vocabulary.head.get(word, 0) | bit
            for word in body - head:
                vocabulary.body[word] = vocabulary.body.get(word, 0) | bit
        vocabulary.sorted_words = sorted(vocabulary.head.keys() | vocabulary.body.keys())
        self._vocabulary = vocabulary
        self._matches: OrderedDict[str, _WordMatch] = OrderedDict()
        self.preferred: tuple[str, ...] = ()
        self._language_tiers: list[int] = [self._all]
        self.set_languages(preferred)

    def __len__(self) -> int:
        return len(self.groups)

    # -- lookups -------------------------------------------------------------------------------

    def group(self, key: str) -> CannedGroup | None:
        position = self._position.get(key)
        return None if position is None else self.groups[position]

    def by_shortcut(self, shortcut: str) -> CannedGroup | None:
        position = self._shortcuts.get(shortcut.casefold())
        return None if position is None else self.groups[position]

    def shortcut_owner(self, shortcut: str) -> str | None:
        """The group key using this shortcut, if any (shortcuts are unique)."""
        group = self.by_shortcut(shortcut)
        return None if group is None else group.key

    def set_languages(self, preferred: Sequence[str]) -> None:
        """The call's languages, best first (the caller's, then the agent's)."""
        self.preferred = tuple(dict.fromkeys(lang for lang in preferred if lang))
        tiers, seen = [], 0
        for language in self.preferred:
            bits = self._by_language.get(language, 0) & ~seen
            if bits:
                tiers.append(bits)
                seen |= bits
        tiers.append(self._all & ~seen)
        self._language_tiers = tiers

    # -- search --------------------------------------------------------------------------------

    def topics(self) -> list[str]:
        """The categories (topic codes) that have answers."""
        return sorted(self._by_topic)

    def search(self, query: str, limit: int = 50, topic: str | None = None) -> list[CannedHit]:
        """The best `limit` groups for what has been typed so far, best first; only the given
        topic's answers if one is given (a typed shortcut is found whatever the topic)."""
        text = query.strip()
        if text.startswith("::"):
            return self._shortcut_hits(fold(text), limit)
        within = self._all if topic is None else self._by_topic.get(topic, 0)
        terms = words(text)
        if not terms:
            return self._take([within], limit)
        matched = [self._match(term) for term in terms]
        tiers: list[int] = []
        for pick in (
            lambda m: m.head,
            lambda m: m.head | m.head_fuzzy,
            lambda m: m.head | m.head_fuzzy | m.body,
            lambda m: m.any,
        ):
            bits = within
            for m in matched:
                bits &= pick(m)
            tiers.append(bits)
        some = 0
        for m in matched:  # fewer hits than asked for: also the groups matching some words
            some |= m.any
        tiers.append(some & within)
        return self._take(tiers, limit)

    def _shortcut_hits(self, typed: str, limit: int) -> list[CannedHit]:
        exact = self._shortcuts.get(typed)
        bits = 0
        for shortcut, position in self._shortcuts.items():
            if shortcut.startswith(typed) and position != exact:
                bits |= 1 << position
        return self._take([0 if exact is None else 1 << exact, bits], limit)

    def _take(self, tiers: Sequence[int], limit: int) -> list[CannedHit]:
        hits: list[CannedHit] = []
        taken = 0
        for tier_number, tier in enumerate(tiers):
            tier &= ~taken
            for language_tier in self._language_tiers:
                bits = tier & language_tier
                while bits and len(hits) < limit:
                    low = bits & -bits
                    group = self.groups[low.bit_length() - 1]
                    hits.append(CannedHit(group, group.in_language(self.preferred), tier_number))
                    bits ^= low
                if len(hits) >= limit:
                    return hits
            taken |= tier
        return hits

    def _match(self, term: str) -> _WordMatch:
        cached = self._matches.get(term)
        if cached is not None:
            self._matches.move_to_end(term)
            return cached
        vocabulary = self._vocabulary
        match = _WordMatch()
        match.head, match.body = self._prefix_bits(term)
        edits = max_edits(term)
        if edits:
            size = len(term)
            prefixes = vocabulary.prefixes.get(size)
            if prefixes is None:
                prefixes = sorted({w[:size] for w in vocabulary.sorted_words if len(w) >= size})
                vocabulary.prefixes[size] = prefixes
            for prefix, _distance, _index in process.extract(
                term, prefixes, scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                if prefix != term:
                    head, body = self._prefix_bits(prefix)
                    match.head_fuzzy |= head
                    match.body_fuzzy |= body
        self._matches[term] = match
        if len(self._matches) > _WORD_CACHE:
            self._matches.popitem(last=False)
        return match

    def _prefix_bits(self, prefix: str) -> tuple[int, int]:
        vocabulary = self._vocabulary
        ordered = vocabulary.sorted_words
        start = bisect.bisect_left(ordered, prefix)
        end = bisect.bisect_left(ordered, prefix + "\U0010ffff", start)
        head = body = 0
        head_of, body_of = vocabulary.head, vocabulary.body
        for word in ordered[start:end]:
            head |= head_of.get(word, 0)
            body |= body_of.get(word, 0)
        return head, body
