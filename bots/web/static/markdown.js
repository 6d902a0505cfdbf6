// A small, safe markdown renderer: it builds DOM nodes and sets only textContent, so no
// text from a message is ever parsed as HTML. Links are limited to http(s) and mailto.

const SAFE_URL = /^(https?:\/\/|mailto:)/i;
const INLINE = new RegExp(
  [
    "(`+)([\\s\\S]*?[^`])\\1(?!`)", // inline code
    "\\*\\*([\\s\\S]+?)\\*\\*", // bold
    "__([\\s\\S]+?)__", // bold
    "~~([\\s\\S]+?)~~", // strike
    "\\*(?!\\s)([^*]+?)\\*", // italic
    "(?<![\\w])_(?!\\s)([^_]+?)_(?![\\w])", // italic
    "\\[([^\\]]+)\\]\\(([^)\\s]+)\\)", // link
    "(https?:\\/\\/[^\\s<>()]+[^\\s<>().,;:!?'\"])", // bare link
  ].join("|"),
  "g",
);

function el(tag, text) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function link(text, url) {
  if (!SAFE_URL.test(url)) return document.createTextNode(text);
  const a = el("a");
  a.href = url;
  a.rel = "noopener noreferrer nofollow";
  a.target = "_blank";
  a.textContent = text;
  return a;
}

export function inline(parent, text) {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) parent.append(text.slice(last, m.index));
    if (m[1] !== undefined) parent.append(el("code", m[2]));
    else if (m[3] !== undefined || m[4] !== undefined) {
      const strong = el("strong");
      inline(strong, m[3] ?? m[4]);
      parent.append(strong);
    } else if (m[5] !== undefined) {
      const del = el("del");
      inline(del, m[5]);
      parent.append(del);
    } else if (m[6] !== undefined || m[7] !== undefined) {
      const em = el("em");
      inline(em, m[6] ?? m[7]);
      parent.append(em);
    } else if (m[8] !== undefined) parent.append(link(m[8], m[9]));
    else if (m[10] !== undefined) parent.append(link(m[10], m[10]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parent.append(text.slice(last));
}

function codeBlock(lines, lang) {
  const pre = el("pre");
  const code = el("code", lines.join("\n"));
  if (lang) pre.dataset.lang = lang;
  pre.append(code);
  return pre;
}

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;

function list(lines, i, out) {
  const ordered = /\d/.test(LIST_ITEM.exec(lines[i])[2]);
  const node = el(ordered ? "ol" : "ul");
  while (i < lines.length) {
    const m = LIST_ITEM.exec(lines[i]);
    if (!m || /\d/.test(m[2]) !== ordered) break;
    const li = el("li");
    inline(li, m[3]);
    node.append(li);
    i += 1;
    while (i < lines.length && /^\s{2,}\S/.test(lines[i]) && !LIST_ITEM.test(lines[i])) {
      li.append(" ");
      inline(li, lines[i].trim());
      i += 1;
    }
  }
  out.append(node);
  return i;
}

function paragraph(lines, i, out) {
  const p = el("p");
  const start = i;
  while (i < lines.length && lines[i].trim() && !isBlockStart(lines[i])) {
    if (i > start) p.append(el("br"));
    inline(p, lines[i]);
    i += 1;
  }
  out.append(p);
  return i;
}

function isBlockStart(line) {
  return /^(```|~~~|#{1,6}\s|>|\s*([-*+]|\d+[.)])\s|(\*\s*){3,}$|(-\s*){3,}$)/.test(line);
}

export function render(markdown) {
  const out = document.createDocumentFragment();
  const lines = String(markdown).replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const fence = /^(```|~~~)\s*([\w+-]*)/.exec(line);
    if (fence) {
      const body = [];
      i += 1;
      while (i < lines.length && !lines[i].startsWith(fence[1])) body.push(lines[i++]);
      out.append(codeBlock(body, fence[2]));
      i += 1;
    } else if (!line.trim()) {
      i += 1;
    } else if (/^#{1,6}\s/.test(line)) {
      const h = el(`h${line.indexOf(" ")}`);
      inline(h, line.replace(/^#+\s+/, ""));
      out.append(h);
      i += 1;
    } else if (/^((\*\s*){3,}|(-\s*){3,})$/.test(line.trim())) {
      out.append(el("hr"));
      i += 1;
    } else if (line.startsWith(">")) {
      const quoted = [];
      while (i < lines.length && lines[i].startsWith(">")) {
        quoted.push(lines[i++].replace(/^>\s?/, ""));
      }
      const q = el("blockquote");
      q.append(render(quoted.join("\n")));
      out.append(q);
    } else if (LIST_ITEM.test(line)) {
      i = list(lines, i, out);
    } else {
      i = paragraph(lines, i, out);
    }
  }
  return out;
}
