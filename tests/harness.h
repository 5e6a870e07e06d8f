/* harness.h: the tiny assertion harness every C unit test uses.
 *
 * A test file defines test functions with TEST(name) and lists them in a
 * main() built by RUN_TESTS(...). Each CHECK that fails prints file:line and
 * the expression, marks the test failed and goes on; the process exit status
 * is 1 if any check failed, so CTest reports it. */
#ifndef CLOSURED_TESTS_HARNESS_H
#define CLOSURED_TESTS_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_failures;
static const char *harness_current;

#define TEST(name) static void name(void)

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: %s: CHECK(%s) failed\n", __FILE__, __LINE__, harness_current,  \
                    #cond);                                                                        \
            harness_failures++;                                                                    \
        }                                                                                          \
    } while (0)

#define CHECK_EQ_INT(a, b)                                                                         \
    do {                                                                                           \
        long long ha_ = (long long)(a), hb_ = (long long)(b);                                      \
        if (ha_ != hb_) {                                                                          \
            fprintf(stderr, "%s:%d: %s: %s == %s failed: %lld != %lld\n", __FILE__, __LINE__,      \
                    harness_current, #a, #b, ha_, hb_);                                            \
            harness_failures++;                                                                    \
        }                                                                                          \
    } while (0)

#define CHECK_EQ_STR(a, b)                                                                         \
    do {                                                                                           \
        const char *ha_ = (a), *hb_ = (b);                                                         \
        if (!ha_ || !hb_ || strcmp(ha_, hb_) != 0) {                                               \
            fprintf(stderr, "%s:%d: %s: %s == %s failed: \"%s\" != \"%s\"\n", __FILE__, __LINE__,  \
                    harness_current, #a, #b, ha_ ? ha_ : "(null)", hb_ ? hb_ : "(null)");          \
            harness_failures++;                                                                    \
        }                                                                                          \
    } while (0)

typedef void (*harness_fn)(void);
struct harness_case {
    const char *name;
    harness_fn fn;
};
#define CASE(fn)                                                                                   \
    {                                                                                              \
#fn, fn                                                                                    \
    }

/* RUN_TESTS(CASE(a), CASE(b), ...) defines main(). */
#define RUN_TESTS(...)                                                                             \
    int main(void)                                                                                 \
    {                                                                                              \
        static const struct harness_case cases[] = {__VA_ARGS__};                                  \
        size_t n = sizeof cases / sizeof cases[0];                                                 \
        for (size_t i = 0; i < n; i++) {                                                           \
            int before = harness_failures;                                                         \
            harness_current = cases[i].name;                                                       \
            cases[i].fn();                                                                         \
            printf("%s %s\n", harness_failures == before ? "ok  " : "FAIL", cases[i].name);        \
        }                                                                                          \
        printf("%zu cases, %d failed checks\n", n, harness_failures);                              \
        return harness_failures ? 1 : 0;                                                           \
    }

#endif
