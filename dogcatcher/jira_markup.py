"""Ticket bodies for Jira: our small Markdown subset → ADF (Cloud, REST v3) or wiki markup
(Server/Data Center, REST v2), and back (``from_adf``, ``from_wiki``): a ticket read from
Jira has the lines, headings and bullets Dogcatcher wrote, which matching reads.

The subset is what ``ticketing.render_description`` writes: ``#``/``##`` headings, ``- ``
bullet lists, fenced code blocks, ``---`` rules, paragraphs and inline ``code``. All other
text is text: in ADF it becomes plain text nodes (which Jira never interprets), in wiki
markup every character Jira would act on is escaped, so log text and model prose cannot add
links, mentions, macros or formatting.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

__all__ = ["Block", "fit", "from_adf", "from_wiki", "parse_blocks", "to_adf", "to_wiki"]

# Possessive: with backtracking, a line of a fence and many spaces took quadratic time.
_FENCE = re.compile(r"^(`{3,})\s*+(\w*+)\s*+$")
_INLINE_CODE = re.compile(r"`([^`\n]+)`")


@dataclass(frozen=True)
class Block:
    kind: Literal["heading", "paragraph", "bullets", "code", "rule"]
    lines: tuple[str, ...] = ()
    level: int = 0


def parse_blocks(text: str) -> list[Block]:
    """Split our Markdown subset into blocks."""
    blocks: list[Block] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        fence = _FENCE.match(line)
        if fence:
            end = next(
                (j for j in range(i + 1, len(lines)) if lines[j].strip() == fence.group(1)),
                len(lines),
            )
            blocks.append(Block("code", tuple(lines[i + 1 : end])))
            i = end + 1
        elif line.startswith(("# ", "## ", "### ")):
            level = len(line) - len(line.lstrip("#"))
            blocks.append(Block("heading", (line[level + 1 :].strip(),), level))
            i += 1
        elif line.strip() == "---":
            blocks.append(Block("rule"))
            i += 1
        elif line.startswith("- "):
            items = []
            while i < len(lines) and lines[i].startswith("- "):
                items.append(lines[i][2:])
                i += 1
            blocks.append(Block("bullets", tuple(items)))
        elif not line.strip():
            i += 1
        else:
            para = []
            while (
                i < len(lines)
                and lines[i].strip()
                and not _FENCE.match(lines[i])
                and not lines[i].startswith(("# ", "## ", "### ", "- "))
                and lines[i].strip() != "---"
            ):
                para.append(lines[i])
                i += 1
            blocks.append(Block("paragraph", tuple(para)))
    return blocks


def _spans(text: str) -> Iterator[tuple[str, bool]]:
    """(text, is_code) pieces of a line with inline code spans."""
    position = 0
    for match in _INLINE_CODE.finditer(text):
        if match.start() > position:
            yield text[position : match.start()], False
        yield match.group(1), True
        position = match.end()
    if position < len(text):
        yield text[position:], False


# --- ADF --------------------------------------------------------------------------------


def _adf_inline(lines: tuple[str, ...]) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for n, line in enumerate(lines):
        if n:
            nodes.append({"type": "hardBreak"})
        for piece, code in _spans(line):
            node: dict[str, Any] = {"type": "text", "text": piece}
            if code:
                node["marks"] = [{"type": "code"}]
            nodes.append(node)
    return nodes


def to_adf(text: str) -> dict[str, Any]:
    """An Atlassian Document Format document for REST v3."""
    content: list[dict[str, Any]] = []
    for block in parse_blocks(text):
        if block.kind == "heading":
            content.append(
                {
                    "type": "heading",
                    "attrs": {"level": block.level},
                    "content": _adf_inline(block.lines),
                }
            )
        elif block.kind == "paragraph":
            content.append({"type": "paragraph", "content": _adf_inline(block.lines)})
        elif block.kind == "bullets":
            content.append(
                {
                    "type": "bulletList",
                    "content": [
                        {
                            "type": "listItem",
                            "content": [{"type": "paragraph", "content": _adf_inline((item,))}],
                        }
                        for item in block.lines
                    ],
                }
            )
        elif block.kind == "code":
            code = "\n".join(block.lines)
            content.append(
                {
                    "type": "codeBlock",
                    "attrs": {},
                    "content": [{"type": "text", "text": code}] if code else [],
                }
            )
        else:
            content.append({"type": "rule"})
    return {"type": "doc", "version": 1, "content": content}


# --- wiki markup --------------------------------------------------------------------------

# Characters wiki markup acts on (emphasis, links, macros, tables, mentions, lists, images).
_WIKI_SPECIAL = re.compile(r"([\\{}\[\]|*_+^~?!#\-])")


def _wiki_escape(text: str) -> str:
    return _WIKI_SPECIAL.sub(r"\\\1", text)


def _wiki_inline(line: str) -> str:
    return "".join(
        "{{" + _wiki_escape(piece) + "}}" if code else _wiki_escape(piece)
        for piece, code in _spans(line)
    )


def to_wiki(text: str) -> str:
    """Jira wiki markup for REST v2 (Server/Data Center)."""
    out: list[str] = []
    for block in parse_blocks(text):
        if block.kind == "heading":
            out.append(f"h{block.level}. {_wiki_inline(block.lines[0])}")
        elif block.kind == "paragraph":
            out.append("\\\\\n".join(_wiki_inline(line) for line in block.lines))
        elif block.kind == "bullets":
            out.append("\n".join(f"* {_wiki_inline(item)}" for item in block.lines))
        elif block.kind == "code":
            # {noformat} shows its content as is; only its own closing tag could end it.
            code = "\n".join(block.lines).replace("{noformat}", "{ noformat}")
            out.append("{noformat}\n" + code + "\n{noformat}")
        else:
            out.append("----")
    return "\n\n".join(out)


# --- back to text ---------------------------------------------------------------------------


def _adf_inline_text(node: Any) -> str:
    """The text of an ADF node's inline content: hard breaks as line breaks, code marks as
    inline code, mentions, emoji and links as their text."""
    if isinstance(node, list):
        return "".join(_adf_inline_text(child) for child in node)
    if not isinstance(node, dict):
        return ""
    kind = node.get("type")
    if kind == "text":
        text = node.get("text")
        text = text if isinstance(text, str) else ""
        marks = _nodes(node.get("marks"))
        code = any(isinstance(m, dict) and m.get("type") == "code" for m in marks)
        return f"`{text}`" if code and text else text
    if kind == "hardBreak":
        return "\n"
    attrs = node.get("attrs")
    attrs = attrs if isinstance(attrs, dict) else {}
    if kind in ("mention", "emoji", "status", "date"):
        return str(attrs.get("text") or attrs.get("shortName") or "")
    if kind == "inlineCard":
        return str(attrs.get("url", ""))
    return _adf_inline_text(_nodes(node.get("content")))


def _adf_block(node: Any) -> str:
    if not isinstance(node, dict):
        return ""
    kind = node.get("type")
    content = _nodes(node.get("content"))
    if kind == "paragraph":
        return _adf_inline_text(content)
    if kind == "heading":
        attrs = node.get("attrs")
        level = attrs.get("level") if isinstance(attrs, dict) else None
        level = level if isinstance(level, int) else 2
        return "#" * min(max(level, 1), 3) + " " + _adf_inline_text(content)
    if kind in ("bulletList", "orderedList"):
        items = (
            " ".join(filter(None, (_adf_block(part) for part in _nodes(item.get("content")))))
            for item in content
            if isinstance(item, dict)
        )
        return "\n".join(f"- {item}" for item in items)
    if kind == "codeBlock":
        code = "".join(str(t.get("text", "")) for t in content if isinstance(t, dict))
        return f"```\n{code}\n```"
    if kind == "rule":
        return "---"
    if kind == "text" or kind == "hardBreak":
        return _adf_inline_text(node)
    # Anything else (panels, quotes, tables, expands): its blocks, one after another.
    return "\n\n".join(filter(None, (_adf_block(child) for child in content)))


def _nodes(content: Any) -> list[Any]:
    """A node's ``content``: a list of nodes, or none (the schema's, or what a document
    made by other code may hold instead)."""
    return content if isinstance(content, list) else []


def from_adf(document: Any) -> str:
    """Our Markdown subset from an ADF document: what ``to_adf`` was given, for the
    documents it makes; the text, in blocks, of any other."""
    if isinstance(document, list):
        return "\n\n".join(filter(None, (_adf_block(node) for node in document)))
    return _adf_block(document) if isinstance(document, dict) else ""


_WIKI_UNESCAPE = re.compile(r"\\(.)")
_WIKI_CODE = re.compile(r"\{\{(.+?)\}\}")
_WIKI_HEADING = re.compile(r"^h([1-6])\.\s+")


def _wiki_text(line: str) -> str:
    """A line of wiki text as we wrote it: {{code}} as inline code, escapes undone."""
    parts: list[str] = []
    position = 0
    # No span ends past the last "}}": searched only up to it, as every "{{" after it
    # would scan the rest of the line in vain (quadratic on a line of many "{{").
    for match in _WIKI_CODE.finditer(line, 0, line.rfind("}}") + 2):
        parts.append(_WIKI_UNESCAPE.sub(r"\1", line[position : match.start()]))
        parts.append("`" + _WIKI_UNESCAPE.sub(r"\1", match.group(1)) + "`")
        position = match.end()
    parts.append(_WIKI_UNESCAPE.sub(r"\1", line[position:]))
    return "".join(parts)


def from_wiki(text: str) -> str:
    """Our Markdown subset from wiki markup: what ``to_wiki`` was given, for the markup it
    makes (headings, ``*`` bullets, {noformat} blocks, {{code}}, escapes, forced line
    breaks); other markup stays as its text."""
    out: list[str] = []
    in_code = False
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if line.strip() == "{noformat}":
            in_code = not in_code
            out.append("```")
        elif in_code:
            out.append(line.replace("{ noformat}", "{noformat}"))
        elif heading := _WIKI_HEADING.match(line):
            level = min(int(heading.group(1)), 3)
            out.append("#" * level + " " + _wiki_text(line[heading.end() :]))
        elif line.startswith("* "):
            out.append("- " + _wiki_text(line[2:]))
        elif line.strip() == "----":
            out.append("---")
        else:
            # A paragraph's lines are joined by forced breaks (\\ at a line's end, with
            # more of the paragraph after it); a last line's \\ is an escaped backslash.
            more = n + 1 < len(lines) and lines[n + 1].strip() != ""
            broken = more and line.endswith("\\\\")
            out.append(_wiki_text(line[:-2] if broken else line))
    return "\n".join(out)


# --- size ---------------------------------------------------------------------------------

T = TypeVar("T")
# A cut made this close to the end of a line is moved back to that line's start.
_SNAP = 1000
CUT_NOTICE = "(Cut by Dogcatcher: the rest did not fit in Jira's limit on a text field.)"


def _closed(text: str) -> str:
    """``text`` with a code fence it leaves open closed, so the rest renders as it reads."""
    fence = None
    for line in text.split("\n"):
        if fence is None:
            opened = _FENCE.match(line)
            fence = opened.group(1) if opened else None
        elif line.strip() == fence:
            fence = None
    return text if fence is None else f"{text}\n{fence}"


def fit(
    text: str, tail: str, render: Callable[[str], T], size: Callable[[T], int], limit: int
) -> tuple[str, T]:
    """``text + tail`` and its rendering, when that is at most ``limit`` in ``size``; else
    as much of ``text`` as fits (cut at a line's end when one is near, an open code fence
    closed, and a line saying that the rest was cut), then ``tail`` whole."""
    whole = text + tail
    body = render(whole)
    if size(body) <= limit:
        return whole, body

    def cut(end: int) -> str:
        return f"{_closed(text[:end].rstrip())}\n\n{CUT_NOTICE}{tail}"

    def fits(end: int) -> bool:
        return size(render(cut(end))) <= limit

    # cut(low) fits or nothing does; cut(high) does not, as no rendering is shorter than
    # its text (and a longer text costs each try of a megabyte-long one its rendering).
    low, high = 0, min(len(text), limit)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    line_end = text.rfind("\n", 0, low)
    end = line_end if line_end >= low - _SNAP and line_end > 0 and fits(line_end) else low
    cut_text = cut(end)
    return cut_text, render(cut_text)
