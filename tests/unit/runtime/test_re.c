/* test_re.c: the regex engine under `_re` (runtime/re.h): the parser's tree
 * and its errors (CPython's messages and positions), the compiled program's
 * header, the matcher on code point subjects, and the limits: a catastrophic
 * pattern yields at the slice's end under a budget, stops at the interrupt
 * flag without one, and the state is freed cleanly while it is suspended. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "runtime/re.h"
#include "runtime/rt.h"
#include "tests/harness.h"

/* ---- helpers ------------------------------------------------------------------- */

typedef struct sink {
    char out[2048];
    size_t len;
} sink;

static void on_write(void *ctx, const char *data, size_t len)
{
    sink *s = ctx;
    if (s->len + len < sizeof s->out) {
        memcpy(s->out + s->len, data, len);
        s->len += len;
        s->out[s->len] = '\0';
    }
}

static rt_state *state_new(sink *s, atomic_int *flag)
{
    memset(s, 0, sizeof *s);
    rt_config cfg = {0};
    cfg.write_out = on_write;
    cfg.write_ctx = s;
    cfg.interrupt = flag;
    return rt_state_new(&cfg);
}

/* The code points of an ASCII/UTF-8-free C string. */
static size_t cps(const char *s, uint32_t *out)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++)
        out[i] = (unsigned char)s[i];
    return n;
}

/* Parses pat; returns the parser's result (tree disposed of by the caller). */
static int parse(rt_state *rt, const char *pat, uint32_t flags, rt_re_tree *t, rt_re_error *e)
{
    uint32_t buf[256];
    size_t n = cps(pat, buf);
    return rt_re_parse(rt, buf, n, flags, false, t, e);
}

static void check_error(const char *pat, const char *msg, int64_t pos)
{
    sink s;
    rt_state *rt = state_new(&s, NULL);
    rt_re_tree t;
    rt_re_error e;
    int r = parse(rt, pat, 0, &t, &e);
    if (r == 0) {
        rt_re_prog prog;
        r = rt_re_compile(rt, &t, &prog, &e);
        if (r == 0)
            rt_heap_free(rt, NULL, prog.code, prog.len * 4);
    }
    CHECK_EQ_INT(r, 1);
    if (r == 1) {
        CHECK_EQ_STR(e.msg, msg);
        CHECK_EQ_INT(e.pos, pos);
    }
    rt_re_tree_dispose(rt, &t);
    rt_state_free(rt);
}

/* Compiles pat and runs it on subj (ASCII) in mode from pos; returns the
 * run's result and the whole match's span. */
static int run_pattern(const char *pat, uint32_t flags, const char *subj, rt_re_mode mode,
                       int64_t *start, int64_t *end)
{
    sink s;
    rt_state *rt = state_new(&s, NULL);
    rt_re_tree t;
    rt_re_error e;
    rt_re_prog prog = {0};
    int r = parse(rt, pat, flags, &t, &e);
    if (r == 0)
        r = rt_re_compile(rt, &t, &prog, &e);
    int res = -2;
    if (r == 0) {
        rt_re_subject sj = {(const uint8_t *)subj, NULL, (int64_t)strlen(subj)};
        int64_t slots[64], last = -1;
        res = rt_re_run(rt, prog.code, prog.len, &sj, 0, sj.len, mode, false, slots, &last);
        *start = slots[0];
        *end = slots[1];
        rt_heap_free(rt, NULL, prog.code, prog.len * 4);
    }
    rt_re_tree_dispose(rt, &t);
    rt_state_free(rt);
    return res;
}

/* ---- the parser ------------------------------------------------------------------ */

TEST(tree_of_a_sequence)
{
    sink s;
    rt_state *rt = state_new(&s, NULL);
    rt_re_tree t;
    rt_re_error e;
    CHECK_EQ_INT(parse(rt, "a(?P<x>b|c)*\\1", 0, &t, &e), 0);
    CHECK_EQ_INT(t.ngroups, 1);
    CHECK_EQ_INT(t.nnames, 1);
    CHECK_EQ_INT(t.names[0].group, 1);
    CHECK_EQ_INT(t.names[0].start, 5); /* "x" */
    CHECK_EQ_INT(t.names[0].end, 6);
    const rt_re_node *root = &t.nodes[t.root];
    CHECK_EQ_INT(root->kind, RE_N_CAT);
    const rt_re_node *a = &t.nodes[root->child];
    CHECK_EQ_INT(a->kind, RE_N_CHAR);
    CHECK_EQ_INT(a->a, 'a');
    const rt_re_node *rep = &t.nodes[a->next];
    CHECK_EQ_INT(rep->kind, RE_N_REPEAT);
    CHECK_EQ_INT(rep->a, 0);
    CHECK(rep->b == RT_RE_MAXREPEAT);
    const rt_re_node *grp = &t.nodes[rep->child];
    CHECK_EQ_INT(grp->kind, RE_N_GROUP);
    CHECK_EQ_INT(grp->a, 1);
    CHECK_EQ_INT(t.nodes[grp->child].kind, RE_N_ALT);
    const rt_re_node *ref = &t.nodes[rep->next];
    CHECK_EQ_INT(ref->kind, RE_N_BACKREF);
    CHECK_EQ_INT(ref->a, 1);
    CHECK_EQ_INT(ref->next, -1);
    rt_re_tree_dispose(rt, &t);
    rt_state_free(rt);
}

TEST(sets_and_flags)
{
    sink s;
    rt_state *rt = state_new(&s, NULL);
    rt_re_tree t;
    rt_re_error e;
    CHECK_EQ_INT(parse(rt, "(?i)[^a-c\\d]x{2,5}?", 0, &t, &e), 0);
    CHECK_EQ_INT(t.flags, RT_RE_IGNORECASE);
    const rt_re_node *set = &t.nodes[t.nodes[t.root].child];
    CHECK_EQ_INT(set->kind, RE_N_SET);
    CHECK((set->flags & RE_F_NEG) != 0);
    CHECK((set->flags & RE_F_ICASE) != 0);
    CHECK_EQ_INT(set->b, 2);
    CHECK_EQ_INT(t.items[set->a].lo, 'a');
    CHECK_EQ_INT(t.items[set->a].hi, 'c');
    CHECK(t.items[set->a + 1].lo == RE_CAT_BASE + RE_CAT_DIGIT);
    const rt_re_node *rep = &t.nodes[set->next];
    CHECK_EQ_INT(rep->kind, RE_N_REPEAT);
    CHECK_EQ_INT(rep->a, 2);
    CHECK_EQ_INT(rep->b, 5);
    CHECK((rep->flags & RE_F_LAZY) != 0);
    rt_re_tree_dispose(rt, &t);
    /* "[a]" is the literal a; "{" that opens no repeat is a literal too */
    CHECK_EQ_INT(parse(rt, "[a]{x", 0, &t, &e), 0);
    const rt_re_node *lit = &t.nodes[t.nodes[t.root].child];
    CHECK_EQ_INT(lit->kind, RE_N_CHAR);
    CHECK_EQ_INT(t.nodes[lit->next].a, '{');
    rt_re_tree_dispose(rt, &t);
    rt_state_free(rt);
}

TEST(errors_with_positions)
{
    check_error("(", "missing ), unterminated subpattern", 0);
    check_error("ab(cd", "missing ), unterminated subpattern", 2);
    check_error("a)", "unbalanced parenthesis", 1);
    check_error("*", "nothing to repeat", 0);
    check_error("a{2}*", "multiple repeat", 4);
    check_error("[abc", "unterminated character set", 0);
    check_error("a\\", "bad escape (end of pattern)", 1);
    check_error("\\q", "bad escape \\q", 0);
    check_error("[z-a]", "bad character range z-a", 1);
    check_error("(?P<1>x)", "bad character in group name '1'", 4);
    check_error("(?P=n)", "unknown group name 'n'", 4);
    check_error("(a\\1)", "cannot refer to an open group", 2);
    check_error("\\2(a)", "invalid group reference 2", 1);
    check_error("a{3,1}", "min repeat greater than max repeat", 2);
    check_error("(?<=a+)b", "look-behind requires fixed-width pattern", -1);
    check_error("x(?i)", "global flags not at the start of the expression", 1);
    check_error("(?P<a>.)(?P<a>.)", "redefinition of group name 'a' as group 2; was group 1", 12);
    check_error("(?z)", "unknown extension ?z", 1);
    check_error("(?#x", "missing ), unterminated comment", 0);
    check_error("\\x4", "incomplete escape \\x4", 0);
    check_error("\\777", "octal escape value \\777 outside of range 0-0o377", 0);
}

TEST(deep_nesting_is_an_error_not_a_crash)
{
    sink s;
    rt_state *rt = state_new(&s, NULL);
    size_t n = 5000;
    uint32_t *pat = malloc(2 * n * sizeof *pat);
    CHECK(pat != NULL);
    if (!pat)
        return;
    for (size_t i = 0; i < n; i++) {
        pat[i] = '(';
        pat[n + i] = ')';
    }
    rt_re_tree t;
    rt_re_error e;
    CHECK_EQ_INT(rt_re_parse(rt, pat, 2 * n, 0, false, &t, &e), -1);
    rt_re_tree_dispose(rt, &t);
    free(pat);
    rt_state_free(rt);
}

/* ---- the program and the matcher ------------------------------------------------- */

TEST(program_header)
{
    sink s;
    rt_state *rt = state_new(&s, NULL);
    rt_re_tree t;
    rt_re_error e;
    rt_re_prog prog;
    CHECK_EQ_INT(parse(rt, "x(a)(b){3,7}", 0, &t, &e), 0);
    CHECK_EQ_INT(rt_re_compile(rt, &t, &prog, &e), 0);
    CHECK_EQ_INT(prog.code[RE_H_NGROUPS], 2);
    CHECK_EQ_INT(prog.code[RE_H_NLOOPS], 1);
    CHECK_EQ_INT(prog.code[RE_H_PREFIX], 'x');
    CHECK_EQ_INT(prog.code[prog.len - 1], RE_OP_MATCH);
    rt_heap_free(rt, NULL, prog.code, prog.len * 4);
    rt_re_tree_dispose(rt, &t);
    rt_state_free(rt);
}

TEST(matching)
{
    int64_t a = 0, b = 0;
    CHECK_EQ_INT(run_pattern("b+", 0, "aabbbc", RE_MODE_SEARCH, &a, &b), 1);
    CHECK_EQ_INT(a, 2);
    CHECK_EQ_INT(b, 5);
    CHECK_EQ_INT(run_pattern("b+", 0, "aabbbc", RE_MODE_MATCH, &a, &b), 0);
    CHECK_EQ_INT(run_pattern("(ab)*c", 0, "ababc", RE_MODE_FULLMATCH, &a, &b), 1);
    CHECK_EQ_INT(b, 5);
    CHECK_EQ_INT(run_pattern("A.C", RT_RE_IGNORECASE, "xabc", RE_MODE_SEARCH, &a, &b), 1);
    CHECK_EQ_INT(a, 1);
    CHECK_EQ_INT(run_pattern("(?<=a)b(?!c)", 0, "abc ab", RE_MODE_SEARCH, &a, &b), 1);
    CHECK_EQ_INT(a, 5);
    CHECK_EQ_INT(run_pattern("a{2,}?", 0, "aaaa", RE_MODE_MATCH, &a, &b), 1);
    CHECK_EQ_INT(b, 2);
}

/* ---- limits ---------------------------------------------------------------------- */

static const char catastrophic[] = "import re\n"
                                   "print('start')\n"
                                   "print(re.match('(a*)*b', 'a' * 40))\n";

TEST(catastrophic_pattern_yields_under_a_budget)
{
    sink s;
    rt_state *rt = state_new(&s, NULL);
    CHECK_EQ_INT(rt_load(rt, "t.py", catastrophic, strlen(catastrophic)), RT_OK);
    rt_budget b = {100000, 0};
    int yields = 0;
    rt_status st = RT_YIELD;
    while (st == RT_YIELD && yields < 50) {
        st = rt_run(rt, &b);
        yields++;
    }
    /* still matching after 50 slices: every slice ended at its budget */
    CHECK_EQ_INT(st, RT_YIELD);
    CHECK_EQ_INT(yields, 50);
    CHECK_EQ_STR(s.out, "start\n");
    rt_state_free(rt); /* unwinds the suspended matcher: no leak under ASan */
}

/* The watchdog's part: sets the timeout flag after a nap, and again every
 * nap until the run ended (done), since a timeout that lands during a
 * collection is forgiven (gc.c) and a loaded machine may collect then. */
typedef struct raiser {
    atomic_int *flag;
    atomic_int done;
} raiser;

static void *raise_later(void *arg)
{
    raiser *r = arg;
    struct timespec ts = {0, 200 * 1000 * 1000};
    do {
        nanosleep(&ts, NULL);
        atomic_store(r->flag, RT_INTERRUPT_TIMEOUT);
    } while (!atomic_load(&r->done));
    return NULL;
}

TEST(catastrophic_pattern_stops_at_the_interrupt)
{
    sink s;
    atomic_int flag;
    atomic_init(&flag, RT_INTERRUPT_NONE);
    rt_state *rt = state_new(&s, &flag);
    CHECK_EQ_INT(rt_load(rt, "t.py", catastrophic, strlen(catastrophic)), RT_OK);
    pthread_t th;
    raiser r = {&flag, 0};
    CHECK_EQ_INT(pthread_create(&th, NULL, raise_later, &r), 0);
    CHECK_EQ_INT(rt_run(rt, NULL), RT_ERR_RUNTIME);
    atomic_store(&r.done, 1);
    pthread_join(th, NULL);
    const rt_error *e = rt_error_get(rt);
    CHECK(e != NULL);
    if (e) {
        CHECK_EQ_STR(e->type_name, "KeyboardInterrupt");
        CHECK_EQ_STR(e->message, "the slice ran longer than the time limit");
    }
    rt_state_free(rt);
}

TEST(long_match_completes_in_small_slices)
{
    static const char src[] = "import re\n"
                              "s = 'ab' * 20000 + 'c'\n"
                              "print(re.match('(?:a|b)*c', s).end(), len(re.findall('b', s)))\n";
    sink s;
    rt_state *rt = state_new(&s, NULL);
    CHECK_EQ_INT(rt_load(rt, "t.py", src, strlen(src)), RT_OK);
    rt_budget b = {50, 0};
    rt_status st;
    int slices = 0;
    while ((st = rt_run(rt, &b)) == RT_YIELD)
        slices++;
    CHECK_EQ_INT(st, RT_DONE);
    CHECK_EQ_STR(s.out, "40001 20000\n");
    CHECK(slices > 100);
    rt_state_free(rt);
}

RUN_TESTS(CASE(tree_of_a_sequence), CASE(sets_and_flags), CASE(errors_with_positions),
          CASE(deep_nesting_is_an_error_not_a_crash), CASE(program_header), CASE(matching),
          CASE(catastrophic_pattern_yields_under_a_budget),
          CASE(catastrophic_pattern_stops_at_the_interrupt),
          CASE(long_match_completes_in_small_slices))
