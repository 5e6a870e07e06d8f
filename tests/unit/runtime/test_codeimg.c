/* test_codeimg.c: code images (runtime/codeimg.h) and the frozen library's
 * table of them: every module's image is the code its current source
 * compiles to (so a stdlib/ change that did not remake the table fails
 * here), a program read back from its image prints what the program
 * prints, and a cut or damaged image is refused with ValueError. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/codeimg.h"
#include "runtime/compile.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/ops.h"
#include "runtime/rt.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "tests/harness.h"
#include "tests/unit/runtime/run_harness.h"

/* A state whose program writes both its stdout and its stderr into o. */
static rt_state *new_state(out_buf *o)
{
    rt_config cfg = out_config(o);
    cfg.write_err = out_capture;
    cfg.err_ctx = o;
    return rt_state_new(&cfg);
}

static bool code_equal(rt_state *rt, rt_value a, rt_value b);

/* Constants compare by kind and exact value (floats by their bits); strs
 * are interned by both the compiler and the reader, so by identity. */
static bool value_equal(rt_state *rt, rt_value a, rt_value b)
{
    if (a == b)
        return true;
    if (rt_type_of(a) != rt_type_of(b))
        return false;
    switch (rt_type_of(a)) {
    case RT_T_CODE: return code_equal(rt, a, b);
    case RT_T_FLOAT: {
        double x = rt_float_get(a), y = rt_float_get(b);
        return memcmp(&x, &y, sizeof x) == 0;
    }
    case RT_T_COMPLEX:
        return memcmp(&rt_complex_of(a)->re, &rt_complex_of(b)->re, sizeof(double)) == 0 &&
               memcmp(&rt_complex_of(a)->im, &rt_complex_of(b)->im, sizeof(double)) == 0;
    case RT_T_BYTES:
        return rt_bytes_len(a) == rt_bytes_len(b) &&
               memcmp(rt_bytes_data(a), rt_bytes_data(b), (size_t)rt_bytes_len(a)) == 0;
    case RT_T_INT: {
        rt_value ra = rt_repr(rt, a), rb = rt_repr(rt, b);
        bool eq = ra && rb && strcmp(rt_str_data(ra), rt_str_data(rb)) == 0;
        rt_decref(rt, ra);
        rt_decref(rt, rb);
        return eq;
    }
    case RT_T_TUPLE:
        if (rt_tuple_len(a) != rt_tuple_len(b))
            return false;
        for (int64_t i = 0; i < rt_tuple_len(a); i++)
            if (!value_equal(rt, rt_tuple_items(a)[i], rt_tuple_items(b)[i]))
                return false;
        return true;
    default: return false;
    }
}

static bool same_values(rt_state *rt, const rt_value *a, const rt_value *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!value_equal(rt, a[i], b[i]))
            return false;
    return true;
}

static bool code_equal(rt_state *rt, rt_value av, rt_value bv)
{
    const rt_code *a = rt_code_of(av), *b = rt_code_of(bv);
    if (a->ninsns != b->ninsns || a->nconsts != b->nconsts || a->nnames != b->nnames ||
        a->ngcache != b->ngcache || a->argcount != b->argcount ||
        a->kwonlyargcount != b->kwonlyargcount || a->posonlyargcount != b->posonlyargcount ||
        a->nlocals != b->nlocals || a->ncellvars != b->ncellvars || a->nfreevars != b->nfreevars ||
        a->flags != b->flags || a->stacksize != b->stacksize || a->maxblocks != b->maxblocks ||
        a->fast_argc != b->fast_argc || a->firstline != b->firstline || a->nlines != b->nlines)
        return false;
    if (memcmp(a->insns, b->insns, a->ninsns * sizeof *a->insns) ||
        memcmp(a->lines, b->lines, a->ninsns * sizeof *a->lines) ||
        memcmp(a->cols, b->cols, a->ninsns * sizeof *a->cols) ||
        memcmp(a->cell2arg, b->cell2arg, a->ncellvars * sizeof *a->cell2arg))
        return false;
    for (uint32_t i = 0; i < a->ngcache; i++)
        if (a->gcache[i].name != b->gcache[i].name || b->gcache[i].epoch != UINT64_MAX)
            return false;
    return same_values(rt, a->consts, b->consts, a->nconsts) &&
           same_values(rt, a->names, b->names, a->nnames) &&
           same_values(rt, a->varnames, b->varnames, a->nlocals) &&
           same_values(rt, a->cellvars, b->cellvars, a->ncellvars) &&
           same_values(rt, a->freevars, b->freevars, a->nfreevars) &&
           strcmp(rt_str_data(a->filename), rt_str_data(b->filename)) == 0 && a->name == b->name &&
           a->qualname == b->qualname;
}

/* Every frozen module has an image, under its name, and the image reads
 * back as exactly the code the module's source (this build's stdlib/)
 * compiles to: a table made from an older source or compiler fails. */
TEST(table_matches_sources)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK(rt != NULL);
    CHECK_EQ_INT(rt__frozen_images_count, rt__frozen_count);
    CHECK(rt__frozen_count > 50);
    size_t same = 0;
    for (size_t i = 0; i < rt__frozen_count && i < rt__frozen_images_count; i++) {
        const rt_frozen_module *m = &rt__frozen_modules[i];
        const rt_frozen_image *im = &rt__frozen_images[i];
        CHECK_EQ_STR(im->name, m->name);
        char filename[256];
        snprintf(filename, sizeof filename, "<frozen %s>", m->name);
        rt_value src = rt_compile_text(rt, filename, m->src, m->len, RT_COMPILE_EXEC);
        rt_value img = rt_codeimg_read(rt, im->bytes, im->len);
        CHECK(src != RT_NULL);
        CHECK(img != RT_NULL);
        if (src && img && code_equal(rt, src, img))
            same++;
        else
            fprintf(stderr, "image of %s differs from its source\n", m->name);
        rt_decref(rt, src);
        rt_decref(rt, img);
    }
    CHECK_EQ_INT(same, rt__frozen_count);
    rt_state_free(rt);
}

/* Every kind of constant, nested functions with cells and defaults, a
 * class, comprehensions, a generator, match, and an exception's line. */
static const char *const program =
    "big = 123456789012345678901234567890\n"
    "neg = -98765432109876543210987654321\n"
    "f, c, b, e = 1.5e-300, 2j + 0.5, b'\\x00\\xffab', ...\n"
    "t = (1, 'a', (None, True, False), 2.5, -7)\n"
    "s = 'caf\\u00e9 \\U0001f600'\n"
    "def outer(x, /, *a, k=3, **kw):\n"
    "    y = x\n"
    "    def inner(z):\n"
    "        return y + z\n"
    "    return inner(k) + len(a) + len(kw)\n"
    "class C:\n"
    "    __slots__ = ('v',)\n"
    "    def __init__(self, v):\n"
    "        self.v = v\n"
    "print(big, neg, f, c, b, e, t, s, outer(1, 2, 3, k=4, q=5), C(7).v)\n"
    "print([i * i for i in range(4)], {k: v for k, v in zip('ab', (1, 2))})\n"
    "print(sum(i for i in range(3)), big * neg, 0xffffffffffffffffffff)\n"
    "try:\n"
    "    1 / 0\n"
    "except ZeroDivisionError as ex:\n"
    "    print(type(ex).__name__, ex.__traceback__.tb_lineno)\n"
    "match t:\n"
    "    case (1, 'a', *rest):\n"
    "        print('match', rest)\n"
    "co = outer.__code__\n"
    "print(co.co_varnames, co.co_flags, co.co_firstlineno, co.co_posonlyargcount)\n";

static const char *const expected =
    "123456789012345678901234567890 -98765432109876543210987654321 1.5e-300 (0.5+2j) "
    "b'\\x00\\xffab' Ellipsis (1, 'a', (None, True, False), 2.5, -7) caf\xc3\xa9 "
    "\xf0\x9f\x98\x80 8 7\n"
    "[0, 1, 4, 9] {'a': 1, 'b': 2}\n"
    "3 -12193263113702179522618503273362292333223746380111126352690 "
    "1208925819614629174706175\n"
    "ZeroDivisionError 19\n"
    "match [(None, True, False), 2.5, -7]\n"
    "('x', 'k', 'a', 'kw', 'inner') 15 6 1\n";

/* The program run from source, and read back from its image and run by
 * exec() under the same file name: the same output. */
TEST(image_runs_as_source)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    CHECK(rt_load(rt, "prog.py", program, strlen(program)) == RT_OK);
    CHECK(rt_run(rt, NULL) == RT_DONE);
    CHECK_EQ_STR(o.data, expected);
    rt_state_free(rt);

    rt = new_state(&o);
    rt_value code = rt_compile_text(rt, "prog.py", program, strlen(program), RT_COMPILE_EXEC);
    CHECK(code != RT_NULL);
    rt_strbuf img;
    rt_strbuf_init(&img);
    CHECK(rt_codeimg_write(rt, code, &img) == 0);
    rt_value back = rt_codeimg_read(rt, (const unsigned char *)img.data, img.len);
    CHECK(back != RT_NULL && code_equal(rt, code, back));
    CHECK(rt_dict_set_cstr(rt, rt->builtins, "IMAGE", back) == 0);
    const char *runner = "exec(IMAGE, {'__name__': '__main__'})\n";
    CHECK(rt_load(rt, "runner.py", runner, strlen(runner)) == RT_OK);
    CHECK(rt_run(rt, NULL) == RT_DONE);
    CHECK_EQ_STR(o.data, expected);
    rt_decref(rt, back);
    rt_decref(rt, code);
    rt_strbuf_dispose(&img);
    rt_state_free(rt);
}

/* Reading must fail with ValueError, nothing set or leaked otherwise. */
static bool refused(rt_state *rt, const unsigned char *p, size_t n)
{
    rt_value c = rt_codeimg_read(rt, p, n);
    if (c) {
        rt_decref(rt, c);
        return false;
    }
    bool ok = rt_exc_matches(rt, RT_EXC_ValueError);
    rt_exc_clear(rt);
    return ok;
}

/* Every cut of an image is refused; every damaged byte gives a code
 * object or ValueError (never a read past the end: ASan watches), and the
 * image with a byte too many is refused. */
TEST(damaged_images)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    rt_value code = rt_compile_text(rt, "prog.py", program, strlen(program), RT_COMPILE_EXEC);
    rt_strbuf img;
    rt_strbuf_init(&img);
    CHECK(code && rt_codeimg_write(rt, code, &img) == 0);
    size_t n = img.len;
    unsigned char *p = malloc(n + 1);
    CHECK(p != NULL && n > 500);
    if (!p || n < 10) {
        rt_strbuf_dispose(&img);
        rt_decref(rt, code);
        rt_state_free(rt);
        free(p);
        return;
    }
    size_t cuts = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char *q = malloc(k ? k : 1); /* exactly k bytes, for ASan */
        if (q) {
            memcpy(q, img.data, k);
            cuts += refused(rt, q, k);
            free(q);
        }
    }
    CHECK_EQ_INT(cuts, n);
    memcpy(p, img.data, n);
    p[n] = 0;
    CHECK(refused(rt, p, n + 1));
    size_t damaged = 0;
    for (size_t k = 0; k < n; k++) {
        memcpy(p, img.data, n);
        p[k] ^= (unsigned char)(k % 7 == 0 ? 0x80 : 0x5a);
        rt_value c = rt_codeimg_read(rt, p, n);
        if (c)
            rt_decref(rt, c);
        else if (rt_exc_matches(rt, RT_EXC_ValueError))
            damaged++;
        rt_exc_clear(rt);
    }
    CHECK(damaged > n / 4); /* most damage is noticed; none crashes */
    CHECK(refused(rt, (const unsigned char *)"CLCX", 4));
    free(p);
    rt_strbuf_dispose(&img);
    rt_decref(rt, code);
    rt_state_free(rt);
}

/* Only the compiler's constant kinds fit: a list constant (which no
 * compiled code holds) is a TypeError, as is writing what is not code. */
TEST(write_refuses)
{
    out_buf o;
    rt_state *rt = new_state(&o);
    rt_value code = rt_compile_text(rt, "x.py", "x = 1\n", 6, RT_COMPILE_EXEC);
    CHECK(code != RT_NULL);
    rt_strbuf img;
    rt_strbuf_init(&img);
    CHECK(rt_codeimg_write(rt, RT_NONE, &img) == -1 && rt_exc_matches(rt, RT_EXC_TypeError));
    rt_exc_clear(rt);
    rt_code *c = rt_code_of(code);
    CHECK(c->nconsts >= 1);
    rt_value old = c->consts[0];
    c->consts[0] = rt_list_new(rt, 0);
    CHECK(rt_codeimg_write(rt, code, &img) == -1 && rt_exc_matches(rt, RT_EXC_TypeError));
    rt_exc_clear(rt);
    rt_decref(rt, c->consts[0]);
    c->consts[0] = old;
    CHECK(rt_codeimg_write(rt, code, &img) == 0 && img.len > 10);
    rt_strbuf_dispose(&img);
    rt_decref(rt, code);
    rt_state_free(rt);
}

RUN_TESTS(CASE(table_matches_sources), CASE(image_runs_as_source), CASE(damaged_images),
          CASE(write_refuses))
