"""Round 22 (``A_a_*``, dev now) for ``muse bench agents``, math part 3: derivatives,
integrals, limits, matrices and vectors."""

from __future__ import annotations

import math

from bench.data.agents.heldout22_math import F, dec, fam, frac, ints, pick, pm, tie
from bench.data.agents.heldout22_math_2 import polyforms
from bench.data.agents.helpers import Family

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def xp(k: int, style: str) -> str:
    if k == 0:
        return ""
    if k == 1:
        return "x"
    if style == "²":
        return "x" + str(k).translate(SUP)
    return f"x{style}{k}"


def product_forms(n: int, fn: str) -> list[str]:
    """Accepted spellings of d/dx x^n * fn(x) for fn in sin, cos, exp, ln (spaces, * dropped)."""
    out = []
    for style in ("^", "", "²"):
        for call in ("({})", "{}"):
            def f(name: str, call: str = call) -> str:
                return name + call.format("x")
            c1 = f"{n}{xp(n - 1, style)}"
            if fn == "sin":
                a, b, op = c1 + f("sin"), xp(n, style) + f("cos"), "+"
            elif fn == "cos":
                a, b, op = c1 + f("cos"), xp(n, style) + f("sin"), "-"
            else:
                a, b, op = c1 + f("ln"), xp(n - 1, style) or "1", "+"
            out += [a + op + b, (b + op + a) if op == "+" else ("-" + b + "+" + a)]
    if fn == "ln":
        for style in ("^", "", "²"):
            p = xp(n - 1, style)
            out += [f"{p}({n}ln(x)+1)", f"{p}(1+{n}ln(x))", f"{p}({n}lnx+1)", f"{p}(1+{n}lnx)"]
    return list(dict.fromkeys(out))


def matforms(r: list[int]) -> list[str]:
    a, b, c, d = r
    return [f"[[{a},{b}],[{c},{d}]]", f"[{a},{b};{c},{d}]", f"[{a},{b}],[{c},{d}]",
            f"[{a},{b}]|[{c},{d}]", f"{a}&{b}\\\\{c}&{d}", f"({a},{b}),({c},{d})",
            f"|{a}|{b}||{c}|{d}|"]


@fam
def deriv_poly(rng):
    a, b, c, d = rng.randint(1, 9), rng.randint(-9, 9), rng.randint(-12, 12), rng.randint(-20, 20)
    eq = polyforms([a, b, c, d])[0]
    t = pick(rng, f"d/dx of {eq}", f"differentiate {eq}", f"derivative of {eq} please",
             f"what's f'(x) if f(x) = {eq}")
    return t, [polyforms([3 * a, 2 * b, c])]


@fam
def deriv_at_point(rng):
    a, b, c, x = rng.randint(1, 6), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-4, 5)
    eq = polyforms([a, b, c, 7])[0]
    t = pick(rng, f"f(x) = {eq}. find f'({x})", f"slope of y = {eq} at x = {x}?",
             f"what's the gradient of the curve y={eq} when x={x}")
    return t, [ints(3 * a * x * x + 2 * b * x + c)]


@fam
def deriv_product(rng):
    n = rng.randint(2, 8)
    fn = rng.choice(["sin", "cos", "ln"])
    t = pick(rng, f"d/dx of x^{n} {fn} x", f"differentiate x^{n}·{fn}(x)",
             f"what's the derivative of x^{n} * {fn}(x)", f"derivative of "
                                                          f"x{str(n).translate(SUP)} {fn}x?")
    return t, [product_forms(n, fn)]


@fam
def deriv_exp(rng):
    k, a = rng.randint(2, 9), rng.randint(2, 7)
    t = pick(rng, f"derivative of {a}e^({k}x)", f"d/dx {a}e^{{{k}x}}",
             f"differentiate {a}*exp({k}x)")
    c = a * k
    return t, [[f"{c}e^({k}x)", f"{c}e^{k}x", f"{c}exp({k}x)", f"{c}e^{{{k}x}}", f"{c}e{k}x",
                f"{c}e({k}x)"]]


@fam
def deriv_sqrt_at(rng):
    a, k = rng.randint(2, 12), rng.randint(2, 9)
    v = F(a, 2 * k)
    t = pick(rng, f"f(x) = {a}√x. what is f'({k * k})?",
             f"derivative of {a}*sqrt(x) at x = {k * k}",
             f"slope of y = {a} sqrt x at x={k * k}")
    return t, [frac(v)]


@fam
def deriv_ln_at(rng):
    a, b, x = rng.randint(1, 5), rng.randint(1, 9), rng.randint(1, 4)
    v = F(2 * a * x, a * x * x + b)
    t = pick(rng, f"d/dx ln({a if a > 1 else ''}x^2 + {b}) at x = {x}",
             f"derivative of ln({a if a > 1 else ''}x² + {b}), evaluated at x={x}, exact")
    return t, [frac(v)]


@fam
def chain_rule_at(rng):
    a, b, n, x = rng.randint(2, 5), rng.randint(-5, 5), rng.randint(2, 5), rng.randint(-2, 3)
    if b == 0:
        return None
    v = n * a * (a * x + b) ** (n - 1)
    inner = f"{a}x {'+' if b > 0 else '-'} {abs(b)}"
    t = pick(rng, f"if y = ({inner})^{n}, what is dy/dx at x = {x}?",
             f"differentiate ({inner})^{n} and evaluate at x={x}")
    return t, [ints(v)]


@fam
def second_derivative(rng):
    a, b, c, x = rng.randint(1, 5), rng.randint(-9, 9), rng.randint(-9, 9), rng.randint(-3, 4)
    eq = polyforms([a, b, c, 0, 4])[0]
    t = pick(rng, f"second derivative of {eq} at x = {x}?", f"f(x)={eq}, find f''({x})")
    return t, [ints(12 * a * x * x + 6 * b * x + 2 * c)]


@fam
def stationary_points(rng):
    r1, r2 = sorted(rng.sample(range(-6, 7), 2))
    # f'(x) = 3(x - r1)(x - r2) -> f = x^3 - 3/2 (r1 + r2) x^2 + 3 r1 r2 x
    if (r1 + r2) % 2:
        return None
    coeffs = [1, -3 * (r1 + r2) // 2, 3 * r1 * r2, rng.randint(-9, 9)]
    eq = polyforms(coeffs)[0]
    t = pick(rng, f"find the x values of the stationary points of y = {eq}",
             f"where is f'(x) = 0 for f(x) = {eq}?")
    return t, pm(r1, r2)


@fam
def definite_integral_poly(rng):
    p, q, r = rng.randint(1, 6), rng.randint(-6, 6), rng.randint(-5, 5)
    a, b = sorted(rng.sample(range(-3, 6), 2))
    v = F(p, 3) * (b**3 - a**3) + F(q, 2) * (b**2 - a**2) + r * (b - a)
    eq = polyforms([p, q, r])[0]
    t = pick(rng, f"integrate {eq} from {a} to {b}", f"∫ from {a} to {b} of ({eq}) dx",
             f"definite integral of {eq} between x={a} and x={b}?")
    return t, [frac(v)]


@fam
def indefinite_integral(rng):
    a, b, c = 3 * rng.randint(1, 4), 2 * rng.randint(-5, 5), rng.randint(1, 9)
    if b == 0:
        return None
    eq = polyforms([a, b, c])[0]
    t = pick(rng, f"integrate {eq} dx", f"antiderivative of {eq}?", f"∫ ({eq}) dx = ?")
    return t, [polyforms([a // 3, b // 2, c, 0])]


@fam
def integral_reciprocal(rng):
    k, a = rng.randint(2, 20), rng.randint(1, 6)
    v = F(a * math.log(k)).limit_denominator(10**10)
    if tie(v, 3) or k in (1,):
        return None
    t = pick(rng, f"∫ from 1 to {k} of {a}/x dx, to 3 decimal places",
             f"integrate {a}/x between 1 and {k} (3 dp)")
    forms = dec(v, 3)[:1] + ([f"ln({k})", f"ln{k}"] if a == 1 else [f"{a}ln({k})", f"{a}ln{k}"])
    return t, [forms]


@fam
def area_under_curve(rng):
    k, b, a = rng.randint(1, 6), rng.randint(2, 9), rng.randint(0, 3)
    if a >= b:
        return None
    v = F(k * (b**3 - a**3), 3)
    t = pick(rng, f"area under y = {k if k > 1 else ''}x^2 between x = {a} and x = {b}?",
             f"what's the area between the curve y={k if k > 1 else ''}x² and the x axis from "
             f"{a} to {b}")
    return t, [frac(v)]


@fam
def area_between_curves(rng):
    k = rng.randint(2, 15)
    if rng.random() < 0.3:
        v = F(k**4, 4)
        t = pick(rng, f"area between y = {k * k}x and y = x^3 for x ≥ 0?",
                 f"find the area enclosed by y=x³ and y={k * k}x in the first quadrant")
    elif rng.random() < 0.5:
        v = F(k**3, 6)
        t = pick(rng, f"area enclosed between y = {k}x and y = x^2?",
                 f"find the area of the region bounded by y=x² and y={k}x",
                 f"area between the line y = {k}x and the parabola y = x^2 please")
    else:
        v = F(4 * k**3, 3)
        t = pick(rng, f"area enclosed between y = x^2 and the line y = {k * k}?",
                 f"find the area of the region between y=x² and y={k * k}")
    return t, [frac(v)]


@fam
def trig_integral(rng):
    a = rng.randint(2, 25)
    fn = rng.choice(["cos", "sin"])
    hi = "π/6" if fn == "cos" else "π"
    v = F(a, 2) if fn == "cos" else F(2 * a)
    t = pick(rng, f"∫ {a}{fn}(x) dx from 0 to {hi}",
             f"integrate {a} {fn} x from 0 to {hi.replace('π', 'pi')}")
    return t, [frac(v)]


@fam
def limit_infinity(rng):
    a, b = rng.randint(1, 12), rng.randint(1, 12)
    if a == b:
        return None
    n1 = polyforms([a, rng.randint(-9, 9), rng.randint(-9, 9)])[0]
    d1 = polyforms([b, rng.randint(-9, 9), rng.randint(1, 9)])[0]
    t = pick(rng, f"limit as x → ∞ of ({n1})/({d1})", f"lim x->infinity ({n1}) / ({d1})?")
    return t, [frac(F(a, b))]


@fam
def limit_removable(rng):
    a = rng.choice([n for n in range(-9, 10) if n])
    k = rng.randint(1, 3)
    num = polyforms([k, 0, -k * a * a])[0]
    den = f"x {'-' if a > 0 else '+'} {abs(a)}"
    t = pick(rng, f"lim x→{a} of ({num})/({den})",
             f"what's the limit of ({num})/({den}) as x approaches {a}")
    return t, [ints(2 * k * a)]


@fam
def limit_sin(rng):
    k, m = rng.randint(2, 12), rng.randint(1, 7)
    v = F(k, m)
    t = pick(rng, f"lim x→0 sin({k}x)/({m if m > 1 else ''}x)",
             f"limit of sin({k}x) / ({m}x) as x goes to 0")
    if m == 1 and "/ (1x)" in t:
        t = t.replace("/ (1x)", "/ x")
    return t, [frac(v)]


@fam
def limit_e(rng):
    k, m = rng.randint(1, 9), rng.randint(1, 4)
    p = "n" if m == 1 else f"{m}n"
    t = pick(rng, f"lim n→∞ (1 + {k}/n)^({p})",
             f"what does (1+{k}/n)^({p}) approach as n goes to infinity")
    e = k * m
    if e == 1:
        return None
    return t, [[f"e^{e}", f"e{str(e).translate(SUP)}", f"e^({e})", f"e^{{{e}}}", f"exp({e})"]]


@fam
def velocity_word(rng):
    a, b, c, t0 = rng.randint(1, 4), rng.randint(-6, 10), rng.randint(0, 20), rng.randint(1, 8)
    eq = polyforms([a, b, c])[0].replace("x", "t")
    t = pick(rng,
             f"a particle's position is s(t) = {eq} metres. what's its velocity at t = {t0} s "
             f"(m/s)?",
             f"physics hw: s = {eq} (m, t in seconds). velocity when t={t0}?")
    return t, [ints(2 * a * t0 + b)]


@fam
def max_area_fence(rng):
    length = 4 * rng.randint(5, 150)
    what = rng.choice(["garden", "dog pen", "vegetable patch", "chicken run"])
    t = pick(rng,
             f"I have {length} m of fencing for a rectangular {what}. what's the biggest area I "
             f"can enclose, in m²?",
             f"max area of a rectangle with perimeter {length} ft? (it's for a {what})")
    return t, [ints((length // 4) ** 2)]


@fam
def det2(rng):
    a, b, c, d = (rng.randint(-9, 12) for _ in range(4))
    t = pick(rng, f"determinant of [[{a}, {b}], [{c}, {d}]]",
             f"det of the matrix\n{a} {b}\n{c} {d}",
             f"what's |A| for A = [{a} {b}; {c} {d}]")
    return t, [ints(a * d - b * c)]


@fam
def det3(rng):
    m = [[rng.randint(-5, 8) for _ in range(3)] for _ in range(3)]
    (a, b, c), (d, e, f), (g, h, i) = m
    v = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)
    rows = "\n".join(" ".join(str(x) for x in row) for row in m)
    t = pick(rng, f"determinant of [[{a},{b},{c}],[{d},{e},{f}],[{g},{h},{i}]]",
             f"find det of this 3x3:\n{rows}")
    return t, [ints(v)]


@fam
def matmul2(rng):
    a = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    b = [[rng.randint(-4, 6) for _ in range(2)] for _ in range(2)]
    p = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
    t = pick(rng, f"multiply A = {a} by B = {b}, what is AB?", f"compute AB where A={a} and B={b}")
    return t, [matforms(p[0] + p[1])]


@fam
def inverse2(rng):
    a, b, c, d = (rng.randint(-6, 9) for _ in range(4))
    det = a * d - b * c
    if det == 0:
        return None
    inv = [F(d, det), F(-b, det), F(-c, det), F(a, det)]
    if len({abs(x) for x in inv}) < 4:
        return None
    t = pick(rng, f"inverse of [[{a}, {b}], [{c}, {d}]]?",
             f"find A^-1 for A = [[{a},{b}],[{c},{d}]]")
    return t, [frac(x) for x in inv]


@fam
def dot_product(rng):
    u = [rng.randint(-9, 9) for _ in range(3)]
    v = [rng.randint(-9, 9) for _ in range(3)]
    t = pick(rng, f"dot product of ({u[0]}, {u[1]}, {u[2]}) and ({v[0]}, {v[1]}, {v[2]})",
             f"u = <{u[0]},{u[1]},{u[2]}>, v = <{v[0]},{v[1]},{v[2]}>. u·v?")
    return t, [ints(sum(x * y for x, y in zip(u, v, strict=False)))]


@fam
def cross_product(rng):
    u = [rng.randint(-6, 6) for _ in range(3)]
    v = [rng.randint(-6, 6) for _ in range(3)]
    c = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
    t = pick(rng, f"cross product of ({u[0]}, {u[1]}, {u[2]}) and ({v[0]}, {v[1]}, {v[2]})",
             f"compute a × b for a = [{u[0]},{u[1]},{u[2]}], b = [{v[0]},{v[1]},{v[2]}]")
    body = f"{c[0]},{c[1]},{c[2]}"
    return t, [[f"({body})", f"[{body}]", f"<{body}>", f"⟨{body}⟩"]]


@fam
def vector_magnitude(rng):
    u = [rng.randint(-9, 9) for _ in range(3)]
    s = sum(x * x for x in u)
    r = math.isqrt(s)
    t = pick(rng, f"magnitude of the vector ({u[0]}, {u[1]}, {u[2]})? 2 dp if not whole",
             f"length of <{u[0]},{u[1]},{u[2]}>, round to 2 decimals")
    if r * r == s:
        return t, [ints(r)]
    v = F(math.sqrt(s)).limit_denominator(10**10)
    if tie(v, 2):
        return None
    return t, [[*dec(v, 2)[:1], f"√{s}", f"sqrt({s})"]]


@fam
def vector_angle(rng):
    u = [rng.randint(-6, 6) for _ in range(2)]
    v = [rng.randint(-6, 6) for _ in range(2)]
    nu, nv = math.hypot(*u), math.hypot(*v)
    if nu == 0 or nv == 0:
        return None
    ang = math.degrees(math.acos(max(-1, min(1, (u[0] * v[0] + u[1] * v[1]) / (nu * nv)))))
    a = F(ang).limit_denominator(10**9)
    if tie(a, 1):
        return None
    t = pick(rng, f"angle between vectors ({u[0]}, {u[1]}) and ({v[0]}, {v[1]}) in degrees, 1 dp",
             f"what's the angle (degrees, 1 decimal) between <{u[0]},{u[1]}> and <{v[0]},{v[1]}>")
    return t, [dec(a, 1)]


@fam
def eigenvalues2(rng):
    l1, l2 = sorted(rng.sample(range(-5, 9), 2))
    a = rng.randint(-4, 8)
    d = l1 + l2 - a
    bc = a * d - l1 * l2
    divs = [x for x in range(-12, 13) if x and bc % x == 0]
    if not divs:
        return None
    b = rng.choice(divs)
    c = bc // b
    t = pick(rng, f"eigenvalues of [[{a}, {b}], [{c}, {d}]]?",
             f"find the eigenvalues of the matrix [{a} {b}; {c} {d}]")
    return t, pm(l1, l2)


@fam
def matrix_combo(rng):
    a = [rng.randint(-5, 9) for _ in range(4)]
    b = [rng.randint(-5, 9) for _ in range(4)]
    k = rng.randint(2, 4)
    r = [k * x - y for x, y in zip(a, b, strict=False)]
    t = pick(rng,
             f"A = [[{a[0]},{a[1]}],[{a[2]},{a[3]}]], B = [[{b[0]},{b[1]}],[{b[2]},{b[3]}]]. "
             f"compute {k}A - B",
             f"if A=[[{a[0]}, {a[1]}], [{a[2]}, {a[3]}]] and B=[[{b[0]}, {b[1]}], [{b[2]}, "
             f"{b[3]}]], what is {k}A − B?")
    return t, [matforms(r)]


FAMILIES: list[tuple[Family, int]] = [(f, 10) for f in (
    deriv_poly, deriv_at_point, deriv_product, deriv_exp, deriv_sqrt_at, deriv_ln_at,
    chain_rule_at, second_derivative, stationary_points, definite_integral_poly,
    indefinite_integral, integral_reciprocal, area_under_curve, area_between_curves,
    trig_integral, limit_infinity, limit_removable, limit_sin, limit_e, velocity_word,
    max_area_fence, det2, det3, matmul2, inverse2, dot_product, cross_product,
    vector_magnitude, vector_angle, eigenvalues2, matrix_combo)]
