/* opcodes.h: the one X-macro list of bytecode instructions: their enum, their
 * names (dis.c) and their stack effects (compile.c's stack-depth pass).
 *
 * Encoding: one 32-bit word per instruction, opcode in the low 8 bits and
 * the argument in the high 24 (RT_INSN_OP / RT_INSN_ARG). Jump arguments are
 * absolute instruction indexes into the code object's instruction array.
 *
 * X(NAME, EFFECT, FLAGS): EFFECT is the fall-through stack effect when it
 * does not depend on the argument, RT_EFFECT_VAR when it does (see
 * rt_opcode_stack_effect in code.h). FLAGS: RT_OPF_JUMP (argument is a jump
 * target), RT_OPF_NOFALL (never falls through), RT_OPF_BACK (may be a
 * backward jump: the budget is checked there).
 *
 * Call protocol (CPython 3.11's): a call site pushes [X, Y, args...]; X is
 * RT_NULL and Y the callable (PUSH_NULL), or after LOAD_METHOD on a builtin
 * method X is the method (a tagged rt_builtin_def pointer, RT_METHOD_TAG, or
 * any callable) and Y the receiver. KW_NAMES k, right before CALL, names the
 * last len(consts[k]) arguments as keywords. */
#ifndef CLOSURED_RUNTIME_OPCODES_H
#define CLOSURED_RUNTIME_OPCODES_H

#include <stdint.h>

#define RT_EFFECT_VAR 99

#define RT_OPF_JUMP 1u
#define RT_OPF_NOFALL 2u

/* clang-format off */
#define RT_OPCODES(X)                                                                           \
    X(NOP,               0, 0)                                                                  \
    X(POP_TOP,          -1, 0)                                                                  \
    X(DUP_TOP,           1, 0)                                                                  \
    X(DUP_TOP_TWO,       2, 0)                                                                  \
    X(ROT_TWO,           0, 0)                                                                  \
    X(ROT_THREE,         0, 0)                                                                  \
    X(ROT_FOUR,          0, 0)                                                                  \
    X(ROT_N,             0, 0)   /* TOS moves down to position arg; the arg - 1 above it rise */\
    X(PUSH_NULL,         1, 0)                                                                  \
    X(LOAD_CONST,        1, 0)   /* consts[arg] */                                              \
    X(LOAD_FAST,         1, 0)   /* locals[arg]; UnboundLocalError when unset */                \
    X(STORE_FAST,       -1, 0)                                                                  \
    X(DELETE_FAST,       0, 0)                                                                  \
    X(LOAD_DEREF,        1, 0)   /* cells[arg] (cellvars, then freevars) contents */            \
    X(STORE_DEREF,      -1, 0)                                                                  \
    X(DELETE_DEREF,      0, 0)                                                                  \
    X(LOAD_CLOSURE,      1, 0)   /* the cell object itself, for MAKE_FUNCTION */                \
    X(LOAD_GLOBAL,       1, 0)   /* arg = global cache slot (code->gcache[arg]) */              \
    X(STORE_GLOBAL,     -1, 0)   /* names[arg] */                                               \
    X(DELETE_GLOBAL,     0, 0)                                                                  \
    X(LOAD_ATTR,         0, 0)   /* names[arg] */                                               \
    X(STORE_ATTR,       -2, 0)   /* TOS.names[arg] = TOS1 */                                    \
    X(DELETE_ATTR,      -1, 0)                                                                  \
    X(LOAD_METHOD,       1, 0)   /* obj -> [method, obj] or [NULL, attr] */                     \
    X(BINARY_SUBSCR,    -1, 0)                                                                  \
    X(STORE_SUBSCR,     -3, 0)   /* TOS1[TOS] = TOS2 */                                         \
    X(DELETE_SUBSCR,    -2, 0)                                                                  \
    X(BINARY_OP,        -1, 0)   /* arg = rt_binop_kind | RT_BINOP_INPLACE */                   \
    X(UNARY_OP,          0, 0)   /* arg = rt_unop_kind */                                       \
    X(COMPARE_OP,       -1, 0)   /* arg = rt_cmp_kind */                                        \
    X(IS_OP,            -1, 0)   /* arg 1: is not */                                            \
    X(CONTAINS_OP,      -1, 0)   /* arg 1: not in */                                            \
    X(CHECK_EXC_MATCH,   0, 0)   /* [exc, type] -> [exc, bool] */                               \
    X(MATCH_SEQUENCE,    0, 0)   /* [subject] -> [values or None]; arg: match.h */              \
    X(MATCH_MAPPING,    -1, 0)   /* [subject, keys] -> [values (+rest) or None]; arg 1: rest */ \
    X(MATCH_CLASS,      -2, 0)   /* [subject, cls, kwnames] -> [values or None]; arg: nargs */  \
    X(JUMP,              0, RT_OPF_JUMP | RT_OPF_NOFALL)                                        \
    X(POP_JUMP_IF_FALSE,-1, RT_OPF_JUMP)                                                        \
    X(POP_JUMP_IF_TRUE, -1, RT_OPF_JUMP)                                                        \
    X(JUMP_IF_FALSE_OR_POP, -1, RT_OPF_JUMP) /* jumps keeping TOS, else pops it */              \
    X(JUMP_IF_TRUE_OR_POP,  -1, RT_OPF_JUMP)                                                    \
    X(GET_ITER,          0, 0)                                                                  \
    X(FOR_ITER,          1, RT_OPF_JUMP) /* exhausted: pops the iterator, jumps */              \
    X(GET_STACK_ITER,    1, 0)   /* a loop over the arg items below: pushes its counter */    \
    X(FOR_STACK,         1, RT_OPF_JUMP) /* the counter's next item; done: pops it, jumps */    \
    X(BUILD_TUPLE, RT_EFFECT_VAR, 0)                                                            \
    X(BUILD_LIST,  RT_EFFECT_VAR, 0)                                                            \
    X(BUILD_SET,   RT_EFFECT_VAR, 0)                                                            \
    X(BUILD_MAP,   RT_EFFECT_VAR, 0)     /* arg pairs: k1 v1 k2 v2 ... */                       \
    X(BUILD_SLICE, RT_EFFECT_VAR, 0)     /* arg 2 or 3 */                                       \
    X(BUILD_STRING, RT_EFFECT_VAR, 0)    /* concatenates arg strs */                            \
    X(LIST_APPEND,      -1, 0)   /* v = pop(); sp[-arg].append(v) */                            \
    X(SET_ADD,          -1, 0)                                                                  \
    X(MAP_ADD,          -2, 0)   /* v, k = pop(), pop(); sp[-arg][k] = v */                     \
    X(LIST_EXTEND,      -1, 0)   /* v = pop(); sp[-arg].extend(v) */                            \
    X(SET_UPDATE,       -1, 0)                                                                  \
    X(DICT_UPDATE,      -1, 0)   /* {**x} */                                                    \
    X(DICT_MERGE,       -1, 0)   /* f(**x): TypeError on a repeated keyword */                  \
    X(LIST_TO_TUPLE,     0, 0)                                                                  \
    X(UNPACK_SEQUENCE, RT_EFFECT_VAR, 0)                                                        \
    X(UNPACK_EX,       RT_EFFECT_VAR, 0) /* arg = before | after << 8 */                        \
    X(FORMAT_VALUE,    RT_EFFECT_VAR, 0) /* arg = conv (0 none,1 s,2 r,3 a) | 4 spec */         \
    X(KW_NAMES,          0, 0)   /* consts[arg] is the kwnames tuple of the next CALL */        \
    X(CALL,            RT_EFFECT_VAR, 0) /* [X, Y, args(arg)] -> result */                      \
    X(CALL_FUNCTION_EX, RT_EFFECT_VAR, 0) /* [NULL, f, argtuple, (kwdict if arg&1)] */          \
    X(MAKE_FUNCTION,   RT_EFFECT_VAR, 0) /* [defaults?, kwdefaults?, cells..., code] */         \
    X(RETURN_VALUE,     -1, RT_OPF_NOFALL)                                                      \
    X(RAISE_VARARGS, RT_EFFECT_VAR, RT_OPF_NOFALL) /* 0 reraise, 1 exc, 2 exc from */           \
    X(SETUP_BLOCK,       0, RT_OPF_JUMP) /* handler at arg; +1 (the exception) there */         \
    X(POP_BLOCK,         0, 0)                                                                  \
    X(PUSH_EXC_INFO,     1, 0)   /* [exc] -> [prev handled, exc]; handled = exc */              \
    X(POP_EXCEPT,       -1, 0)   /* handled = pop() */                                          \
    X(RERAISE,          -1, RT_OPF_NOFALL) /* raise TOS again, traceback kept */                \
    X(CLEANUP_RERAISE,  -3, RT_OPF_NOFALL) /* [prev, exc, new]: handled = prev; raise new */    \
    X(CHECK_EG_MATCH,    0, RT_OPF_JUMP) /* except* T: [rest, T] -> [rest', match], handled =  \
                                            match; nothing matched: jump, [rest] */             \
    X(PREP_RERAISE_STAR,-1, RT_OPF_JUMP) /* [orig, raised] -> [exc to re-raise]; none: jump, [] */\
    X(IMPORT_NAME,      -1, 0)   /* [level, fromlist] -> __import__(names[arg], ...) */         \
    X(IMPORT_FROM,       1, 0)   /* [module] -> [module, module.names[arg] or its submodule] */ \
    X(IMPORT_STAR,      -1, 0)   /* [module] -> []: its public names into the namespace */     \
    X(LOAD_ASSERTION_ERROR, 1, 0)                                                               \
    X(RETURN_GENERATOR,  1, 0)   /* the frame becomes a generator, returned to the caller; */   \
                                 /* on resume the sent value is pushed (gen.h) */               \
    X(YIELD_VALUE,       0, 0)   /* yields TOS; resumes with the sent value; arg 1: yield from */\
    X(GET_YIELD_FROM_ITER, 0, 0) /* iter(TOS), a generator kept as it is */                     \
    X(SEND,              0, RT_OPF_JUMP) /* [recv, v] -> [recv, yielded] or, done, jump: [ret] */\
    X(PRINT_EXPR,       -1, 0)   /* compile(..., 'single'): print repr(TOS) unless None; pop */ \
    X(LOAD_NAME,         1, 0)   /* names[arg]: class namespace, globals, builtins */           \
    X(STORE_NAME,       -1, 0)   /* names[arg] in the class namespace (globals outside) */      \
    X(DELETE_NAME,       0, 0)                                                                  \
    X(LOAD_CLASSDEREF,   1, 0)   /* class body: the namespace, then cells[arg] */               \
    X(LOAD_LOCALS,       1, 0)   /* the class body's namespace */                              \
    X(CALL_CLASS_BODY,   0, 0)   /* [body function] -> [namespace]: runs the body in a frame */ \
    X(BUILD_CLASS, RT_EFFECT_VAR, 0) /* [name, bases, (keywords if arg,) namespace] -> class */  \
    X(SETUP_ANNOTATIONS, 0, 0)   /* __annotations__ = {} in the namespace unless present */     \
    X(BEFORE_WITH,       2, 0)   /* [mgr] -> [bound __exit__, NULL, bound __enter__] */         \
    X(WITH_EXCEPT_START, 5, 0)   /* [exit, prev, exc] -> [.., NULL, exit, type, exc, None] */\
    X(GET_AITER,         0, 0)   /* async for: [x] -> [x.__aiter__()] (gen_async.c) */          \
    X(GET_ANEXT,         1, 0)   /* [ait] -> [ait, awaitable of ait.__anext__()] */              \
    X(END_ASYNC_FOR,    -2, 0)   /* [ait, exc]: StopAsyncIteration ends the loop, else raise */\
    X(SUM_ENTER,         0, RT_OPF_JUMP) /* [NULL, f, it]: f the builtin sum: the NULL becomes */\
                                 /* the total 0 and the loop of compile_genexpr.c runs; */    \
                                 /* else jump, the stack as it was */                          \
    X(SUM_ADD,          -1, 0)   /* v = pop(); sp[-arg] = sp[-arg] + v, as sum() adds */        \
    X(LIST_ENTER,        0, RT_OPF_JUMP) /* the same for f list, tuple or sorted: the NULL */   \
                                 /* becomes a new list (LIST_APPEND adds the items) */        \
    X(LIST_END,         -1, 0)   /* [list, f] -> [f's result: the list, sorted or a tuple] */  \
    X(CLEAR_FAST,        0, 0)   /* locals[arg] = NULL, unbound or not */                      \
    X(GENEXPR_RAISE,    -1, RT_OPF_NOFALL) /* [it, exc, cells..., code]: exc leaves the */      \
                                 /* generator expression `code` run in place, its locals */    \
                                 /* the hidden slots from arg: raise it as from its frame */
/* Fused instructions (superinstructions), written only by the quickening
 * pass (runtime/compile_opt.c) over a compiled code object, never by the
 * compiler. X(NAME, BASE, LEN): the word of NAME replaces the opcode of the
 * first of LEN consecutive instructions whose opcodes spell NAME (BASE is
 * that first one) and keeps its argument; the LEN - 1 words after it are
 * left as they were. So every word keeps its original meaning when run
 * alone: the fused handler runs the whole run at once on its fast path
 * (reading its operands from the following words) and otherwise runs BASE
 * and lets the next words dispatch one by one. Analyses of the instruction
 * stream read a word's opcode through rt_opcode_base. */
#define RT_FUSED_OPCODES(X)                                                                     \
    X(LOAD_FAST__LOAD_FAST,          LOAD_FAST,   2)                                            \
    X(LOAD_FAST__LOAD_CONST,         LOAD_FAST,   2)                                            \
    X(LOAD_CONST__LOAD_FAST,         LOAD_CONST,  2)                                            \
    X(STORE_FAST__LOAD_FAST,         STORE_FAST,  2)                                            \
    X(LOAD_FAST__BINARY_OP,          LOAD_FAST,   2)   /* TOS op local */                       \
    X(LOAD_CONST__BINARY_OP,         LOAD_CONST,  2)   /* TOS op constant */                    \
    X(LOAD_GLOBAL__BINARY_OP,        LOAD_GLOBAL, 2)   /* TOS op global */                      \
    X(BINARY_OP__STORE_FAST,         BINARY_OP,   2)                                            \
    X(LOAD_FAST__LOAD_FAST__BINARY_OP,  LOAD_FAST, 3)                                           \
    X(LOAD_FAST__LOAD_CONST__BINARY_OP, LOAD_FAST, 3)                                           \
    X(LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST,  LOAD_FAST, 4) /* local = local op local */  \
    X(LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST, LOAD_FAST, 4) /* local = local op const */  \
    X(COMPARE_OP__POP_JUMP_IF_FALSE, COMPARE_OP,  2)                                            \
    X(COMPARE_OP__POP_JUMP_IF_TRUE,  COMPARE_OP,  2)                                            \
    X(FOR_ITER__STORE_FAST,          FOR_ITER,    2)                                            \
    X(FOR_STACK__STORE_FAST,         FOR_STACK,   2)                                            \
    X(POP_TOP__JUMP,                 POP_TOP,     2)                                            \
    X(STORE_FAST__JUMP,              STORE_FAST,  2)                                            \
    X(LOAD_FAST__RETURN_VALUE,       LOAD_FAST,   2)                                            \
    X(LOAD_CONST__RETURN_VALUE,      LOAD_CONST,  2)                                            \
    X(PUSH_NULL__LOAD_FAST,          PUSH_NULL,   2)                                            \
    X(PUSH_NULL__LOAD_GLOBAL,        PUSH_NULL,   2)                                            \
    X(PUSH_NULL__LOAD_DEREF,         PUSH_NULL,   2)                                            \
    X(LOAD_FAST__LOAD_ATTR,          LOAD_FAST,   2)                                            \
    X(LOAD_FAST__LOAD_METHOD,        LOAD_FAST,   2)                                            \
    X(LOAD_FAST__LOAD_METHOD__CALL__CALL, LOAD_FAST, 4) /* f(local.m()) */                     \
    X(LOAD_FAST__STORE_ATTR,         LOAD_FAST,   2)                                            \
    X(LOAD_FAST__LOAD_FAST__STORE_ATTR, LOAD_FAST, 3) /* local.attr = local */                  \
    X(DUP_TOP__LOAD_ATTR,            DUP_TOP,     2)   /* obj.attr op= ... */                   \
    X(ROT_TWO__STORE_ATTR,           ROT_TWO,     2)                                            \
    X(LOAD_FAST__CALL,               LOAD_FAST,   2)                                            \
    X(LOAD_CONST__CALL,              LOAD_CONST,  2)                                            \
    X(LOAD_DEREF__LOAD_FAST,         LOAD_DEREF,  2)                                            \
    X(LOAD_DEREF__LOAD_DEREF,        LOAD_DEREF,  2)                                            \
    X(LOAD_FAST__LOAD_DEREF,         LOAD_FAST,   2)                                            \
    X(LOAD_FAST__LOAD_DEREF__BINARY_OP, LOAD_FAST, 3)                                           \
    X(LOAD_DEREF__LOAD_FAST__BINARY_OP__STORE_DEREF, LOAD_DEREF, 4) /* cell op= local */        \
    X(STORE_DEREF__LOAD_DEREF,       STORE_DEREF, 2)                                            \
    X(LOAD_DEREF__RETURN_VALUE,      LOAD_DEREF,  2)                                            \
    X(KW_NAMES__CALL,                KW_NAMES,    2)   /* a call with keywords */               \
    RT_BINOP_VARIANTS(X, BINARY_OP,                        BINARY_OP,   1)                      \
    RT_BINOP_VARIANTS(X, BINARY_OP__STORE_FAST,            BINARY_OP,   2)                      \
    RT_BINOP_VARIANTS(X, LOAD_FAST__BINARY_OP,             LOAD_FAST,   2)                      \
    RT_BINOP_VARIANTS(X, LOAD_CONST__BINARY_OP,            LOAD_CONST,  2)                      \
    RT_BINOP_VARIANTS(X, LOAD_GLOBAL__BINARY_OP,           LOAD_GLOBAL, 2)                      \
    RT_BINOP_VARIANTS(X, LOAD_FAST__LOAD_FAST__BINARY_OP,  LOAD_FAST,   3)                      \
    RT_BINOP_VARIANTS(X, LOAD_FAST__LOAD_CONST__BINARY_OP, LOAD_FAST,   3)                      \
    RT_BINOP_VARIANTS(X, LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST,  LOAD_FAST, 4)            \
    RT_BINOP_VARIANTS(X, LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST, LOAD_FAST, 4)
/* Operator-specialised forms: a plain BINARY_OP or a fused run ending in
 * one whose operator is +, -, *, // or % (augmented or not) becomes
 * FORM_ADD ... FORM_MOD, whose handler computes that operator on small
 * ints without the switch on the operator (about 7 machine instructions of
 * an arithmetic instruction's 15-25). The word keeps its argument; the slow
 * path is the generic form's. The order of the five is
 * variant_index's (compile_opt.c). */
#define RT_BINOP_VARIANTS(X, form, base, len)                                                   \
    X(form##_ADD, base, len) X(form##_SUB, base, len) X(form##_MUL, base, len)                  \
    X(form##_FLOORDIV, base, len) X(form##_MOD, base, len)
/* clang-format on */

typedef enum rt_opcode {
#define RT_X_OP(name, eff, fl) RT_OP_##name,
    RT_OPCODES(RT_X_OP)
#undef RT_X_OP
#define RT_X_FUSED(name, base, len) RT_OP_##name,
        RT_FUSED_OPCODES(RT_X_FUSED)
#undef RT_X_FUSED
            RT_OP__COUNT
} rt_opcode;

/* BINARY_OP argument flag: the augmented form (a += b). */
#define RT_BINOP_INPLACE 0x80u

static inline uint32_t rt_insn(rt_opcode op, uint32_t arg)
{
    return (uint32_t)op | (arg << 8);
}
#define RT_INSN_OP(w) ((rt_opcode)((w)&0xFFu))
#define RT_INSN_ARG(w) ((uint32_t)(w) >> 8)
/* The opcode a word means to an analysis of the stream: its own, or for a
 * fused instruction the first of its run (rt_opcode_base). */
#define RT_INSN_BASE(w) rt_opcode_base(RT_INSN_OP(w))
#define RT_INSN_ARG_MAX 0xFFFFFFu

/* The instruction a fused op starts with (RT_OP_LOAD_FAST for
 * RT_OP_LOAD_FAST__LOAD_CONST), op itself for any other (code.c). */
rt_opcode rt_opcode_base(rt_opcode op);
/* How many instructions a fused op covers, 1 for any other (code.c). */
unsigned rt_opcode_len(rt_opcode op);
/* The name of op ("LOAD_FAST"), "?" for an unknown one (code.c). */
const char *rt_opcode_name(rt_opcode op);
/* RT_OPF_* flags of op (code.c); a fused op has its base's. */
unsigned rt_opcode_flags(rt_opcode op);
/* The stack effect of (op, arg), on the jump edge when `jump` is nonzero
 * (code.c). */
int rt_opcode_stack_effect(rt_opcode op, uint32_t arg, int jump);

#endif
