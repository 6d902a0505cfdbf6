(function (M) {
  "use strict";
  var G = M.G, C = M.colours, ctx = M.ctx, W = M.canvas.width, H = M.canvas.height;
  var PW = { easy: 110, normal: 84, hard: 64 }[CONFIG.difficulty] || 84;
  var ROWS = { easy: 4, normal: 5, hard: 6 }[CONFIG.difficulty] || 5, COLS = 8;
  var SPEED = 4 * CONFIG.speed, PADDLE = 7, BW = W / COLS, BH = 18;
  var held = { left: false, right: false }, target = null, ball, bricks;
  G.paddleX = W / 2 - PW / 2; G.lives = 3; G.launched = false;

  function build() {
    bricks = [];
    for (var r = 0; r < ROWS; r++) for (var c = 0; c < COLS; c++) bricks.push({ r: r, c: c, alive: true });
    G.bricks = bricks.length;
  }
  function dock() { G.launched = false; ball = { x: G.paddleX + PW / 2, y: H - 40, vx: 0, vy: 0 }; }
  function launch() {
    if (G.over) { G.over = false; G.score = 0; G.lives = 3; build(); dock(); }
    if (G.launched) return;
    G.launched = true; ball.vx = SPEED * .6 * (Math.random() < .5 ? -1 : 1); ball.vy = -SPEED;
  }
  function clamp(v, lo, hi) { return Math.max(lo, Math.min(hi, v)); }
  function movePaddle() {
    if (held.left) G.paddleX -= PADDLE;
    if (held.right) G.paddleX += PADDLE;
    if (target !== null) {
      var d = target - (G.paddleX + PW / 2);
      G.paddleX += clamp(d, -PADDLE * 1.5, PADDLE * 1.5);
      if (Math.abs(d) < 2) target = null;
    }
    G.paddleX = clamp(G.paddleX, 0, W - PW);
  }
  function hitBricks() {
    for (var i = 0; i < bricks.length; i++) {
      var b = bricks[i];
      if (!b.alive) continue;
      var x = b.c * BW, y = 40 + b.r * BH;
      if (ball.x > x && ball.x < x + BW && ball.y > y && ball.y < y + BH) {
        b.alive = false; ball.vy = -ball.vy; G.score += 10; G.bricks -= 1;
        if (G.bricks === 0) { build(); dock(); }
        return;
      }
    }
  }
  function step() {
    movePaddle();
    if (!G.launched) { ball.x = G.paddleX + PW / 2; ball.y = H - 40; }
    else {
      ball.x += ball.vx; ball.y += ball.vy;
      if (ball.x < 6 || ball.x > W - 6) { ball.vx = -ball.vx; ball.x = clamp(ball.x, 6, W - 6); }
      if (ball.y < 6) { ball.vy = Math.abs(ball.vy); }
      var py = H - 28;
      if (ball.vy > 0 && ball.y > py - 6 && ball.y < py + 8 && ball.x > G.paddleX && ball.x < G.paddleX + PW) {
        var off = (ball.x - (G.paddleX + PW / 2)) / (PW / 2);
        ball.vx = SPEED * off * 1.1; ball.vy = -Math.abs(ball.vy);
      }
      hitBricks();
      if (ball.y > H) { G.lives -= 1; if (G.lives <= 0) G.over = true; dock(); }
    }
    G.ball = { x: ball.x, y: ball.y };
    M.status("Score " + G.score + " · Lives " + Math.max(G.lives, 0) + (G.over ? " · Game over" : ""));
    draw();
  }
  function draw() {
    M.clear();
    bricks.forEach(function (b) {
      if (!b.alive) return;
      ctx.fillStyle = b.r % 2 ? C.second : C.accent;
      ctx.fillRect(b.c * BW + 2, 40 + b.r * BH + 2, BW - 4, BH - 4);
    });
    ctx.fillStyle = C.fg; ctx.fillRect(G.paddleX, H - 28, PW, 10);
    ctx.beginPath(); ctx.arc(ball.x, ball.y, 6, 0, 7); ctx.fill();
    if (!G.launched) M.text(G.over ? "Game over — tap or Space to restart" : "Tap or press Space to launch", H - 70);
  }
  var KEY = { ArrowLeft: "left", a: "left", ArrowRight: "right", d: "right" };
  M.on("key", function (k) { if (KEY[k]) held[KEY[k]] = true; if (k === " " || k === "Enter" || k === "ArrowUp") launch(); });
  M.on("keyup", function (k) { if (KEY[k]) held[KEY[k]] = false; });
  M.on("drag", function (p, phase) { if (phase === "move") target = p.x; });
  M.on("tap", function (p) { target = p.x; launch(); });
  M.on("swipe", function (d) { if (d === "left") target = 0; if (d === "right") target = W; if (d === "up") launch(); });
  var hold = function (name) { return function () { held[name] = true; setTimeout(function () { held[name] = false; }, 250); }; };
  M.button("◀", "left", hold("left"));
  M.button("Launch", "launch", launch);
  M.button("▶", "right", hold("right"));
  M.help("Arrow keys or A/D · Space to launch · drag, tap or swipe on touch screens");
  build(); dock(); draw();
  setInterval(step, 16);
})(window.Muse);
