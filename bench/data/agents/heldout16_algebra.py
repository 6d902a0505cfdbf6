"""Round 16 (``L_*``, dev now) for ``muse bench agents``, maths part three: equations, systems,
inequalities, functions and word problems that lead to an equation; expression forms shared
with the later algebra modules."""

from __future__ import annotations

import math
import random
from fractions import Fraction as F

from bench.data.agents.heldout16_math import Made, dedupe, eq, family, frac, num, tie, whole
from bench.data.agents.helpers import Family, fmt

Terms = list[tuple[int | F, str]]
NZ = [n for n in range(-9, 10) if n]
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def expr(terms: Terms, star: str = "", power: str = "^", var: str = "x") -> str:
    """[(coefficient, monomial)] as text, e.g. 3x^2 - x + 4; zero terms are left out."""
    parts: list[str] = []
    for c, mono in terms:
        if c == 0:
            continue
        mono = mono.replace("^", power).replace("x", var)
        digits = "" if abs(c) == 1 and mono else str(abs(c))
        body = digits + (star if digits and mono else "") + mono
        if not parts:
            parts.append(("-" if c < 0 else "") + body)
        else:
            parts.append(("- " if c < 0 else "+ ") + body)
    return " ".join(parts) or "0"


def forms(terms: Terms, var: str = "x") -> list[str]:
    """3x^2 - x, 3*x^2 - x, 3*x**2 - x, 3x² - x, each spaced or not."""
    base = [expr(terms, var=var), expr(terms, "*", var=var), expr(terms, "*", "**", var=var)]
    plain = expr(terms, var=var)
    sup = plain
    for k in range(9, 1, -1):
        sup = sup.replace(f"^{k}", str(k).translate(SUP))
    base.append(sup)
    return dedupe(base + [b.replace(" ", "") for b in base])


def roots(name: str, *values: F | int) -> list[list[str]]:
    return [eq(name, frac(F(v))) for v in values]


def lin(k: int, c: int, v: str = "x") -> str:
    return expr([(k, "x"), (c, "")], var=v)


# --- linear equations ---------------------------------------------------------------------

def lin_basic(rng: random.Random) -> Made:  # one-step-ish linear, terse
    a, x, b = rng.randint(2, 15), rng.randint(-20, 40), rng.randint(-30, 30)
    return f"solve {lin(a, b)} = {a * x + b}", roots("x", x)


def lin_please(rng: random.Random) -> Made:  # polite linear with both sides
    a, c, x, b = rng.randint(5, 12), rng.randint(1, 4), rng.randint(-12, 15), rng.randint(-25, 25)
    return (f"Could you please solve {lin(a, b)} = {lin(c, (a - c) * x + b)}? thanks",
            roots("x", x))


def lin_brackets(rng: random.Random) -> Made:  # brackets to expand first
    k, b, x, c = rng.randint(2, 7), rng.randint(-9, 9), rng.randint(-10, 20), rng.randint(-20, 20)
    if not b:
        return None
    return f"{k}({lin(1, b)}) + {c} = {k * (x + b) + c}, find x".replace("+ -", "- "), \
        roots("x", x)


def lin_fraction_root(rng: random.Random) -> Made:  # a root that is a fraction
    a, b, c = rng.randint(2, 11), rng.randint(-20, 20), rng.randint(-30, 30)
    x = F(c - b, a)
    if x.denominator == 1:
        return None
    return f"what value of x makes {lin(a, b)} = {c} true", roots("x", x)


def lin_decimal(rng: random.Random) -> Made:  # decimals in the equation
    a, x, b = F(rng.randint(11, 99), 10), rng.randint(-10, 30), F(rng.randint(1, 99), 10)
    return f"{float(a):g}x + {float(b):g} = {float(a * x + b):g} ... solve for x pls", roots("x", x)


def lin_over(rng: random.Random) -> Made:  # x divided by a number
    k, x, b = rng.randint(2, 9), rng.randint(-8, 12), rng.randint(1, 20)
    return f"x/{k} - {b} = {F(x * k, k) - b} solve", roots("x", x * k)


def lin_two_fracs(rng: random.Random) -> Made:  # x/a + x/b = c
    a, b = rng.sample([2, 3, 4, 5, 6], 2)
    x = math.lcm(a, b) * rng.randint(1, 8)
    return f"x/{a} + x/{b} = {F(x, a) + F(x, b)}", roots("x", x)


def lin_y(rng: random.Random) -> Made:  # a different letter
    a, y, b = rng.randint(2, 9), rng.randint(-9, 25), rng.randint(-40, 40)
    return f"find y: {lin(a, b, 'y')} = {a * y + b}", roots("y", y)


def lin_word_number(rng: random.Random) -> Made:  # a number puzzle in words
    k, n, b = rng.randint(2, 9), rng.randint(2, 60), rng.randint(1, 40)
    return (f"I'm thinking of a number. multiply it by {k} and add {b}, you get {k * n + b}. "
            "what's the number?", [whole(n)])


def consecutive(rng: random.Random) -> Made:  # three consecutive integers
    n = rng.randint(5, 300)
    return (f"three consecutive whole numbers add up to {3 * n + 3}. what are they?",
            [whole(n), whole(n + 1), whole(n + 2)])


def ages(rng: random.Random) -> Made:  # a parent's age a multiple of a child's
    child, k = rng.randint(3, 15), rng.choice([3, 4, 5])
    return (f"a mum is {k} times as old as her son. together they are {child * (k + 1)}. "
            "how old is the son?", [whole(child)])


def ages_future(rng: random.Random) -> Made:  # an age puzzle with years ahead
    son, k, t = rng.randint(4, 15), 2, rng.randint(2, 12)
    dad = k * (son + t) - t
    if dad - son < 18:
        return None
    return (f"dad is {dad}. in {t} years he'll be twice as old as his son. how old is the son "
            "now?", [whole(son)])


def coins(rng: random.Random) -> Made:  # nickels and dimes
    n, d = rng.randint(3, 40), rng.randint(3, 40)
    return (f"I have {n + d} coins, only nickels and dimes, worth ${(5 * n + 10 * d) / 100:.2f}. "
            "how many of each?", [dedupe([f"{n} nickels", f"nickels: {n}", f"{n} nickel"]),
                                  dedupe([f"{d} dimes", f"dimes: {d}", f"{d} dime"])])


def tickets(rng: random.Random) -> Made:  # adult and child tickets
    pa, pc = rng.randint(9, 20), rng.randint(4, 8)
    a, c = rng.randint(10, 200), rng.randint(10, 200)
    return (f"a school play sold {a + c} tickets: adults ${pa}, kids ${pc}, takings "
            f"${pa * a + pc * c}. how many adult tickets and how many kids' tickets?",
            [dedupe([f"{a} adult", f"adults: {a}", f"adult tickets: {a}"]),
             dedupe([f"{c} kid", f"{c} child", f"kids: {c}", f"children: {c}",
                     f"kids' tickets: {c}", f"child tickets: {c}"])])


def perimeter_rect(rng: random.Random) -> Made:  # a rectangle from its perimeter
    w, extra = rng.randint(2, 40), rng.randint(1, 20)
    return (f"a rectangle's length is {extra} more than its width and the perimeter is "
            f"{2 * (2 * w + extra)}. find the width and length",
            [side("width", "w", w), side("length", "l", w + extra)])


def side(name: str, letter: str, value: int) -> list[str]:
    """"width 19", "width is 19", "a width of 19", "w = 19" and the like."""
    return dedupe([f"{name}{s}{value}" for s in (" ", " is ", " = ", ": ", " of ", " is **",
                                                  ": **", " **")]
                  + [f"{letter} = {value}", f"{letter}={value}"])


def mixture(rng: random.Random) -> Made:  # a mixture of two solutions
    a, b = rng.choice([10, 20, 30]), rng.choice([50, 60, 70, 80])
    total, target = rng.choice([10, 20, 40, 50]), rng.randint(a + 5, b - 5)
    x = F(total * (target - a), b - a)
    if tie(x):
        return None
    return (f"how many litres of {b}% solution must be mixed with {a}% solution to make "
            f"{total} L of {target}%?", [num(x)])


# --- quadratics and beyond ----------------------------------------------------------------

def quad_monic(rng: random.Random) -> Made:  # monic quadratic, chatty
    r1, r2 = rng.sample(range(-12, 13), 2)
    if r1 + r2 == 0 or 0 in (r1, r2):
        return None
    t = expr([(1, "x^2"), (-(r1 + r2), "x"), (r1 * r2, "")])
    return f"hey what are the solutions to {t} = 0", roots("x", *sorted((r1, r2)))


def quad_a(rng: random.Random) -> Made:  # a quadratic with a fractional root
    a, r1, r2 = rng.choice([2, 3, 4, 5]), rng.randint(-7, 7), rng.randint(-9, 9)
    if r1 == 0 or F(r2, a) == r1 or math.gcd(a, r2) != 1:
        return None
    t = expr([(a, "x^2"), (-(a * r1 + r2), "x"), (r1 * r2, "")])
    return f"solve {t} = 0", roots("x", *sorted((F(r1), F(r2, a))))


def quad_rounded(rng: random.Random) -> Made:  # irrational roots, two decimals
    a, b, c = rng.randint(1, 5), rng.randint(-12, 12), rng.randint(-20, -1)
    d = b * b - 4 * a * c
    rs = sorted(((-b - math.sqrt(d)) / (2 * a), (-b + math.sqrt(d)) / (2 * a)))
    if math.isqrt(d) ** 2 == d or any(tie(r) for r in rs):
        return None
    t = expr([(a, "x^2"), (b, "x"), (c, "")])
    return (f"roots of {t}=0 to 2 decimal places", [dedupe(eq("x", num(r)) + num(r))
                                                     for r in rs])


def quad_square(rng: random.Random) -> Made:  # x^2 = n with two roots
    n = rng.randint(2, 30)
    pm = eq("x", [f"±{n}", f"+/-{n}", f"± {n}"])
    return f"x^2 = {n * n}, what is x", [dedupe(pm + eq("x", [str(n)])),
                                         dedupe(pm + eq("x", [str(-n)]))]


def quad_complete(rng: random.Random) -> Made:  # vertex form via completing the square
    h, k = rng.choice(NZ), rng.randint(-20, 20)
    t = expr([(1, "x^2"), (-2 * h, "x"), (h * h + k, "")])
    inner = f"x - {h}" if h > 0 else f"x + {-h}"
    tail = "" if not k else (f" + {k}" if k > 0 else f" - {-k}")
    return (f"complete the square for {t}", [dedupe([f"({inner})^2{tail}", f"({inner})²{tail}",
                                                      f"({inner})**2{tail}"])])


def quad_discriminant(rng: random.Random) -> Made:  # the discriminant
    a, b, c = rng.randint(1, 9), rng.randint(-15, 15), rng.randint(-15, 15)
    if not b or not c:
        return None
    t = expr([(a, "x^2"), (b, "x"), (c, "")])
    return f"discriminant of {t}?", [whole(b * b - 4 * a * c)]


def quad_word_area(rng: random.Random) -> Made:  # a garden from its area
    w, extra = rng.randint(3, 25), rng.randint(2, 12)
    return (f"my garden is {extra} m longer than it is wide and its area is {w * (w + extra)} m². "
            "how wide is it?", [dedupe([f"{w} m", f"{w}m", f"{w} metres", f"{w} meters"])])


def quad_projectile(rng: random.Random) -> Made:  # time for a thrown ball to land
    v, h = rng.randint(5, 30), rng.randint(0, 40)
    t = (v + math.sqrt(v * v + 4 * F("4.9") * h)) / (2 * 4.9)
    if tie(t):
        return None
    return (f"ball thrown up at {v} m/s from {h} m high, height is h = {h} + {v}t - 4.9t^2. when "
            "does it hit the ground? (seconds, 2dp)",
            [dedupe([f"{s} s" for s in num(t)] + [f"{s} seconds" for s in num(t)]
                    + eq("t", num(t)))])


def cubic_roots(rng: random.Random) -> Made:  # a cubic with three integer roots
    rs = sorted(rng.sample([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6], 3))
    s1 = sum(rs)
    s2 = rs[0] * rs[1] + rs[0] * rs[2] + rs[1] * rs[2]
    s3 = rs[0] * rs[1] * rs[2]
    t = expr([(1, "x^3"), (-s1, "x^2"), (s2, "x"), (-s3, "")])
    return f"find all real roots of {t} = 0", roots("x", *rs)


def quartic_bi(rng: random.Random) -> Made:  # a biquadratic
    a, b = rng.sample(range(1, 8), 2)
    t = expr([(1, "x^4"), (-(a * a + b * b), "x^2"), (a * a * b * b, "")])
    lo, hi = sorted((a, b))
    return f"solve for x: {t} = 0", roots("x", -hi, -lo, lo, hi)


def rational_eq(rng: random.Random) -> Made:  # an equation with x in a denominator
    a, x = rng.randint(2, 30), rng.choice([n for n in range(-9, 12) if n not in (0,)])
    b = rng.randint(1, 9)
    if x + b == 0:
        return None
    return f"{a}/(x + {b}) = {F(a, x + b)}", roots("x", x)


def radical_eq(rng: random.Random) -> Made:  # a square-root equation
    x, b = rng.randint(1, 60), rng.randint(-10, 20)
    if x + b < 0 or math.isqrt(x + b) ** 2 != x + b:
        return None
    bt = f"x + {b}" if b > 0 else (f"x - {-b}" if b else "x")
    return f"sqrt({bt}) = {math.isqrt(x + b)}, x = ?", roots("x", x)


def abs_eq(rng: random.Random) -> Made:  # an absolute-value equation
    a, c = rng.randint(-15, 15), rng.randint(1, 20)
    t = f"x - {a}" if a > 0 else (f"x + {-a}" if a else "x")
    return f"solve |{t}| = {c}", roots("x", a - c, a + c)


def exp_eq(rng: random.Random) -> Made:  # an exponential equation with a shift
    b, k = rng.choice([2, 3, 5]), rng.randint(1, 6)
    s = rng.randint(1, 4)
    if b ** (k + s) > 10**6:
        return None
    return f"{b}^(x + {s}) = {b ** (k + s)}", roots("x", k)


def exp_log(rng: random.Random) -> Made:  # an exponential needing logs
    b, n = rng.choice([2, 3, 5, 10]), rng.randint(3, 900)
    v = math.log(n) / math.log(b)
    if abs(v - round(v)) < 1e-9 or tie(v):
        return None
    return f"solve {b}^x = {n} (round to 2 decimals)", [dedupe(eq("x", num(v)) + num(v))]


def log_eq(rng: random.Random) -> Made:  # a log equation
    b, k, c = rng.choice([2, 3, 10]), rng.randint(1, 4), rng.randint(1, 9)
    if b ** k - c <= 0:
        return None
    return f"log_{b}(x + {c}) = {k}", roots("x", b ** k - c)


def doubling_time(rng: random.Random) -> Made:  # years to double at an interest rate
    r = rng.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12])
    v = math.log(2) / math.log(1 + r / 100)
    if tie(v):
        return None
    return (f"at {r}% a year compounded annually, how many years does it take money to double? "
            "(exact, 2dp, not the rule of 72)", [num(v)])


# --- systems --------------------------------------------------------------------------------

def sys_two(rng: random.Random) -> Made:  # two linear equations, plain
    x, y = rng.randint(-10, 12), rng.randint(-10, 12)
    a, b, c, d = rng.choice(NZ), rng.choice(NZ), rng.choice(NZ), rng.choice(NZ)
    if a * d - b * c == 0:
        return None
    e1 = expr([(a, "x"), (b, "y")])
    e2 = expr([(c, "x"), (d, "y")])
    return (f"solve the system {e1} = {a * x + b * y} and {e2} = {c * x + d * y}",
            roots("x", x) + roots("y", y))


def sys_lines(rng: random.Random) -> Made:  # intersection point of two lines
    x, y = rng.randint(-8, 8), rng.randint(-8, 8)
    m1, m2 = rng.sample(NZ, 2)
    b1, b2 = y - m1 * x, y - m2 * x
    l1 = expr([(m1, "x"), (b1, "")])
    l2 = expr([(m2, "x"), (b2, "")])
    return (f"where do y = {l1} and y = {l2} cross?", [[f"({x}, {y})", f"({x},{y})",
                                                       f"x = {x}, y = {y}", f"x={x}, y={y}"]])


def sys_three(rng: random.Random) -> Made:  # three equations, three unknowns
    x, y, z = (rng.randint(-6, 8) for _ in range(3))
    rows = []
    for _ in range(3):
        rows.append([rng.randint(-4, 5) for _ in range(3)])
    m = rows
    det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
           - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
           + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
    if det == 0 or any(all(v == 0 for v in r) for r in rows):
        return None
    eqs = [f"{expr([(r[0], 'x'), (r[1], 'y'), (r[2], 'z')])} = {r[0] * x + r[1] * y + r[2] * z}"
           for r in rows]
    return "solve:\n" + "\n".join(eqs), roots("x", x) + roots("y", y) + roots("z", z)


def sys_apples(rng: random.Random) -> Made:  # two purchases give two prices
    a, b = F(rng.randint(20, 150), 100), F(rng.randint(50, 400), 100)
    p, q, r, s = rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6), rng.randint(2, 6)
    if p * s - q * r == 0:
        return None
    return (f"{p} apples and {q} mangoes cost {float(p * a + q * b):.2f}; {r} apples and {s} "
            f"mangoes cost {float(r * a + s * b):.2f}. price of one apple and one mango?",
            [priced("apple", a), priced("mango", b)])


def priced(name: str, value: F) -> list[str]:
    """"apple: 0.92", "apple costs $0.92" and the like."""
    vals = dedupe([fmt(float(value)), f"{float(value):.2f}"])
    heads = [f"{name} ", f"{name}: ", f"{name} is ", f"{name}s: ", f"{name} costs ", f"{name} = ",
             f"one {name} is ", f"one {name} costs ", f"{name}s cost ", f"{name}s are "]
    return dedupe([h + d + v for h in heads for d in ("", "$") for v in vals])


def sys_sum_diff(rng: random.Random) -> Made:  # two numbers from sum and difference
    a, b = rng.randint(5, 200), rng.randint(5, 200)
    if a == b:
        return None
    big, small = max(a, b), min(a, b)
    return (f"two numbers sum to {a + b} and differ by {big - small}. what are they?",
            [whole(big), whole(small)])


def sys_nonlinear(rng: random.Random) -> Made:  # a line meeting a parabola
    r1, r2 = rng.sample(range(-5, 6), 2)
    m, c = r1 + r2, -r1 * r2
    line = expr([(m, "x"), (c, "")])
    p1, p2 = sorted(((r1, r1 * r1), (r2, r2 * r2)))
    return (f"find where y = x^2 meets y = {line}", [[f"({p1[0]}, {p1[1]})", f"({p1[0]},{p1[1]})"],
                                                     [f"({p2[0]}, {p2[1]})", f"({p2[0]},{p2[1]})"]])


# --- inequalities ---------------------------------------------------------------------------

def ineq_lin(rng: random.Random) -> Made:  # a linear inequality
    a, x, b = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(-20, 20)
    return f"solve {lin(a, b)} ≤ {a * x + b}", [[f"x ≤ {x}", f"x≤{x}", f"x <= {x}", f"x<={x}"]]


def ineq_flip(rng: random.Random) -> Made:  # dividing by a negative flips the sign
    a, x, b = rng.randint(2, 9), rng.randint(-10, 15), rng.randint(-20, 20)
    return (f"-{a}x + {b} < {-a * x + b}, solve for x".replace("+ -", "- "),
            [[f"x > {x}", f"x>{x}", f"{x} < x"]])


def ineq_quad(rng: random.Random) -> Made:  # a quadratic inequality, interval answer
    r1, r2 = sorted(rng.sample(range(-8, 9), 2))
    t = expr([(1, "x^2"), (-(r1 + r2), "x"), (r1 * r2, "")])
    return (f"for which x is {t} < 0?", [[f"{r1} < x < {r2}", f"{r1}<x<{r2}", f"({r1}, {r2})",
                                          f"({r1},{r2})"]])


def ineq_budget(rng: random.Random) -> Made:  # an everyday inequality
    budget, fixed, per = rng.randint(50, 300), rng.randint(5, 40), rng.choice([F("2.5"), F(3),
                                                                               F("3.5"), F(4)])
    n = int((budget - fixed) / per)
    return (f"I have ${budget} for a party, the cake is ${fixed} and each goody bag is "
            f"${float(per):.2f}. max number of goody bags I can afford?", [whole(n)])


FAMILIES: list[tuple[Family, int]] = [(family(make), 8) for make in (
    lin_basic, lin_please, lin_brackets, lin_fraction_root, lin_decimal, lin_over, lin_two_fracs,
    lin_y, lin_word_number, consecutive, ages, ages_future, coins, tickets, perimeter_rect,
    mixture, quad_monic, quad_a, quad_rounded, quad_square, quad_complete, quad_discriminant,
    quad_word_area, quad_projectile, cubic_roots, quartic_bi, rational_eq, radical_eq, abs_eq,
    exp_eq, exp_log, log_eq, doubling_time, sys_two, sys_lines, sys_three, sys_apples,
    sys_sum_diff, sys_nonlinear, ineq_lin, ineq_flip, ineq_quad, ineq_budget)]
