"""Statements: who said what, in what role, through which channel, with what stance.

Found by rules over the clean text, no parse needed:

- **direct quotes**: straight and curly quote marks, a quote split around its cue ("X," he
  said, "Y"), several sentences in one quote, and a quote continued in the next paragraph;
  attributed by the cue after the quote ("...," Basem al-Awadi, spokesperson for the Iraqi
  government, said) or before it (Patel said: "..."). A quote with no speaker near is a scare
  quote, not a statement.
- **indirect speech**: "SPEAKER said (that) ...", "..., SPEAKER said.", "according to SPEAKER",
  "..., saying (that) ..." (the sentence's subject speaks);
- **written statements**: "a government statement said", "wrote on X".

Speakers keep the name as written (hyphens and particles: "Basem al-Awadi"); "he", "she",
"the statement", "the spokesman" are resolved to the last compatible named speaker. Role and
organisation come from an apposition (", military spokesperson to Iraqi Prime Minister ...,")
or the title before the name ("Pentagon Deputy Press Secretary Sabrina Singh"). Anonymous
sources ("two US defense officials", "sources") stay anonymous.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from eventwire.extract.sentences import sentence_spans
from eventwire.geo.names import name_key
from eventwire.records import EventMention, Evidence, Statement

EXTRACTOR = "statements.rules.v1"

_CUE = (
    r"(?:said|says|say|told|tells|added|adds|stated|states|announced|announces|confirmed|confirms|"
    r"denied|denies|warned|warns|claimed|claims|wrote|writes|tweeted|explained|explains|noted|"
    r"notes|argued|argues|insisted|insists|stressed|stresses|declared|declares|reported|reports|"
    r"asserted|acknowledged|acknowledges|urged|urges|replied|responded|continued|concluded|"
    r"has said|have said|had said|has learned|told reporters|said in a statement|asked|asks|"
    r"chanted|chanting|shouted|sang|sings|posted|recalled|recalls|joked|quipped|"
    r"complained|predicted|promised|vowed|admitted|conceded|observed|remarked|suggested|"
    r"answered|boasted)"
)
_TITLE_WORD = (
    r"deputy|assistant|press|spokes(?:man|woman|person)|secretary|minister|advis[eo]r|official|"
    r"chief|commander|director|ambassador|envoy|general|senior|military|foreign|defen[cs]e|"
    r"national|security|lawyer|attorney|aide|strategist|candidate|nominee|chairman|chairwoman|"
    r"executive|writer|reporter|host|anchor|analyst|president|governor|senator|leader|manager|"
    r"professor|researcher|founder|director"
)
_NAME_WORD = (
    rf"(?:[A-Z][\w'’.-]*|al-[\w'’-]+|el-[\w'’-]+|bin|de|van|von|of|the|for|and|to|{_TITLE_WORD})"
)
# A name never runs across a line break; a party-and-state tag may follow it: "(D-N.Y.)".
_NAMED = rf"(?:[A-Z][\w'’.-]*(?:[ \t]+{_NAME_WORD}){{0,9}}(?:[ \t]*\([A-Z][\w.-]{{0,12}}\))?)"
_PRON = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)"
_NOMINAL = (
    r"(?:(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Oo]ther|[Ss]enior|[A-Z][\w'’.-]*|"
    r"[a-z]+-(?:backed|aligned)|government|military|defense|defence|local|security|foreign)\s+){0,5}"
    r"(?:officials?|spokes(?:man|woman|person)|statements?|sources?|ministry|government|military|"
    r"police|authorities|witnesses|residents|group|office|department|analysts?|experts?|aides?|"
    r"diplomats?|officers?|release|militia|army|command|commander|mayor|governor|minister|"
    r"president|chief|general|leader|lawmakers?|senator|prosecutors?|investigators?|doctors?|"
    r"medics?|survivors?|families|relatives|neighbou?rs|activists?|monitors?|observers?)"
)
SPEAKER = rf"(?:{_NOMINAL}|{_NAMED}|{_PRON})"
# ", at a later press gaggle,", ", summing up the talks,": how they spoke, not who they are
_CIRCUMSTANCE = re.compile(r"(?:at|in|on|during|after|before|while|when|[a-z]+ing)\b")
_APPOS = r"(?:,\s+(?P<appos>[^,“”\"\n]{2,140}?),)?"

_AFTER_QUOTE = [
    re.compile(
        rf"^[ \t\xa0]*(?P<cue>[―—])[ \t\xa0]*(?P<speaker>{_NAMED})"
    ),  # reactions listed: "...” ― Name"
    re.compile(
        rf"^[ \t]*,?[ \t]*(?P<speaker>{SPEAKER}){_APPOS}\s+(?:also\s+|later\s+)?(?P<cue>{_CUE})\b"
    ),
    re.compile(
        rf"^[ \t]*,?[ \t]*(?P<cue>said|added|says|wrote|continued|asked|recalled)\s+"
        rf"(?P<speaker>(?:the\s+)?{SPEAKER})"
        rf"(?:,[ \t]+(?P<appos>[^,“”\"\n]{{2,140}}?)(?:,|(?=[.!?](?:\s|$))))?"
    ),
    # "...,” IMF chief economist Maury Obstfeld said": titles in lower case before the name
    re.compile(
        rf"^[ \t]*,?[ \t]*(?P<speaker>(?!(?:the|a|an|and|but|as)\b)"
        rf"(?:[\w/.'’-]+[ \t]+){{0,4}}?{_NAMED})"
        rf"[ \t]+(?:also[ \t]+)?(?P<cue>{_CUE})\b"
    ),
]
# The cue right before the quote ("Patel said: “...”", "he added, “...”"); a longer run
# ("told Rudaw that the strikes were a “direct response”") is indirect speech quoting words.
_BEFORE_QUOTE = re.compile(
    rf"(?P<speaker>{SPEAKER}){_APPOS}\s+(?:also\s+)?(?P<cue>{_CUE})\b"
    rf"(?:\s+(?:in a statement|on \w+|to reporters|reporters|him|her|them|us|me|the crowd|"
    rf"the audience))?\s*[,:]?\s*$"
    rf"|(?P<speaker2>{SPEAKER})\s+(?P<cue2>told|asked)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)?"
    rf"\s*[,:]\s*$"
    rf"|(?:^|(?<=\s))(?P<cue3>Said|Says|Added|Asked)\s+(?P<speaker3>{SPEAKER})\s*[,:]\s*$"
)
_LEAD_IN = (
    r"^(?:[^-–—\n]{2,50}\s[-–—]\s+)?"  # a dateline: "ERBIL, Kurdistan Region - "
    r"(?:(?:On|In|Earlier|Later|Meanwhile|But|And|However|For its part)[^,]{0,40},\s+)?"
)
# What someone believes, hopes or fears is attributed to them too, when a "that" clause says it.
_BELIEF = (
    r"(?:believes?|believed|thinks?|thought|expects?|expected|hopes?|hoped|fears?|feared|"
    r"knows?|knew|agrees?|agreed|worries|worried|contends?|contended|maintains?|maintained|"
    r"estimates?|estimated|concluded|found|determined|learned|argued|suggested|insisted)"
)
_INDIRECT_THAT = re.compile(
    rf"{_LEAD_IN}(?P<speaker>{SPEAKER}){_APPOS}(?:\s+(?:on|late|early|last)\s+[A-Z]\w+)?"
    rf"\s+(?:also\s+|later\s+|previously\s+|has\s+|have\s+)?(?P<cue>{_CUE}|{_BELIEF})\b"
    # "told Rudaw that", "told reporters in Washington on Tuesday that", "announced early
    # Wednesday that"; not "says overnight US airstrikes ... that killed"
    rf"(?P<mid>(?:\s+(?:in|on|at|to|during|early|late|last|this|earlier|reporters|"
    rf"[A-Z][\w’'.-]*)\b[^“”\"]{{0,50}}?)?)\s+that\s+(?P<content>\S.+)$"
)
_INDIRECT_LEAD = re.compile(
    rf"{_LEAD_IN}"
    rf"(?P<speaker>{SPEAKER}){_APPOS}(?:\s+(?:on|late|early|last)\s+[A-Z]\w+)?"
    rf"\s+(?:also\s+|later\s+|previously\s+|has\s+)?(?P<cue>{_CUE})\b(?P<mid>[^,“”\"]{{0,70}}?)\s*,?\s+(?:that\s+)?(?P<content>\S.+)$"
)
_INDIRECT_TAIL = re.compile(
    rf"^(?P<content>.+?),[”\"]?\s+(?P<speaker>{SPEAKER}){_APPOS}\s+(?P<cue>{_CUE})\b[^.!?]{{0,60}}[.!?]?$"
)
_ACCORDING_TAIL = re.compile(
    r"^(?P<content>.+?),?\s+(?P<cue>according to)\s+(?P<speaker>[^,.]{2,90})[.!?]?$"
)
_ACCORDING_LEAD = re.compile(
    r"^(?P<cue>According to)\s+(?P<speaker>[^,]{2,90}),\s+(?P<content>.+)$"
)
_SAYING = re.compile(
    r",\s+(?P<cue>saying|adding|claiming|warning|noting|describing|calling)\s+(?:that\s+)?(?P<content>[^.!?]+)"
)

_ROLE_NOUN = (
    r"spokes(?:man|woman|person)|secretary|minister|advis[eo]r|president|chief|commander|official|"
    r"officer|director|ambassador|envoy|general|colonel|senator|governor|mayor|lawmaker|leader|head|"
    r"chairman|chairwoman|chair|analyst|professor|researcher|representative|premier|speaker|"
    r"deputy|manager|member|sheriff|captain|lieutenant|sergeant|detective|attorney|prosecutor|judge"
)
_ROLE_START = re.compile(
    r"(?i)^(?:deputy|assistant|press|foreign|defen[cs]e|interior|national|prime|military|senior|"
    r"chief|vice|special|under|acting|former|executive|top|" + _ROLE_NOUN + r")$"
)
_ORG_END = re.compile(
    r"(?i)^(?:department|ministry|office|command|council|agency|forces|army|"
    r"government|police|pentagon|house|committee|party|coalition)$"
)
# Speakers that point back: "he", "the statement", "the government statement", "the spokesman"
_REFERRING = re.compile(
    rf"{_PRON}|(?i:(?:the\s+)?(?:[\w-]+\s+){{0,3}}statement)|"
    r"(?i:the\s+(?:spokes\w+|official|minister|ministry|group))"
)
_ANONYMOUS = re.compile(
    r"(?i)^(?:(?:two|three|several|some|other|senior|the|a|an)\s+)*(?:[\w.-]+\s+){0,3}"
    r"(?:officials?|sources?|witnesses|residents|aides?|diplomats?)$"
)
_CHANNELS = [
    (
        "social media",
        re.compile(
            r"(?i)\b(?:on X|on Twitter|on Facebook|on Telegram|tweet\w*|"
            r"posted on|wrote on|in a post)\b"
        ),
    ),
    ("statement", re.compile(r"(?i)\bstatements?\b|\bpress release\b|\bcommuniqu")),
    (
        "press briefing",
        re.compile(
            r"(?i)\btold reporters\b|\bpress (?:briefing|conference)\b|"
            r"\bnews conference\b|\bbriefing\b"
        ),
    ),
    (
        "interview",
        re.compile(
            r"(?i)\btold (?:Rudaw|AFP|Reuters|CNN|the BBC|[A-Z][\w’']+(?:’s|'s)?\s+"
            r"[A-Z]\w+)|\bin an interview\b|\btold [A-Z]\w+\b"
        ),
    ),
]
_STANCES = [
    ("claim responsibility", re.compile(r"(?i)\bclaim\w* responsibility|\btook responsibility")),
    ("deny", re.compile(r"(?i)\bden(?:y|ied|ies)\b|\bnot responsible\b|\bno involvement\b")),
    (
        "justify",
        re.compile(
            r"(?i)\bdirect response\b|\bself-defen[cs]e\b|\bno equivalence\b|"
            r"\bdefending its\b|\bright to defend\b"
        ),
    ),
    (
        "condemn",
        re.compile(
            r"(?i)\bcondemn\w*|\bdenounc\w*|\bviolation\b|\baggression\b|"
            r"\bheinous\b|\bcrime\b|\bunacceptable\b|\bcriticiz\w*|\boutrage\w*|"
            r"\bassault on\b|\bis an assault\b"
        ),
    ),
    (
        "threaten",
        re.compile(
            r"(?i)\bwarn\w*|\bwill (?:respond|take|retaliate|strike)|"
            r"\bfurther action\b|\bmore attacks\b|\bthreat\w*"
        ),
    ),
    (
        "justify",
        re.compile(
            r"(?i)\b(?:direct )?response to\b|\bin retaliation\b|\bself-defen[cs]e\b|"
            r"\bdefend\w*|\bto protect\b|\bno equivalence\b|\bnecessary\b"
        ),
    ),
    (
        "confirm casualties",
        re.compile(
            r"(?i)\b(?:confirm\w*|announced)\b[^.]{0,80}\b(?:killed|dead|"
            r"death|deaths|injur\w*|wounded|casualt\w*)"
        ),
    ),
    ("call for action", re.compile(r"(?i)\bcall\w* on\b|\burg\w+|\bdemand\w*|\bcall\w* for\b")),
]


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    content: tuple[int, int]
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    appos: tuple[int, int] | None
    sentence: tuple[int, int]


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation, marks included, read mark by mark: a quote nested in a
    quote (“... what he calls “hell” ...”) stays inside it, a curly opening may close with a
    straight mark, and a quote left open at a paragraph's end continues when the next paragraph
    opens with a quote mark (news style); otherwise an unclosed quote is dropped there."""
    out: list[tuple[int, int]] = []
    start = -1  # where the open quote began, -1 when none is open
    curly = False
    depth = 0
    carry = False  # the next paragraph's opening mark continues the open quote
    for m in re.finditer(r"[“”\"]|\n+", text):
        mark, at = m.group(), m.start()
        if mark.startswith("\n"):
            if start >= 0:
                carry = curly and text.startswith("“", m.end())
                if not carry:
                    start, depth = -1, 0
            continue
        if carry:
            carry = False
            if mark == "“":
                continue  # the continued quote's own opening mark
        closing = at > 0 and not text[at - 1].isspace()
        if start < 0:
            if mark != "”":
                start, curly, depth = at, mark == "“", 1
            continue
        if mark == "“":
            depth += curly
            continue
        if mark == '"' and curly and (not closing or depth > 1):
            continue  # a straight quote nested in a curly one
        depth -= 1 if curly and mark == "”" else depth
        if depth <= 0:
            if len(text[start : at + 1].split()) >= 2:
                out.append((start, at + 1))
            start, depth = -1, 0
    return out


def _title_parts(title: str) -> tuple[str | None, str | None]:
    """ "Pentagon Deputy Press Secretary" -> (role "Deputy Press Secretary", org "Pentagon")."""
    words = title.split()
    if not words:
        return None, None
    start = len(words)
    for i, w in enumerate(words):
        if _ORG_END.match(w):
            start = len(words)  # an organisation word: the role comes after it
            continue
        if _ROLE_START.match(w) and start == len(words):
            start = i
    if start == len(words):
        return None, title if title[0].isupper() else None
    role = " ".join(words[start:])
    org = " ".join(words[:start]) or None
    return role, org


def _role_org(
    text: str, speaker: tuple[int, int], appos: tuple[int, int] | None
) -> tuple[str | None, str | None, str]:
    """The speaker's role and organisation, and the name alone."""
    name = text[speaker[0] : speaker[1]]
    role = org = None
    # "Pentagon Deputy Press Secretary Sabrina Singh": the title before a two-word name
    for n_words in (1, 2):  # "... Secretary Sabrina Singh": a two-word name before a longer one
        m = re.match(
            rf"^(?P<title>(?:[\w’'.-]+\s+){{1,7}})(?P<name>[A-Z][\w’'.-]+"
            rf"(?:\s+(?:al-|el-|bin\s+)?[A-Z][\w’'.-]+){{{n_words}}})$",
            name,
        )
        if m and re.search(rf"(?i)\b(?:{_ROLE_NOUN})\b", m.group("title")):
            role, org = _title_parts(m.group("title").strip())
            name = m.group("name")
            break
    if appos:
        a = text[appos[0] : appos[1]]
        am = re.match(
            rf"(?i)^(?P<role>(?:[\w’'.-]+\s+){{0,5}}?(?:{_ROLE_NOUN})\w*)(?:\s+(?:for|to|of|at|with|in)\s+(?P<org>.+))?$",
            a,
        )
        if am:
            r, o = _title_parts(am.group("role"))
            role = r or am.group("role")
            org = am.group("org") or o or org
    return role, org, name


def _find(text: str) -> list[_Found]:
    found: list[_Found] = []
    sentences = sentence_spans(text)
    quotes = quote_spans(text)

    def sentence_of(pos: int) -> tuple[int, int]:
        return next(((s, e) for s, e in sentences if s <= pos < e), (pos, pos))

    def span(m: re.Match[str], group: str, base: int) -> tuple[int, int] | None:
        if m.groupdict().get(group) is None:
            return None
        return base + m.start(group), base + m.end(group)

    attributed: set[tuple[int, int]] = set()
    for qs, qe in quotes:
        after = text[qe : qe + 160]
        for pattern in _AFTER_QUOTE:
            m = pattern.match(after)
            if m:
                found.append(_Found("direct", (qs, qe), span(m, "speaker", qe), span(m, "cue", qe),
                                    span(m, "appos", qe), sentence_of(qs)))  # fmt: skip
                attributed.add((qs, qe))
                break
        else:
            lo = max(0, qs - 220)
            before = text[lo:qs]
            # the quote's sentence (sentence_spans knows "Mr. " is no sentence end)
            sent_start = max(sentence_of(qs)[0] - lo - 1, before.rfind("\n"), before.rfind("” "))
            window = before[sent_start + 1 :] if sent_start >= 0 else before
            base = qs - len(window)
            m = _BEFORE_QUOTE.search(window)
            if m:
                # "Patel told Rudaw:", "Said Ellis:"
                alt = next((k for k in ("2", "3") if m.group("speaker" + k) is not None), "")
                who = span(m, "speaker" + alt, base)
                cue = span(m, "cue" + alt, base)
                appos = None if alt else span(m, "appos", base)
                found.append(_Found("direct", (qs, qe), who, cue, appos, sentence_of(qs)))
                attributed.add((qs, qe))
    # A quote opening the sentence after an attributed quote, with no speaker of its own, goes
    # on in the same voice: "“...,” she said. “When you call a product a miracle ...”"
    for qs, qe in quotes:
        if (qs, qe) in attributed:
            continue
        prev = [
            f for f in found
            if f.cue and f.content[1] <= qs and f.cue[1] <= qs
            and qs - max(f.content[1], f.cue[1]) <= 40
            and "\n" not in text[max(f.content[1], f.cue[1]) : qs]
            and re.search(r"(?:^|[.!?][”\"]?)\s*$", text[max(0, qs - 3) : qs]) is not None
        ]  # fmt: skip
        if prev:
            # One quotation split around its cue: one statement from the first mark to the last.
            f = max(prev, key=lambda x: x.content[1])
            found[found.index(f)] = replace(f, content=(f.content[0], qe))
            attributed.add((qs, qe))
    for ss, se in sentences:
        sentence = text[ss:se]
        if any(q[0] < se and ss < q[1] for q in attributed):
            continue  # a quote's own sentence (or part of a quote): told above
        for pattern in (_ACCORDING_LEAD, _ACCORDING_TAIL, _INDIRECT_TAIL, _INDIRECT_THAT,
                        _INDIRECT_LEAD):  # fmt: skip
            m = pattern.match(sentence)
            if m:
                content = span(m, "content", ss)
                assert content is not None
                cs, ce = content
                while ce > cs and text[ce - 1] in ".!? ":
                    ce -= 1
                who, cue, appos = span(m, "speaker", ss), span(m, "cue", ss), span(m, "appos", ss)
                found.append(_Found("indirect", (cs, ce), who, cue, appos, (ss, se)))
                break
        else:
            m2 = _SAYING.search(sentence)
            subj = re.match(
                rf"^(?:[^,]{{0,40}},\s+)?(?P<speaker>{SPEAKER})\s+(?:also\s+)?"
                r"(?:condemned|criticized|criticised|denounced|welcomed|rejected|accused|blamed|"
                r"praised|defended|warned|urged|said|announced|issued|released)\b",
                sentence,
            )
            if m2 and subj:
                content_at = (ss + m2.start("content"), ss + m2.end("content"))
                who_at = (ss + subj.start("speaker"), ss + subj.end("speaker"))
                cue_at = (ss + m2.start("cue"), ss + m2.end("cue"))
                found.append(_Found("indirect", content_at, who_at, cue_at, None, (ss, se)))
    return _shape(text, sorted(found, key=lambda f: f.content[0]))


def _shape(text: str, found: list[_Found]) -> list[_Found]:
    """Direct quotes as attributions: two quotes of one speaker with only the cue between them
    ("“If ...,” Robinson said, “why ...?”") are one; a quote that a sentence takes up partway
    (Biden “has a lot of roles to play,” said Doyle) is indirect speech quoting words, and its
    content is the sentence up to the quote's end."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and f.kind == prev.kind == "direct"
            and f.speaker is not None
            and f.speaker == prev.speaker
            and 0 <= f.content[0] - prev.content[1] <= 80
            and "\n" not in text[prev.content[1] : f.content[0]]
        ):
            out[-1] = replace(prev, content=(prev.content[0], f.content[1]))
            continue
        out.append(f)
    for i, f in enumerate(out):
        if f.kind != "direct":
            continue
        start = f.sentence[0]
        lead = text[start : f.content[0]]
        if lead.strip() and not lead.rstrip().endswith(":") and not _QUOTE_MARK.search(lead):
            start += len(lead) - len(lead.lstrip())
            out[i] = replace(f, kind="indirect", content=(start, f.content[1]))
    return out


_QUOTE_MARK = re.compile(r"[“”\"]")


def _stance(text: str) -> str:
    for name, pattern in _STANCES:
        if pattern.search(text):
            return name
    return "report"


def _channel(sentence: str) -> str | None:
    for name, pattern in _CHANNELS:
        if pattern.search(sentence):
            return name
    return None


def find_statements(text: str, incidents: Sequence[EventMention] = ()) -> list[Statement]:
    """The statements of ``text`` in reading order, with speakers resolved and each linked to
    the article's incident it is about, when it is about one."""
    out: list[Statement] = []
    seen: set[str] = set()
    named: list[Statement] = []  # named speakers so far, latest last
    for f in _find(text):
        content_text = text[f.content[0] : f.content[1]]
        key = re.sub(r"\W+", " ", content_text).strip().lower()
        if key in seen:
            continue  # the page repeats its body: one statement
        seen.add(key)
        parts = [f.content, *(x for x in (f.speaker, f.cue) if x)]
        lo, hi = min(p[0] for p in parts), max(p[1] for p in parts)
        sentence = text[min(lo, f.sentence[0]) : max(hi, f.sentence[1])]
        # the channel is told around the cue: "..., said in a statement", "wrote on X"
        cue_side = re.split(r"[.!?]\s", text[f.cue[0] : f.cue[1] + 60])[0] if f.cue else ""
        channel = _channel(cue_side) or _channel(sentence)
        why: list[str] = []
        role = org = name = None
        anonymous = False
        source = f.speaker
        if (
            f.speaker
            and f.appos
            and f.appos[0] >= f.speaker[1]
            and not _CIRCUMSTANCE.match(text, f.appos[0])
        ):
            source = (f.speaker[0], f.appos[1])  # "Flynn, a top Trump surrogate"
        if f.speaker:
            role, org, name = _role_org(text, f.speaker, f.appos)
            bare = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", name)
            if _REFERRING.fullmatch(name):
                prior = _resolve(name, named, channel)
                if prior is not None:
                    why.append(f"'{name}' resolved to {prior.speaker_name}")
                    name, role, org = (
                        prior.speaker_name,
                        role or prior.speaker_role,
                        org or prior.speaker_org,
                    )
                elif not re.fullmatch(_PRON, name):
                    name = bare  # "the ministry", no ministry named before
            elif _ANONYMOUS.match(name) or "anonymity" in sentence:
                anonymous = True
            elif " " not in name and named:
                # "Patel said": the surname of a speaker named in full before
                full = next((p for p in reversed(named) if p.speaker_name
                             and name_key(p.speaker_name.split()[-1]) == name_key(name)),
                            None)  # fmt: skip
                if full is not None and full.speaker_name != name:
                    why.append(f"'{name}' is {full.speaker_name}, named before")
                    name, role, org = (
                        full.speaker_name,
                        role or full.speaker_role,
                        org or full.speaker_org,
                    )
            else:
                name = bare
                # "the latest tally from the Pentagon": the Pentagon speaks
                name = re.sub(r"(?i)^(?:the\s+)?(?:latest\s+)?(?:tally|figures?|count|report|data)"
                              r"\s+(?:from|of|by)\s+(?:the\s+)?", "", name)  # fmt: skip
        cue_text = text[f.cue[0] : f.cue[1]] if f.cue else ""
        kind = f.kind
        if (channel in ("statement", "social media") and kind == "indirect") or re.match(
            r"(?i)wrote|tweeted", cue_text
        ):
            kind = "statement"
        stance = _stance(f"{cue_text} {content_text}")
        s = Statement(
            n=len(out) + 1, kind=kind,
            content=Evidence(f.content[0], f.content[1], content_text, EXTRACTOR),
            speaker=_evidence(text, source),
            speaker_name=name, speaker_role=role, speaker_org=org,
            cue=_evidence(text, f.cue),
            channel=channel, stance=stance, incident_n=_incident(f, text, incidents),
            anonymous=anonymous, reasoning=tuple(why),
        )  # fmt: skip
        if s.incident_n is None and name:
            # A speaker goes on about what they were speaking of: the same incident.
            before = next(
                (p for p in reversed(out) if p.speaker_name == name and p.incident_n), None
            )
            if before is not None:
                s = replace(s, incident_n=before.incident_n)
        out.append(s)
        if name and not anonymous and name[:1].isupper():
            named.append(s)
    return out


def _evidence(text: str, at: tuple[int, int] | None) -> Evidence | None:
    return None if at is None else Evidence(at[0], at[1], text[at[0] : at[1]], EXTRACTOR)


def _resolve(word: str, named: list[Statement], channel: str | None) -> Statement | None:
    w = word.lower()
    for prior in reversed(named):
        if "statement" in w and prior.channel == "statement":
            return prior
        if "spokes" in w and prior.speaker_role and "spokes" in prior.speaker_role.lower():
            return prior
        if w in ("he", "she") and prior.speaker_name and len(prior.speaker_name.split()) >= 2:
            return prior
        if w in ("they", "it", "the group", "the ministry") and prior.speaker_org is None:
            return prior
    return named[-1] if named and ("statement" in w or w in ("he", "she")) else None


_ABOUT_VIOLENCE = re.compile(r"(?i)\b(?:strikes?|attacks?|struck|bomb\w*|killed|shooting|raid|"
                             r"operation|aggression|assault|targeting|violence)\b")  # fmt: skip


def _incident(f: _Found, text: str, incidents: Sequence[EventMention]) -> int | None:
    """The incident whose telling shares the statement's sentence; else, for a statement about
    strikes or attacks, the article's main incident."""
    s0, e0 = f.sentence
    for m in incidents:
        if any(ev.start < e0 and s0 < ev.end for ev in m.evidence):
            return m.n
    if incidents and _ABOUT_VIOLENCE.search(text[s0:e0]):
        main = next((m for m in incidents if not m.background), incidents[0])
        return main.n
    return None
