/* vm_calls.h: the handlers of CALL and CALL_FUNCTION_EX, a fragment of
 * rt__vm_run's dispatch loop: vm.c includes it inside the loop, where the
 * loop's locals (rt, f, ip, sp, base, locals, consts, kwnames, tick, word,
 * arg) and macros (TARGET, DISPATCH, PUSH, POP, SAVE_FRAME, LOAD_FRAME, ...)
 * are in scope, as vm_fused.h is. It is not a header to include anywhere
 * else. The call paths are the largest handlers of the loop (the exact
 * call, the forwarders, the builtins' vectorcalls, the class calls), and
 * they change together.
 */
TARGET(CALL)
{
    GC_SAFE_POINT();
    {
        /* The common call first: a Python function (after PUSH_NULL, or
         * a method LOAD_METHOD found, its receiver the first argument)
         * whose parameters are exactly the positional arguments. The
         * stack's references to the function and the arguments move
         * into the new frame (below the function there is at most a
         * NULL). */
        rt_value *base = sp - arg - 2;
        rt_value *fslot = base[0] == RT_NULL ? base + 1 : base;
        rt_value fv = *fslot;
        if (__builtin_expect(rt_is_func(fv), 1)) {
            rt_code *fc = rt_func_of(fv)->code;
            uint32_t n = arg + (uint32_t)(fslot == base);
            if (__builtin_expect(kwnames == RT_NULL && n == fc->fast_argc &&
                                     rt->depth < rt->recursion_limit,
                                 1)) {
                f->sp = base;
                f->ip = ip;
                rt_frame *nf = rt__frame_push_exact(rt, fv, fslot + 1, n);
                if (!nf) {
                    sp = base;
                    goto error;
                }
                f = nf;
                LOAD_FRAME();
                SAFE_POINT();
                DISPATCH();
            }
            if (rt__code_is_forwarder(fc) && rt->depth < rt->recursion_limit) {
                /* `def wrapper(*args, **kwargs)`: the arguments move
                 * into its tuple and dict (call.c) */
                f->sp = base;
                f->ip = ip;
                rt_frame *nf = rt__vm_push_forwarder(rt, fv, fslot + 1, n, kwnames);
                kwnames = RT_NULL;
                if (!nf) {
                    sp = base;
                    goto error;
                }
                f = nf;
                LOAD_FRAME();
                SAFE_POINT();
                DISPATCH();
            }
        }
    }
    rt_value kw = kwnames;
    kwnames = RT_NULL;
    size_t nkw = kw ? (size_t)rt_tuple_len(kw) : 0;
    rt_value *base = sp - arg - 2;
    rt_value callable, *args;
    size_t nargs;
    if (base[0] == RT_NULL) {
        callable = base[1];
        args = base + 2;
        nargs = arg;
    } else if (is_method_tag(base[0])) {
        const rt_builtin_def *def = method_def(base[0]);
        SAVE_FRAME();
        rt_value res = def->fn(rt, base[1], base + 2, arg - nkw, kw);
        while (sp > base + 1)
            DECREF(POP());
        sp = base;
        if (!res)
            goto error;
        PUSH(res);
        GC_SAFE_POINT(); /* what the call freed: weak references' callbacks run now */
        DISPATCH();
    } else {
        callable = base[0];
        args = base + 1;
        nargs = arg + 1;
    }
    if (base[0] == RT_NULL && rt_is_obj(callable)) {
        uint8_t ct = rt_as_obj(callable)->type;
        if (ct == RT_T_METHOD) {
            /* [NULL, bound] -> [func, self]: the receiver becomes the first argument */
            rt_descr *m = rt_descr_of(callable);
            rt_incref(m->a);
            rt_incref(m->b);
            base[0] = m->a;
            base[1] = m->b;
            DECREF(callable);
            callable = base[0];
            args = base + 1;
            nargs = arg + 1;
        } else if (ct == RT_T_TYPE && (rt_type_obj_of(callable)->tflags & RT_TF_HEAP)) {
            rt_value init;
            rt_value obj = rt__class_prepare_init(rt, callable, &init);
            if (obj) {
                /* the instance waits in base[0]; __init__ runs as a frame */
                base[0] = obj;
                rt_incref(obj);
                base[1] = obj;
                DECREF(callable);
                f->sp = base + 1;
                f->ip = ip;
                rt_code *ic = rt_func_of(init)->code;
                rt_frame *nf;
                if (!kw && arg + 1 == ic->fast_argc && rt->depth < rt->recursion_limit) {
                    /* exact positional arguments: self and the arguments move into
                     * the frame, as CALL's fast path does */
                    rt_incref(init);
                    nf = rt__frame_push_exact(rt, init, base + 1, arg + 1);
                    sp = base + 1;
                } else {
                    nf = rt__vm_push_call(rt, init, base + 1, arg + 1 - nkw, kw);
                    while (sp > base + 1)
                        DECREF(POP());
                }
                if (!nf)
                    goto error;
                nf->flags |= RT_FRAME_INIT;
                f = nf;
                LOAD_FRAME();
                tick--;
                SAFE_POINT();
                DISPATCH();
            }
            if (rt->exc)
                goto call_failed;
        } else if (callable == rt->type_objs[RT_T_SUPER] && arg == 0 && !kw &&
                   RT_INSN_OP(*ip) == RT_OP_LOAD_METHOD) {
            /* super().name(...): the function and the receiver, as the next
             * LOAD_METHOD would leave them, without the super object */
            rt_value fn, self;
            uint32_t k = (uint32_t)(ip - code->insns);
            if (rt__super_site_hit(rt, code, k, &fn, &self) ||
                rt__super_site_method(rt, code->names[RT_INSN_ARG(*ip)], code, k, &fn, &self)) {
                rt_incref(fn);
                rt_incref(self);
                base[0] = fn;
                base[1] = self;
                DECREF(callable);
                ip++; /* the LOAD_METHOD */
                f->ip = ip;
                DISPATCH();
            }
        } else if (ct == RT_T_BUILTIN && arg == 2 && !kw &&
                   rt_builtin_of(callable)->def->fn == rt__bi_isinstance && rt_is_inst(base[2]) &&
                   rt_is_obj(base[3]) && rt_as_obj(base[3])->type == RT_T_TYPE) {
            /* isinstance(instance, class) without a metaclass to ask
             * (__instancecheck__; an instance of exactly the class needs
             * none): the instance's class in the class's subclasses decides
             * it, or, when it is not, a __class__ the class defines */
            rt_value icls = rt_inst_of(base[2])->cls;
            bool r = rt_type_is_subtype(icls, base[3]);
            bool plain = !rt_type_obj_of(base[3])->meta || icls == base[3];
            if (r ? plain : plain && rt__class_attr_plain(rt, icls)) {
                SAVE_FRAME();
                while (sp > base)
                    DECREF(POP());
                PUSH(rt_bool(r));
                DISPATCH();
            }
        } else if (ct == RT_T_LRU && !kw && rt->depth < rt->recursion_limit) {
            /* a cached call: a hit is its result; a miss runs the function as a
             * frame of this loop, the cache's change count left where the NULL
             * was, the wrapper where the callable was and the arguments (the
             * key's lanes) where they were, the frame taking references of its
             * own (the frame's return stores the result: RETURN_VALUE; an
             * exception unwinds them with the stack) */
            rt_value out;
            SAVE_FRAME();
            int r = rt__lru_frame_enter(rt, base, nargs, &out);
            if (r == 0) {
                f = rt->frame;
                LOAD_FRAME();
                SAFE_POINT();
                DISPATCH();
            }
            if (r != 2) {
                while (sp > base)
                    DECREF(POP());
                if (r < 0)
                    goto error;
                PUSH(out);
                DISPATCH();
            }
        } else if (ct == RT_T_INSTANCE) {
            rt_value m = rt_type_lookup(rt, rt_inst_of(callable)->cls, rt->ids[RT_ID_call]);
            if (m && rt_is_func(m)) {
                rt_incref(m);
                base[0] = m;
                callable = m;
                args = base + 1;
                nargs = arg + 1;
            }
        }
    }
    size_t npos = nargs - nkw;
    if (rt_is_func(callable)) {
        rt_func *fn = rt_func_of(callable);
        rt_code *c = fn->code;
        f->sp = base;
        f->ip = ip;
        rt_frame *nf;
        if (kw == RT_NULL && npos == c->fast_argc && rt->depth < rt->recursion_limit) {
            /* fast path (a bound method or a callable instance, unpacked
             * above): as at the top */
            nf = rt__frame_push_exact(rt, callable, args, (uint32_t)npos);
            if (!nf) {
                sp = base;
                goto error;
            }
        } else {
            nf = rt__vm_push_call(rt, callable, args, npos, kw);
            if (!nf)
                goto call_failed;
            while (sp > base)
                DECREF(POP());
        }
        f = nf;
        LOAD_FRAME();
        SAFE_POINT();
        DISPATCH();
    }
    {
        SAVE_FRAME();
        rt_value res = rt_call(rt, callable, args, npos, kw);
        while (sp > base)
            DECREF(POP());
        if (!res)
            goto error;
        PUSH(res);
        GC_SAFE_POINT();
        /* a builtin that asked for the safe point now (time.sleep ends the
         * slice before the next instruction reads a clock) */
        if (__builtin_expect(rt->sleep_requested, 0)) {
            rt->gc_pending = true; /* a nested loop may have taken the signal */
            SAFE_POINT();
        }
        DISPATCH();
    }
call_failed:
    while (sp > base)
        DECREF(POP());
    goto error;
}
TARGET(CALL_FUNCTION_EX)
{
    /* [NULL, callable, positionals, (keywords if arg & 1)]: the
     * positionals are a tuple, or for f(*x) alone x itself, made a tuple
     * here (CPython's rule and error); the keywords a dict built for the
     * call, or for f(**x) alone x itself: a Python function binds
     * straight from a dict with str keys, anything else gets the copy
     * DICT_MERGE would have made (and its errors, which come first) */
    rt_value kwargs = (arg & 1) ? POP() : RT_NULL;
    rt_value argt = POP();
    rt_value callable = TOP();
    rt_value *base = sp - 2;
    SAVE_FRAME();
    if (kwargs && !rt_is_dict(kwargs) &&
        (!rt_is_dict(rt__native_unwrap(kwargs)) || rt__dict_iterates_own_way(rt, kwargs))) {
        /* a mapping that is no dict: DICT_MERGE's copy (or its error),
         * before the positionals' */
        kwargs = rt__vm_kwargs_copy(rt, kwargs, callable);
        if (!kwargs) {
            DECREF(argt);
            goto call_ex_failed;
        }
    }
    if (!rt_is_tuple(argt)) {
        rt_value t = rt_tuple_from_iter(rt, argt);
        if (!t && rt_exc_matches(rt, RT_EXC_TypeError) && !rt__vm_is_iterable(argt)) {
            char nb[256];
            rt_exc_clear(rt);
            rt_raise(rt, RT_EXC_TypeError, "%s argument after * must be an iterable, not %s",
                     rt__vm_callable_name(rt, callable, nb, sizeof nb), rt_type_name(argt));
        }
        DECREF(argt);
        if (!t) {
            DECREF(kwargs);
            goto call_ex_failed;
        }
        argt = t;
    }
    if (kwargs && !(rt_is_func(callable) && rt_is_dict(kwargs) && rt__vm_str_keys(kwargs))) {
        kwargs = rt__vm_kwargs_copy(rt, kwargs, callable);
        if (!kwargs) {
            DECREF(argt);
            goto call_ex_failed;
        }
    }
    size_t npos = (size_t)rt_tuple_len(argt);
    size_t nkw = kwargs ? (size_t)rt_dict_len(kwargs) : 0;
    rt_value res = RT_NULL;
    rt_frame *nf = NULL;
    if (rt_is_func(callable)) {
        /* bound straight from the tuple and the dict */
        f->sp = base;
        nf =
            rt__vm_push_call_dict(rt, callable, rt_tuple_items(argt), npos, nkw ? kwargs : RT_NULL);
    } else {
        rt_value kwn = RT_NULL;
        rt_value small[32];
        rt_value *all = small;
        if (nkw) {
            kwn = rt_tuple_new(rt, (int64_t)nkw);
            if (!kwn) {
                DECREF(kwargs);
                DECREF(argt);
                goto call_ex_failed;
            }
        }
        if (npos + nkw > 32) {
            all = malloc((npos + nkw) * sizeof(rt_value));
            if (!all) {
                rt_raise(rt, RT_EXC_MemoryError, "out of memory");
                DECREF(kwn);
                DECREF(kwargs);
                DECREF(argt);
                goto call_ex_failed;
            }
        }
        memcpy(all, rt_tuple_items(argt), npos * sizeof(rt_value));
        if (nkw) {
            int64_t pos = 0, k = 0;
            rt_value key, val;
            while (rt_dict_next(kwargs, &pos, &key, &val)) {
                rt_incref(key);
                rt_tuple_set_steal(kwn, k, key);
                all[npos + (size_t)k] = val;
                k++;
            }
        }
        res = rt_call(rt, callable, all, npos, kwn);
        if (all != small)
            free(all);
        DECREF(kwn);
    }
    DECREF(kwargs);
    DECREF(argt);
    while (sp > base)
        DECREF(POP());
    if (nf) {
        f = nf;
        LOAD_FRAME();
        DISPATCH();
    }
    if (!res)
        goto error;
    PUSH(res);
    DISPATCH();
call_ex_failed:
    while (sp > base)
        DECREF(POP());
    goto error;
}
