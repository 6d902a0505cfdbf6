(function () {
  "use strict";
  var canvas = document.getElementById("game");
  var ctx = canvas.getContext("2d");
  var G = window.__game = { name: CONFIG.game, score: 0, over: false, keys: 0, taps: 0, swipes: 0 };
  var handlers = { key: [], keyup: [], swipe: [], tap: [], drag: [] };
  var start = null;
  document.getElementById("player").textContent = CONFIG.player ? CONFIG.player + " ·" : "";

  function point(clientX, clientY) {
    var r = canvas.getBoundingClientRect();
    return { x: (clientX - r.left) * canvas.width / r.width, y: (clientY - r.top) * canvas.height / r.height };
  }
  function emit(type, a, b) { handlers[type].forEach(function (fn) { fn(a, b); }); }
  var KEYS = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", " ", "Enter"];
  document.addEventListener("keydown", function (e) {
    if (KEYS.indexOf(e.key) >= 0) e.preventDefault();
    G.keys += 1;
    emit("key", e.key);
  });
  document.addEventListener("keyup", function (e) { emit("keyup", e.key); });
  canvas.addEventListener("touchstart", function (e) {
    e.preventDefault();
    var t = e.changedTouches[0];
    start = { x: t.clientX, y: t.clientY, p: point(t.clientX, t.clientY) };
    emit("drag", start.p, "start");
  }, { passive: false });
  canvas.addEventListener("touchmove", function (e) {
    e.preventDefault();
    var t = e.changedTouches[0];
    emit("drag", point(t.clientX, t.clientY), "move");
  }, { passive: false });
  canvas.addEventListener("touchend", function (e) {
    e.preventDefault();
    if (!start) return;
    var t = e.changedTouches[0], dx = t.clientX - start.x, dy = t.clientY - start.y;
    if (Math.max(Math.abs(dx), Math.abs(dy)) > 24) {
      G.swipes += 1;
      emit("swipe", Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? "right" : "left") : (dy > 0 ? "down" : "up"));
    } else {
      G.taps += 1;
      emit("tap", start.p);
    }
    emit("drag", point(t.clientX, t.clientY), "end");
    start = null;
  }, { passive: false });
  canvas.addEventListener("mousedown", function (e) { emit("tap", point(e.clientX, e.clientY)); });

  window.Muse = {
    canvas: canvas, ctx: ctx, G: G, config: CONFIG, colours: CONFIG.colours,
    on: function (type, fn) { handlers[type].push(fn); },
    status: function (text) { document.getElementById("status").textContent = text; },
    help: function (text) { document.getElementById("help").textContent = text; },
    button: function (label, name, fn) {
      var b = document.createElement("button");
      b.className = "btn"; b.type = "button"; b.textContent = label; b.setAttribute("aria-label", name);
      b.addEventListener("click", function (e) { e.preventDefault(); G.taps += 1; fn(); });
      document.getElementById("controls").appendChild(b);
      return b;
    },
    every: function (ms, fn) { return setInterval(fn, Math.max(8, ms / CONFIG.speed)); },
    rand: function (n) { return Math.floor(Math.random() * n); },
    clear: function () {
      ctx.fillStyle = CONFIG.colours.board;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    },
    text: function (msg, y) {
      ctx.fillStyle = CONFIG.colours.fg;
      var size = 22;
      ctx.textAlign = "center";
      do { ctx.font = "bold " + size + "px system-ui, sans-serif"; size -= 1; }
      while (size > 9 && ctx.measureText(msg).width > canvas.width - 24);
      ctx.fillText(msg, canvas.width / 2, y || canvas.height / 2);
    }
  };
})();
