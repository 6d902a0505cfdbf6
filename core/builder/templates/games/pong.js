(function (M) {
  "use strict";
  var G = M.G, C = M.colours, ctx = M.ctx, W = M.canvas.width, H = M.canvas.height;
  var PH = { easy: 90, normal: 70, hard: 56 }[CONFIG.difficulty] || 70;
  var AI = { easy: 2.2, normal: 3.6, hard: 5.2 }[CONFIG.difficulty] || 3.6;
  var BALL = 4.2 * CONFIG.speed, PADDLE = 6;
  var held = { up: false, down: false }, target = null, ball;
  G.paddleY = H / 2 - PH / 2; G.aiY = H / 2 - PH / 2; G.aiScore = 0;

  function serve(towards) {
    var angle = (Math.random() - .5) * 1.2;
    ball = { x: W / 2, y: H / 2, vx: towards * BALL * Math.cos(angle), vy: BALL * Math.sin(angle) };
  }
  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }
  function movePlayer() {
    if (held.up) G.paddleY -= PADDLE;
    if (held.down) G.paddleY += PADDLE;
    if (target !== null) {
      var d = target - (G.paddleY + PH / 2);
      G.paddleY += clamp(d, -PADDLE * 1.5, PADDLE * 1.5);
      if (Math.abs(d) < 2) target = null;
    }
    G.paddleY = clamp(G.paddleY, 0, H - PH);
  }
  function bounce(py, x) {
    if (ball.y < py || ball.y > py + PH) return false;
    var off = (ball.y - (py + PH / 2)) / (PH / 2);
    var sp = Math.min(Math.hypot(ball.vx, ball.vy) * 1.04, BALL * 2.2);
    ball.vx = (x < W / 2 ? 1 : -1) * sp * Math.cos(off * .9);
    ball.vy = sp * Math.sin(off * .9);
    return true;
  }
  function step() {
    movePlayer();
    var aiCentre = G.aiY + PH / 2;
    G.aiY = clamp(G.aiY + clamp(ball.y - aiCentre, -AI, AI), 0, H - PH);
    ball.x += ball.vx; ball.y += ball.vy;
    if (ball.y < 6 || ball.y > H - 6) { ball.vy = -ball.vy; ball.y = clamp(ball.y, 6, H - 6); }
    if (ball.vx < 0 && ball.x < 26 && ball.x > 10 && bounce(G.paddleY, ball.x)) ball.x = 26;
    if (ball.vx > 0 && ball.x > W - 26 && ball.x < W - 10 && bounce(G.aiY, ball.x)) ball.x = W - 26;
    if (ball.x < 0) { G.aiScore += 1; serve(1); }
    if (ball.x > W) { G.score += 1; serve(-1); }
    G.ball = { x: ball.x, y: ball.y };
    M.status("You " + G.score + " : " + G.aiScore + " Muse");
    draw();
  }
  function draw() {
    M.clear();
    ctx.fillStyle = C.muted;
    for (var y = 0; y < H; y += 20) ctx.fillRect(W / 2 - 1, y, 2, 10);
    ctx.fillStyle = C.accent; ctx.fillRect(12, G.paddleY, 10, PH);
    ctx.fillStyle = C.second; ctx.fillRect(W - 22, G.aiY, 10, PH);
    ctx.fillStyle = C.fg; ctx.beginPath(); ctx.arc(ball.x, ball.y, 6, 0, 7); ctx.fill();
  }
  var KEY = { ArrowUp: "up", w: "up", ArrowDown: "down", s: "down" };
  M.on("key", function (k) { if (KEY[k]) held[KEY[k]] = true; });
  M.on("keyup", function (k) { if (KEY[k]) held[KEY[k]] = false; });
  M.on("drag", function (p, phase) { if (phase !== "end") target = p.y; });
  M.on("tap", function (p) { target = p.y; });
  M.on("swipe", function (d) { target = d === "up" ? 0 : d === "down" ? H : target; });
  var hold = function (name, on) { return function () { held[name] = on; setTimeout(function () { held[name] = false; }, 250); }; };
  M.button("▲", "up", hold("up", true));
  M.button("▼", "down", hold("down", true));
  M.help("Arrow keys or W/S · drag or tap on the field · first to have fun wins");
  serve(-1); draw();
  setInterval(step, 16);
})(window.Muse);
