// The web chat: sends messages (with images), renders the streamed answer, keeps the
// conversation from the server's history, and offers the command registry as you type "/".
import { render } from "./markdown.js";
import { commandMenu } from "./menu.js";

const $ = (id) => document.getElementById(id);
const log = $("log");
const form = $("composer");
const input = $("message");
const fileInput = $("image");
const pending = $("pending");
const sendButton = $("send");
const stopButton = $("stop");
const menu = commandMenu($("message"), $("commands"));
const status = $("status");

let images = [];
let busy = false;

// --- message bubbles -----------------------------------------------------------------

function clearEmpty() {
  $("empty")?.remove();
}

function bubble(role) {
  clearEmpty();
  const row = document.createElement("article");
  row.className = `msg ${role}`;
  row.setAttribute("aria-label", role === "user" ? "You said" : "Muse said");
  if (role === "assistant") {
    const avatar = document.createElement("img");
    avatar.className = "avatar";
    avatar.src = "/static/icon.svg";
    avatar.alt = "";
    row.append(avatar);
  }
  const body = document.createElement("div");
  body.className = "bubble";
  row.append(body);
  log.append(row);
  return body;
}

function setText(body, markdown) {
  let content = body.querySelector(".content");
  if (!content) {
    content = document.createElement("div");
    content.className = "content";
    body.prepend(content);
  }
  content.replaceChildren(render(markdown));
}

function imageStrip(body, urls) {
  const strip = document.createElement("div");
  strip.className = "thumbs";
  for (const url of urls) {
    const img = document.createElement("img");
    img.src = url;
    img.alt = "Image you sent";
    strip.append(img);
  }
  body.append(strip);
}

function note(body, text, className = "note") {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = text;
  body.append(p);
  return p;
}

function typing(body) {
  const dots = document.createElement("div");
  dots.className = "typing";
  dots.setAttribute("aria-label", "Muse is writing");
  dots.append(document.createElement("span"), document.createElement("span"), document.createElement("span"));
  body.append(dots);
  return dots;
}

function attachment(body, data) {
  const box = document.createElement("figure");
  box.className = "attachment";
  if (data.kind === "image" && data.data_url) {
    const img = document.createElement("img");
    img.src = data.data_url;
    img.alt = data.caption || data.filename;
    box.append(img);
  }
  const caption = document.createElement("figcaption");
  if (data.preview_url && /^https?:\/\//.test(data.preview_url)) {
    const a = document.createElement("a");
    a.href = data.preview_url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.textContent = `Open ${data.filename || "preview"}`;
    caption.append(a);
  } else if (data.data_url) {
    const a = document.createElement("a");
    a.href = data.data_url;
    a.download = data.filename || "file";
    a.textContent = `Download ${data.filename || "file"}`;
    caption.append(a);
  } else {
    caption.textContent = data.filename;
  }
  if (data.caption) caption.append(` — ${data.caption}`);
  box.append(caption);
  body.append(box);
}

function scrollDown() {
  log.scrollTop = log.scrollHeight;
}

// --- sending and streaming ---------------------------------------------------------------

function setBusy(value) {
  busy = value;
  stopButton.hidden = !value;
  sendButton.hidden = value;
  status.textContent = value ? "Writing…" : "Your personal assistant";
}

async function* serverEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const name = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? "{}";
      yield { name, data: JSON.parse(data) };
    }
  }
}

function answerView() {
  const body = bubble("assistant");
  const view = { body, text: "", dots: typing(body), progress: null, frame: 0 };
  view.show = () => {
    view.frame = 0;
    view.dots?.remove();
    view.dots = null;
    setText(body, view.text);
    scrollDown();
  };
  view.schedule = () => {
    if (!view.frame) view.frame = requestAnimationFrame(view.show);
  };
  return view;
}

function apply(view, event) {
  const { name, data } = event;
  if (name === "delta") {
    view.text += data.text;
    view.schedule();
  } else if (name === "progress") {
    view.progress ??= note(view.body, "", "progress");
    view.progress.textContent = data.text;
  } else if (name === "attachment") {
    attachment(view.body, data);
    if (data.kind === "html") state().then((d) => d && renderArtifacts(d.artifacts));
  } else if (name === "private") {
    view.text += (view.text ? "\n\n" : "") + data.text;
    view.schedule();
  } else if (name === "final") {
    if (view.frame) cancelAnimationFrame(view.frame);
    view.progress?.remove();
    view.text = data.text;
    view.show();
    if (!data.ok) view.body.classList.add("failed");
    view.body.parentElement.dataset.done = "true";
  }
}

async function send(text, files, { fresh = false } = {}) {
  if (busy || (!text && !files.length)) return;
  if (fresh) log.replaceChildren();
  const mine = bubble("user");
  if (files.length) imageStrip(mine, files.map((f) => URL.createObjectURL(f)));
  if (text) setText(mine, text);
  const body = new FormData();
  body.append("text", text);
  for (const file of files) body.append("image", file, file.name);
  const view = answerView();
  scrollDown();
  setBusy(true);
  try {
    const response = await fetch("/api/messages", { method: "POST", body });
    if (!response.ok) throw new Error(await problem(response));
    for await (const event of serverEvents(response)) apply(view, event);
    if (!view.body.parentElement.dataset.done) throw new Error("The connection was interrupted.");
  } catch (error) {
    view.dots?.remove();
    view.body.classList.add("failed");
    setText(view.body, error.message || "Something went wrong. Please try again.");
  } finally {
    setBusy(false);
    scrollDown();
    input.focus();
  }
}

async function problem(response) {
  if (response.status === 401) return "You're signed out. Reload the page to sign in again.";
  try {
    return (await response.json()).error;
  } catch {
    return "Something went wrong. Please try again.";
  }
}

function submit() {
  const text = input.value.trim();
  const files = images;
  if (busy || (!text && !files.length)) return;
  input.value = "";
  images = [];
  renderPending();
  autosize();
  menu.hide();
  send(text, files);
}

// --- images waiting to be sent ---------------------------------------------------------------

function addImages(fileList) {
  for (const file of fileList) {
    if (file.type.startsWith("image/") && images.length < 4) images.push(file);
  }
  renderPending();
}

function renderPending() {
  pending.replaceChildren();
  images.forEach((file, index) => {
    const chip = document.createElement("div");
    chip.className = "pending";
    const img = document.createElement("img");
    img.src = URL.createObjectURL(file);
    img.alt = "";
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "×";
    remove.setAttribute("aria-label", `Remove image ${file.name}`);
    remove.addEventListener("click", () => {
      images.splice(index, 1);
      renderPending();
    });
    chip.append(img, remove);
    pending.append(chip);
  });
}

// --- wiring --------------------------------------------------------------------------------

function autosize() {
  input.style.height = "auto";
  input.style.height = `${Math.min(input.scrollHeight, 200)}px`;
}

function onKey(event) {
  if (menu.key(event)) {
    event.preventDefault();
  } else if (event.key === "Escape" && busy) {
    stop();
  } else if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submit();
  }
}

// The answer may not have started on the server yet: ask again for a moment.
async function stop() {
  for (let tries = 0; busy && tries < 20; tries += 1) {
    const response = await fetch("/api/stop", { method: "POST" });
    if (response.ok && (await response.json()).stopped) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function renderHistory(items) {
  for (const item of items) {
    const body = bubble(item.role === "user" ? "user" : "assistant");
    if (item.images) note(body, `🖼 ${item.images} image${item.images > 1 ? "s" : ""}`, "note image-note");
    if (item.text) setText(body, item.text);
    body.parentElement.dataset.done = "true";
    if (item.at) body.title = new Date(item.at * 1000).toLocaleString();
  }
  scrollDown();
}

function renderArtifacts(items) {
  const list = $("artifact-list");
  list.replaceChildren(
    ...items.map((item) => {
      const li = document.createElement("li");
      const title = document.createElement(item.url ? "a" : "span");
      title.textContent = item.title;
      if (item.url) {
        title.href = item.url;
        title.target = "_blank";
        title.rel = "noopener noreferrer";
      }
      const meta = document.createElement("small");
      meta.textContent = `${item.kind}${item.version > 1 ? ` · v${item.version}` : ""}`;
      li.append(title, meta);
      return li;
    }),
  );
  $("artifacts").hidden = !items.length;
}

async function state() {
  const response = await fetch("/api/state");
  if (response.status === 401) {
    location.reload();
    return null;
  }
  return response.json();
}

async function load() {
  const data = await state();
  if (!data) return;
  menu.set(data.commands);
  $("logout-form").hidden = data.user !== "signed-in";
  renderHistory(data.history);
  renderHistory(data.notices.map((text) => ({ role: "assistant", text })));
  renderArtifacts(data.artifacts);
  document.body.dataset.ready = "true";
}

form.addEventListener("submit", (e) => {
  e.preventDefault();
  submit();
});
input.addEventListener("keydown", onKey);
input.addEventListener("input", () => {
  autosize();
  menu.show();
});
input.addEventListener("blur", () => setTimeout(menu.hide, 100));
stopButton.addEventListener("click", stop);
$("attach").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  addImages(fileInput.files);
  fileInput.value = "";
  input.focus();
});
input.addEventListener("paste", (e) => addImages(e.clipboardData?.files ?? []));
log.addEventListener("dragover", (e) => e.preventDefault());
log.addEventListener("drop", (e) => {
  e.preventDefault();
  addImages(e.dataTransfer?.files ?? []);
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && busy && document.activeElement !== input) stop();
});
$("new-chat").addEventListener("click", () => send("/new", [], { fresh: true }));
for (const chip of document.querySelectorAll(".chip")) {
  chip.addEventListener("click", () => send(chip.textContent, []));
}
load().then(() => input.focus());
