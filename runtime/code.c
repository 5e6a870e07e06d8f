/* code.c: code objects: construction, the opcode tables, attributes
 * (co_varnames ...), repr, per-line allocation sites and the memory slots. */
#include "runtime/code.h"
#include "runtime/module.h"
#include "runtime/type.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/heap.h"
#include "runtime/instattr.h"
#include "runtime/objid.h"
#include "runtime/ops.h"
#include "runtime/site.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

/* ---- opcode tables ---------------------------------------------------------- */

_Static_assert(RT_OP__COUNT <= 256, "an opcode, fused ones included, fits in a word's low 8 bits");

static const char *const op_names[RT_OP__COUNT] = {
#define RT_X_OP(name, eff, fl) #name,
#define RT_X_FUSED(name, base, len) #name,
    RT_OPCODES(RT_X_OP) RT_FUSED_OPCODES(RT_X_FUSED)
#undef RT_X_FUSED
#undef RT_X_OP
};
static const int op_effects[RT_OP__COUNT] = {
#define RT_X_OP(name, eff, fl) eff,
    RT_OPCODES(RT_X_OP)
#undef RT_X_OP
};
static const unsigned op_flags[RT_OP__COUNT] = {
#define RT_X_OP(name, eff, fl) fl,
    RT_OPCODES(RT_X_OP)
#undef RT_X_OP
};
static const uint8_t op_bases[RT_OP__COUNT] = {
#define RT_X_OP(name, eff, fl) RT_OP_##name,
#define RT_X_FUSED(name, base, len) RT_OP_##base,
    RT_OPCODES(RT_X_OP) RT_FUSED_OPCODES(RT_X_FUSED)
#undef RT_X_FUSED
#undef RT_X_OP
};
static const uint8_t op_lens[RT_OP__COUNT] = {
#define RT_X_OP(name, eff, fl) 1,
#define RT_X_FUSED(name, base, len) len,
    RT_OPCODES(RT_X_OP) RT_FUSED_OPCODES(RT_X_FUSED)
#undef RT_X_FUSED
#undef RT_X_OP
};

rt_opcode rt_opcode_base(rt_opcode op)
{
    return (unsigned)op < RT_OP__COUNT ? (rt_opcode)op_bases[op] : op;
}

unsigned rt_opcode_len(rt_opcode op)
{
    return (unsigned)op < RT_OP__COUNT ? op_lens[op] : 1;
}

const char *rt_opcode_name(rt_opcode op)
{
    return (unsigned)op < RT_OP__COUNT ? op_names[op] : "?";
}

unsigned rt_opcode_flags(rt_opcode op)
{
    return (unsigned)op < RT_OP__COUNT ? op_flags[rt_opcode_base(op)] : 0;
}

int rt_opcode_stack_effect(rt_opcode op, uint32_t arg, int jump)
{
    int n = (int)arg;
    switch (rt_opcode_base(op)) {
    case RT_OP_FOR_ITER:
    case RT_OP_FOR_STACK: return jump ? -1 : 1;
    case RT_OP_SEND: return jump ? -1 : 0;
    case RT_OP_JUMP_IF_FALSE_OR_POP:
    case RT_OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case RT_OP_SETUP_BLOCK: return jump ? 1 : 0;
    case RT_OP_CHECK_EG_MATCH: return jump ? -1 : 0;
    case RT_OP_PREP_RERAISE_STAR: return jump ? -2 : -1;
    case RT_OP_BUILD_TUPLE:
    case RT_OP_BUILD_LIST:
    case RT_OP_BUILD_SET:
    case RT_OP_BUILD_SLICE:
    case RT_OP_BUILD_STRING: return 1 - n;
    case RT_OP_BUILD_MAP: return 1 - 2 * n;
    case RT_OP_BUILD_CLASS: return -2 - (n & 1);
    case RT_OP_UNPACK_SEQUENCE: return n - 1;
    case RT_OP_UNPACK_EX: return (n & 0xFF) + (n >> 8);
    case RT_OP_FORMAT_VALUE: return (n & 4) ? -1 : 0;
    case RT_OP_CALL: return -n - 1;
    case RT_OP_CALL_FUNCTION_EX: return -2 - (n & 1);
    case RT_OP_MAKE_FUNCTION: return -((n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + (n >> 3));
    case RT_OP_RAISE_VARARGS: return -n;
    default: return (unsigned)op < RT_OP__COUNT ? op_effects[rt_opcode_base(op)] : 0;
    }
}

/* ---- stack depth ------------------------------------------------------------- */

int rt_code_stack_depth(const uint32_t *insns, size_t n)
{
    int *depth = malloc((n + 1) * sizeof *depth);
    size_t *work = malloc((n + 1) * 2 * sizeof *work);
    if (!depth || !work) {
        free(depth);
        free(work);
        return -2;
    }
    for (size_t i = 0; i <= n; i++)
        depth[i] = -1;
    size_t nwork = 0;
    int maxd = 0, bad = 0;
    depth[0] = 0;
    work[nwork++] = 0;
#define VISIT(ix, d)                                                                               \
    do {                                                                                           \
        size_t ix_ = (ix);                                                                         \
        int d_ = (d);                                                                              \
        if (ix_ > n || d_ < 0) {                                                                   \
            bad = 1;                                                                               \
        } else if (depth[ix_] < 0) {                                                               \
            depth[ix_] = d_;                                                                       \
            work[nwork++] = ix_;                                                                   \
        } else if (depth[ix_] != d_) {                                                             \
            bad = 1;                                                                               \
        }                                                                                          \
    } while (0)
    while (nwork && !bad) {
        size_t i = work[--nwork];
        if (i >= n)
            continue;
        int d = depth[i];
        rt_opcode op = RT_INSN_OP(insns[i]);
        uint32_t arg = RT_INSN_ARG(insns[i]);
        unsigned fl = rt_opcode_flags(op);
        if (fl & RT_OPF_JUMP) {
            int dj = d + rt_opcode_stack_effect(op, arg, 1);
            if (dj > maxd)
                maxd = dj;
            VISIT(arg, dj);
        }
        if (!(fl & RT_OPF_NOFALL)) {
            int df = d + rt_opcode_stack_effect(op, arg, 0);
            if (df > maxd)
                maxd = df;
            VISIT(i + 1, df);
        }
        if (d > maxd)
            maxd = d;
    }
#undef VISIT
    free(depth);
    free(work);
    return bad ? -1 : maxd;
}

/* ---- construction ----------------------------------------------------------- */

static size_t align8(size_t n)
{
    return (n + 7) & ~(size_t)7;
}

/* Bytes of the one owned buffer holding every table of c. */
static size_t tables_size(uint32_t ninsns, uint32_t nconsts, uint32_t nnames, uint32_t ngcache,
                          uint32_t nlocals, uint32_t ncell, uint32_t nfree, uint32_t nlines)
{
    return align8((size_t)ninsns * 4) * 3 + (size_t)nconsts * 8 + (size_t)nnames * 8 +
           (size_t)(nlocals + ncell + nfree) * 8 + align8((size_t)ncell * 4) +
           (size_t)ngcache * sizeof(rt_gcache) + align8((size_t)nlines * 2) +
           align8(((size_t)ninsns + 1) * 2);
}

static size_t code_tables_size(const rt_code *c)
{
    return tables_size(c->ninsns, c->nconsts, c->nnames, c->ngcache, c->nlocals, c->ncellvars,
                       c->nfreevars, (uint32_t)c->nlines);
}

rt_value rt_code_new(rt_state *rt, const rt_code_shape *s)
{
    rt_code *c = (rt_code *)rt_obj_alloc(rt, RT_T_CODE, sizeof(rt_code));
    if (!c)
        return RT_NULL;
    int nlines = s->lastline >= s->firstline ? s->lastline - s->firstline + 1 : 1;
    c->ninsns = s->ninsns;
    c->nconsts = s->nconsts;
    c->nnames = s->nnames;
    c->ngcache = s->ngcache;
    c->nlocals = s->nlocals;
    c->ncellvars = s->ncellvars;
    c->nfreevars = s->nfreevars;
    c->firstline = s->firstline;
    c->nlines = nlines;
    c->fast_argc = UINT16_MAX; /* the compiler sets it with the parameters */
    size_t total = code_tables_size(c);
    char *p = rt_heap_alloc(rt, &c->hdr, total);
    if (!p) {
        c->ninsns = c->nconsts = c->nnames = c->ngcache = 0;
        c->nlocals = c->ncellvars = c->nfreevars = 0;
        c->nlines = 0;
        rt_obj_free(rt, &c->hdr, sizeof(rt_code));
        return RT_NULL;
    }
    memset(p, 0, total);
    c->insns = (uint32_t *)p;
    p += align8((size_t)c->ninsns * 4);
    c->lines = (int32_t *)p;
    p += align8((size_t)c->ninsns * 4);
    c->cols = (uint32_t *)p;
    p += align8((size_t)c->ninsns * 4);
    c->consts = (rt_value *)p;
    p += (size_t)c->nconsts * 8;
    c->names = (rt_value *)p;
    p += (size_t)c->nnames * 8;
    c->varnames = (rt_value *)p;
    p += (size_t)c->nlocals * 8;
    c->cellvars = (rt_value *)p;
    p += (size_t)c->ncellvars * 8;
    c->freevars = (rt_value *)p;
    p += (size_t)c->nfreevars * 8;
    c->cell2arg = (int32_t *)p;
    p += align8((size_t)c->ncellvars * 4);
    c->gcache = (rt_gcache *)p;
    p += (size_t)c->ngcache * sizeof(rt_gcache);
    c->sites = (uint16_t *)p;
    p += align8((size_t)c->nlines * 2);
    c->isites_bias = (uintptr_t)p - ((uintptr_t)c->insns >> 1);
    return rt_from_obj(c);
}

uint16_t rt_code_site(rt_state *rt, rt_code *c, int line)
{
    int i = line - c->firstline;
    if (i < 0 || i >= c->nlines)
        return rt_site_intern(rt, rt_str_data(c->filename), line);
    uint16_t s = c->sites[i];
    if (!s) {
        s = rt_site_intern(rt, rt_str_data(c->filename), line);
        c->sites[i] = s;
    }
    return s;
}

/* ---- slots ----------------------------------------------------------------- */

static size_t code_size(const rt_obj *o)
{
    const rt_code *c = (const rt_code *)o;
    return sizeof(rt_code) + (c->insns ? code_tables_size(c) : 0) + rt__asites_bytes(c->asites) +
           (c->msites ? RT_MSITES * sizeof(rt_msite) : 0);
}

static void release_array(rt_state *rt, rt_value *a, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        rt_value v = a[i];
        a[i] = RT_NULL;
        rt_decref(rt, v);
    }
}

static void code_dealloc(rt_state *rt, rt_obj *o)
{
    rt_code *c = (rt_code *)o;
    if (c->insns) {
        release_array(rt, c->consts, c->nconsts);
        release_array(rt, c->names, c->nnames);
        release_array(rt, c->varnames, c->nlocals);
        release_array(rt, c->cellvars, c->ncellvars);
        release_array(rt, c->freevars, c->nfreevars);
        rt_heap_free(rt, o, c->insns, code_tables_size(c));
        c->insns = NULL;
    }
    rt__asites_free(rt, c);
    rt_heap_free(rt, o, c->msites, RT_MSITES * sizeof(rt_msite));
    c->msites = NULL;
    rt_decref(rt, c->filename);
    rt_decref(rt, c->name);
    rt_decref(rt, c->qualname);
    rt_obj_free(rt, o, sizeof(rt_code));
}

const rt_typeinfo rt__code_typeinfo = {"code", false, code_size, NULL, NULL, code_dealloc};

/* ---- attributes -------------------------------------------------------------- */

static rt_value names_tuple(rt_state *rt, const rt_value *a, uint32_t n)
{
    return rt_tuple_from(rt, a, n);
}

rt_value rt__code_getattr(rt_state *rt, rt_value cv, rt_value name)
{
    rt_code *c = rt_code_of(cv);
    const char *s = rt_str_data(name);
    if (!strcmp(s, "__class__")) {
        rt_value t = rt_type_obj_get(rt, cv);
        rt_incref(t);
        return t;
    }
    if (!strcmp(s, "co_varnames"))
        return names_tuple(rt, c->varnames, c->nlocals);
    if (!strcmp(s, "co_freevars"))
        return names_tuple(rt, c->freevars, c->nfreevars);
    if (!strcmp(s, "co_cellvars"))
        return names_tuple(rt, c->cellvars, c->ncellvars);
    if (!strcmp(s, "co_names"))
        return names_tuple(rt, c->names, c->nnames);
    if (!strcmp(s, "co_consts"))
        return names_tuple(rt, c->consts, c->nconsts);
    if (!strcmp(s, "co_name")) {
        rt_incref(c->name);
        return c->name;
    }
    if (!strcmp(s, "co_qualname")) {
        rt_incref(c->qualname);
        return c->qualname;
    }
    if (!strcmp(s, "co_filename")) {
        rt_incref(c->filename);
        return c->filename;
    }
    if (!strcmp(s, "co_argcount"))
        return rt_smallint(c->argcount);
    if (!strcmp(s, "co_posonlyargcount"))
        return rt_smallint(c->posonlyargcount);
    if (!strcmp(s, "co_kwonlyargcount"))
        return rt_smallint(c->kwonlyargcount);
    if (!strcmp(s, "co_nlocals"))
        return rt_smallint(c->nlocals);
    if (!strcmp(s, "co_firstlineno"))
        return rt_smallint(c->firstline);
    if (!strcmp(s, "co_flags"))
        return rt_smallint(c->flags);
    if (!strcmp(s, "co_stacksize"))
        return rt_smallint(c->stacksize);
    return rt_raise(rt, RT_EXC_AttributeError, "'code' object has no attribute '%s'", s);
}

rt_value rt__code_repr(rt_state *rt, rt_value cv)
{
    rt_code *c = rt_code_of(cv);
    return rt_str_printf(rt, "<code object %s at 0x%" PRIx64 ", file \"%s\", line %d>",
                         rt_str_data(c->name), rt__objid_of_value(rt, cv), rt_str_data(c->filename),
                         c->firstline);
}
