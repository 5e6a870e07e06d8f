/* exc_group.c: exception groups (PEP 654) as CPython 3.11 has them:
 * BaseExceptionGroup and ExceptionGroup (creation with CPython's checks,
 * message, exceptions, derive, split, subgroup), the two steps of a
 * try/except* statement (matching one clause, combining what the clauses
 * raised with what none of them matched), and the methods every exception
 * has (add_note, with_traceback). */
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/heap.h"
#include "runtime/list.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

#define BASE_GROUP(rt) ((rt)->exc_types[RT_EXC_BaseExceptionGroup])
#define GROUP(rt) ((rt)->exc_types[RT_EXC_ExceptionGroup])

int rt__exc_group_init(rt_state *rt)
{
    /* ExceptionGroup(BaseExceptionGroup, Exception): its MRO gains Exception */
    rt_value eg = GROUP(rt), ex = rt->exc_types[RT_EXC_Exception];
    rt_value bases = rt_tuple_pack(rt, 2, BASE_GROUP(rt), ex);
    rt_value mro = rt_tuple_pack(rt, 4, BASE_GROUP(rt), ex, rt->exc_types[RT_EXC_BaseException],
                                 rt->type_objs[RT_T_INSTANCE]);
    if (!bases || !mro) {
        rt_decref(rt, bases);
        rt_decref(rt, mro);
        return -1;
    }
    rt_type_obj *to = rt_type_obj_of(eg);
    rt_value old_bases = to->bases, old_mro = to->mro;
    to->bases = bases;
    to->mro = mro;
    rt_decref(rt, old_bases);
    rt_decref(rt, old_mro);
    return 0;
}

static bool is_group(rt_value v)
{
    return rt_is_exc(v) && rt_exc_of(v)->group != RT_NULL;
}

/* CPython's PySequence_Check for the second argument: an indexable
 * container that is not a mapping or a set. */
static bool is_sequence(rt_state *rt, rt_value v)
{
    switch (rt_type_of(v)) {
    case RT_T_LIST:
    case RT_T_TUPLE:
    case RT_T_STR:
    case RT_T_BYTES:
    case RT_T_BYTEARRAY:
    case RT_T_RANGE:
    case RT_T_DEQUE: return true;
    case RT_T_INSTANCE: return rt__special(rt, v, RT_ID_getitem) != RT_NULL;
    default: return false;
    }
}

rt_value rt__exc_group_new(rt_state *rt, rt_value cls, const rt_value *args, size_t nargs)
{
    if (nargs != 2)
        return rt_raise(rt, RT_EXC_TypeError,
                        "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)",
                        nargs);
    rt_value msg = args[0], seq = args[1];
    if (!rt_is_str(msg))
        return rt_raise(rt, RT_EXC_TypeError,
                        "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                        rt_type_name(msg));
    if (!is_sequence(rt, seq))
        return rt_raise(rt, RT_EXC_TypeError, "second argument (exceptions) must be a sequence");
    rt_value excs = rt_tuple_from_iter(rt, seq);
    if (!excs)
        return RT_NULL;
    int64_t n = rt_tuple_len(excs);
    if (n == 0) {
        rt_decref(rt, excs);
        return rt_raise(rt, RT_EXC_ValueError,
                        "second argument (exceptions) must be a non-empty sequence");
    }
    bool nested_base = false; /* a member that is no Exception */
    for (int64_t i = 0; i < n; i++) {
        rt_value x = rt_tuple_get(excs, i);
        if (!rt_is_exc(x)) {
            rt_decref(rt, excs);
            return rt_raise(rt, RT_EXC_ValueError,
                            "Item %lld of second argument (exceptions) is not an exception",
                            (long long)i);
        }
        if (!rt_isinstance(rt, x, rt->exc_types[RT_EXC_Exception]))
            nested_base = true;
    }
    const char *refuse = NULL;
    if (cls == BASE_GROUP(rt)) {
        if (!nested_base)
            cls = GROUP(rt);
    } else if (cls == GROUP(rt)) {
        if (nested_base)
            refuse = "an ExceptionGroup";
    } else if (nested_base && rt_type_is_subtype(cls, rt->exc_types[RT_EXC_Exception])) {
        refuse = rt_type_obj_name(cls);
    }
    if (refuse) {
        rt_decref(rt, excs);
        return rt_raise(rt, RT_EXC_TypeError,
                        cls == GROUP(rt) ? "Cannot nest BaseExceptions in %s"
                                         : "Cannot nest BaseExceptions in '%s'",
                        refuse);
    }
    rt_value targs = rt_tuple_pack(rt, 2, msg, seq);
    rt_value group = rt_tuple_pack(rt, 2, msg, excs);
    rt_decref(rt, excs);
    rt_value e = targs && group ? rt_exc_new(rt, cls, targs) : RT_NULL;
    rt_decref(rt, targs);
    if (!e) {
        rt_decref(rt, group);
        return RT_NULL;
    }
    rt_exc_of(e)->group = group;
    return e;
}

/* ---- split and subgroup ---------------------------------------------------------- */

/* What split() keeps: members of a type (or tuple of types), members a
 * predicate accepts, or (for except*) the exceptions of a set of leaves. */
typedef struct matcher {
    enum { BY_TYPE, BY_PREDICATE, BY_LEAVES } kind;
    rt_value value;         /* the type(s) or the predicate */
    const rt_value *leaves; /* BY_LEAVES: the exceptions kept (pointers compared) */
    size_t nleaves;
} matcher;

/* 1 when m keeps exc, 0 when not, -1 on error. */
static int matcher_keeps(rt_state *rt, const matcher *m, rt_value exc)
{
    switch (m->kind) {
    case BY_TYPE: return rt_exc_match_spec(rt, exc, m->value);
    case BY_PREDICATE: {
        rt_value r = rt_call(rt, m->value, &exc, 1, RT_NULL);
        if (!r)
            return -1;
        int t = rt_truthy(rt, r);
        rt_decref(rt, r);
        return t;
    }
    case BY_LEAVES:
        for (size_t i = 0; i < m->nleaves; i++)
            if (m->leaves[i] == exc)
                return 1;
        return 0;
    }
    return 0;
}

static bool is_exc_class_or_tuple(rt_value v)
{
    if (rt_is_exc_class(v))
        return true;
    if (!rt_is_tuple(v))
        return false;
    for (int64_t i = 0; i < rt_tuple_len(v); i++)
        if (!rt_is_exc_class(rt_tuple_get(v, i)))
            return false;
    return true;
}

static int matcher_from(rt_state *rt, rt_value cond, matcher *m)
{
    memset(m, 0, sizeof *m);
    m->value = cond;
    if (is_exc_class_or_tuple(cond)) {
        m->kind = BY_TYPE;
        return 0;
    }
    rt_type_id t = rt_type_of(cond);
    bool callable = t == RT_T_FUNCTION || t == RT_T_BUILTIN || t == RT_T_METHOD || t == RT_T_LRU ||
                    (t == RT_T_INSTANCE && rt__special(rt, cond, RT_ID_call) != RT_NULL);
    if (!callable) {
        rt_raise(rt, RT_EXC_TypeError,
                 "expected a function, exception type or tuple of exception types");
        return -1;
    }
    m->kind = BY_PREDICATE;
    return 0;
}

/* A copy of orig's traceback entries into e (whose own are dropped). */
static void copy_tb(rt_state *rt, rt_value e, rt_value orig)
{
    rt_exc *o = rt_exc_of(orig);
    for (uint32_t k = 0; k < o->ntb; k++)
        rt__exc_add_tb(rt, e, o->tb[k].code, o->tb[k].line, o->tb[k].cols);
}

/* orig.derive(excs) with orig's traceback, cause and context (the context
 * suppressed, as CPython's PyException_SetCause does) and a copy of its
 * notes: a part of orig for split(). *out is RT_NULL for an empty excs. */
static int subset(rt_state *rt, rt_value orig, rt_value excs, rt_value *out)
{
    *out = RT_NULL;
    if (rt_list_len(excs) == 0)
        return 0;
    rt_value name = rt_str_intern(rt, "derive", 6);
    rt_value derive = name ? rt_getattr(rt, orig, name) : RT_NULL;
    rt_decref(rt, name);
    if (!derive)
        return -1;
    rt_value eg = rt_call(rt, derive, &excs, 1, RT_NULL);
    rt_decref(rt, derive);
    if (!eg)
        return -1;
    if (!is_group(eg)) {
        rt_decref(rt, eg);
        rt_raise(rt, RT_EXC_TypeError, "derive must return an instance of BaseExceptionGroup");
        return -1;
    }
    rt_exc *o = rt_exc_of(orig), *x = rt_exc_of(eg);
    copy_tb(rt, eg, orig);
    rt_setref(rt, &x->context, o->context);
    rt_setref(rt, &x->cause, o->cause);
    x->suppress_context = true;
    rt_value notes = o->dict ? rt_dict_get_cstr(rt, o->dict, "__notes__") : RT_NULL;
    if (notes && (rt_is_list(notes) || rt_is_tuple(notes))) {
        rt_value copy = rt_list_from_iter(rt, notes);
        rt_value key = rt_str_intern(rt, "__notes__", 9);
        int r = copy && key ? rt_setattr(rt, eg, key, copy) : -1;
        rt_decref(rt, key);
        rt_decref(rt, copy);
        if (r < 0) {
            rt_decref(rt, eg);
            return -1;
        }
    }
    *out = eg;
    return 0;
}

/* Splits exc by m: *match and *rest (rest only when want_rest) are new
 * references or RT_NULL for nothing. 0, or -1 with an exception set. */
static int split(rt_state *rt, rt_value exc, const matcher *m, bool want_rest, rt_value *match,
                 rt_value *rest)
{
    *match = *rest = RT_NULL;
    int r = matcher_keeps(rt, m, exc);
    if (r < 0)
        return -1;
    if (r) { /* the whole of exc */
        rt_incref(exc);
        *match = exc;
        return 0;
    }
    if (!is_group(exc)) {
        if (want_rest) {
            rt_incref(exc);
            *rest = exc;
        }
        return 0;
    }
    if (rt__nest_enter(rt, " in exceptiongroup_split_recursive") < 0)
        return -1;
    rt_value excs = rt_tuple_get(rt_exc_of(exc)->group, 1);
    rt_value mlist = rt_list_new(rt, 0), rlist = rt_list_new(rt, 0);
    int rc = mlist && rlist ? 0 : -1;
    for (int64_t i = 0; rc == 0 && i < rt_tuple_len(excs); i++) {
        rt_value em, er;
        rc = split(rt, rt_tuple_get(excs, i), m, want_rest, &em, &er);
        if (rc == 0 && em)
            rc = rt_list_append_steal(rt, mlist, em);
        if (rc == 0 && er)
            rc = rt_list_append_steal(rt, rlist, er);
    }
    rt__nest_leave(rt);
    if (rc == 0)
        rc = subset(rt, exc, mlist, match);
    if (rc == 0 && want_rest && subset(rt, exc, rlist, rest) < 0) {
        rt_decref(rt, *match);
        *match = RT_NULL;
        rc = -1;
    }
    rt_decref(rt, mlist);
    rt_decref(rt, rlist);
    return rc;
}

static rt_value none_or(rt_value v)
{
    return v ? v : RT_NONE;
}

static rt_value need_group(rt_state *rt, rt_value self, const char *method)
{
    if (is_group(self))
        return self;
    return rt_raise(rt, RT_EXC_TypeError,
                    "descriptor '%s' requires a 'BaseExceptionGroup' object but received a '%s'",
                    method, rt_type_name(self));
}

static rt_value eg_split(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                         rt_value kwnames)
{
    matcher m;
    if (!need_group(rt, self, "split") || rt_args_range(rt, "split", nargs, kwnames, 1, 1) < 0 ||
        matcher_from(rt, args[0], &m) < 0)
        return RT_NULL;
    rt_value match, rest;
    if (split(rt, self, &m, true, &match, &rest) < 0)
        return RT_NULL;
    rt_value t = rt_tuple_pack(rt, 2, none_or(match), none_or(rest));
    rt_decref(rt, match);
    rt_decref(rt, rest);
    return t;
}

static rt_value eg_subgroup(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    matcher m;
    if (!need_group(rt, self, "subgroup") ||
        rt_args_range(rt, "subgroup", nargs, kwnames, 1, 1) < 0 ||
        matcher_from(rt, args[0], &m) < 0)
        return RT_NULL;
    rt_value match, rest;
    if (split(rt, self, &m, false, &match, &rest) < 0)
        return RT_NULL;
    return match ? match : RT_NONE;
}

/* derive(excs): a group like self (its message) of other members. */
static rt_value eg_derive(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    if (!need_group(rt, self, "derive") || rt_args_range(rt, "derive", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    rt_value a[2] = {rt_tuple_get(rt_exc_of(self)->group, 0), args[0]};
    return rt__exc_group_new(rt, BASE_GROUP(rt), a, 2);
}

/* BaseExceptionGroup.__new__(cls, message, exceptions). */
static rt_value eg_new(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames)
{
    (void)self;
    if (nargs < 1 || !rt_is_exc_class(args[0]) || !rt_type_is_subtype(args[0], BASE_GROUP(rt)))
        return rt_raise(rt, RT_EXC_TypeError,
                        "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup");
    if (rt_kw_count(kwnames))
        return rt_raise(rt, RT_EXC_TypeError, "%s() takes no keyword arguments",
                        rt_type_obj_name(args[0]));
    return rt__exc_group_new(rt, args[0], args + 1, nargs - 1);
}

/* ---- except* ------------------------------------------------------------------------- */

int rt__exc_group_match(rt_state *rt, rt_value exc, rt_value type, rt_value *match, rt_value *rest)
{
    *match = *rest = RT_NULL;
    if (!is_exc_class_or_tuple(type)) {
        rt_raise(rt, RT_EXC_TypeError,
                 "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    int64_t n = rt_is_tuple(type) ? rt_tuple_len(type) : 1;
    for (int64_t i = 0; i < n; i++)
        if (rt_type_is_subtype(rt_is_tuple(type) ? rt_tuple_get(type, i) : type, BASE_GROUP(rt))) {
            rt_raise(rt, RT_EXC_TypeError,
                     "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    if (!rt_is_exc(exc)) /* an earlier clause took all of it: rest is None */
        return 0;
    int r = rt_exc_match_spec(rt, exc, type);
    if (r < 0)
        return -1;
    if (r) {
        if (is_group(exc)) {
            rt_incref(exc);
            *match = exc;
            return 0;
        }
        /* a lone exception: caught as a group of one (without a traceback of its own) */
        rt_value one = rt_tuple_pack(rt, 1, exc);
        rt_value a[2] = {rt_str_intern(rt, "", 0), one};
        *match = one && a[0] ? rt__exc_group_new(rt, BASE_GROUP(rt), a, 2) : RT_NULL;
        rt_decref(rt, a[0]);
        rt_decref(rt, one);
        return *match ? 0 : -1;
    }
    if (!is_group(exc)) {
        rt_incref(exc);
        *rest = exc;
        return 0;
    }
    matcher m = {BY_TYPE, type, NULL, 0};
    return split(rt, exc, &m, true, match, rest);
}

/* Appends the leaves (exceptions that are no group) of exc to *leaves. */
static int collect_leaves(rt_state *rt, rt_value exc, rt_value **leaves, size_t *n, size_t *cap)
{
    if (!is_group(exc)) {
        if (*n == *cap) {
            size_t ncap = *cap ? *cap * 2 : 16;
            rt_value *nl = realloc(*leaves, ncap * sizeof *nl);
            if (!nl) {
                rt_raise(rt, RT_EXC_MemoryError, "out of memory");
                return -1;
            }
            *leaves = nl;
            *cap = ncap;
        }
        (*leaves)[(*n)++] = exc;
        return 0;
    }
    if (rt__nest_enter(rt, " in except*") < 0)
        return -1;
    rt_value excs = rt_tuple_get(rt_exc_of(exc)->group, 1);
    int rc = 0;
    for (int64_t i = 0; rc == 0 && i < rt_tuple_len(excs); i++)
        rc = collect_leaves(rt, rt_tuple_get(excs, i), leaves, n, cap);
    rt__nest_leave(rt);
    return rc;
}

/* True when a has orig's traceback, cause, context and notes: orig (or a
 * part of it split off) raised again by a bare `raise`, as CPython's
 * is_same_exception_metadata. */
static bool same_metadata(rt_state *rt, rt_value a, rt_value orig)
{
    rt_exc *x = rt_exc_of(a), *o = rt_exc_of(orig);
    if (x->cause != o->cause || x->context != o->context || x->ntb != o->ntb)
        return false;
    for (uint32_t k = 0; k < x->ntb; k++)
        if (x->tb[k].code != o->tb[k].code || x->tb[k].line != o->tb[k].line ||
            x->tb[k].cols != o->tb[k].cols)
            return false;
    rt_value xn = x->dict ? rt_dict_get_cstr(rt, x->dict, "__notes__") : RT_NULL;
    rt_value on = o->dict ? rt_dict_get_cstr(rt, o->dict, "__notes__") : RT_NULL;
    return xn == on;
}

rt_value rt__exc_group_reraise(rt_state *rt, rt_value orig, rt_value raised)
{
    int64_t n = rt_list_len(raised);
    if (!is_group(orig)) {
        /* a lone exception: one clause at most ran, and it raised the first item */
        rt_value e = n ? rt_list_items(raised)[0] : RT_NONE;
        if (e == RT_NONE)
            return RT_NULL;
        rt_incref(e);
        return e;
    }
    rt_value fresh = rt_list_new(rt, 0);
    rt_value *leaves = NULL;
    size_t nleaves = 0, cap = 0;
    int rc = fresh ? 0 : -1;
    for (int64_t i = 0; rc == 0 && i < n; i++) {
        rt_value e = rt_list_items(raised)[i];
        if (e == RT_NONE)
            continue;
        if (rt_is_exc(e) && same_metadata(rt, e, orig))
            rc = collect_leaves(rt, e, &leaves, &nleaves, &cap);
        else
            rc = rt_list_append(rt, fresh, e);
    }
    /* the re-raised members, as a part of orig keeping its nesting */
    rt_value kept = RT_NULL, unused = RT_NULL;
    if (rc == 0 && nleaves) {
        matcher m = {BY_LEAVES, RT_NULL, leaves, nleaves};
        rc = split(rt, orig, &m, false, &kept, &unused);
    }
    free(leaves);
    rt_value result = RT_NULL;
    if (rc == 0) {
        if (rt_list_len(fresh) == 0) {
            result = kept;
            kept = RT_NULL;
        } else if (!kept && rt_list_len(fresh) == 1) {
            result = rt_list_items(fresh)[0];
            rt_incref(result);
        } else if (!kept || rt_list_append(rt, fresh, kept) == 0) {
            rt_value a[2] = {rt_str_intern(rt, "", 0), fresh};
            result = a[0] ? rt__exc_group_new(rt, BASE_GROUP(rt), a, 2) : RT_NULL;
            rt_decref(rt, a[0]);
        }
    }
    rt_decref(rt, kept);
    rt_decref(rt, fresh);
    return result;
}

/* ---- the methods of every exception ------------------------------------------------ */

static rt_value exc_add_note(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                             rt_value kwnames)
{
    if (rt_args_range(rt, "add_note", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (!rt_is_exc(self))
        return rt_raise(rt, RT_EXC_TypeError, "descriptor 'add_note' requires a 'BaseException'");
    if (!rt_is_str(args[0]))
        return rt_raise(rt, RT_EXC_TypeError, "note must be a str, not '%s'",
                        rt_type_name(args[0]));
    rt_value key = rt_str_intern(rt, "__notes__", 9);
    if (!key)
        return RT_NULL;
    rt_exc *e = rt_exc_of(self);
    rt_value notes = e->dict ? rt_dict_get(rt, e->dict, key) : RT_NULL;
    if (!notes) {
        rt_value l = rt_list_new(rt, 0);
        int r = l ? rt_setattr(rt, self, key, l) : -1;
        rt_decref(rt, l);
        if (r < 0) {
            rt_decref(rt, key);
            return RT_NULL;
        }
        notes = l;
    }
    rt_decref(rt, key);
    if (!rt_is_list(notes))
        return rt_raise(rt, RT_EXC_TypeError, "Cannot add note: __notes__ is not a list");
    return rt_list_append(rt, notes, args[0]) < 0 ? RT_NULL : RT_NONE;
}

/* with_traceback(tb): the exception with tb as its traceback (None drops
 * it); the exception itself. */
static rt_value exc_with_traceback(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                                   rt_value kwnames)
{
    if (rt_args_range(rt, "with_traceback", nargs, kwnames, 1, 1) < 0)
        return RT_NULL;
    if (!rt_is_exc(self))
        return rt_raise(rt, RT_EXC_TypeError,
                        "descriptor 'with_traceback' requires a 'BaseException'");
    if (rt__exc_traceback_set(rt, self, args[0]) < 0)
        return RT_NULL;
    rt_incref(self);
    return self;
}

static const rt_builtin_def exc_methods[] = {
    {"add_note", exc_add_note},
    {"with_traceback", exc_with_traceback},
    {NULL, NULL},
};

static const rt_builtin_def group_methods[] = {
    {"__new__", eg_new},       {"derive", eg_derive}, {"split", eg_split},
    {"subgroup", eg_subgroup}, {NULL, NULL},
};

const rt_builtin_def *rt__exc_method_find(rt_state *rt, int exc_kind, rt_value name)
{
    (void)rt;
    const rt_builtin_def *defs = exc_kind == RT_EXC_BaseException        ? exc_methods
                                 : exc_kind == RT_EXC_BaseExceptionGroup ? group_methods
                                                                         : NULL;
    for (int i = 0; defs && defs[i].name; i++)
        if (rt_str_eq_cstr(name, defs[i].name))
            return &defs[i];
    return NULL;
}
