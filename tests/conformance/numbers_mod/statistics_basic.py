import statistics as st
from fractions import Fraction
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1.1, 2.2, 3.3]), st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean(data), st.fmean(data))
print(st.median(data), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbbc"), st.multimode("aabbcc"), st.multimode([]))
print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3]), st.variance([1, 2, 3, 4]), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.variance([Fraction(1, 2), Fraction(3, 2), 2]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(20), n=10, method="inclusive"))
print(st.harmonic_mean([40, 60]), round(st.geometric_mean([54, 24, 36]), 9), st.median_grouped([52, 52, 53, 54]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.median([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
scores = {"ann": [88, 92, 79], "bob": [72, 85, 91], "cid": [95, 90, 93]}
for name, s in sorted(scores.items(), key=lambda kv: -st.mean(kv[1])):
    print(f"{name}: mean={st.mean(s):.2f} sd={st.stdev(s):.3f} med={st.median(s)}")
