// Expected outputs were produced by running each program with CPython 3.11.
import XCTest
@testable import RLMInterpreter

final class MathStatisticsTests: XCTestCase {
    func testMathConstantsAndRounding() {
        assertPython(#"""
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(99), math.isqrt(10**40 + 5))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(7), math.ceil(True), type(math.floor(2.5)).__name__)
print(math.floor(1e300) == 10**300 or math.floor(1e300), math.ceil(-1.5e20), math.trunc(2**70 + 0.0))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), math.modf(-3.25), math.modf(2.0), math.frexp(10.0), math.ldexp(0.625, 4))
print(math.degrees(math.pi), math.radians(180), math.remainder(10, 3), math.remainder(11, 2))
"""#, prints: #"""
3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
4.0 1.4142135623730951 9 100000000000000000000
-3 -2 -2 7 1 int
1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160 -150000000000000000000 1180591620717411303424
3.0 -2.0 -1.0 (-0.25, -3.0) (0.0, 2.0) (0.625, 4) 10.0
180.0 3.141592653589793 1.0 -1.0

"""#)
    }

    func testMathTranscendental() {
        assertPython(#"""
import math
print(f"{math.sin(math.pi / 6):.6f} {math.cos(0):.1f} {math.tan(1):.12f} {math.asin(1):.12f} {math.acos(0.5):.12f} {math.atan(1):.12f}")
print(math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log(math.e ** 2), math.log1p(1e-10), math.expm1(1e-10))
print(math.exp(1), math.exp(-745.2), math.exp2(10), math.cbrt(27), math.pow(2, 0.5), math.pow(2, 10), math.pow(-2, 3))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(math.inf, -math.inf), math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.dist((1, 2), (4, 6)))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(2**1000, 2))
"""#, prints: #"""
0.500000 1.0 1.557407724655 1.570796326795 1.047197551197 0.785398163397
2.0 3.0 10.0 -3.0 2.0 9.999999999500001e-11 1.00000000005e-10
2.718281828459045 0.0 1024.0 3.0000000000000004 1.4142135623730951 1024.0 -8.0
0.7853981633974483 -3.141592653589793 2.356194490192345 5.0 5.477225575051661 5.0
1.1752011936438014 1.5430806348152437 0.46211715726000974 0.881373587019543 1.3169578969248166 0.5493061443340548
921.0340371976182 2000.0 500.0 1000.0000000000001

"""#)
    }

    func testMathSpecialFunctions() {
        assertPython(#"""
import math
print(math.gamma(0.5), math.gamma(5), math.gamma(-0.5), math.gamma(171.5), math.gamma(1e-25))
print(math.lgamma(10.5), math.lgamma(-1.5), math.lgamma(1), math.erf(0.5), math.erfc(0.5), math.erf(-3))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1e308), math.isinf(float("-inf")), math.isnan(float("nan")), math.inf > 10 ** 300)
"""#, prints: #"""
1.7724538509055159 24.0 -3.544907701811032 9.483367566824801e+307 9.999999999999999e+24
13.940625219403763 0.8600470153764812 0.0 0.5204998778130465 0.4795001221869535 -0.9999779095030014
1.0000000000000002 0.9999999999999999 2.220446049250313e-16 5e-324 1.487016908477783e+284
True True True True
True True True True

"""#)
    }

    func testMathIntegerFunctions() {
        assertPython(#"""
import math
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(500))))
print(math.comb(10, 3), math.comb(52, 5), math.comb(3, 5), math.comb(10**20, 3), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.gcd(), math.gcd(-4), math.gcd(12, 18, 24), math.gcd(2 ** 40, 6 ** 20), math.gcd(0, 5))
print(math.lcm(), math.lcm(4, 6, 10), math.lcm(12, 18, 30), math.lcm(0, 5), math.lcm(-4, 6))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(range(1, 21)))
"""#, prints: #"""
1 2432902008176640000 265252859812191058636308480000000 1135
120 2598960 0 166666666666666666661666666666666666666700000000000000000000 20 120 0
0 4 6 1048576 5
1 60 180 0 12
24 1 3.0 60 2432902008176640000

"""#)
    }

    func testMathFsumExact() {
        assertPython(#"""
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum(range(10)), math.fsum([]), math.fsum([float("inf"), 1]))
"""#, prints: #"""
1.0 0.9999999999999999 1e-100
1.0000000000000002e+16 45.0 0.0 inf

"""#)
    }

    func testMathDomainErrors() {
        assertPython(#"""
import math
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.atanh, (1,)), (math.gamma, (0,)),
                (math.gamma, (-1,)), (math.lgamma, (0,)), (math.fmod, (1, 0)), (math.pow, (0, -1)), (math.pow, (-8, 1 / 3)),
                (math.log1p, (-1,)), (math.remainder, (5, 0))]:
    try:
        f(*args)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
for f, args in [(math.exp, (1000,)), (math.cosh, (1000,)), (math.pow, (10, 400)), (math.gamma, (200,)), (math.ldexp, (1.0, 10000)), (math.exp2, (2000,))]:
    try:
        f(*args)
    except OverflowError as e:
        print(f.__name__, "OverflowError", e)
"""#, prints: #"""
sqrt ValueError math domain error
log ValueError math domain error
log ValueError math domain error
acos ValueError math domain error
atanh ValueError math domain error
gamma ValueError math domain error
gamma ValueError math domain error
lgamma ValueError math domain error
fmod ValueError math domain error
pow ValueError math domain error
pow ValueError math domain error
log1p ValueError math domain error
remainder ValueError math domain error
exp OverflowError math range error
cosh OverflowError math range error
pow OverflowError math range error
gamma OverflowError math range error
ldexp OverflowError math range error
exp2 OverflowError math range error

"""#)
    }

    func testMathArgumentErrors() {
        assertPython(#"""
import math
cases = [lambda: math.factorial(5.0), lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.comb(5, -2),
         lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.gcd(2.0, 4), lambda: math.floor(float("inf")),
         lambda: math.floor(float("nan")), lambda: math.sqrt("a"), lambda: math.trunc("x"), lambda: math.log(10, 1),
         lambda: math.ldexp(1.0, 2.0), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.fsum([float("inf"), float("-inf")]),
         lambda: math.fsum([1e308, 1e308]), lambda: math.dist([1], [1, 2]), lambda: math.sqrt(), lambda: math.pow(1),
         lambda: math.log(), lambda: math.sqrt(10 ** 400), lambda: math.factorial(10 ** 20), lambda: math.perm(-1)]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
"""#, prints: #"""
TypeError 'float' object cannot be interpreted as an integer
ValueError factorial() not defined for negative values
ValueError n must be a non-negative integer
ValueError k must be a non-negative integer
ValueError isqrt() argument must be nonnegative
TypeError 'float' object cannot be interpreted as an integer
TypeError 'float' object cannot be interpreted as an integer
OverflowError cannot convert float infinity to integer
ValueError cannot convert float NaN to integer
TypeError must be real number, not str
TypeError type str doesn't define __trunc__ method
ZeroDivisionError float division by zero
TypeError Expected an int as second argument to ldexp.
ValueError tolerances must be non-negative
ValueError -inf + inf in fsum
OverflowError intermediate overflow in fsum
ValueError both points must have the same number of dimensions
TypeError math.sqrt() takes exactly one argument (0 given)
TypeError pow expected 2 arguments, got 1
TypeError math.log requires 1 to 2 arguments
OverflowError int too large to convert to float
OverflowError factorial() argument should not exceed 9223372036854775807
ValueError factorial() not defined for negative values

"""#)
    }

    func testMathDomainErrorUncaught() {
        assertPythonRaises(#"""
import math
math.sqrt(-2)
"""#, "ValueError", message: #"""
math domain error
"""#)
    }

    func testStatisticsMeans() {
        assertPython(#"""
import statistics as st
print(st.mean([1, 2, 3]), st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.mean([0.5, 0.25]), st.mean([1, 2.5, 3]), st.mean([10**20, 1, 3]))
print(st.mean([True, False, True]), st.mean([0.1, 0.2, 0.3]), st.mean([1e300, 1e300, -1e300]), st.mean(iter([4, 8])))
print(st.fmean([1, 2, 3, 4]), st.fmean([0.1] * 7), st.fmean([1, 2, 3], weights=[3, 2, 1]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([0, 5]), st.harmonic_mean([7]))
"""#, prints: #"""
2 2.5 2.0 0.375 2.1666666666666665 3.333333333333333e+19
0.6666666666666666 0.2 3.3333333333333335e+299 6
2.5 0.1 1.6666666666666667
36.000000000000014 48.0 56.0 0 7

"""#)
    }

    func testStatisticsMedianMode() {
        assertPython(#"""
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.median(data), st.median([3, 1, 2]), st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2), st.median(["b", "a", "c"]))
print(st.mode(data), st.mode(["a", "b", "b", "c"]), st.mode(["a", "b", "b", "a"]), st.multimode("aabbbcccc"), st.multimode([1, 1, 2, 2]), st.multimode([]))
"""#, prints: #"""
4.5 2 2.5 2 3
3.7 52.0 b
4 b a ['c'] [1, 2] []

"""#)
    }

    func testStatisticsSpread() {
        assertPython(#"""
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.pvariance(data), st.pstdev(data), st.variance(data), st.stdev(data))
print(st.variance([1, 2, 3, 4]), st.variance([2.5, 3.25, 5.5, 11.125, 0.1]), st.pvariance([1.0, 2, 3], mu=2), st.stdev([1, 2, 3, 4], xbar=2))
print(st.pstdev([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]), st.stdev([0.1] * 7), st.variance([10**20, 1, 3]))
print(st.covariance([1, 2, 3, 4, 5], [1, 2, 3, 1, 2]), st.correlation([1, 2, 3, 4, 5], [2, 4, 6, 8, 11]))
r = st.linear_regression([1, 2, 3, 4, 5], [2, 4.1, 6, 8.2, 9.9])
print(r, r.slope, r.intercept, st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
"""#, prints: #"""
4 2.0 4.571428571428571 2.138089935299395
1.6666666666666667 17.45325 0.6666666666666666 1.4142135623730951
2.256304299271065 0.0 3.333333333333333e+39
0.25 0.9958932064677039
LinearRegression(slope=1.9899999999999998, intercept=0.07000000000000117) 1.9899999999999998 0.07000000000000117 LinearRegression(slope=2.0, intercept=0.0)

"""#)
    }

    func testStatisticsQuantiles() {
        assertPython(#"""
import statistics as st
for d in [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1.5, 2.5, 10, 20.25], [3, 1], [12, 15, 11, 19, 23, 15, 30, 18, 15, 22, 27, 14, 16, 21, 25, 13]]:
    for n in (2, 3, 4, 10):
        print(st.quantiles(d, n=n), st.quantiles(d, n=n, method="inclusive"))
"""#, prints: #"""
[5.5] [5.5]
[3.6666666666666665, 7.333333333333333] [4.0, 7.0]
[2.75, 5.5, 8.25] [3.25, 5.5, 7.75]
[1.1, 2.2, 3.3, 4.4, 5.5, 6.6, 7.7, 8.8, 9.9] [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1]
[6.25] [6.25]
[2.1666666666666665, 13.416666666666666] [2.5, 10.0]
[1.75, 6.25, 17.6875] [2.25, 6.25, 12.5625]
[1.0, 1.5, 2.0, 2.5, 6.25, 10.0, 15.125, 20.25, 25.375] [1.8, 2.1, 2.4, 4.0, 6.25, 8.5, 11.025, 14.1, 17.175]
[2.0] [2.0]
[1.0, 3.0] [1.6666666666666667, 2.3333333333333335]
[0.5, 2.0, 3.5] [1.5, 2.0, 2.5]
[-0.4, 0.2, 0.8, 1.4, 2.0, 2.6, 3.2, 3.8, 4.4] [1.2, 1.4, 1.6, 1.8, 2.0, 2.2, 2.4, 2.6, 2.8]
[17.0] [17.0]
[15.0, 21.333333333333332] [15.0, 21.0]
[14.25, 17.0, 22.75] [14.75, 17.0, 22.25]
[11.7, 13.4, 15.0, 15.0, 17.0, 19.4, 21.9, 24.2, 27.9] [12.5, 14.0, 15.0, 15.0, 17.0, 19.0, 21.5, 23.0, 26.0]

"""#)
    }

    func testStatisticsErrors() {
        assertPython(#"""
import statistics as st
cases = [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.pvariance([]), lambda: st.stdev([1]), lambda: st.median([]),
         lambda: st.mode([]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.harmonic_mean([-1, 2]),
         lambda: st.geometric_mean([0, 1]), lambda: st.fmean([]), lambda: st.mean(["a"]), lambda: st.quantiles([1, 2], method="x"),
         lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.covariance([1, 2], [1]), lambda: st.mean(), lambda: st.median([1, "a"])]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
"""#, prints: #"""
StatisticsError mean requires at least one data point True
StatisticsError variance requires at least two data points True
StatisticsError pvariance requires at least one data point True
StatisticsError stdev requires at least two data points True
StatisticsError no median for empty data True
StatisticsError no mode for empty data True
StatisticsError must have at least two data points True
StatisticsError n must be at least 1 True
StatisticsError harmonic mean does not support negative values True
StatisticsError geometric mean requires a non-empty dataset containing positive numbers True
StatisticsError fmean requires at least one data point True
TypeError can't convert type 'str' to numerator/denominator False
ValueError Unknown method: 'x' True
StatisticsError at least one of the inputs is constant True
StatisticsError covariance requires that both inputs have same number of data points True
TypeError mean() missing 1 required positional argument: 'data' False
TypeError '<' not supported between instances of 'str' and 'int' False

"""#)
    }

    func testStatisticsErrorUncaught() {
        assertPythonRaises(#"""
import statistics
statistics.variance([5])
"""#, "StatisticsError", message: #"""
variance requires at least two data points
"""#)
    }

    func testStatisticsNormalDist() {
        assertPython(#"""
from statistics import NormalDist, StatisticsError
import random
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance, NormalDist())
print(n.pdf(110), n.cdf(130), n.inv_cdf(0.975), NormalDist().inv_cdf(0.999999), NormalDist().inv_cdf(1e-10), n.zscore(130), n.quantiles(), n.quantiles(10)[:3])
print(n.overlap(NormalDist(110, 20)), n.overlap(NormalDist(120, 15)), n + 5, n - 5, n * 2, n / 2, -n, +n, 5 + n, 10 - n, 3 * n, n + NormalDist(1, 2), n - NormalDist(1, 2))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist(1, 2) == NormalDist(1.0, 2.0), NormalDist(2, 3).samples(3, seed=42))
random.seed(5)
print(NormalDist(0, 1).samples(2))
for c in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist().overlap(3)]:
    try:
        c()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
"""#, prints: #"""
NormalDist(mu=100.0, sigma=15.0) 100.0 100.0 100.0 15.0 225.0 NormalDist(mu=0.0, sigma=1.0)
0.02129653370149015 0.9772498680518208 129.3994597681008 4.753424308817089 -6.361340902404056 2.0 [89.88265374705878, 100.0, 110.11734625294122] [80.77672651683099, 87.37568149640629, 92.1339923093794]
0.7489616436169411 0.5049850750938458 NormalDist(mu=105.0, sigma=15.0) NormalDist(mu=95.0, sigma=15.0) NormalDist(mu=200.0, sigma=30.0) NormalDist(mu=50.0, sigma=7.5) NormalDist(mu=-100.0, sigma=15.0) NormalDist(mu=100.0, sigma=15.0) NormalDist(mu=105.0, sigma=15.0) NormalDist(mu=-90.0, sigma=15.0) NormalDist(mu=300.0, sigma=45.0) NormalDist(mu=101.0, sigma=15.132745950421556) NormalDist(mu=99.0, sigma=15.132745950421556)
NormalDist(mu=6.85, sigma=4.389618434442793) True [1.567729011266215, 1.4812891990054422, 1.6660524152970126]
[-1.1788417512306717, -1.1481606807908016]
StatisticsError sigma must be non-negative
StatisticsError pdf() not defined when sigma is zero
StatisticsError p must be in the range 0.0 < p < 1.0
TypeError Expected another NormalDist instance

"""#)
    }
}
