(function (M) {
  "use strict";
  var G = M.G, C = M.colours, ctx = M.ctx, S = M.canvas.width / 3;
  var LINES = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
  var cursor = 4, thinking = false;
  G.wins = 0; G.losses = 0; G.draws = 0;

  function reset() { G.board = ["", "", "", "", "", "", "", "", ""]; G.winner = ""; G.over = false; draw(); report(); }
  function winner(b) {
    for (var i = 0; i < LINES.length; i++) {
      var l = LINES[i];
      if (b[l[0]] && b[l[0]] === b[l[1]] && b[l[1]] === b[l[2]]) return b[l[0]];
    }
    return b.indexOf("") < 0 ? "draw" : "";
  }
  function free(b) { var f = []; b.forEach(function (v, i) { if (!v) f.push(i); }); return f; }
  function minimax(b, me) {
    var w = winner(b);
    if (w === "O") return { score: 1 };
    if (w === "X") return { score: -1 };
    if (w === "draw") return { score: 0 };
    var best = { score: me === "O" ? -2 : 2, move: -1 };
    free(b).forEach(function (i) {
      b[i] = me;
      var s = minimax(b, me === "O" ? "X" : "O").score;
      b[i] = "";
      if ((me === "O" && s > best.score) || (me === "X" && s < best.score)) best = { score: s, move: i };
    });
    return best;
  }
  function finishing(b, who) {
    return free(b).filter(function (i) { b[i] = who; var w = winner(b) === who; b[i] = ""; return w; })[0];
  }
  function aiMove() {
    var b = G.board, f = free(b);
    if (CONFIG.difficulty === "hard") return minimax(b.slice(), "O").move;
    if (CONFIG.difficulty === "normal") {
      var m = finishing(b, "O");
      if (m === undefined) m = finishing(b, "X");
      if (m === undefined && !b[4]) m = 4;
      if (m !== undefined) return m;
    }
    return f[M.rand(f.length)];
  }
  function settle() {
    var w = winner(G.board);
    if (!w) return false;
    G.winner = w; G.over = true;
    if (w === "X") { G.wins += 1; G.score += 1; } else if (w === "O") G.losses += 1; else G.draws += 1;
    return true;
  }
  function play(i) {
    if (G.over) return reset();
    if (thinking || i < 0 || i > 8 || G.board[i]) return;
    G.board[i] = "X"; cursor = i;
    if (!settle()) {
      thinking = true;
      setTimeout(function () { G.board[aiMove()] = "O"; thinking = false; settle(); draw(); report(); }, 220 / CONFIG.speed);
    }
    draw(); report();
  }
  function report() {
    var msg = G.winner === "X" ? "You win!" : G.winner === "O" ? "Muse wins" : G.winner === "draw" ? "Draw" : "Your move (X)";
    M.status(msg + " · " + G.wins + "–" + G.losses + "–" + G.draws);
  }
  function mark(v, i) {
    var x = (i % 3) * S + S / 2, y = Math.floor(i / 3) * S + S / 2, r = S * .3;
    ctx.lineWidth = 10; ctx.lineCap = "round";
    if (v === "X") {
      ctx.strokeStyle = C.accent; ctx.beginPath();
      ctx.moveTo(x - r, y - r); ctx.lineTo(x + r, y + r); ctx.moveTo(x + r, y - r); ctx.lineTo(x - r, y + r); ctx.stroke();
    } else if (v === "O") {
      ctx.strokeStyle = C.second; ctx.beginPath(); ctx.arc(x, y, r, 0, 7); ctx.stroke();
    }
  }
  function draw() {
    M.clear();
    ctx.strokeStyle = C.muted; ctx.lineWidth = 4;
    for (var k = 1; k < 3; k++) {
      ctx.beginPath(); ctx.moveTo(k * S, 10); ctx.lineTo(k * S, 3 * S - 10); ctx.stroke();
      ctx.beginPath(); ctx.moveTo(10, k * S); ctx.lineTo(3 * S - 10, k * S); ctx.stroke();
    }
    ctx.strokeStyle = C.fg; ctx.lineWidth = 2;
    ctx.strokeRect((cursor % 3) * S + 6, Math.floor(cursor / 3) * S + 6, S - 12, S - 12);
    G.board.forEach(mark);
    if (G.over) M.text((G.winner === "draw" ? "Draw" : G.winner === "X" ? "You win!" : "Muse wins") + " — tap to play again");
  }
  var MOVE = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -3, ArrowDown: 3 };
  M.on("key", function (k) {
    if (MOVE[k]) { cursor = Math.max(0, Math.min(8, cursor + MOVE[k])); draw(); }
    else if (k === " " || k === "Enter") play(cursor);
    else if (/^[1-9]$/.test(k)) play(Number(k) - 1);
  });
  M.on("tap", function (p) { play(Math.floor(p.y / S) * 3 + Math.floor(p.x / S)); });
  M.button("New game", "new game", reset);
  M.help("Tap a square, press 1–9, or use the arrow keys and Enter. You are X.");
  reset();
})(window.Muse);
