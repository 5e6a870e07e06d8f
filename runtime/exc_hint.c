/* exc_hint.c: the "Did you mean: 'x'?" hint CPython 3.11 adds to the last
 * line of an uncaught NameError or AttributeError (Python/suggestions.c; the
 * traceback module adds none before 3.12): the candidate name nearest to the
 * missing one by an edit distance in which a case change costs 1 and any
 * other edit 2, within a third of the characters involved. Only the exact
 * types: an AttributeError looks in dir(obj); a NameError in the raising
 * code's variable names, then its module's globals, then the builtins, each
 * list on its own and skipped when it holds 750 names or more. */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"

enum {
    MOVE_COST = 2,       /* an insertion, deletion or substitution */
    CASE_COST = 1,       /* a substitution that only changes case */
    MAX_STRING = 40,     /* longer names (after the common affixes) are never near */
    MAX_CANDIDATES = 750 /* a longer list is not searched at all */
};

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The edit distance of a[0..an) and b[0..bn) (UTF-8 bytes, as CPython), or
 * max_cost + 1 as soon as it is known to exceed max_cost. */
static int64_t distance(const char *a, int64_t an, const char *b, int64_t bn, int64_t max_cost)
{
    if (an == bn && !memcmp(a, b, (size_t)an))
        return 0;
    while (an && bn && *a == *b)
        a++, b++, an--, bn--;
    while (an && bn && a[an - 1] == b[bn - 1])
        an--, bn--;
    if (!an || !bn)
        return (an + bn) * MOVE_COST;
    if (an > MAX_STRING || bn > MAX_STRING)
        return max_cost + 1;
    if (bn < an) {
        const char *t = a;
        a = b, b = t;
        int64_t tn = an;
        an = bn, bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost)
        return max_cost + 1;
    int64_t row[MAX_STRING];
    for (int64_t i = 0; i < an; i++)
        row[i] = (i + 1) * MOVE_COST;
    int64_t result = 0;
    for (int64_t bi = 0; bi < bn; bi++) {
        int64_t dist = result = bi * MOVE_COST, minimum = INT64_MAX;
        for (int64_t i = 0; i < an; i++) {
            int64_t sub = dist + (a[i] == b[bi]                 ? 0
                                  : lower(a[i]) == lower(b[bi]) ? CASE_COST
                                                                : MOVE_COST);
            dist = row[i];
            int64_t ins_del = (result < dist ? result : dist) + MOVE_COST;
            result = ins_del < sub ? ins_del : sub;
            row[i] = result;
            if (result < minimum)
                minimum = result;
        }
        if (minimum > max_cost)
            return max_cost + 1;
    }
    return result;
}

/* A search for the name nearest to `name` over lists of candidates. */
typedef struct search {
    rt_value name;
    rt_value best; /* borrowed from the candidate list's owner */
    int64_t best_dist;
} search;

static void consider(search *s, rt_value cand)
{
    if (!rt_is_str(cand))
        return;
    int64_t nn = (int64_t)rt_str_len(s->name), cn = (int64_t)rt_str_len(cand);
    if (nn == cn && !memcmp(rt_str_data(s->name), rt_str_data(cand), (size_t)nn))
        return; /* the missing name itself (a failing property) is not a hint */
    int64_t max = (nn + cn + 3) * MOVE_COST / 6;
    if (s->best_dist - 1 < max)
        max = s->best_dist - 1;
    int64_t d = distance(rt_str_data(s->name), nn, rt_str_data(cand), cn, max);
    if (d > max)
        return;
    if (!s->best || d < s->best_dist) {
        s->best = cand;
        s->best_dist = d;
    }
}

static void search_init(search *s, rt_value name)
{
    s->name = name;
    s->best = RT_NULL;
    s->best_dist = INT64_MAX;
}

static void search_list(search *s, const rt_value *items, int64_t n)
{
    if (n >= MAX_CANDIDATES)
        return;
    for (int64_t i = 0; i < n; i++)
        consider(s, items[i]);
}

static void search_dict(search *s, rt_value d)
{
    if (!d || !rt_is_dict(d) || rt_dict_len(d) >= MAX_CANDIDATES)
        return;
    int64_t pos = 0;
    rt_value k;
    while (rt_dict_next(d, &pos, &k, NULL))
        consider(s, k);
}

/* The globals of the module whose code `c` is: the module in sys.modules
 * whose __file__ is c's file name (the report keeps code objects, not
 * frames), else the main program's. Borrowed, or RT_NULL. */
static rt_value code_globals(rt_state *rt, const rt_code *c)
{
    int64_t pos = 0;
    rt_value mod;
    while (rt->modules && rt_dict_next(rt->modules, &pos, NULL, &mod)) {
        if (!rt_is_module(mod))
            continue;
        rt_value file = rt_dict_get_cstr(rt, rt_module_of(mod)->dict, "__file__");
        if (file && rt_is_str(file) && rt_str_eq(file, c->filename))
            return rt_module_of(mod)->dict;
    }
    rt_value main_file = rt->globals ? rt_dict_get_cstr(rt, rt->globals, "__file__") : RT_NULL;
    if (main_file && rt_is_str(main_file) && rt_str_eq(main_file, c->filename))
        return rt->globals;
    return RT_NULL;
}

static rt_value hint_name_error(rt_state *rt, rt_exc *e, rt_value name)
{
    if (!e->ntb)
        return RT_NULL;
    const rt_code *c = e->tb[0].code; /* the innermost entry: where it was raised */
    search s;
    search_init(&s, name);
    search_list(&s, c->varnames, c->nlocals);
    if (!s.best)
        search_dict(&s, code_globals(rt, c));
    if (!s.best)
        search_dict(&s, rt->builtins);
    if (s.best)
        rt_incref(s.best);
    return s.best;
}

static rt_value hint_attribute_error(rt_state *rt, rt_exc *e, rt_value name)
{
    rt_value obj = e->dict ? rt_dict_get_cstr(rt, e->dict, "obj") : RT_NULL;
    if (!obj)
        return RT_NULL;
    rt_incref(obj);
    rt_value names = rt__dir(rt, obj);
    rt_decref(rt, obj);
    if (!names || !rt_is_list(names)) {
        rt_decref(rt, names);
        return RT_NULL;
    }
    search s;
    search_init(&s, name);
    search_list(&s, rt_list_items(names), rt_list_len(names));
    rt_value best = s.best;
    if (best)
        rt_incref(best);
    rt_decref(rt, names);
    return best;
}

rt_value rt__exc_hint(rt_state *rt, rt_value ev)
{
    if (!rt_is_exc(ev))
        return RT_NULL;
    rt_exc *e = rt_exc_of(ev);
    bool is_name = e->cls == rt->exc_types[RT_EXC_NameError];
    if (!is_name && e->cls != rt->exc_types[RT_EXC_AttributeError])
        return RT_NULL;
    rt_value name = e->dict ? rt_dict_get_cstr(rt, e->dict, "name") : RT_NULL;
    if (!name || !rt_is_str(name))
        return RT_NULL;
    rt_value saved = rt->exc;
    rt->exc = RT_NULL;
    rt_incref(name);
    rt_value hint = is_name ? hint_name_error(rt, e, name) : hint_attribute_error(rt, e, name);
    rt_decref(rt, name);
    rt_exc_clear(rt); /* a failing __dir__ gives no hint, and no error */
    rt->exc = saved;
    return hint;
}
