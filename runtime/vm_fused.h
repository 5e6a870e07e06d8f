/* vm_fused.h: the handlers of the fused instructions (compile_opt.c's
 * superinstructions, opcodes.h), a fragment of rt__vm_run's dispatch loop:
 * vm.c includes it inside the loop, where the loop's locals (rt, f, ip, sp,
 * locals, consts, tick, word, arg) and macros (TARGET_PURE, DISPATCH,
 * GOTO_HANDLER, PUSH, ...) are in scope. It is not a header to include
 * anywhere else. */
/* ---- fused instructions (compile_opt.c, opcodes.h) ------------------------------
 * The head's word is dispatched as usual (ip past it, one tick); the
 * words after it hold the run's other arguments, read as FUSED_ARG(k). A
 * fast path that completes the run steps over those words with
 * FUSED_SKIP, charging one tick for each (instructions_total and the
 * slices count the instructions the compiler emitted). No fast path can
 * raise, call or allocate (small ints are immediates), so their handlers
 * are TARGET_PURE; where one stores over a local, f->ip is brought up to
 * date first, since releasing the old value may close a generator, whose
 * finally blocks run Python code. Anything else runs the head's own
 * handler (GOTO_HANDLER(<base>)) or, once the head's part is done, goes
 * straight to the next word's handler (FUSED_INTO, a dispatch without the
 * table): the state is then exactly what the unfused instructions would
 * have left, tracebacks' lines included. */
#define FUSED_ARG(k) RT_INSN_ARG(ip[(k)-1])
#define FUSED_SKIP(k)                                                                              \
    do {                                                                                           \
        ip += (k);                                                                                 \
        tick -= (k);                                                                               \
    } while (0)
#define FUSED_INTO(name)                                                                           \
    do {                                                                                           \
        tick--;                                                                                    \
        word = *ip++;                                                                              \
        arg = RT_INSN_ARG(word);                                                                   \
        GOTO_HANDLER(name);                                                                        \
    } while (0)
/* The run's last word is a STORE_FAST (ip is already past it): stores v
 * over that local. f->ip first, as said above. */
#define FUSED_STORE_FAST(v)                                                                        \
    do {                                                                                           \
        f->ip = ip;                                                                                \
        uint32_t dst_ = RT_INSN_ARG(ip[-1]);                                                       \
        rt_value old_ = locals[dst_];                                                              \
        locals[dst_] = (v);                                                                        \
        DECREF(old_);                                                                              \
    } while (0)
/* v = a op b for small ints a and b (op a BINARY_OP argument the pass let
 * through), false when the generic path must run. */
#define SMALLINT_BINOP(op, a, b, v)                                                                \
    ((((a) & (b)&1u) != 0) && ((v) = smallint_binop((op), (a), (b))) != RT_NULL)

TARGET_PURE(LOAD_FAST__LOAD_FAST)
{
    rt_value a = locals[arg], b = locals[FUSED_ARG(1)];
    if (__builtin_expect(!a || !b, 0))
        GOTO_HANDLER(LOAD_FAST);
    rt_incref(a);
    rt_incref(b);
    PUSH(a);
    PUSH(b);
    FUSED_SKIP(1);
    DISPATCH();
}
TARGET_PURE(LOAD_FAST__LOAD_CONST)
{
    rt_value a = locals[arg], b = consts[FUSED_ARG(1)];
    if (__builtin_expect(!a, 0))
        GOTO_HANDLER(LOAD_FAST);
    rt_incref(a);
    rt_incref(b);
    PUSH(a);
    PUSH(b);
    FUSED_SKIP(1);
    DISPATCH();
}
TARGET_PURE(LOAD_CONST__LOAD_FAST)
{
    rt_value a = consts[arg], b = locals[FUSED_ARG(1)];
    if (__builtin_expect(!b, 0))
        GOTO_HANDLER(LOAD_CONST);
    rt_incref(a);
    rt_incref(b);
    PUSH(a);
    PUSH(b);
    FUSED_SKIP(1);
    DISPATCH();
}
TARGET(STORE_FAST__LOAD_FAST)
{
    rt_value old = locals[arg];
    locals[arg] = POP();
    DECREF(old);
    rt_value b = locals[FUSED_ARG(1)];
    if (__builtin_expect(!b, 0))
        FUSED_INTO(LOAD_FAST);
    rt_incref(b);
    PUSH(b);
    FUSED_SKIP(1);
    DISPATCH();
}
/* The arithmetic runs, each written once as a body over its operator
 * `op`: the generic form reads it from the BINARY_OP word, the
 * operator-specialised forms (RT_BINOP_VARIANTS) have it as a constant, so
 * smallint_binop's switch folds away. */
#define BODY_LOAD_FAST__BINARY_OP(op)                                                              \
    {                                                                                              \
        rt_value a = TOP(), b = locals[arg], v;                                                    \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(LOAD_FAST);                                                               \
        TOP() = v;                                                                                 \
        FUSED_SKIP(1);                                                                             \
        DISPATCH();                                                                                \
    }
#define BODY_LOAD_CONST__BINARY_OP(op)                                                             \
    {                                                                                              \
        rt_value a = TOP(), b = consts[arg], v;                                                    \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(LOAD_CONST);                                                              \
        TOP() = v;                                                                                 \
        FUSED_SKIP(1);                                                                             \
        DISPATCH();                                                                                \
    }
/* LOAD_GLOBAL's cache, read only when it holds (else its handler) */
#define BODY_LOAD_GLOBAL__BINARY_OP(op)                                                            \
    {                                                                                              \
        const rt_gcache *gc = &code->gcache[arg];                                                  \
        rt_value a = TOP(), b, v;                                                                  \
        rt_value g_ = f->globals ? f->globals : rt->globals;                                       \
        b = rt__gcache_value(rt, gc, g_);                                                          \
        if (__builtin_expect(!b || f->ns, 0))                                                      \
            GOTO_HANDLER(LOAD_GLOBAL);                                                             \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(LOAD_GLOBAL);                                                             \
        TOP() = v;                                                                                 \
        FUSED_SKIP(1);                                                                             \
        DISPATCH();                                                                                \
    }
#define BODY_BINARY_OP(op)                                                                         \
    {                                                                                              \
        rt_value a = SECOND(), b = TOP(), v;                                                       \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(BINARY_OP);                                                               \
        sp--;                                                                                      \
        TOP() = v;                                                                                 \
        DISPATCH();                                                                                \
    }
#define BODY_BINARY_OP__STORE_FAST(op)                                                             \
    {                                                                                              \
        rt_value a = SECOND(), b = TOP(), v;                                                       \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(BINARY_OP);                                                               \
        sp -= 2;                                                                                   \
        FUSED_SKIP(1);                                                                             \
        FUSED_STORE_FAST(v);                                                                       \
        DISPATCH();                                                                                \
    }
#define BODY_LOAD_FAST__LOAD_FAST__BINARY_OP(op)                                                   \
    {                                                                                              \
        rt_value a = locals[arg], b = locals[FUSED_ARG(1)], v;                                     \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(LOAD_FAST__LOAD_FAST);                                                    \
        PUSH(v);                                                                                   \
        FUSED_SKIP(2);                                                                             \
        DISPATCH();                                                                                \
    }
#define BODY_LOAD_FAST__LOAD_CONST__BINARY_OP(op)                                                  \
    {                                                                                              \
        rt_value a = locals[arg], b = consts[FUSED_ARG(1)], v;                                     \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(LOAD_FAST__LOAD_CONST);                                                   \
        PUSH(v);                                                                                   \
        FUSED_SKIP(2);                                                                             \
        DISPATCH();                                                                                \
    }
#define BODY_LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST(op)                                       \
    {                                                                                              \
        rt_value a = locals[arg], b = locals[FUSED_ARG(1)], v;                                     \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(LOAD_FAST__LOAD_FAST);                                                    \
        FUSED_SKIP(3);                                                                             \
        FUSED_STORE_FAST(v);                                                                       \
        DISPATCH();                                                                                \
    }
#define BODY_LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST(op)                                      \
    {                                                                                              \
        rt_value a = locals[arg], b = consts[FUSED_ARG(1)], v;                                     \
        if (!SMALLINT_BINOP((op), a, b, v))                                                        \
            GOTO_HANDLER(LOAD_FAST__LOAD_CONST);                                                   \
        FUSED_SKIP(3);                                                                             \
        FUSED_STORE_FAST(v);                                                                       \
        DISPATCH();                                                                                \
    }
/* The generic form (operator from its BINARY_OP word: FUSED_ARG(k), or
 * the head's own argument) and the five specialised ones. */
/* clang-format off */
#define ARITH_FORMS(form)                                                                          \
    TARGET_PURE(form##_ADD) BODY_##form(RT_OP_ADD)                                                 \
    TARGET_PURE(form##_SUB) BODY_##form(RT_OP_SUB)                                                 \
    TARGET_PURE(form##_MUL) BODY_##form(RT_OP_MUL)                                                 \
    TARGET_PURE(form##_FLOORDIV) BODY_##form(RT_OP_FLOORDIV)                                       \
    TARGET_PURE(form##_MOD) BODY_##form(RT_OP_MOD)
TARGET_PURE(LOAD_FAST__BINARY_OP) BODY_LOAD_FAST__BINARY_OP(FUSED_ARG(1))
ARITH_FORMS(LOAD_FAST__BINARY_OP)
TARGET_PURE(LOAD_CONST__BINARY_OP) BODY_LOAD_CONST__BINARY_OP(FUSED_ARG(1))
ARITH_FORMS(LOAD_CONST__BINARY_OP)
TARGET_PURE(LOAD_GLOBAL__BINARY_OP) BODY_LOAD_GLOBAL__BINARY_OP(FUSED_ARG(1))
ARITH_FORMS(LOAD_GLOBAL__BINARY_OP)
ARITH_FORMS(BINARY_OP)
TARGET_PURE(BINARY_OP__STORE_FAST) BODY_BINARY_OP__STORE_FAST(arg)
ARITH_FORMS(BINARY_OP__STORE_FAST)
TARGET_PURE(LOAD_FAST__LOAD_FAST__BINARY_OP) BODY_LOAD_FAST__LOAD_FAST__BINARY_OP(FUSED_ARG(2))
ARITH_FORMS(LOAD_FAST__LOAD_FAST__BINARY_OP)
TARGET_PURE(LOAD_FAST__LOAD_CONST__BINARY_OP) BODY_LOAD_FAST__LOAD_CONST__BINARY_OP(FUSED_ARG(2))
ARITH_FORMS(LOAD_FAST__LOAD_CONST__BINARY_OP)
TARGET_PURE(LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST)
    BODY_LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST(FUSED_ARG(2))
ARITH_FORMS(LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST)
TARGET_PURE(LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST)
    BODY_LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST(FUSED_ARG(2))
ARITH_FORMS(LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST)
/* clang-format on */
#undef ARITH_FORMS
#undef BODY_LOAD_FAST__BINARY_OP
#undef BODY_LOAD_CONST__BINARY_OP
#undef BODY_LOAD_GLOBAL__BINARY_OP
#undef BODY_BINARY_OP
#undef BODY_BINARY_OP__STORE_FAST
#undef BODY_LOAD_FAST__LOAD_FAST__BINARY_OP
#undef BODY_LOAD_FAST__LOAD_CONST__BINARY_OP
#undef BODY_LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST
#undef BODY_LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST
                                            TARGET_PURE(COMPARE_OP__POP_JUMP_IF_FALSE)
{
    rt_value a = SECOND(), b = TOP();
    int c;
    if ((a & b) & 1u) {
        c = smallint_compare(arg, a, b);
    } else {
        /* floats and strs: released as the unfused pair would (freeing a
         * float or a str runs no code) */
        if ((c = fast_compare(arg, a, b)) < 0)
            GOTO_HANDLER(COMPARE_OP);
        f->ip = ip;
        DECREF(a);
        DECREF(b);
    }
    sp -= 2;
    FUSED_SKIP(1);
    if (!c)
        JUMP_TO(RT_INSN_ARG(ip[-1]));
    DISPATCH();
}
TARGET_PURE(COMPARE_OP__POP_JUMP_IF_TRUE)
{
    rt_value a = SECOND(), b = TOP();
    int c;
    if ((a & b) & 1u) {
        c = smallint_compare(arg, a, b);
    } else {
        /* floats and strs: released as the unfused pair would (freeing a
         * float or a str runs no code) */
        if ((c = fast_compare(arg, a, b)) < 0)
            GOTO_HANDLER(COMPARE_OP);
        f->ip = ip;
        DECREF(a);
        DECREF(b);
    }
    sp -= 2;
    FUSED_SKIP(1);
    if (c)
        JUMP_TO(RT_INSN_ARG(ip[-1]));
    DISPATCH();
}
TARGET_PURE(FOR_ITER__STORE_FAST)
{
    /* the next item of a range, list or tuple iterator straight into the
     * local */
    rt_value it = TOP(), v = RT_NULL;
    if (!rt_is_iter(it))
        GOTO_HANDLER(FOR_ITER);
    rt_iter_obj *io = rt_iter_obj_of(it);
    if (io->kind == RT_ITER_RANGE && io->left > 0 && io->pos >= RT_SMALLINT_MIN &&
        io->pos <= RT_SMALLINT_MAX) {
        v = rt_smallint(io->pos);
        io->left--;
        if (io->left)
            io->pos += io->step;
    } else if (io->kind == RT_ITER_LIST && rt_is_list(io->src) && io->pos < rt_list_len(io->src)) {
        v = rt_list_get(io->src, io->pos);
        io->pos++;
        rt_incref(v);
    } else if (io->kind == RT_ITER_TUPLE && io->src && io->pos < rt_tuple_len(io->src)) {
        v = rt_tuple_get(io->src, io->pos);
        io->pos++;
        rt_incref(v);
    } else {
        GOTO_HANDLER(FOR_ITER);
    }
    FUSED_SKIP(1);
    FUSED_STORE_FAST(v);
    DISPATCH();
}
TARGET_PURE(FOR_STACK__STORE_FAST)
{
    /* the next of a display's items on the stack (vm.c's FOR_STACK) straight
     * into the local */
    int64_t c = rt_smallint_get(TOP()), n = c >> 8, i = c & 0xff;
    if (i >= n)
        GOTO_HANDLER(FOR_STACK);
    rt_value v = sp[-1 - n + i];
    rt_incref(v);
    TOP() = rt_smallint(c + 1);
    FUSED_SKIP(1);
    FUSED_STORE_FAST(v);
    DISPATCH();
}
TARGET(POP_TOP__JUMP)
{
    rt_value v = POP();
    DECREF(v);
    FUSED_INTO(JUMP);
}
TARGET(STORE_FAST__JUMP)
{
    rt_value old = locals[arg];
    locals[arg] = POP();
    DECREF(old);
    FUSED_INTO(JUMP);
}
TARGET_PURE(LOAD_FAST__RETURN_VALUE)
{
    rt_value v = locals[arg];
    if (__builtin_expect(!v, 0))
        GOTO_HANDLER(LOAD_FAST);
    rt_incref(v);
    PUSH(v);
    FUSED_INTO(RETURN_VALUE);
}
TARGET_PURE(LOAD_CONST__RETURN_VALUE)
{
    rt_value v = consts[arg];
    rt_incref(v);
    PUSH(v);
    FUSED_INTO(RETURN_VALUE);
}
/* A load, then the next word's own handler entered directly. */
#define LOAD_FAST_INTO(name)                                                                       \
    do {                                                                                           \
        rt_value v = locals[arg];                                                                  \
        if (__builtin_expect(!v, 0))                                                               \
            GOTO_HANDLER(LOAD_FAST);                                                               \
        rt_incref(v);                                                                              \
        PUSH(v);                                                                                   \
        FUSED_INTO(name);                                                                          \
    } while (0)
/* The attribute runs on a local instance (`self.x`, `self.m(...)`,
 * `self.x = v`): a hit of the attribute word's site (instattr.h; the word
 * after the head, so its index is ip's) reads or writes the inline value
 * without the local's reference ever being pushed, counted and dropped;
 * anything else is the two instructions one after the other. */
TARGET_PURE(LOAD_FAST__LOAD_ATTR)
{
    rt_value o = locals[arg];
    if (rt_is_inst(o)) {
        rt_value v = rt__inst_site_value(rt, o, code, (uint32_t)(ip - code->insns));
        if (__builtin_expect(v != RT_NULL, 1)) {
            rt_incref(v);
            PUSH(v);
            FUSED_SKIP(1);
            DISPATCH();
        }
    }
    LOAD_FAST_INTO(LOAD_ATTR);
}
TARGET_PURE(LOAD_FAST__LOAD_METHOD)
{
    rt_value o = locals[arg];
    if (rt_is_inst(o)) {
        rt_value fn = rt__inst_site_method(rt, o, code, (uint32_t)(ip - code->insns));
        if (__builtin_expect(fn != RT_NULL, 1)) {
            rt_incref(fn);
            rt_incref(o);
            PUSH(fn);
            PUSH(o);
            FUSED_SKIP(1);
            DISPATCH();
        }
    }
    LOAD_FAST_INTO(LOAD_METHOD);
}
/* `f(x.m())`, x a local (CALL 0 then CALL 1: the pass checks the
 * arguments). When f is the builtin sorted, x an exact dict and m its
 * items (a memoizer's key, `sorted(kwargs.items())`), the sorted pairs are
 * made from the dict's entries without the items view; and when the next
 * word is a CALL of one argument on the builtin tuple below (`tuple(sorted(
 * x.items()))`), the tuple itself, without the list
 * (rt__sorted_dict_items). The stack then holds what the unfused words
 * would have left: the result where the NULL under sorted (or under tuple)
 * was. Anything else runs as LOAD_FAST__LOAD_METHOD. */
TARGET_PURE(LOAD_FAST__LOAD_METHOD__CALL__CALL)
{
    rt_value o = locals[arg];
    if (o && rt_is_dict(o) && sp - f->stack >= 2 && sp[-2] == RT_NULL && rt_is_obj(sp[-1]) &&
        rt_as_obj(sp[-1])->type == RT_T_BUILTIN &&
        rt_builtin_of(sp[-1])->def->fn == rt__bi_sorted &&
        name_is_items(code->names[FUSED_ARG(1)])) {
        bool as_tuple = sp - f->stack >= 4 && sp[-4] == RT_NULL &&
                        sp[-3] == rt->type_objs[RT_T_TUPLE] &&
                        ip + 3 < code->insns + code->ninsns && RT_INSN_OP(ip[3]) == RT_OP_CALL &&
                        RT_INSN_ARG(ip[3]) == 1;
        SAVE_FRAME();
        rt_value r = rt__sorted_dict_items(rt, o, as_tuple);
        if (!r)
            goto error;
        rt_value *base = sp - (as_tuple ? 4 : 2);
        while (sp > base)
            DECREF(POP());
        PUSH(r);
        FUSED_SKIP(as_tuple ? 4 : 3);
        DISPATCH();
    }
    GOTO_HANDLER(LOAD_FAST__LOAD_METHOD);
}
/* The value is on the stack; a hit moves the stack's reference into the
 * instance. Releasing the value it replaces may run Python code (a
 * __del__), so f->ip is brought past the run first. */
TARGET_PURE(LOAD_FAST__STORE_ATTR)
{
    rt_value o = locals[arg];
    if (rt_is_inst(o)) {
        rt_value old;
        if (__builtin_expect(
                rt__inst_site_store(rt, o, TOP(), code, (uint32_t)(ip - code->insns), &old), 1)) {
            sp--;
            FUSED_SKIP(1);
            f->ip = ip;
            DECREF(old);
            DISPATCH();
        }
    }
    LOAD_FAST_INTO(STORE_ATTR);
}
/* `o.x op= v` (DUP_TOP LOAD_ATTR ... ROT_TWO STORE_ATTR): the read leaves
 * the one reference to o on the stack under the value; the store moves
 * the stack's reference to the value into o and drops the one to o. */
TARGET_PURE(DUP_TOP__LOAD_ATTR)
{
    rt_value o = TOP();
    if (rt_is_inst(o)) {
        rt_value v = rt__inst_site_value(rt, o, code, (uint32_t)(ip - code->insns));
        if (__builtin_expect(v != RT_NULL, 1)) {
            rt_incref(v);
            PUSH(v);
            FUSED_SKIP(1);
            DISPATCH();
        }
    }
    GOTO_HANDLER(DUP_TOP);
}
TARGET_PURE(ROT_TWO__STORE_ATTR)
{
    rt_value o = SECOND();
    if (rt_is_inst(o)) {
        rt_value old;
        if (__builtin_expect(
                rt__inst_site_store(rt, o, TOP(), code, (uint32_t)(ip - code->insns), &old), 1)) {
            sp -= 2;
            FUSED_SKIP(1);
            f->ip = ip;
            DECREF(o);
            DECREF(old);
            DISPATCH();
        }
    }
    GOTO_HANDLER(ROT_TWO);
}
/* `self.x = x`: both operands locals; the value's new reference is the
 * instance's. */
TARGET_PURE(LOAD_FAST__LOAD_FAST__STORE_ATTR)
{
    rt_value v = locals[arg], o = locals[FUSED_ARG(1)];
    if (v && rt_is_inst(o)) {
        rt_value old;
        if (__builtin_expect(
                rt__inst_site_store(rt, o, v, code, (uint32_t)(ip + 1 - code->insns), &old), 1)) {
            rt_incref(v);
            FUSED_SKIP(2);
            f->ip = ip;
            DECREF(old);
            DISPATCH();
        }
    }
    GOTO_HANDLER(LOAD_FAST__LOAD_FAST);
}
TARGET_PURE(LOAD_FAST__CALL)
{
    LOAD_FAST_INTO(CALL);
}
#undef LOAD_FAST_INTO
TARGET_PURE(LOAD_CONST__CALL)
{
    rt_value v = consts[arg];
    rt_incref(v);
    PUSH(v);
    FUSED_INTO(CALL);
}
TARGET_PURE(PUSH_NULL__LOAD_FAST)
{
    rt_value v = locals[FUSED_ARG(1)];
    PUSH(RT_NULL);
    if (__builtin_expect(!v, 0))
        FUSED_INTO(LOAD_FAST);
    rt_incref(v);
    PUSH(v);
    FUSED_SKIP(1);
    DISPATCH();
}
TARGET_PURE(PUSH_NULL__LOAD_GLOBAL)
{
    PUSH(RT_NULL);
    FUSED_INTO(LOAD_GLOBAL);
}
TARGET_PURE(PUSH_NULL__LOAD_DEREF)
{
    PUSH(RT_NULL);
    FUSED_INTO(LOAD_DEREF);
}
/* Free and cell variables (cells[arg]: cellvars, then freevars; an
 * empty cell raises through LOAD_DEREF's own handler). */
TARGET_PURE(LOAD_DEREF__LOAD_FAST)
{
    rt_value a = rt_cell_get(f->cells[arg]), b = locals[FUSED_ARG(1)];
    if (__builtin_expect(!a || !b, 0))
        GOTO_HANDLER(LOAD_DEREF);
    rt_incref(a);
    rt_incref(b);
    PUSH(a);
    PUSH(b);
    FUSED_SKIP(1);
    DISPATCH();
}
TARGET_PURE(LOAD_DEREF__LOAD_DEREF)
{
    rt_value a = rt_cell_get(f->cells[arg]), b = rt_cell_get(f->cells[FUSED_ARG(1)]);
    if (__builtin_expect(!a || !b, 0))
        GOTO_HANDLER(LOAD_DEREF);
    rt_incref(a);
    rt_incref(b);
    PUSH(a);
    PUSH(b);
    FUSED_SKIP(1);
    DISPATCH();
}
TARGET_PURE(LOAD_FAST__LOAD_DEREF)
{
    rt_value a = locals[arg], b = rt_cell_get(f->cells[FUSED_ARG(1)]);
    if (__builtin_expect(!a || !b, 0))
        GOTO_HANDLER(LOAD_FAST);
    rt_incref(a);
    rt_incref(b);
    PUSH(a);
    PUSH(b);
    FUSED_SKIP(1);
    DISPATCH();
}
TARGET_PURE(LOAD_FAST__LOAD_DEREF__BINARY_OP)
{
    rt_value a = locals[arg], b = rt_cell_get(f->cells[FUSED_ARG(1)]), v;
    if (!SMALLINT_BINOP(FUSED_ARG(2), a, b, v))
        GOTO_HANDLER(LOAD_FAST__LOAD_DEREF);
    PUSH(v);
    FUSED_SKIP(2);
    DISPATCH();
}
TARGET_PURE(LOAD_DEREF__LOAD_FAST__BINARY_OP__STORE_DEREF)
{
    /* cell op= local, written back to the same cell (the pass checks the
     * slots): `count += step` */
    rt_value c = f->cells[arg];
    rt_value a = rt_cell_get(c), b = locals[FUSED_ARG(1)], v;
    if (!SMALLINT_BINOP(FUSED_ARG(2), a, b, v))
        GOTO_HANDLER(LOAD_DEREF__LOAD_FAST);
    FUSED_SKIP(3);
    rt_cell_set_steal(rt, c, v); /* the old value is a small int: nothing released */
    DISPATCH();
}
TARGET(STORE_DEREF__LOAD_DEREF)
{
    rt__frame_store_deref(rt, f, arg, POP());
    rt_value v = rt_cell_get(f->cells[FUSED_ARG(1)]);
    if (__builtin_expect(!v, 0))
        FUSED_INTO(LOAD_DEREF);
    rt_incref(v);
    PUSH(v);
    FUSED_SKIP(1);
    DISPATCH();
}
TARGET_PURE(LOAD_DEREF__RETURN_VALUE)
{
    rt_value v = rt_cell_get(f->cells[arg]);
    if (__builtin_expect(!v, 0))
        GOTO_HANDLER(LOAD_DEREF);
    rt_incref(v);
    PUSH(v);
    FUSED_INTO(RETURN_VALUE);
}
/* f(..., k=v): the names for the call, then the call without a dispatch */
TARGET_PURE(KW_NAMES__CALL)
{
    kwnames = consts[arg];
    FUSED_INTO(CALL);
}
#undef SMALLINT_BINOP
#undef FUSED_STORE_FAST
#undef FUSED_INTO
#undef FUSED_SKIP
#undef FUSED_ARG
