/* mod_struct.c: `_struct`, the IEEE conversions of stdlib/struct.py for
 * single and double precision: a float to its 4 or 8 bytes and back, in
 * either byte order. struct.py does the rest (formats, integers, half
 * precision, the errors' wording). */
#include <math.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/module.h"
#include "runtime/num.h"
#include "runtime/state.h"
#include "runtime/type.h"

#define ST_ARGS rt_state *rt, rt_value self, const rt_value *args, size_t nargs, rt_value kwnames

/* Copies n bytes from src to dst, reversed unless `little` is the
 * machine's byte order. */
static void copy_ordered(unsigned char *dst, const unsigned char *src, size_t n, bool little)
{
    if (little == (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)) {
        memcpy(dst, src, n);
        return;
    }
    for (size_t i = 0; i < n; i++)
        dst[i] = src[n - 1 - i];
}

/* pack_float(x, size, little, native): the size (4 or 8) bytes of float x.
 * A finite x too large for single precision raises OverflowError unless
 * native (C's cast then gives inf, as CPython's native 'f'). */
static rt_value st_pack_float(ST_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "pack_float", nargs, kwnames, 4, 4) < 0)
        return RT_NULL;
    if (!rt_is_float(args[0]) || !rt_is_int(args[1]))
        return rt_raise(rt, RT_EXC_TypeError, "pack_float() wants a float and a size");
    double x = rt_float_get(args[0]);
    int64_t size = rt_int_get(args[1]);
    bool little = rt_truthy(rt, args[2]) > 0, native = rt_truthy(rt, args[3]) > 0;
    unsigned char raw[8];
    if (size == 8) {
        memcpy(raw, &x, 8);
    } else if (size == 4) {
        float f = (float)x;
        if (isinf(f) && !isinf(x) && !native)
            return rt_raise(rt, RT_EXC_OverflowError, "float too large to pack with f format");
        memcpy(raw, &f, 4);
    } else {
        return rt_raise(rt, RT_EXC_ValueError, "pack_float() size must be 4 or 8");
    }
    rt_value r = rt_bytes_new_uninit(rt, (size_t)size);
    if (r)
        copy_ordered((unsigned char *)rt_bytes_obj_of(r)->data, raw, (size_t)size, little);
    return r;
}

/* unpack_float(data, little): the float whose 4 or 8 bytes data holds. */
static rt_value st_unpack_float(ST_ARGS)
{
    (void)self;
    if (rt_args_range(rt, "unpack_float", nargs, kwnames, 2, 2) < 0)
        return RT_NULL;
    const char *p;
    size_t n;
    if (!rt_bytes_view(args[0], &p, &n) || (n != 4 && n != 8))
        return rt_raise(rt, RT_EXC_TypeError, "unpack_float() wants 4 or 8 bytes");
    bool little = rt_truthy(rt, args[1]) > 0;
    unsigned char raw[8];
    copy_ordered(raw, (const unsigned char *)p, n, little);
    if (n == 8) {
        double x;
        memcpy(&x, raw, 8);
        return rt_float_new(rt, x);
    }
    float f;
    memcpy(&f, raw, 4);
    return rt_float_new(rt, (double)f);
}

static const rt_builtin_def struct_funcs[] = {
    {"pack_float", st_pack_float},
    {"unpack_float", st_unpack_float},
    {NULL, NULL},
};

int rt__mod_struct_fill(rt_state *rt, rt_value d)
{
    return rt__module_add_funcs(rt, d, struct_funcs);
}
