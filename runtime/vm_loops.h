/* vm_loops.h: the handlers of the loops, a fragment of rt__vm_run's
 * dispatch loop: GET_ITER and FOR_ITER (with the fast paths for ranges,
 * lists, tuples, dicts and enumerate), the loops over a display's items
 * kept on the stack (GET_STACK_ITER, FOR_STACK), and a generator
 * expression run in place by sum, list, tuple or sorted (SUM_ENTER,
 * LIST_ENTER, LIST_END, SUM_ADD, CLEAR_FAST, GENEXPR_RAISE;
 * compile_genexpr.c). vm.c includes it inside the loop, where the loop's
 * locals and macros are in scope, as vm_calls.h is. It is not a header to
 * include anywhere else.
 */
TARGET(GET_ITER)
{
    rt_value v = TOP();
    SAVE_SP();
    /* a tuple or list (a `for` over a display): its iterator without
     * rt_getiter's tests for the kinds that are their own iterators */
    rt_value it = rt_is_tuple(v) || rt_is_list(v) ? rt_iter_new(rt, v) : rt_getiter(rt, v);
    if (!it)
        goto error;
    TOP() = it;
    DECREF(v);
    DISPATCH();
}
TARGET_PURE(GET_STACK_ITER)
{
    /* a `for` over a display of arg items (compile_stmt.c): they stay on
     * the stack, under a counter: arg << 8 | the next item's index */
    PUSH(rt_smallint((int64_t)arg << 8));
    DISPATCH();
}
TARGET_PURE(FOR_STACK)
{
    int64_t c = rt_smallint_get(TOP()), n = c >> 8, i = c & 0xff;
    if (i < n) {
        rt_value v = sp[-1 - n + i];
        rt_incref(v);
        TOP() = rt_smallint(c + 1);
        PUSH(v);
        DISPATCH();
    }
    sp--; /* the counter: the code after the loop pops the items */
    JUMP_TO(arg);
    DISPATCH();
}
TARGET(FOR_ITER)
{
    rt_value it = TOP();
    rt_value v;
    if (rt_is_iter(it)) {
        rt_iter_obj *io = rt_iter_obj_of(it);
        if (io->kind == RT_ITER_RANGE) {
            if (io->left > 0) {
                int64_t cur = io->pos;
                io->left--;
                if (io->left)
                    io->pos += io->step;
                if (cur >= RT_SMALLINT_MIN && cur <= RT_SMALLINT_MAX) {
                    PUSH(rt_smallint(cur));
                    DISPATCH();
                }
                v = rt_int_from_i64(rt, cur);
                if (!v)
                    goto error;
                PUSH(v);
                DISPATCH();
            }
            sp--;
            DECREF(it);
            JUMP_TO(arg);
            DISPATCH();
        }
        bool seq_end = false;
        if (io->kind == RT_ITER_LIST && rt_is_list(io->src)) {
            if (io->pos < rt_list_len(io->src)) {
                v = rt_list_get(io->src, io->pos);
                io->pos++;
                rt_incref(v);
                PUSH(v);
                DISPATCH();
            }
            seq_end = true;
        }
        if (io->kind == RT_ITER_TUPLE && io->src) {
            if (io->pos < rt_tuple_len(io->src)) {
                v = rt_tuple_get(io->src, io->pos);
                io->pos++;
                rt_incref(v);
                PUSH(v);
                DISPATCH();
            }
            seq_end = true;
        }
        if (seq_end) {
            /* the end of a list or tuple: the iterator lets its source go
             * at once (as rt_iter_next does), then the loop drops it */
            rt_value src = io->src;
            io->src = RT_NULL;
            sp--;
            SAVE_SP();
            DECREF(src);
            DECREF(it);
            JUMP_TO(arg);
            DISPATCH();
        }
    }
    if (rt_is_gen(it) && rt_gen_of(it)->state != RT_GEN_FINISHED) {
        /* run the generator's frame in this loop; its yield pushes the
         * value here, its return exhausts the loop (gen_returned) */
        SAVE_FRAME();
        if (rt__gen_enter(rt, rt_gen_of(it), RT_NONE) < 0)
            goto error;
        f = rt->frame;
        LOAD_FRAME();
        SAFE_POINT(); /* entering the generator is no instruction of its own */
        /* A generator resumed where it drops the value of its `yield`
         * (a statement: the POP_TOP after it, or its first POP_TOP,
         * alone or fused with the loop's JUMP): the None just pushed
         * goes here, and that POP_TOP is charged without a dispatch. */
        word = *ip;
        if (RT_INSN_OP(word) == RT_OP_POP_TOP) {
            sp--;
            ip++;
            tick--;
        } else if (RT_INSN_OP(word) == RT_OP_POP_TOP__JUMP) {
            sp--;
            tick -= 2; /* the fused run's two instructions (vm_fused.h) */
            word = ip[1];
            ip += 2;
            arg = RT_INSN_ARG(word);
            GOTO_HANDLER(JUMP);
        }
        DISPATCH();
    }
    if (rt_type_of(it) == RT_T_INSTANCE) {
        rt_value m = rt_type_lookup(rt, rt_inst_of(it)->cls, rt->ids[RT_ID_next]);
        if (m && rt_is_func(m)) {
            /* the next item from a frame of __next__(it); its StopIteration
             * ends the loop (see `error`) */
            SAVE_FRAME();
            rt_frame *nf = rt__vm_push_call(rt, m, &it, 1, RT_NULL);
            if (!nf)
                goto error;
            nf->flags |= RT_FRAME_ITERNEXT;
            f = nf;
            LOAD_FRAME();
            tick--;
            SAFE_POINT();
            DISPATCH();
        }
    }
    if (rt_is_iter(it) && rt_iter_obj_of(it)->kind == RT_ITER_ENUMERATE &&
        RT_INSN_OP(*ip) == RT_OP_UNPACK_SEQUENCE && RT_INSN_ARG(*ip) == 2) {
        /* `for i, x in enumerate(a_tuple_or_list)`: the count and the
         * item pushed as the UNPACK_SEQUENCE after this leaves them,
         * without the pair (that instruction charged, not
         * dispatched); the item's step paced as rt_iternext paces */
        rt_iter_obj *eo = rt_iter_obj_of(it);
        rt_iter_obj *si = rt_is_iter(eo->src) ? rt_iter_obj_of(eo->src) : NULL;
        if (si && eo->pos >= RT_SMALLINT_MIN && eo->pos <= RT_SMALLINT_MAX &&
            seq_iter_has_next(si)) {
            SAVE_FRAME();
            if (rt__vm_c_step(rt) < 0)
                goto error;
            if (seq_iter_has_next(si)) {
                v = si->kind == RT_ITER_TUPLE ? rt_tuple_get(si->src, si->pos)
                                              : rt_list_get(si->src, si->pos);
                si->pos++;
                rt_incref(v);
                PUSH(v);
                PUSH(rt_smallint(eo->pos));
                eo->pos++;
                ip++;
                tick--;
                DISPATCH();
            }
        }
    }
    SAVE_FRAME();
    int r = rt__iternext_unpaced(rt, it, &v);
    if (r > 0) {
        PUSH(v);
        DISPATCH();
    }
    if (r < 0)
        goto error;
    sp--;
    DECREF(it);
    JUMP_TO(arg);
    DISPATCH();
}
TARGET(SUM_ENTER)
TARGET(LIST_ENTER)
{
    /* [NULL, f, it]: sum, list, tuple or sorted of a generator
     * expression compiled in place (compile_genexpr.c): the loop runs
     * when f is that builtin, else the general call at arg */
    int r = rt__genexpr_enter(rt, RT_INSN_OP(ip[-1]) == RT_OP_SUM_ENTER, sp);
    if (r < 0)
        goto error;
    if (r == 0)
        JUMP_TO(arg);
    DISPATCH();
}
TARGET(LIST_END)
{
    rt_value fn = POP();
    SAVE_SP();
    rt_value r = rt__genexpr_list_end(rt, fn, TOP());
    if (!r) {
        TOP() = RT_NULL; /* released there */
        sp--;
        goto error;
    }
    TOP() = r;
    DISPATCH();
}
TARGET(SUM_ADD)
{
    rt_value v = POP();
    rt_value acc = sp[-(int)arg];
    if (rt_is_smallint(acc) && rt_is_smallint(v)) {
        int64_t n = rt_smallint_get(acc) + rt_smallint_get(v); /* 63-bit: no overflow */
        if (n >= RT_SMALLINT_MIN && n <= RT_SMALLINT_MAX) {
            sp[-(int)arg] = rt_smallint(n);
            DISPATCH();
        }
    }
    SAVE_SP();
    if (rt__sum_add(rt, &sp[-(int)arg], v) < 0) {
        /* sum()'s own error, not the generator's: the loop's handler
         * (GENEXPR_RAISE) gives it the call's line alone */
        reraise = true;
        goto error;
    }
    DISPATCH();
}
TARGET(CLEAR_FAST)
{
    if (locals[arg]) {
        rt__slot_clear(rt, &locals[arg]);
        GC_SAFE_POINT();
    }
    DISPATCH();
}
TARGET(GENEXPR_RAISE)
{
    /* [it, exc, cells..., code]: exc raised again from here, [it] left */
    sp = rt__genexpr_raise(rt, code, locals + arg, sp, &reraise);
    goto error;
}
