# Case-insensitive matching beyond ASCII: the letters whose cases fold alike.
import re

for p, s in [('ı', 'İiIı'), ('İ', 'ıiI'), ('[a-z]+', 'ıİ'), ('[^a-z]', 'ıİ'), ('µ', 'μΜ'), ('[α-ω]', 'µΣς'),
             ('σ', 'ΣσςX'), ('[Α-Ω]+', 'αβγς'), ('é', 'É'), ('ÿ', 'Ÿ'), ('[à-þ]+', 'ÀÉÎÕÜ'), ('ж', 'Ж'),
             (r'(\w)\1', 'aA ıI σΣ'), ('straße', 'STRASSE STRAßE'), ('[k]', 'K')]:
    print(p, s, re.findall(p, s, re.I), re.findall(p, s, re.I | re.A))
