(function (M) {
  "use strict";
  var G = M.G, C = M.colours, ctx = M.ctx, W = M.canvas.width, H = M.canvas.height;
  var COLS = 4, ROWS = { easy: 3, normal: 4, hard: 5 }[CONFIG.difficulty] || 4;
  var CW = W / COLS, CH = H / ROWS;
  var SHAPES = ["circle", "square", "triangle", "diamond", "ring", "plus", "bar", "dot", "cross", "star"];
  var HUES = [C.accent, C.second, C.fg];
  var cards, open, cursor = 0, locked = false;

  function shuffle(a) { for (var i = a.length - 1; i > 0; i--) { var j = M.rand(i + 1), t = a[i]; a[i] = a[j]; a[j] = t; } return a; }
  function reset() {
    var pairs = COLS * ROWS / 2, deck = [];
    for (var p = 0; p < pairs; p++) deck.push(p, p);
    cards = shuffle(deck).map(function (v) { return { v: v, up: false, done: false }; });
    open = []; G.moves = 0; G.matched = 0; G.score = 0; G.over = false; G.pairs = pairs; sync(); draw();
  }
  function sync() {
    G.flipped = cards.filter(function (c) { return c.up && !c.done; }).length;
    M.status("Pairs " + G.matched + "/" + G.pairs + " · Moves " + G.moves + (G.over ? " · Well done!" : ""));
  }
  function flip(i) {
    if (G.over) return reset();
    var c = cards[i];
    if (locked || !c || c.up) return;
    c.up = true; open.push(i); cursor = i;
    if (open.length === 2) {
      G.moves += 1;
      var a = cards[open[0]], b = cards[open[1]];
      if (a.v === b.v) {
        a.done = b.done = true; open = []; G.matched += 1; G.score += 10;
        if (G.matched === G.pairs) G.over = true;
      } else {
        locked = true;
        setTimeout(function () { a.up = b.up = false; open = []; locked = false; sync(); draw(); }, 800 / CONFIG.speed);
      }
    }
    sync(); draw();
  }
  function shape(v, x, y, r) {
    ctx.fillStyle = ctx.strokeStyle = HUES[v % HUES.length]; ctx.lineWidth = 6;
    var s = SHAPES[v % SHAPES.length];
    ctx.beginPath();
    if (s === "circle" || s === "dot") { ctx.arc(x, y, s === "dot" ? r / 2 : r, 0, 7); ctx.fill(); }
    else if (s === "square") ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
    else if (s === "triangle") { ctx.moveTo(x, y - r); ctx.lineTo(x + r, y + r); ctx.lineTo(x - r, y + r); ctx.fill(); }
    else if (s === "diamond") { ctx.moveTo(x, y - r); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r); ctx.lineTo(x - r, y); ctx.fill(); }
    else if (s === "ring") { ctx.arc(x, y, r, 0, 7); ctx.stroke(); }
    else if (s === "plus") { ctx.fillRect(x - r, y - 5, 2 * r, 10); ctx.fillRect(x - 5, y - r, 10, 2 * r); }
    else if (s === "bar") ctx.fillRect(x - r, y - r / 3, 2 * r, 2 * r / 3);
    else if (s === "cross") { ctx.moveTo(x - r, y - r); ctx.lineTo(x + r, y + r); ctx.moveTo(x + r, y - r); ctx.lineTo(x - r, y + r); ctx.stroke(); }
    else { for (var k = 0; k < 10; k++) { var a = k * Math.PI / 5 - Math.PI / 2, rr = k % 2 ? r / 2 : r; ctx.lineTo(x + rr * Math.cos(a), y + rr * Math.sin(a)); } ctx.fill(); }
    ctx.font = "bold 14px system-ui, sans-serif"; ctx.textAlign = "center";
    ctx.fillText(String(v + 1), x, y + r + 18 > y + CH / 2 ? y + r + 2 : y + r + 18);
  }
  function draw() {
    M.clear();
    cards.forEach(function (c, i) {
      var x = (i % COLS) * CW, y = Math.floor(i / COLS) * CH;
      ctx.fillStyle = c.up ? C.board : C.accent;
      ctx.globalAlpha = c.done ? .45 : 1;
      ctx.fillRect(x + 5, y + 5, CW - 10, CH - 10);
      if (c.up) { ctx.strokeStyle = C.muted; ctx.lineWidth = 2; ctx.strokeRect(x + 5, y + 5, CW - 10, CH - 10); shape(c.v, x + CW / 2, y + CH / 2 - 6, Math.min(CW, CH) * .24); }
      ctx.globalAlpha = 1;
      if (i === cursor) { ctx.strokeStyle = C.fg; ctx.lineWidth = 3; ctx.strokeRect(x + 2, y + 2, CW - 4, CH - 4); }
    });
    if (G.over) M.text("All pairs in " + G.moves + " moves — tap to play again");
  }
  var MOVE = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -COLS, ArrowDown: COLS };
  M.on("key", function (k) {
    if (MOVE[k]) { cursor = Math.max(0, Math.min(cards.length - 1, cursor + MOVE[k])); draw(); }
    else if (k === " " || k === "Enter") flip(cursor);
  });
  M.on("tap", function (p) { flip(Math.floor(p.y / CH) * COLS + Math.floor(p.x / CW)); });
  M.button("New game", "new game", reset);
  M.help("Tap two cards to find a pair, or use the arrow keys and Enter.");
  reset();
})(window.Muse);
