/* compile_genexpr.c: `sum(<generator expression>)`, and `list`, `tuple`
 * and `sorted` of one, compiled as a loop of the calling code: the
 * generator expression's scope runs in hidden local slots of the caller,
 * and the general call is kept for when the name is not that builtin at
 * run time.
 *
 * What is emitted for `sum(elt for t1 in it1 if c1 for t2 in it2)`:
 *
 *     PUSH_NULL; <sum>; <it1>; GET_ITER            [NULL, f, it]
 *     SUM_ENTER general       f the builtin sum:    [0, f, it]
 *     SETUP_BLOCK handler
 *   top1: FOR_ITER end1; <store t1>; <c1 false: top1>
 *     <it2>; GET_ITER
 *   top2: FOR_ITER end2; <store t2>
 *     <elt>; SUM_ADD 4        the total += elt, as sum() adds
 *                             (list, tuple, sorted: LIST_ENTER, LIST_APPEND
 *                             into a new list, LIST_END for POP_TOP)
 *     JUMP top2
 *   end2: JUMP top1
 *   end1: POP_BLOCK; CLEAR_FAST <hidden...>; POP_TOP; JUMP done
 *   handler: LOAD_CLOSURE <its free names>; LOAD_CONST <its code>;
 *     GENEXPR_RAISE <first hidden slot>     (exc leaves the generator's frame)
 *   general:                  [NULL, f, it]: the generator expression called
 *     PUSH_NULL; ROT_TWO; <make function>; ROT_TWO; CALL 1; CALL 1
 *   done:
 *
 * CPython runs a generator: what a program can see of the difference is
 * kept the same or excluded. The first iterable is evaluated and iterated
 * in the caller in both. An exception leaving the loop's code leaves as it
 * would leave the generator's frame: GENEXPR_RAISE turns the caller's
 * traceback entry into the generator expression's (same line and carets,
 * the caller's line added after it) and gives it the expression's f_locals
 * (.0, its variables, its free names), which the exception keeps alive as
 * CPython's traceback keeps the frame (so a source generator's `finally`
 * runs when the exception dies, not when it passes); a StopIteration
 * becomes "RuntimeError: generator raised StopIteration" (PEP 479). An
 * error of the addition itself is sum()'s, raised outside the generator in
 * CPython: SUM_ADD raises it without an entry of its own, so it keeps no
 * frame and gets the call's line alone, the loop's iterators released as
 * it passes (as sum() closing the generator releases them). When the
 * loop ends, the hidden slots are cleared, so the last item dies when it
 * would with the generator; locals() skips them (their names start with
 * '<'). Not done in place: a generator expression with a nested scope
 * (lambda, comprehension), an `async for` or `await`, one that names
 * locals, vars, dir, eval, exec or super (they read the running frame), and
 * any in a class body. What still differs: sys._getframe() from a function
 * the expression calls finds the caller one level nearer, and the recursion
 * depth counts one frame fewer. */
#include "runtime/compile_unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A generator expression's locals beyond this many hidden slots in one
 * unit are not run in place (nlocals is 16 bits). */
#define MAX_HIDDEN 4096

/* The consumers run in place: the call's name, the instruction that checks
 * the callable and starts the result, the one adding an item to it, the one
 * making the call's result of it. */
typedef struct consumer {
    const char *name;
    rt_opcode enter, add, end;
} consumer;

static const consumer consumers[] = {
    {"sum", RT_OP_SUM_ENTER, RT_OP_SUM_ADD, RT_OP_POP_TOP},
    {"list", RT_OP_LIST_ENTER, RT_OP_LIST_APPEND, RT_OP_LIST_END},
    {"tuple", RT_OP_LIST_ENTER, RT_OP_LIST_APPEND, RT_OP_LIST_END},
    {"sorted", RT_OP_LIST_ENTER, RT_OP_LIST_APPEND, RT_OP_LIST_END},
};

static const consumer *consumer_of(const rt_ast_expr *fn)
{
    if (fn->kind != RT_EXPR_NAME)
        return NULL;
    rt_ast_str id = fn->u.name.id;
    for (size_t i = 0; i < sizeof consumers / sizeof *consumers; i++)
        if (id.len == strlen(consumers[i].name) && !memcmp(id.s, consumers[i].name, id.len))
            return &consumers[i];
    return NULL;
}

static bool qualifies(const cunit *u, const rt_ast_expr *call)
{
    if (!consumer_of(call->u.call.func) || call->u.call.args.n != 1 || call->u.call.nkeywords)
        return false;
    const rt_ast_expr *e = call->u.call.args.v[0];
    if (e->kind != RT_EXPR_GENERATOREXP || u->inl || u->scope->kind == RT_SCOPE_CLASS)
        return false;
    const rt_ast_scope *sc = e->u.comp.scope;
    if (!sc || sc->is_asyncgen || sc->is_coroutine || sc->nchildren || sc->ncellvars ||
        sc->frame_names || sc->nvarnames < 1 || sc->varnames[0].len != 2 ||
        memcmp(sc->varnames[0].s, ".0", 2) != 0)
        return false;
    int ngen = e->u.comp.ngenerators;
    if (ngen < 1 || ngen > 64)
        return false;
    for (int g = 0; g < ngen; g++)
        if (e->u.comp.generators[g].is_async)
            return false;
    return u->nhidden + sc->nvarnames <= MAX_HIDDEN &&
           u->scope->nvarnames + u->nhidden + sc->nvarnames < UINT16_MAX / 2;
}

/* Appends the generator expression's varnames (slot 0, its `.0`, included,
 * so that its slot numbers carry over) as hidden locals named
 * "<genexpr>.name"; returns the first one's slot, or -1 (failed set). */
static int add_hidden(cunit *u, const rt_ast_scope *sc)
{
    int need = u->nhidden + sc->nvarnames;
    if (need > u->caphidden) {
        int cap = u->caphidden ? u->caphidden * 2 : 8;
        while (cap < need)
            cap *= 2;
        rt_ast_str *nh = realloc(u->hidden, (size_t)cap * sizeof *nh);
        if (!nh) {
            rt_raise(u->rt, RT_EXC_MemoryError, "out of memory");
            *u->failed = true;
            return -1;
        }
        u->hidden = nh;
        u->caphidden = cap;
    }
    int base = u->scope->nvarnames + u->nhidden;
    for (int i = 0; i < sc->nvarnames; i++) {
        rt_ast_str v = sc->varnames[i];
        char buf[80];
        int len = snprintf(buf, sizeof buf, "<genexpr>.%.*s", (int)(v.len > 64 ? 64 : v.len), v.s);
        char *s = rt_ast_strdup(u->mod->arena, buf, (size_t)len);
        if (!s) {
            rt_raise(u->rt, RT_EXC_MemoryError, "out of memory");
            *u->failed = true;
            return -1;
        }
        u->hidden[u->nhidden++] = (rt_ast_str){s, (size_t)len};
    }
    return base;
}

static void clear_hidden(cunit *u, int base, int n)
{
    for (int i = 1; i < n; i++) /* slot 0, `.0`, is never bound here */
        rt__c_emit(u, RT_OP_CLEAR_FAST, (uint32_t)(base + i));
}

bool rt__c_sum_genexpr(cunit *u, const rt_ast_expr *call)
{
    if (!qualifies(u, call))
        return false;
    const consumer *cons = consumer_of(call->u.call.func);
    const rt_ast_expr *e = call->u.call.args.v[0];
    rt_ast_scope *sc = e->u.comp.scope;
    int ngen = e->u.comp.ngenerators;
    /* the general path calls the generator expression's own code */
    rt_value code = rt__c_compile_scope(u, sc, NULL, NULL, e);
    if (!code) {
        *u->failed = true;
        return true;
    }
    int base = add_hidden(u, sc);
    if (base < 0) {
        rt_decref(u->rt, code);
        return true;
    }
    int saved = u->line;
    rt_ast_pos saved_pos = u->pos;
    int general = rt__c_new_label(u), handler = rt__c_new_label(u), done = rt__c_new_label(u);
    rt__c_emit(u, RT_OP_PUSH_NULL, 0);
    rt__c_expr(u, call->u.call.func);
    rt__c_expr(u, e->u.comp.generators[0].iter);
    rt__c_emit(u, RT_OP_GET_ITER, 0);
    rt__c_emit_jump(u, cons->enter, general);
    rt__c_setup_block(u, handler);

    int tops[64], ends[64];
    u->inl = sc;
    u->inl_base = base;
    for (int g = 0; g < ngen; g++) {
        const rt_ast_comprehension *c = &e->u.comp.generators[g];
        if (g > 0) {
            rt__c_expr(u, c->iter);
            rt__c_emit(u, RT_OP_GET_ITER, 0);
        }
        tops[g] = rt__c_new_label(u);
        ends[g] = rt__c_new_label(u);
        rt__c_bind_label(u, tops[g]);
        rt__c_emit_jump(u, RT_OP_FOR_ITER, ends[g]);
        rt__c_store_target(u, c->target);
        for (int k = 0; k < c->ifs.n; k++)
            rt__c_jump_if(u, c->ifs.v[k], false, tops[g]);
    }
    u->line = e->pos.line;
    rt__c_expr(u, e->u.comp.elt);
    /* [total, f, it1 ... itn, v]: the total is n + 2 below v's slot */
    rt__c_emit(u, cons->add, (uint32_t)ngen + 2);
    for (int g = ngen - 1; g >= 0; g--) {
        rt__c_emit_jump(u, RT_OP_JUMP, tops[g]);
        rt__c_bind_label(u, ends[g]);
    }
    u->inl = NULL;
    u->line = call->pos.line; /* the consumer's end is the call's (sorted's errors) */
    u->pos = call->pos;
    rt__c_emit(u, RT_OP_POP_BLOCK, 0);
    clear_hidden(u, base, sc->nvarnames);
    rt__c_emit(u, cons->end, 0); /* [total, f] -> [the call's result] */
    rt__c_emit_jump(u, RT_OP_JUMP, done);

    /* [total, f, it1, exc]: the exception leaves the generator's frame,
     * then the call's line (GENEXPR_RAISE clears the hidden slots) */
    rt__c_bind_label(u, handler);
    for (int i = 0; i < sc->nfreevars; i++) {
        rt_ast_name_res r = sc->closure[i];
        rt__c_emit(u, RT_OP_LOAD_CLOSURE,
                   (uint32_t)(r.kind == RT_NAME_CELL ? r.slot : u->scope->ncellvars + r.slot));
    }
    rt_incref(code);
    rt__c_load_const(u, code);
    rt__c_emit(u, RT_OP_GENEXPR_RAISE, (uint32_t)base);

    rt__c_bind_label(u, general); /* [NULL, f, it1] */
    rt__c_emit(u, RT_OP_PUSH_NULL, 0);
    rt__c_emit(u, RT_OP_ROT_TWO, 0);
    rt__c_make_function(u, sc, 0, code); /* [NULL, f, NULL, it1, fn] */
    rt__c_emit(u, RT_OP_ROT_TWO, 0);
    rt__c_emit(u, RT_OP_CALL, 1); /* the generator */
    rt__c_emit(u, RT_OP_CALL, 1);
    u->line = saved;
    u->pos = saved_pos;
    rt__c_bind_label(u, done);
    return true;
}
