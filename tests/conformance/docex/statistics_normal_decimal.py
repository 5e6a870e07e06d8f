# statistics: Decimal data keep their type; covariance, correlation,
# linear_regression; NormalDist's density, quantiles, overlap and arithmetic.
from decimal import Decimal, localcontext
from fractions import Fraction
from statistics import (NormalDist, StatisticsError, correlation, covariance, harmonic_mean,
                        linear_regression, mean, median, pstdev, pvariance, stdev, variance)

prices = [Decimal('19.99'), Decimal('5.25'), Decimal('7.50'), Decimal('12.00')]
print(mean(prices), median(prices), variance(prices), pvariance(prices))
print(stdev(prices), pstdev(prices))
with localcontext() as ctx:
    ctx.prec = 6
    print(mean(prices), stdev(prices), harmonic_mean(prices))
print(harmonic_mean([Decimal('2.5'), Decimal('4')]), harmonic_mean([7.25]), harmonic_mean([3, 6]))
try:
    mean([Decimal('1'), 2.5])
except TypeError as e:
    print('TypeError', e)

hours = [1, 2, 3, 4, 5, 6]
score = [52, 55, 61, 64, 70, 71]
print(covariance(hours, score), correlation(hours, score))
fit = linear_regression(hours, score)
print(fit, fit.slope, round(fit.intercept + fit.slope * 7, 6))
print(linear_regression([1, 2, 4], [3, 5, 9], proportional=True))
for bad in (lambda: correlation([2, 2, 2], [1, 2, 3]), lambda: linear_regression([4, 4], [1, 2]),
            lambda: covariance([1, 2], [1]), lambda: correlation([1], [1])):
    try:
        bad()
    except StatisticsError as e:
        print('StatisticsError', e)

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
print(iq.cdf(130), iq.pdf(100), iq.inv_cdf(0.9), iq.zscore(85))
print(iq.quantiles(), [round(q, 3) for q in iq.quantiles(10)])
print([NormalDist().inv_cdf(p) for p in (1e-15, 0.001, 0.3, 0.5, 0.8, 0.999999)])
print(iq.overlap(NormalDist(110, 15)), NormalDist(0, 1).overlap(NormalDist(1, 2)))
print(iq * 2, iq / 3, iq - 10, 10 - iq, -iq, +iq, 2 * iq, iq + 5)
print(NormalDist(1, 2) == NormalDist(1.0, 2.0), NormalDist(1, 2) == 3, len({NormalDist(), NormalDist(0, 1)}))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist(5, 2).samples(3, seed=11))
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist().inv_cdf(0.0),
            lambda: NormalDist(3, 0).pdf(3), lambda: NormalDist(3, 0).cdf(3)):
    try:
        bad()
    except StatisticsError as e:
        print('StatisticsError', e)
try:
    iq.overlap(Fraction(1))
except TypeError as e:
    print('TypeError', e)
