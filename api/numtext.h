/* numtext.h: integers and doubles as text without printf, for the writers
 * on the scrape's hot path (Prometheus and OpenMetrics).
 *
 * Doubles are written shortest round-trip: the fewest significant digits
 * that strtod reads back as the same double (the closest such digits when
 * several qualify), laid out as printf's %g would with precision
 * max(15, digits): fixed notation for decimal exponents -4 .. precision-1,
 * else d.ddde+XX. NaN, +Inf and -Inf are spelled as Prometheus does. */
#ifndef CLOSURED_API_NUMTEXT_H
#define CLOSURED_API_NUMTEXT_H

#include <stddef.h>
#include <stdint.h>

/* Room for any result of the functions below (no NUL is written). */
#define API_NUM_MAX 32

/* Writes v in decimal at out; returns the length. */
size_t api_num_u64(char *out, uint64_t v);
/* Writes v (shortest round-trip, see the top) at out; returns the length. */
size_t api_num_double(char *out, double v);

/* The shortest round-trip digits of finite v > 0: writes them to digits
 * (no NUL; at most 17) and the decimal exponent of the first one to *exp10
 * (v ~ d.ddd x 10^exp10). Returns the number of digits. */
int api_num_shortest(double v, char digits[17], int *exp10);

#endif
