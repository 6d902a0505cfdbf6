(function (M) {
  "use strict";
  var G = M.G, C = M.colours, ctx = M.ctx;
  var N = { easy: 14, normal: 18, hard: 22 }[CONFIG.difficulty] || 18;
  var cell = M.canvas.width / N;
  var DIRS = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] };
  var KEYMAP = { ArrowUp: "up", w: "up", ArrowDown: "down", s: "down", ArrowLeft: "left", a: "left", ArrowRight: "right", d: "right" };
  var snake, dir, next, food, waiting;

  function reset() {
    var mid = Math.floor(N / 2);
    snake = [{ x: 4, y: mid }, { x: 3, y: mid }, { x: 2, y: mid }];
    dir = next = "right"; waiting = true; G.score = 0; G.over = false;
    placeFood(); sync();
  }
  function placeFood() {
    do { food = { x: M.rand(N), y: M.rand(N) }; }
    while (snake.some(function (s) { return s.x === food.x && s.y === food.y; }));
  }
  function turn(name) {
    if (!DIRS[name]) return;
    if (G.over) reset();
    var d = DIRS[name], cur = DIRS[dir];
    if (!(d[0] === -cur[0] && d[1] === -cur[1])) next = name;
    waiting = false; G.dir = next;
  }
  function step() {
    if (waiting || G.over) return draw();
    dir = next;
    var head = { x: snake[0].x + DIRS[dir][0], y: snake[0].y + DIRS[dir][1] };
    if (CONFIG.difficulty === "easy") { head.x = (head.x + N) % N; head.y = (head.y + N) % N; }
    var hit = head.x < 0 || head.y < 0 || head.x >= N || head.y >= N ||
      snake.some(function (s) { return s.x === head.x && s.y === head.y; });
    if (hit) { G.over = true; sync(); return draw(); }
    snake.unshift(head);
    if (head.x === food.x && head.y === food.y) { G.score += 1; placeFood(); } else { snake.pop(); }
    sync(); draw();
  }
  function sync() {
    G.head = { x: snake[0].x, y: snake[0].y }; G.length = snake.length; G.dir = next;
    G.food = { x: food.x, y: food.y }; G.running = !waiting && !G.over;
    M.status("Score " + G.score + (G.over ? " · Game over" : ""));
  }
  function draw() {
    M.clear();
    ctx.fillStyle = C.second;
    ctx.beginPath(); ctx.arc((food.x + .5) * cell, (food.y + .5) * cell, cell * .4, 0, 7); ctx.fill();
    snake.forEach(function (s, i) {
      ctx.fillStyle = i === 0 ? C.fg : C.accent;
      ctx.fillRect(s.x * cell + 1, s.y * cell + 1, cell - 2, cell - 2);
    });
    if (waiting) M.text("Press an arrow key or swipe to start");
    if (G.over) M.text("Game over — score " + G.score + ". Swipe to play again");
  }
  M.on("key", function (k) { turn(KEYMAP[k] || KEYMAP[k.toLowerCase()]); });
  M.on("swipe", turn);
  M.on("tap", function (p) {
    var hx = (snake[0].x + .5) * cell, hy = (snake[0].y + .5) * cell;
    if (DIRS[dir][0] !== 0 || waiting) turn(p.y < hy ? "up" : "down");
    else turn(p.x < hx ? "left" : "right");
  });
  [["◀", "left"], ["▲", "up"], ["▼", "down"], ["▶", "right"]].forEach(function (b) {
    M.button(b[0], b[1], function () { turn(b[1]); });
  });
  M.help("Arrow keys or WASD · swipe or tap beside the snake · the buttons below");
  reset(); draw();
  M.every(150, step);
})(window.Muse);
