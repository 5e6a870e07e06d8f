/* vm.c: the resumable dispatch loop, Python-level calls without C recursion
 * (argument binding is in call.c), exception unwinding with traceback entries, slice
 * budgets (charged here; the checkpoints, the clock and C loops' safe points
 * are in vm_budget.c) and rt__current_site; calls into it from C (rt_call) are in
 * vm_call.c. Its helpers off the fast paths (error builders, exec()'s name lookups, unpacking,
 * f-string pieces, dict merges) are in vm_support.c.
 *
 * Register discipline: the loop keeps ip and sp in C locals and reads the
 * frame's local slots through f (f->locals[i]: one load from the frame
 * pointer, where a copy of their address was reloaded from the C stack in
 * every handler that read one). f->ip is
 * stored on entry to every handler (TARGET) except those that cannot
 * allocate, raise, call or yield on their way through (TARGET_PURE: loads
 * of locals and constants, stack shuffles, the fused instructions' fast
 * paths), which store it before the rare branch that does: the heap's site
 * memo (heap.c), rt__current_site, the frames of callers and tracebacks read
 * it only then. f->sp is stored before anything that can run Python code or
 * yield (calls, dunders, attribute access, hashing, iteration: SAVE_SP) and
 * at every frame switch. */
#include "runtime/vm.h"
#include "runtime/vm_budget.h"
#include "runtime/vm_support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/builtins_mod.h"
#include "runtime/cell.h"
#include "runtime/class.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/fiber.h"
#include "runtime/func.h"
#include "runtime/gc.h"
#include "runtime/gen.h"
#include "runtime/heap.h"
#include "runtime/instattr.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/lru.h"
#include "runtime/mappingproxy.h"
#include "runtime/match.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "runtime/vm_arith.h"
#include "runtime/weakref.h"

/* True when si, a tuple or list iterator, has an item left (FOR_ITER's
 * enumerate path; any other kind: false). */
static inline __attribute__((always_inline)) bool seq_iter_has_next(const rt_iter_obj *si)
{
    if (si->kind == RT_ITER_TUPLE)
        return si->src && si->pos < rt_tuple_len(si->src);
    return si->kind == RT_ITER_LIST && rt_is_list(si->src) && si->pos < rt_list_len(si->src);
}

/* A builtin method found by LOAD_METHOD, on the stack as a tagged def
 * pointer (tag 100b is no value's tag: refcounting and traversal skip it). */
#define RT_METHOD_TAG ((rt_value)4)
/* A method name (a str) is `items` (vm_fused.h's sorted(d.items())): its
 * bytes compared by two loads, not a memcmp call. */
static inline bool name_is_items(rt_value name)
{
    const rt_str_obj *s = rt_str_obj_of(name);
    uint32_t head, want;
    if (s->nbytes != 5)
        return false;
    memcpy(&head, s->data, 4);
    memcpy(&want, "item", 4); /* folded to a constant, in the machine's byte order */
    return head == want && s->data[4] == 's';
}

static inline bool is_method_tag(rt_value v)
{
    return (v & 7u) == RT_METHOD_TAG;
}
static inline const rt_builtin_def *method_def(rt_value v)
{
    return (const rt_builtin_def *)(uintptr_t)(v & ~(rt_value)7);
}

uint16_t rt__current_site(rt_state *rt)
{
    rt_frame *f = rt->frame;
    if (!f)
        return 0;
    rt_code *c = f->code;
    uint32_t i = (uint32_t)(f->ip - c->insns);
    i = i ? i - 1 : 0;
    return rt_code_site(rt, c, rt_code_line(c, i));
}

/* ---- helpers of the loop (the budget's are in vm_budget.c) ------------------------ */

/* Where module-level code stores names: exec()'s separate locals, its
 * globals, or the module's (frame.h). */
static inline rt_value store_dict(rt_state *rt, const rt_frame *f)
{
    return f->ns ? f->ns : f->globals ? f->globals : rt->globals;
}

/* ---- the loop ------------------------------------------------------------------------ */

/* Aligned to a cache line: the loop's code is the same in every build of
 * it, but where the linker puts it depends on everything linked before it
 * (the accounting switch moves it by a kilobyte), and the handlers' offsets
 * within cache lines and the front end's 32-byte fetch windows then differ
 * from build to build. Measured: the build with accounting and the one
 * without ran nonlocal_counter with the same instructions, branches and
 * simulated cache misses (cachegrind) and the loop 16 against 32 bytes into
 * a cache line, and bench/'s overhead section saw 6% between them. */
__attribute__((aligned(64))) rt_status rt__vm_run(rt_state *rt, const rt_budget *budget,
                                                  rt_value *result)
{
    /* The outermost loop of a budgeted run yields by returning RT_YIELD; a
     * nested loop on the fiber charges the same slice and suspends the fiber
     * when it is over (fiber.h); any other loop runs unbudgeted (vm.h). */
    bool can_yield = budget && (budget->instructions || budget->max_ns);
    bool nested = !budget && rt->fiber && rt__fiber_can_suspend(rt);
    rt_slice_view sl = {.own_remaining = INT64_MAX, .own_deadline = 0};
    sl.remaining = &sl.own_remaining;
    sl.deadline = &sl.own_deadline;
    if (can_yield)
        rt__vm_slice_start(rt, budget);
    if (can_yield || nested) {
        sl.remaining = &rt->slice.remaining;
        sl.deadline = &rt->slice.deadline;
    }
    sl.chunk = rt__vm_chunk_size(*sl.remaining);
    int64_t tick = sl.chunk;

    rt_frame *f = rt->frame;
    rt_code *code;
    const uint32_t *ip;
    rt_value *sp;
    rt_value *consts;
    rt_value kwnames = RT_NULL;
    bool reraise = false;
    uint32_t word, arg;
#if !defined(__GNUC__)
    rt_opcode handler; /* the handler to run: the word's, or another's (GOTO_HANDLER) */
#endif

    *result = RT_NULL;
    if (!f)
        return RT_DONE;

#define LOAD_FRAME()                                                                               \
    do {                                                                                           \
        code = f->code;                                                                            \
        ip = f->ip;                                                                                \
        sp = f->sp;                                                                                \
        consts = code->consts;                                                                     \
    } while (0)
#define SAVE_FRAME()                                                                               \
    do {                                                                                           \
        f->ip = ip;                                                                                \
        f->sp = sp;                                                                                \
    } while (0)
/* Before a call out of the loop that can run Python code (a dunder, a
 * descriptor or property, __getattr__, a key's __hash__/__eq__, __bool__,
 * __iter__, a metaclass, a namespace mapping's methods): f->sp then covers
 * exactly the values the stack still owns (what the instruction took off it
 * is the handler's, released after the call). The collector never reads it
 * (a running frame's stack is an external reference, frame.h), but a run
 * suspended in the nested loop (fiber.h) leaves the frame as it is while
 * the embedder inspects the heap (graph.c walks the live frames' stacks),
 * and a stale, higher f->sp there reaches values already freed. f->ip is
 * already stored (TARGET). Finalizers and weak-reference callbacks wait
 * for a safe point, which saves both; the one release that runs Python code
 * at once is a suspended generator's last reference (its finally blocks,
 * gen.c), which frame.h's contract allows for. */
#define SAVE_SP() (f->sp = sp)
#define locals (f->locals)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define DECREF(v) rt_decref(rt, (v))
/* Every dispatched instruction counts one (`tick--` in DISPATCH: exact
 * instructions_total, straight-line code included). At backward jumps and
 * calls: run a pending collection, and where a chunk ends (every RT_CHUNK
 * instructions at most) raise KeyboardInterrupt while the embedder's
 * interrupt flag is set (at every depth: nested runs from C pass here too),
 * account the chunk, and yield when the slice is over. The flag is read
 * only on that slow path, not at every back edge and call: two dependent
 * loads and a branch fewer there, for an interrupt seen at most RT_CHUNK
 * instructions later. */
#define SAFE_POINT()                                                                               \
    do {                                                                                           \
        if (__builtin_expect(tick <= 0 || rt->gc_pending, 0)) {                                    \
            SAVE_FRAME();                                                                          \
            if (rt->gc_pending)                                                                    \
                rt__gc_maybe_collect(rt);                                                          \
            if (rt__vm_interrupted(rt)) {                                                          \
                rt__vm_raise_interrupt(rt);                                                        \
                goto error;                                                                        \
            }                                                                                      \
            if (rt->sleep_requested && (can_yield || (nested && rt__fiber_can_suspend(rt)))) {     \
                rt->sleep_requested = false; /* time.sleep: end the slice */                       \
                rt__vm_account(rt, &sl, tick);                                                     \
                if (can_yield)                                                                     \
                    return RT_YIELD;                                                               \
                *sl.remaining = 0;                                                                 \
                rt__vm_suspend_nested(rt, &sl, &tick);                                             \
            }                                                                                      \
            if (tick <= 0 && rt__vm_checkpoint(rt, &sl, &tick)) {                                  \
                if (can_yield)                                                                     \
                    return RT_YIELD;                                                               \
                if (nested && rt__fiber_can_suspend(rt))                                           \
                    rt__vm_suspend_nested(rt, &sl, &tick);                                         \
            }                                                                                      \
        }                                                                                          \
    } while (0)
#define JUMP_TO(target)                                                                            \
    do {                                                                                           \
        const uint32_t *to_ = code->insns + (target);                                              \
        if (to_ < ip) {                                                                            \
            ip = to_;                                                                              \
            SAFE_POINT();                                                                          \
        } else {                                                                                   \
            ip = to_;                                                                              \
        }                                                                                          \
    } while (0)

        /* The collector's part of a safe point (gc.h), where the instruction
         * cannot yield (the top of CALL): every value is counted and no object is
         * half built. Not in DISPATCH: two instructions per dispatch. Also at the
         * end of the instructions that drop what a program may hold weakly (del,
         * name stores, a C call's return): queued weak-reference callbacks
         * (weakref.h) run there, before the next instruction can see their effect,
         * as CPython runs them at the free. */
#define GC_SAFE_POINT()                                                                            \
    do {                                                                                           \
        if (rt->gc_pending) {                                                                      \
            SAVE_FRAME();                                                                          \
            rt__gc_maybe_collect(rt);                                                              \
        }                                                                                          \
    } while (0)

    LOAD_FRAME();
    if (f->flags & RT_FRAME_THROW) {
        /* gen.throw(): raise rt->exc at the yield the generator waits at */
        f->flags &= (uint8_t)~RT_FRAME_THROW;
        goto error;
    }

#if defined(__GNUC__)
    static void *const labels[RT_OP__COUNT] = {
#define RT_X_OP(name, eff, fl) &&TARGET_##name,
#define RT_X_FUSED(name, base, len) &&TARGET_##name,
        RT_OPCODES(RT_X_OP) RT_FUSED_OPCODES(RT_X_FUSED)
#undef RT_X_FUSED
#undef RT_X_OP
    };
/* clang-format off */
#define TARGET(name) TARGET_##name: f->ip = ip;
#define TARGET_PURE(name) TARGET_##name:
#define GOTO_HANDLER(name) goto TARGET_##name
/* clang-format on */
#define DISPATCH()                                                                                 \
    do {                                                                                           \
        tick--;                                                                                    \
        word = *ip++;                                                                              \
        arg = RT_INSN_ARG(word);                                                                   \
        goto *labels[RT_INSN_OP(word)];                                                            \
    } while (0)
    DISPATCH();
#else
/* clang-format off */
#define TARGET(name) case RT_OP_##name: f->ip = ip;
#define TARGET_PURE(name) case RT_OP_##name:
#define GOTO_HANDLER(name) do { handler = RT_OP_##name; goto dispatch_op; } while (0)
/* clang-format on */
#define DISPATCH() goto dispatch
dispatch:
    tick--;
    word = *ip++;
    arg = RT_INSN_ARG(word);
    handler = RT_INSN_OP(word);
dispatch_op:
    switch (handler) {
#endif

    TARGET_PURE(NOP)
    {
        DISPATCH();
    }
    TARGET(POP_TOP)
    {
        rt_value v = POP();
        DECREF(v);
        DISPATCH();
    }
    TARGET_PURE(DUP_TOP)
    {
        rt_value v = TOP();
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET_PURE(DUP_TOP_TWO)
    {
        rt_value a = SECOND(), b = TOP();
        rt_incref(a);
        rt_incref(b);
        PUSH(a);
        PUSH(b);
        DISPATCH();
    }
    TARGET_PURE(ROT_TWO)
    {
        rt_value t = TOP();
        TOP() = SECOND();
        SECOND() = t;
        DISPATCH();
    }
    TARGET_PURE(ROT_THREE)
    {
        rt_value t = TOP();
        TOP() = SECOND();
        SECOND() = THIRD();
        THIRD() = t;
        DISPATCH();
    }
    TARGET_PURE(ROT_FOUR)
    {
        rt_value t = TOP();
        TOP() = SECOND();
        SECOND() = THIRD();
        THIRD() = sp[-4];
        sp[-4] = t;
        DISPATCH();
    }
    TARGET_PURE(ROT_N)
    {
        rt_value t = TOP();
        memmove(sp - arg + 1, sp - arg, (size_t)(arg - 1) * sizeof *sp);
        sp[-(int)arg] = t;
        DISPATCH();
    }
    TARGET_PURE(PUSH_NULL)
    {
        PUSH(RT_NULL);
        DISPATCH();
    }
    TARGET_PURE(LOAD_CONST)
    {
        rt_value v = consts[arg];
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET_PURE(LOAD_FAST)
    {
        rt_value v = locals[arg];
        if (__builtin_expect(!v, 0)) {
            f->ip = ip;
            rt__vm_unbound_local(rt, code->varnames[arg]);
            goto error;
        }
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST)
    {
        rt_value old = locals[arg];
        locals[arg] = POP();
        DECREF(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST)
    {
        rt_value old = locals[arg];
        if (!old) {
            rt__vm_unbound_local(rt, code->varnames[arg]);
            goto error;
        }
        locals[arg] = RT_NULL;
        DECREF(old);
        GC_SAFE_POINT(); /* a weak reference's callback runs before the next statement */
        DISPATCH();
    }
    TARGET_PURE(LOAD_DEREF)
    {
        rt_value v = rt_cell_get(f->cells[arg]);
        if (__builtin_expect(!v, 0)) {
            f->ip = ip;
            rt__vm_unbound_deref(rt, code, arg);
            goto error;
        }
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF)
    {
        rt__frame_store_deref(rt, f, arg, POP());
        DISPATCH();
    }
    TARGET(DELETE_DEREF)
    {
        rt_value c = f->cells[arg];
        if (!rt_cell_get(c)) {
            rt__vm_unbound_deref(rt, code, arg);
            goto error;
        }
        rt_cell_set_steal(rt, c, RT_NULL);
        GC_SAFE_POINT();
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE)
    {
        rt_value c = f->cells[arg];
        rt_incref(c);
        PUSH(c);
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL)
    {
        /* The cache holds while the frame reads the same globals (a
         * function of another module reads its own, f->globals) and they
         * and the builtins are unchanged (code.h, dict.h) */
        rt_gcache *gc = &code->gcache[arg];
        rt_value g = f->globals ? f->globals : rt->globals;
        rt_value v = rt__gcache_value(rt, gc, g);
        if (__builtin_expect(v && !f->ns, 1)) {
        } else if (f->ns) {
            SAVE_SP();
            v = rt__vm_name_lookup(rt, f, code->names[gc->name]); /* exec() with locals */
            if (!v)
                goto error;
            PUSH(v);
            DISPATCH();
        } else {
            SAVE_SP();
            v = rt__vm_global_fill(rt, gc, code->names[gc->name], g);
            if (!v)
                goto error;
        }
        rt_incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL)
    {
        rt_value v = POP();
        rt_value d = store_dict(rt, f), name = code->names[arg];
        int64_t ix;
        if (rt_is_dict(d) &&
            (ix = rt__dict_find_same(rt_dict_obj_of(d), name, rt_str_hash(name))) >= 0) {
            /* a name already bound (a module-level loop's variables): its
             * value replaced in place, the stack's reference moving in; the
             * key and the entries stay, so no cache of the dict is touched */
            rt_value *slot = &rt__dict_entries(rt_dict_obj_of(d))[ix].value;
            rt_value old = *slot;
            *slot = v;
            rt->globals_ver++;
            SAVE_SP();
            DECREF(old);
            GC_SAFE_POINT(); /* the value it replaced may have had weak references */
            DISPATCH();
        }
        SAVE_SP();
        int r = rt__vm_ns_set(rt, d, name, v); /* (exec's locals may be any mapping) */
        DECREF(v);
        rt->globals_ver++;
        if (r < 0)
            goto error;
        GC_SAFE_POINT(); /* the value it replaced may have had weak references */
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL)
    {
        rt->globals_ver++;
        SAVE_SP();
        if (rt__vm_ns_set(rt, store_dict(rt, f), code->names[arg], RT_NULL) < 0) {
            if (rt_exc_matches(rt, RT_EXC_KeyError)) {
                rt_exc_clear(rt);
                rt__vm_name_error(rt, code->names[arg]);
            }
            goto error;
        }
        GC_SAFE_POINT();
        DISPATCH();
    }
    TARGET(LOAD_ATTR)
    {
        rt_value obj = TOP();
        rt_value v;
        if (rt_is_inst(obj)) {
            uint32_t k = (uint32_t)(ip - 1 - code->insns);
            rt_value getter = RT_NULL;
            v = rt__inst_site_load(rt, obj, code, k, &getter);
            if (v) {
                rt_incref(v);
                TOP() = v;
                DECREF(obj);
                DISPATCH();
            }
            if (!getter) {
                SAVE_SP();
                v = rt__inst_load_attr(rt, obj, code->names[arg], &getter, code, k);
            }
            if (getter) {
                /* a property's getter runs as a frame; its result replaces obj */
                f->sp = sp - 1;
                f->ip = ip;
                rt_frame *nf;
                if (rt_func_of(getter)->code->fast_argc == 1 && rt->depth < rt->recursion_limit) {
                    /* the stack's reference to obj moves into the frame */
                    rt_incref(getter);
                    nf = rt__frame_push_exact(rt, getter, sp - 1, 1);
                    sp--;
                } else {
                    nf = rt__vm_push_call(rt, getter, &obj, 1, RT_NULL);
                    sp--;
                    DECREF(obj);
                }
                if (!nf)
                    goto error;
                f = nf;
                LOAD_FRAME();
                tick--;
                SAFE_POINT();
                DISPATCH();
            }
        } else if (rt_type_of(obj) == RT_T_MODULE) {
            uint32_t k = (uint32_t)(ip - 1 - code->insns);
            v = rt__module_site_value(obj, code, k, rt->watch_epoch);
            if (v)
                rt_incref(v);
            else
                v = (SAVE_SP(), rt__module_site_getattr(rt, obj, code->names[arg], code, k));
        } else {
            SAVE_SP();
            v = rt_getattr(rt, obj, code->names[arg]);
        }
        if (!v) {
            rt__exc_attr_context(rt, obj, code->names[arg]);
            goto error;
        }
        TOP() = v;
        DECREF(obj);
        DISPATCH();
    }
    TARGET(STORE_ATTR)
    {
        rt_value obj = TOP(), v = SECOND();
        int r;
        if (rt_is_inst(obj)) {
            uint32_t k = (uint32_t)(ip - 1 - code->insns);
            rt_value old;
            if (rt__inst_site_store(rt, obj, v, code, k, &old)) {
                sp -= 2; /* the stack's reference to v moved into obj */
                DECREF(obj);
                DECREF(old);
                DISPATCH();
            }
            rt_value setter = rt__inst_site_setter(rt, obj, code, k);
            r = 0;
            if (!setter) {
                SAVE_SP();
                r = rt__inst_store_attr(rt, obj, code->names[arg], v, &setter, code, k);
            }
            if (setter) {
                /* a property's setter runs as a frame; its result is dropped */
                sp -= 2;
                f->sp = sp;
                f->ip = ip;
                rt_frame *nf;
                if (rt_func_of(setter)->code->fast_argc == 2 && rt->depth < rt->recursion_limit) {
                    /* the stack's references move into the frame, as (obj, v) */
                    sp[0] = obj;
                    sp[1] = v;
                    rt_incref(setter);
                    nf = rt__frame_push_exact(rt, setter, sp, 2);
                } else {
                    rt_value argv[2] = {obj, v};
                    nf = rt__vm_push_call(rt, setter, argv, 2, RT_NULL);
                    DECREF(obj);
                    DECREF(v);
                }
                if (!nf)
                    goto error;
                nf->flags |= RT_FRAME_DISCARD;
                f = nf;
                LOAD_FRAME();
                tick--;
                SAFE_POINT();
                DISPATCH();
            }
        } else {
            SAVE_SP();
            r = rt_setattr(rt, obj, code->names[arg], v);
        }
        sp -= 2;
        DECREF(obj);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR)
    {
        rt_value obj = POP();
        SAVE_SP();
        int r = rt_setattr(rt, obj, code->names[arg], RT_NULL);
        DECREF(obj);
        if (r < 0)
            goto error;
        GC_SAFE_POINT();
        DISPATCH();
    }
    TARGET(LOAD_METHOD)
    {
        rt_value obj = TOP();
        rt_value name = code->names[arg];
        rt_type_id t = rt_type_of(obj);
        if (t == RT_T_INSTANCE) {
            /* a plain function found on the class, not shadowed by the
             * instance dict: call it with obj first, no bound method */
            uint32_t k = (uint32_t)(ip - 1 - code->insns);
            rt_value fn = rt__inst_site_method(rt, obj, code, k);
            if (!fn)
                fn = rt__inst_find_method(rt, obj, name, code, k);
            if (fn) {
                rt_incref(fn);
                TOP() = fn;
                PUSH(obj);
                DISPATCH();
            }
            if (rt->exc)
                goto error;
        } else if (t == RT_T_SUPER) {
            /* super().name(...): the function found after the class, called with
             * the receiver first; the super object and no bound method */
            rt_value fn = rt__super_find_method(rt, obj, name);
            if (fn) {
                rt_value self = rt_descr_of(obj)->b;
                rt_incref(fn);
                rt_incref(self);
                TOP() = fn;
                PUSH(self);
                DECREF(obj);
                DISPATCH();
            }
            if (rt->exc)
                goto error;
        } else if (t != RT_T_MODULE && t != RT_T_FUNCTION && t != RT_T_TYPE) {
            const rt_builtin_def *def = rt__method_probe(rt, t, name);
            if (!def)
                def = rt_method_find(rt, t, name);
            if (def) {
                TOP() = (rt_value)(uintptr_t)def | RT_METHOD_TAG;
                PUSH(obj);
                DISPATCH();
            }
        }
        rt_value v;
        if (t == RT_T_MODULE) { /* math.sqrt(x): the function, called without a receiver */
            uint32_t k = (uint32_t)(ip - 1 - code->insns);
            v = rt__module_site_value(obj, code, k, rt->watch_epoch);
            if (v)
                rt_incref(v);
            else
                v = (SAVE_SP(), rt__module_site_getattr(rt, obj, name, code, k));
        } else {
            SAVE_SP();
            v = rt_getattr(rt, obj, name);
        }
        if (!v) {
            rt__exc_attr_context(rt, obj, name);
            goto error;
        }
        TOP() = RT_NULL;
        PUSH(v);
        DECREF(obj);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR)
    {
        rt_value key = POP(), obj = TOP();
        rt_value v;
        if (rt_is_smallint(key) && (rt_is_list(obj) || rt_is_tuple(obj))) {
            bool l = rt_is_list(obj);
            int64_t i = rt_smallint_get(key), n = l ? rt_list_len(obj) : rt_tuple_len(obj);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                v = l ? rt_list_get(obj, i) : rt_tuple_get(obj, i);
                rt_incref(v);
                TOP() = v;
                DECREF(obj);
                DISPATCH();
            }
        }
        if (rt_is_smallint(key) && rt_is_dict(obj)) {
            /* a present small int key, probed inline (anything else: rt_getitem) */
            int64_t ix =
                rt__dict_find_same(rt_dict_obj_of(obj), key, rt_int_hash(rt_smallint_get(key)));
            if (ix >= 0) {
                v = rt__dict_entries(rt_dict_obj_of(obj))[ix].value;
                rt_incref(v);
                TOP() = v;
                SAVE_SP();
                DECREF(obj);
                DISPATCH();
            }
        }
        if (key == rt->dict_hit_key && rt_is_dict(obj) &&
            (v = rt__dict_hit_value(rt, obj, key)) != RT_NULL) {
            /* the key `key in d` just found (a memoizer's key): its entry again */
            rt_incref(v);
            TOP() = v;
            SAVE_SP();
            DECREF(key);
            DECREF(obj);
            DISPATCH();
        }
        if (rt_type_of(obj) == RT_T_INSTANCE) {
            rt_value m = rt_type_lookup(rt, rt_inst_of(obj)->cls, rt->ids[RT_ID_getitem]);
            if (m && rt_is_func(m)) {
                /* obj[key] as a frame of __getitem__(obj, key) */
                rt_value argv[2] = {obj, key};
                f->sp = sp - 1;
                f->ip = ip;
                rt_frame *nf = rt__vm_push_call(rt, m, argv, 2, RT_NULL);
                sp--;
                DECREF(key);
                DECREF(obj);
                if (!nf)
                    goto error;
                f = nf;
                LOAD_FRAME();
                tick--;
                SAFE_POINT();
                DISPATCH();
            }
        }
        SAVE_SP();
        v = rt_getitem(rt, obj, key);
        DECREF(key);
        if (!v)
            goto error;
        TOP() = v;
        DECREF(obj);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR)
    {
        rt_value key = TOP(), obj = SECOND(), v = THIRD();
        if (rt_is_smallint(key) && rt_is_list(obj)) {
            /* l[i] = v in range: the stack's reference to v moves into the
             * slot (anything else, bools and errors included: rt_setitem) */
            int64_t i = rt_smallint_get(key), n = rt_list_len(obj);
            if (i < 0)
                i += n;
            if (i >= 0 && i < n) {
                rt_value *slot = &rt_list_items(obj)[i];
                rt_value old = *slot;
                *slot = v;
                sp -= 3;
                SAVE_SP();
                DECREF(old);
                DECREF(obj);
                DISPATCH();
            }
        }
        if (rt_is_dict(obj)) {
            /* an exact dict (subclasses are instances): a small int or str
             * key hashed here and a present key's value replaced in place;
             * other keys hash in rt_dict_set (unhashable: its TypeError) */
            int r;
            SAVE_SP();
            if (rt_is_smallint(key) || rt_is_str(key)) {
                int64_t hash =
                    rt_is_smallint(key) ? rt_int_hash(rt_smallint_get(key)) : rt_str_hash(key);
                rt_dict_obj *d = rt_dict_obj_of(obj);
                int64_t at, ix = rt__dict_find_same_slot(d, key, hash, &at);
                if (ix >= 0) {
                    rt_value *slot = &rt__dict_entries(d)[ix].value;
                    rt_value old = *slot;
                    *slot = v;
                    sp -= 3;
                    SAVE_SP();
                    DECREF(old);
                    DECREF(key);
                    DECREF(obj);
                    DISPATCH();
                }
                r = ix == -1 && at >= 0 ? rt__dict_insert_absent(rt, obj, key, hash, at, v)
                                        : rt__dict_set_hashed(rt, obj, key, hash, v);
            } else {
                r = rt_dict_set(rt, obj, key, v);
            }
            sp -= 3;
            SAVE_SP();
            DECREF(key);
            DECREF(obj);
            DECREF(v);
            if (r < 0)
                goto error;
            DISPATCH();
        }
        if (rt_type_of(obj) == RT_T_INSTANCE) {
            rt_value m = rt_type_lookup(rt, rt_inst_of(obj)->cls, rt->ids[RT_ID_setitem]);
            if (m && rt_is_func(m)) {
                /* obj[key] = v as a frame of __setitem__(obj, key, v) */
                rt_value argv[3] = {obj, key, v};
                sp -= 3;
                f->sp = sp;
                f->ip = ip;
                rt_frame *nf = rt__vm_push_call(rt, m, argv, 3, RT_NULL);
                DECREF(key);
                DECREF(obj);
                DECREF(v);
                if (!nf)
                    goto error;
                nf->flags |= RT_FRAME_DISCARD;
                f = nf;
                LOAD_FRAME();
                tick--;
                SAFE_POINT();
                DISPATCH();
            }
        }
        SAVE_SP();
        int r = rt_setitem(rt, obj, key, v);
        sp -= 3;
        DECREF(key);
        DECREF(obj);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR)
    {
        rt_value key = TOP(), obj = SECOND();
        SAVE_SP();
        int r = rt_delitem(rt, obj, key);
        sp -= 2;
        DECREF(key);
        DECREF(obj);
        if (r < 0)
            goto error;
        GC_SAFE_POINT();
        DISPATCH();
    }
    TARGET(BINARY_OP)
    {
        rt_value b = POP(), a = TOP();
        rt_value v;
        if (rt_is_smallint(a) && rt_is_smallint(b) && (v = smallint_binop(arg, a, b)) != RT_NULL) {
            TOP() = v;
            DISPATCH();
        }
        double x, y, r;
        if ((rt_is_obj(a) || rt_is_obj(b)) && float_operand(a, &x) && float_operand(b, &y) &&
            float_arith(arg, x, y, &r)) {
            /* a float with a float or a small int (two small ints overflowed
             * above: never here, as neither is an object) */
            if (float_reusable(a)) {
                ((rt_float_obj *)rt_as_obj(a))->value = r;
                DECREF(b);
                DISPATCH();
            }
            if (float_reusable(b)) {
                ((rt_float_obj *)rt_as_obj(b))->value = r;
                TOP() = b;
                DECREF(a);
                DISPATCH();
            }
            v = rt_float_new(rt, r);
            DECREF(b);
            if (!v)
                goto error;
            TOP() = v;
            DECREF(a);
            DISPATCH();
        }
        if ((arg & ~RT_BINOP_INPLACE) == RT_OP_ADD && rt_is_str(a) && rt_is_str(b)) {
            v = rt_str_concat(rt, a, b);
            DECREF(b);
            if (!v)
                goto error;
            TOP() = v;
            DECREF(a);
            DISPATCH();
        }
        uint32_t op = arg & ~RT_BINOP_INPLACE;
        SAVE_SP();
        if (op >= RT_OP_COUNT) {
            v = rt__inst_matmul(rt, a, b, (arg & RT_BINOP_INPLACE) != 0);
            DECREF(b);
            if (!v)
                goto error;
            TOP() = v;
            DECREF(a);
            DISPATCH();
        }
        if (arg & RT_BINOP_INPLACE)
            v = rt_inplace_op(rt, (rt_binop_kind)op, a, b);
        else
            v = rt_binop(rt, (rt_binop_kind)op, a, b);
        DECREF(b);
        if (!v)
            goto error;
        TOP() = v;
        DECREF(a);
        DISPATCH();
    }
    TARGET(UNARY_OP)
    {
        rt_value a = TOP();
        rt_value v;
        if (arg == RT_UOP_NOT) {
            int t = a == RT_TRUE ? 1 : a == RT_FALSE ? 0 : (SAVE_SP(), rt_truthy(rt, a));
            if (t < 0)
                goto error;
            v = rt_bool(!t);
        } else if (arg == RT_UOP_NEG && rt_is_smallint(a) && a != rt_smallint(RT_SMALLINT_MIN)) {
            v = rt_smallint(-rt_smallint_get(a));
        } else {
            SAVE_SP();
            v = rt_unop(rt, (rt_unop_kind)arg, a);
            if (!v)
                goto error;
        }
        TOP() = v;
        DECREF(a);
        DISPATCH();
    }
    TARGET(COMPARE_OP)
    {
        rt_value b = POP(), a = TOP();
        rt_value v;
        if (rt_is_smallint(a) && rt_is_smallint(b)) {
            TOP() = rt_bool(smallint_compare(arg, a, b));
            DISPATCH();
        }
        int c = fast_compare(arg, a, b);
        if (c >= 0) {
            TOP() = rt_bool(c);
            DECREF(a);
            DECREF(b);
            DISPATCH();
        }
        SAVE_SP();
        v = rt_compare(rt, (rt_cmp_kind)arg, a, b);
        DECREF(b);
        if (!v)
            goto error;
        TOP() = v;
        DECREF(a);
        DISPATCH();
    }
    TARGET(IS_OP)
    {
        rt_value b = POP(), a = TOP();
        bool r = (a == b) != (arg != 0);
        TOP() = rt_bool(r);
        DECREF(a);
        DECREF(b);
        DISPATCH();
    }
    TARGET(CONTAINS_OP)
    {
        rt_value container = POP(), item = TOP();
        if (rt_is_dict(container) && rt_is_smallint(item)) {
            /* `k in d` for a small int key: the probe inline; only a stored key
             * of its hash that is another object (1.0, a big int) is compared */
            int64_t ix = rt__dict_find_same(rt_dict_obj_of(container), item,
                                            rt_int_hash(rt_smallint_get(item)));
            if (ix != -2) {
                SAVE_SP();
                DECREF(container);
                TOP() = rt_bool((ix >= 0) != (arg != 0)); /* item: an immediate */
                DISPATCH();
            }
        }
        SAVE_SP();
        rt_value found;
        /* an exact dict straight to its lookup: rt_contains' switch by type
         * is an indirect jump that a memoizer's `key in cache` mispredicts */
        int r = rt_is_dict(container) ? rt_dict_lookup(rt, container, item, &found)
                                      : rt_contains(rt, container, item);
        DECREF(container);
        if (r < 0)
            goto error;
        TOP() = rt_bool((r != 0) != (arg != 0));
        DECREF(item);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH)
    {
        rt_value spec = POP();
        SAVE_SP();
        int r = rt_exc_match_spec(rt, TOP(), spec);
        DECREF(spec);
        if (r < 0)
            goto error;
        PUSH(rt_bool(r));
        DISPATCH();
    }
    TARGET(MATCH_SEQUENCE)
    {
        SAVE_SP();
        rt_value v = rt_match_sequence(rt, TOP(), arg);
        if (!v)
            goto error;
        DECREF(TOP());
        TOP() = v;
        DISPATCH();
    }
    TARGET(MATCH_MAPPING)
    {
        rt_value keys = POP();
        SAVE_SP();
        rt_value v = rt_match_mapping(rt, TOP(), keys, arg != 0);
        DECREF(keys);
        if (!v)
            goto error;
        DECREF(TOP());
        TOP() = v;
        DISPATCH();
    }
    TARGET(MATCH_CLASS)
    {
        rt_value attrs = POP(), cls = POP();
        SAVE_SP();
        rt_value v = rt_match_class(rt, TOP(), cls, attrs, (int)arg);
        DECREF(attrs);
        DECREF(cls);
        if (!v)
            goto error;
        DECREF(TOP());
        TOP() = v;
        DISPATCH();
    }
    TARGET_PURE(JUMP)
    {
        JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE)
    {
        rt_value v = POP();
        if (v == RT_FALSE) {
            JUMP_TO(arg);
        } else if (v != RT_TRUE) {
            SAVE_SP();
            int t = rt_truthy(rt, v);
            DECREF(v);
            if (t < 0)
                goto error;
            if (!t)
                JUMP_TO(arg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE)
    {
        rt_value v = POP();
        if (v == RT_TRUE) {
            JUMP_TO(arg);
        } else if (v != RT_FALSE) {
            SAVE_SP();
            int t = rt_truthy(rt, v);
            DECREF(v);
            if (t < 0)
                goto error;
            if (t)
                JUMP_TO(arg);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP)
    {
        rt_value v = TOP();
        int t = v == RT_TRUE ? 1 : v == RT_FALSE ? 0 : (SAVE_SP(), rt_truthy(rt, v));
        if (t < 0)
            goto error;
        if (!t) {
            JUMP_TO(arg);
        } else {
            sp--;
            DECREF(v);
        }
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP)
    {
        rt_value v = TOP();
        int t = v == RT_TRUE ? 1 : v == RT_FALSE ? 0 : (SAVE_SP(), rt_truthy(rt, v));
        if (t < 0)
            goto error;
        if (t) {
            JUMP_TO(arg);
        } else {
            sp--;
            DECREF(v);
        }
        DISPATCH();
    }
#include "runtime/vm_loops.h"
    TARGET(BUILD_TUPLE)
    {
        rt_value t = rt__tuple_new_unset(rt, arg); /* every item stored below */
        if (!t)
            goto error;
        sp -= arg;
        rt_value *items = rt_tuple_items(t);
        switch (arg) { /* the common small tuples without a memcpy call */
        case 3: items[2] = sp[2]; __attribute__((fallthrough));
        case 2: items[1] = sp[1]; __attribute__((fallthrough));
        case 1: items[0] = sp[0]; __attribute__((fallthrough));
        case 0: break;
        default: memcpy(items, sp, arg * sizeof(rt_value));
        }
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST)
    {
        rt_value l = rt_list_new(rt, arg);
        if (!l)
            goto error;
        sp -= arg;
        if (arg) {
            memcpy(rt_list_items(l), sp, arg * sizeof(rt_value));
            rt_list_obj_of(l)->len = arg;
        }
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET)
    {
        SAVE_SP();
        rt_value s = rt_set_new(rt);
        if (!s)
            goto error;
        int r = 0;
        for (uint32_t i = 0; i < arg; i++)
            if (r == 0)
                r = rt_set_add(rt, s, sp[(int)i - (int)arg]);
        for (uint32_t i = 0; i < arg; i++)
            DECREF(POP());
        if (r < 0) {
            DECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP)
    {
        SAVE_SP();
        rt_value d = rt_dict_new_presized(rt, arg);
        if (!d)
            goto error;
        int r = 0;
        rt_value *base = sp - 2 * arg;
        for (uint32_t i = 0; i < arg && r == 0; i++)
            r = rt_dict_set(rt, d, base[2 * i], base[2 * i + 1]);
        while (sp > base)
            DECREF(POP());
        if (r < 0) {
            DECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_SLICE)
    {
        rt_value step = arg == 3 ? POP() : RT_NULL;
        rt_value stop = POP(), start = POP();
        rt_value s = rt_slice_new(rt, start, stop, step);
        DECREF(start);
        DECREF(stop);
        DECREF(step);
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_STRING)
    {
        rt_value s = rt__vm_build_string(rt, sp - arg, arg);
        for (uint32_t i = 0; i < arg; i++)
            DECREF(POP());
        if (!s)
            goto error;
        PUSH(s);
        DISPATCH();
    }
    TARGET(LIST_APPEND)
    {
        rt_value v = POP();
        if (rt_list_append_steal(rt, sp[-(int)arg], v) < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_ADD)
    {
        rt_value v = POP();
        SAVE_SP();
        int r = rt_set_add(rt, sp[-(int)arg], v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD)
    {
        rt_value v = POP(), k = POP();
        SAVE_SP();
        int r = rt_dict_set(rt, sp[-(int)arg], k, v);
        DECREF(k);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND)
    {
        rt_value v = POP();
        SAVE_FRAME();
        int r = rt_list_extend(rt, sp[-(int)arg], v);
        if (r < 0 && rt_exc_matches(rt, RT_EXC_TypeError) && !rt__vm_is_iterable(v)) {
            rt_exc_clear(rt);
            rt_raise(rt, RT_EXC_TypeError, "Value after * must be an iterable, not %s",
                     rt_type_name(v));
        }
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(SET_UPDATE)
    {
        rt_value v = POP();
        SAVE_FRAME();
        int r = rt_set_update(rt, sp[-(int)arg], v);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE)
    {
        rt_value v = POP();
        SAVE_SP();
        int r = rt__vm_dict_update(rt, sp[-(int)arg], v, false, RT_NULL);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE)
    {
        rt_value v = POP();
        /* [NULL, f, args, dict] */
        SAVE_SP();
        int r = rt__vm_dict_update(rt, sp[-(int)arg], v, true, sp[-(int)arg - 2]);
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE)
    {
        rt_value l = TOP();
        rt_value t = rt_tuple_from(rt, rt_list_items(l), rt_list_len(l));
        if (!t)
            goto error;
        TOP() = t;
        DECREF(l);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE)
    {
        rt_value seq = TOP();
        if (rt_is_tuple(seq) && rt_tuple_len(seq) == (int64_t)arg) {
            /* `for i, x in enumerate(xs)`, `a, b = b, a`: the items in
             * place, without the copy through rt__vm_unpack_into */
            const rt_value *items = rt_tuple_items(seq);
            sp--;
            for (uint32_t i = arg; i-- > 0;) {
                rt_incref(items[i]);
                PUSH(items[i]);
            }
            DECREF(seq);
            DISPATCH();
        }
        rt_value tmp[16];
        rt_value *dst = arg <= 16 ? tmp : NULL;
        if (!dst) {
            rt_value l = rt_list_from_iter(rt, seq);
            if (!l)
                goto error;
            int64_t n = rt_list_len(l);
            if (n != (int64_t)arg) {
                if (n < (int64_t)arg)
                    rt_raise(rt, RT_EXC_ValueError,
                             "not enough values to unpack (expected %u, got %lld)", arg,
                             (long long)n);
                else
                    rt_raise(rt, RT_EXC_ValueError, "too many values to unpack (expected %u)", arg);
                DECREF(l);
                goto error;
            }
            sp--;
            for (int64_t i = n; i-- > 0;) {
                rt_value x = rt_list_get(l, i);
                rt_incref(x);
                PUSH(x);
            }
            DECREF(l);
            DECREF(seq);
            DISPATCH();
        }
        SAVE_FRAME();
        if (rt__vm_unpack_into(rt, seq, dst, arg) < 0)
            goto error;
        sp--;
        for (uint32_t i = arg; i-- > 0;)
            PUSH(dst[i]);
        DECREF(seq);
        DISPATCH();
    }
    TARGET(UNPACK_EX)
    {
        uint32_t before = arg & 0xFF, after = arg >> 8;
        rt_value seq = TOP();
        SAVE_FRAME();
        rt_value l = rt_list_from_iter(rt, seq);
        if (!l) {
            if (rt_exc_matches(rt, RT_EXC_TypeError) && !rt_is_iter(seq)) {
                rt_exc_clear(rt);
                rt_raise(rt, RT_EXC_TypeError, "cannot unpack non-iterable %s object",
                         rt_type_name(seq));
            }
            goto error;
        }
        int64_t n = rt_list_len(l);
        if (n < (int64_t)(before + after)) {
            rt_raise(rt, RT_EXC_ValueError,
                     "not enough values to unpack (expected at least %u, got %lld)", before + after,
                     (long long)n);
            DECREF(l);
            goto error;
        }
        sp--;
        for (int64_t i = n; i-- > n - (int64_t)after;) {
            rt_value x = rt_list_get(l, i);
            rt_incref(x);
            PUSH(x);
        }
        rt_value mid = rt_list_slice(rt, l, before, 1, n - before - after);
        if (!mid) {
            PUSH(seq); /* keep the stack consistent for unwinding */
            seq = RT_NULL;
            DECREF(l);
            goto error;
        }
        PUSH(mid);
        for (int64_t i = before; i-- > 0;) {
            rt_value x = rt_list_get(l, i);
            rt_incref(x);
            PUSH(x);
        }
        DECREF(l);
        DECREF(seq);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE)
    {
        rt_value spec = (arg & 4) ? POP() : RT_NULL;
        rt_value v = TOP();
        SAVE_SP();
        rt_value s = rt__vm_format_value(rt, v, arg, spec);
        DECREF(spec);
        if (!s)
            goto error;
        TOP() = s;
        DECREF(v);
        DISPATCH();
    }
    TARGET(KW_NAMES)
    {
        kwnames = consts[arg];
        DISPATCH();
    }
#include "runtime/vm_calls.h"
    TARGET(MAKE_FUNCTION)
    {
        rt_value cv = POP();
        uint32_t ncells = arg >> 3;
        sp -= ncells;
        rt_value *cells = sp;
        rt_value annotations = (arg & 4) ? sp[-1] : RT_NULL;
        if (arg & 4)
            sp--;
        rt_value kwdefaults = (arg & 2) ? sp[-1] : RT_NULL;
        if (arg & 2)
            sp--;
        rt_value defaults = (arg & 1) ? sp[-1] : RT_NULL;
        if (arg & 1)
            sp--;
        rt_value fn = rt_func_new_in(rt, cv, defaults, kwdefaults, cells, f->globals);
        DECREF(cv);
        if (!fn) {
            DECREF(annotations);
            goto error;
        }
        if (annotations) {
            int r = rt_func_setattr(rt, fn, rt->ids[RT_ID_annotations], annotations);
            DECREF(annotations);
            if (r < 0) {
                DECREF(fn);
                goto error;
            }
        }
        PUSH(fn);
        DISPATCH();
    }
    TARGET(RETURN_VALUE)
    {
        rt_value v = POP();
        if (__builtin_expect(!(f->flags | f->is_entry), 1)) {
            /* a plain call's frame on the VM stack: back to the caller */
            f->sp = sp;
            rt__frame_return(rt, f);
            rt->depth--;
            f = rt->frame;
            LOAD_FRAME();
            PUSH(v);
            DISPATCH();
        }
        uint32_t nkey = f->code->fast_argc; /* an LRU frame's: its arguments' count */
        if (f->flags == RT_FRAME_LRU && !f->is_entry) {
            /* a cache wrapper's miss, plain otherwise */
            f->sp = sp;
            rt__frame_return(rt, f);
            rt->depth--;
            f = rt->frame;
            LOAD_FRAME();
            goto lru_store;
        }
        bool entry = f->is_entry;
        bool gen = (f->flags & RT_FRAME_GEN) != 0;
        bool init = (f->flags & RT_FRAME_INIT) != 0;
        bool discard = (f->flags & RT_FRAME_DISCARD) != 0;
        bool lru = (f->flags & RT_FRAME_LRU) != 0;
        f->sp = sp;
        rt__frame_pop(rt, f);
        rt->depth--;
        if (entry) {
            *result = v;
            rt__vm_account(rt, &sl, tick);
            return RT_DONE;
        }
        f = rt->frame;
        LOAD_FRAME();
        if (discard) {
            DECREF(v);
            DISPATCH();
        }
        if (lru) {
            /* a cache wrapper's miss (CALL): [change count, wrapper, the
             * key's lanes...] below the result */
        lru_store:;
            sp -= nkey + 2;
            SAVE_SP();
            if (rt__lru_frame_store(rt, sp, nkey, v) < 0) {
                DECREF(v);
                goto error;
            }
            PUSH(v);
            DISPATCH();
        }
        if (gen) {
            /* a generator resumed by this frame's FOR_ITER or SEND finished */
            uint32_t w = ip[-1];
            rt_value recv = POP();
            DECREF(recv);
            if (rt_opcode_base(RT_INSN_OP(w)) == RT_OP_FOR_ITER)
                DECREF(v);
            else
                PUSH(v); /* SEND: the value of the `yield from` */
            JUMP_TO(RT_INSN_ARG(w));
            DISPATCH();
        }
        if (init) {
            /* the new instance is already on the caller's stack */
            if (v != RT_NONE) {
                rt_raise(rt, RT_EXC_TypeError, "__init__() should return None, not '%s'",
                         rt_type_name(v));
                DECREF(v);
                goto error;
            }
            DISPATCH();
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR)
    {
        SAVE_FRAME();
        bool entry = f->is_entry;
        /* the generator is the call's return value: the same rules as
         * RETURN_VALUE for the frames the VM runs special methods in */
        bool init = (f->flags & RT_FRAME_INIT) != 0;
        bool discard = (f->flags & RT_FRAME_DISCARD) != 0;
        rt_value g = rt__gen_new(rt, f);
        if (!g)
            goto error;
        rt->depth--;
        if (entry) {
            *result = g;
            rt__vm_account(rt, &sl, tick);
            return RT_DONE;
        }
        f = rt->frame;
        LOAD_FRAME();
        if (discard) {
            DECREF(g);
            DISPATCH();
        }
        if (init) {
            rt_raise(rt, RT_EXC_TypeError, "__init__() should return None, not 'generator'");
            DECREF(g);
            goto error;
        }
        PUSH(g);
        DISPATCH();
    }
    TARGET(YIELD_VALUE)
    {
        rt_value v = POP();
        SAVE_FRAME();
        uint8_t entry = f->is_entry;
        rt_gen *yg = rt_gen_of_frame(f);
        rt__gen_suspend(rt, yg);
        if (entry) {
            if (entry == RT_GEN_ENTRY_DRAIN) {
                /* the consumer takes the item with the generator suspended,
                 * then the generator goes on in this loop, unless the sink
                 * stopped, failed, or its code finished or closed it */
                int r = rt->drain_sink(rt, rt->drain_ctx, v);
                /* charge this loop's chunk so far and start another from
                 * what the sink's own nested loops (a key function) left */
                rt__vm_account(rt, &sl, tick);
                if (r == 0 && yg->state == RT_GEN_SUSPENDED) {
                    if (rt__gen_enter(rt, yg, RT_NONE) < 0)
                        return RT_ERR_RUNTIME; /* nothing of this loop's is linked */
                    sl.chunk = *sl.remaining > 0 ? rt__vm_chunk_size(*sl.remaining) : 0;
                    tick = sl.chunk;
                    f = rt->frame;
                    f->is_entry = RT_GEN_ENTRY_DRAIN;
                    LOAD_FRAME();
                    SAFE_POINT(); /* entering the generator: as SEND does */
                    DISPATCH();
                }
                return r < 0 ? RT_ERR_RUNTIME : RT_DONE;
            }
            *result = v;
            rt__vm_account(rt, &sl, tick);
            return RT_DONE;
        }
        /* the resumer's FOR_ITER or SEND continues with the value */
        f = rt->frame;
        LOAD_FRAME();
        PUSH(v);
        DISPATCH();
    }
    TARGET(PRINT_EXPR)
    {
        /* sys.displayhook's job: print the repr, and bind builtins._ */
        rt_value v = POP();
        int r = 0;
        SAVE_SP();
        if (v != RT_NONE) {
            rt_value s = rt_repr(rt, v);
            r = s ? rt_dict_set_cstr(rt, rt->builtins, "_", v) : -1;
            if (s) {
                rt_value nl = rt_str_new(rt, "\n", 1);
                rt_value line = nl ? rt_str_concat(rt, s, nl) : RT_NULL;
                rt_decref(rt, nl);
                rt_decref(rt, s);
                r = line ? rt__stdout_write(rt, line) : -1;
                rt_decref(rt, line);
            }
        }
        DECREF(v);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER)
    {
        rt_value v = TOP();
        if (arg) { /* await v */
            f->sp = sp;
            rt_value aw = rt__gen_awaitable(rt, v);
            if (!aw)
                goto error;
            TOP() = aw;
            DECREF(v);
            DISPATCH();
        }
        if (rt_is_coro(v) && !(code->flags & RT_CO_ITERABLE_COROUTINE)) {
            rt_raise(rt, RT_EXC_TypeError,
                     "cannot 'yield from' a coroutine object in a non-coroutine generator");
            goto error;
        }
        if (!rt_is_gen(v)) {
            SAVE_SP();
            rt_value it = rt_getiter(rt, v);
            if (!it)
                goto error;
            TOP() = it;
            DECREF(v);
        }
        DISPATCH();
    }
    TARGET(SEND)
    {
        rt_value v = TOP(), recv = SECOND();
        if (rt_is_gen(recv) && rt_gen_of(recv)->state != RT_GEN_FINISHED) {
            sp--;
            SAVE_FRAME();
            int r = rt__gen_enter(rt, rt_gen_of(recv), v);
            DECREF(v);
            if (r < 0)
                goto error;
            f = rt->frame;
            LOAD_FRAME();
            SAFE_POINT(); /* entering the generator is no instruction of its own */
            DISPATCH();
        }
        SAVE_FRAME();
        rt_value out;
        int r = rt__gen_delegate_send(rt, recv, v, &out);
        sp--;
        DECREF(v);
        if (r < 0)
            goto error;
        if (r > 0) {
            PUSH(out);
            DISPATCH();
        }
        sp--;
        DECREF(recv);
        PUSH(out);
        JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(RAISE_VARARGS)
    {
        if (arg == 0) {
            rt_value h = RT_NULL;
            for (rt_frame *g = f; g && !h; g = g->back)
                h = g->handled;
            if (!h) {
                rt_raise(rt, RT_EXC_RuntimeError, "No active exception to reraise");
                goto error;
            }
            rt_incref(h);
            rt__exc_restore(rt, h);
            reraise = true;
            goto error;
        }
        rt_value cause = arg == 2 ? POP() : RT_NULL;
        rt_value v = POP();
        SAVE_SP();
        rt_value e = rt__vm_make_exc(rt, v);
        DECREF(v);
        if (!e) {
            DECREF(cause);
            goto error;
        }
        if (arg == 2) {
            rt_value c = RT_NULL;
            if (cause != RT_NONE) {
                c = rt__vm_make_exc(rt, cause);
                if (!c) {
                    rt_raise(rt, RT_EXC_TypeError,
                             "exception causes must derive from BaseException");
                    DECREF(cause);
                    DECREF(e);
                    goto error;
                }
            }
            DECREF(cause);
            rt_value old = rt_exc_of(e)->cause;
            rt_exc_of(e)->cause = c;
            rt_exc_of(e)->suppress_context = true;
            DECREF(old);
        }
        rt_raise_obj(rt, e);
        goto error;
    }
    TARGET(SETUP_BLOCK)
    {
        rt_block *b = &f->blocks[f->nblocks++];
        b->handler = arg;
        b->level = (uint32_t)(sp - f->stack);
        DISPATCH();
    }
    TARGET(POP_BLOCK)
    {
        f->nblocks--;
        DISPATCH();
    }
    TARGET(PUSH_EXC_INFO)
    {
        rt_value e = TOP();
        TOP() = f->handled;
        rt_incref(e);
        f->handled = e;
        PUSH(e);
        DISPATCH();
    }
    TARGET(POP_EXCEPT)
    {
        rt_value prev = POP();
        rt_value cur = f->handled;
        f->handled = prev;
        DECREF(cur);
        DISPATCH();
    }
    TARGET(RERAISE)
    {
        rt_value e = POP();
        rt__exc_restore(rt, e);
        reraise = true;
        goto error;
    }
    TARGET(CLEANUP_RERAISE)
    {
        rt_value e = POP();
        rt_value old = POP();
        rt_value prev = POP();
        rt_value cur = f->handled;
        f->handled = prev;
        DECREF(cur);
        DECREF(old);
        rt__exc_restore(rt, e);
        reraise = true;
        goto error;
    }
    TARGET(CHECK_EG_MATCH)
    {
        rt_value type = POP(), match, rest;
        SAVE_FRAME();
        int r = rt__exc_group_match(rt, TOP(), type, &match, &rest);
        DECREF(type);
        if (r < 0)
            goto error;
        if (!match) { /* the clause is skipped; rest stays whole */
            DECREF(rest);
            JUMP_TO(arg);
            DISPATCH();
        }
        DECREF(TOP());
        TOP() = rest ? rest : RT_NONE;
        PUSH(match);
        rt_value h = f->handled; /* the clause handles its match (sys.exc_info, context) */
        rt_incref(match);
        f->handled = match;
        DECREF(h);
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR)
    {
        rt_value raised = POP(), orig = POP();
        SAVE_FRAME();
        rt_value e = rt__exc_group_reraise(rt, orig, raised);
        DECREF(raised);
        DECREF(orig);
        if (!e) {
            if (rt->exc)
                goto error;
            JUMP_TO(arg);
            DISPATCH();
        }
        PUSH(e);
        DISPATCH();
    }
    TARGET(IMPORT_NAME)
    {
        rt_value fromlist = POP();
        rt_value level = POP();
        SAVE_FRAME();
        rt_value m = rt_import_name(rt, code->names[arg], fromlist, (int)rt_smallint_get(level),
                                    f->globals ? f->globals : rt->globals);
        DECREF(fromlist);
        DECREF(level);
        if (!m)
            goto error;
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM)
    {
        SAVE_FRAME();
        rt_value v = rt_import_from(rt, TOP(), code->names[arg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR)
    {
        rt_value m = POP();
        SAVE_FRAME();
        rt_value ns = store_dict(rt, f);
        int r = rt_import_star(rt, m, ns);
        if (ns == rt->globals)
            rt->globals_ver++;
        DECREF(m);
        if (r < 0)
            goto error;
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR)
    {
        rt_value t = rt->exc_types[RT_EXC_AssertionError];
        rt_incref(t);
        PUSH(t);
        DISPATCH();
    }

    TARGET(LOAD_NAME)
    {
        SAVE_SP();
        rt_value v = rt__vm_name_lookup(rt, f, code->names[arg]);
        if (!v)
            goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME)
    {
        rt_value v = POP();
        rt_value ns = store_dict(rt, f);
        SAVE_SP();
        int r = rt__vm_ns_set(rt, ns, code->names[arg], v);
        DECREF(v);
        if (ns == rt->globals)
            rt->globals_ver++;
        if (r < 0)
            goto error;
        GC_SAFE_POINT(); /* the value it replaced may have had weak references */
        DISPATCH();
    }
    TARGET(DELETE_NAME)
    {
        rt_value ns = store_dict(rt, f);
        if (ns == rt->globals)
            rt->globals_ver++;
        SAVE_SP();
        if (rt__vm_ns_set(rt, ns, code->names[arg], RT_NULL) < 0) {
            if (rt_exc_matches(rt, RT_EXC_KeyError)) {
                rt_exc_clear(rt);
                rt__vm_name_error(rt, code->names[arg]);
            }
            goto error;
        }
        GC_SAFE_POINT();
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF)
    {
        rt_value name =
            arg < code->ncellvars ? code->cellvars[arg] : code->freevars[arg - code->ncellvars];
        rt_value v = f->ns ? (SAVE_SP(), rt__vm_ns_get(rt, f->ns, name)) : RT_NULL;
        if (!v) {
            if (rt->exc)
                goto error;
            v = rt_cell_get(f->cells[arg]);
            if (!v) {
                rt__vm_unbound_deref(rt, code, arg);
                goto error;
            }
            rt_incref(v);
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(LOAD_LOCALS)
    {
        rt_value ns = store_dict(rt, f);
        rt_incref(ns);
        PUSH(ns);
        DISPATCH();
    }
    TARGET(CALL_CLASS_BODY)
    {
        /* [name, bases, (keywords if arg,) body function]: the metaclass's
         * __prepare__ makes the namespace */
        rt_value fn = TOP();
        SAVE_FRAME();
        rt_value ns =
            rt__class_namespace(rt, sp[arg ? -4 : -3], sp[arg ? -3 : -2], arg ? sp[-2] : RT_NULL);
        (void)POP();
        SAVE_FRAME();
        if (!ns) {
            DECREF(fn);
            goto error;
        }
        if (rt->depth >= rt->recursion_limit) {
            DECREF(fn);
            DECREF(ns);
            rt_raise(rt, RT_EXC_RecursionError, "maximum recursion depth exceeded");
            goto error;
        }
        rt_frame *nf = rt__frame_push(rt, rt_func_of(fn)->code, fn);
        DECREF(fn);
        if (!nf) {
            DECREF(ns);
            goto error;
        }
        nf->ns = ns;
        nf->flags |= RT_FRAME_CLASS;
        nf->globals = f->globals; /* a class made by exec()'d code sees exec's globals */
        rt->depth++;
        if (rt__frame_init_cells(rt, nf) < 0) {
            rt__frame_pop(rt, nf);
            rt->depth--;
            goto error;
        }
        f = nf;
        LOAD_FRAME();
        tick--;
        SAFE_POINT();
        DISPATCH();
    }
    TARGET(BUILD_CLASS)
    {
        rt_value ns = POP(), kw = arg ? POP() : RT_NULL, bases = POP(), name = TOP();
        SAVE_SP();
        rt_value cls = rt__class_build(rt, name, bases, ns, kw);
        DECREF(ns);
        DECREF(kw);
        DECREF(bases);
        if (!cls)
            goto error;
        TOP() = cls;
        DECREF(name);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS)
    {
        rt_value ns = store_dict(rt, f);
        rt_value key = rt->ids[RT_ID_annotations];
        SAVE_SP();
        rt_value had = rt__vm_ns_get(rt, ns, key); /* (a mapping's own methods too) */
        DECREF(had);
        if (!had) {
            if (rt->exc)
                goto error;
            rt_value d = rt_dict_new(rt);
            if (!d)
                goto error;
            int r = rt__vm_ns_set(rt, ns, key, d);
            DECREF(d);
            if (ns == rt->globals)
                rt->globals_ver++;
            if (r < 0)
                goto error;
        }
        DISPATCH();
    }
    TARGET(BEFORE_WITH)
    {
        /* argument 1: async with (the protocol's lookups: vm_support.c) */
        rt_value mgr = TOP(), pair[2];
        SAVE_SP();
        if (rt__vm_with_enter(rt, mgr, arg != 0, pair) < 0)
            goto error;
        TOP() = pair[0];
        DECREF(mgr);
        PUSH(RT_NULL);
        PUSH(pair[1]);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START)
    {
        rt_value ex = sp[-3], e = sp[-1];
        rt_value et = rt_type_obj_get(rt, e);
        rt_incref(ex);
        rt_incref(et);
        rt_incref(e);
        PUSH(RT_NULL);
        PUSH(ex);
        PUSH(et);
        PUSH(e);
        PUSH(RT_NONE);
        DISPATCH();
    }
    /* async for (gen_async.c does the work) */
    TARGET(GET_AITER)
    {
        rt_value v = TOP();
        SAVE_FRAME();
        rt_value it = rt__agen_aiter(rt, v);
        if (!it)
            goto error;
        TOP() = it;
        DECREF(v);
        DISPATCH();
    }
    TARGET(GET_ANEXT)
    {
        SAVE_FRAME();
        rt_value aw = rt__agen_anext(rt, TOP());
        if (!aw)
            goto error;
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR)
    {
        rt_value e = POP();
        if (rt_exc_match_spec(rt, e, rt->exc_types[RT_EXC_StopAsyncIteration]) == 1) {
            DECREF(e);
            rt_value it = POP();
            DECREF(it);
            DISPATCH();
        }
        rt__exc_restore(rt, e);
        reraise = true;
        goto error;
    }

#include "runtime/vm_fused.h"

#if !defined(__GNUC__)
default: rt_raise(rt, RT_EXC_RuntimeError, "bad opcode"); goto error;
}
#endif

error :
    /* rt->exc is set. Record where it passed (unless re-raised here), then
     * find a handler in this frame or leave it. */
    if (!rt->exc) rt_raise(rt, RT_EXC_RuntimeError, "error return without exception set");
if (!reraise) {
    uint32_t i = (uint32_t)(ip - code->insns), at = i ? i - 1 : 0;
    rt__exc_add_tb(rt, rt->exc, code, rt_code_line(code, at),
                   at < code->ninsns ? code->cols[at] : 0);
}
reraise = false;
kwnames = RT_NULL;
if (f->nblocks) {
    rt_block b = f->blocks[--f->nblocks];
    rt_value *level = f->stack + b.level;
    while (sp > level)
        DECREF(POP());
    PUSH(rt_exc_fetch(rt));
    ip = code->insns + b.handler;
    /* a handler's entry is a collector safe point too: a MemoryError asked
     * for a full collection (heap.c), and the handler may need the room */
    GC_SAFE_POINT();
    DISPATCH();
}
{
    bool entry = f->is_entry;
    bool itnext = (f->flags & RT_FRAME_ITERNEXT) != 0;
    if (f->flags & RT_FRAME_GEN)
        rt__gen_check_stop(rt, rt_gen_of_frame(f)); /* PEP 479 */
    f->sp = sp;
    if (!itnext)
        rt__exc_keep_locals(rt, f); /* the traceback's frame shows them */
    rt__frame_pop(rt, f);
    rt->depth--;
    if (entry) {
        rt__vm_account(rt, &sl, tick);
        return RT_ERR_RUNTIME;
    }
    f = rt->frame;
    LOAD_FRAME();
    if (itnext && rt_exc_matches(rt, RT_EXC_StopIteration)) {
        /* __next__ said the loop is over: FOR_ITER's exhausted branch */
        rt_exc_clear(rt);
        rt_value itv = POP();
        DECREF(itv);
        ip = code->insns + RT_INSN_ARG(ip[-1]);
        DISPATCH();
    }
    goto error;
}
}
#undef locals

void rt__vm_dispose(rt_state *rt)
{
    while (rt->frame) {
        rt_frame *f = rt->frame;
        rt__frame_pop(rt, f);
    }
    rt->depth = 0;
    rt__vmstack_dispose(rt);
}
