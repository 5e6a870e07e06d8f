/* int_bytes.c: int.to_bytes and int.from_bytes: ints of any size as
 * big- or little-endian byte strings, unsigned or two's complement, with
 * CPython's arguments and OverflowError wording. */
#include <string.h>

#include "runtime/bigint.h"
#include "runtime/builtin.h"
#include "runtime/bytes.h"
#include "runtime/heap.h"
#include "runtime/num.h"
#include "runtime/str.h"
#include "runtime/type.h"

/* byteorder as little (true) or big (false): 0, or -1 with CPython's errors. */
static int byteorder_arg(rt_state *rt, const char *fname, rt_value v, bool *little)
{
    *little = false;
    if (!v)
        return 0;
    if (!rt_is_str(v)) {
        rt_raise(rt, RT_EXC_TypeError, "%s() argument 'byteorder' must be str, not %s", fname,
                 rt_type_name(v));
        return -1;
    }
    if (rt_str_eq_cstr(v, "little"))
        *little = true;
    else if (!rt_str_eq_cstr(v, "big")) {
        rt_raise(rt, RT_EXC_ValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    return 0;
}

/* Negates the little-endian two's complement number d[0..n) in place. */
static void negate(unsigned char *d, size_t n)
{
    unsigned carry = 1;
    for (size_t i = 0; i < n; i++) {
        unsigned v = (unsigned)(unsigned char)~d[i] + carry;
        d[i] = (unsigned char)v;
        carry = v >> 8;
    }
}

static void reverse(unsigned char *d, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        unsigned char t = d[i];
        d[i] = d[n - 1 - i];
        d[n - 1 - i] = t;
    }
}

rt_value rt__int_to_bytes(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    rt_value a[3];
    if (rt_args_parse(rt, "to_bytes", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    int64_t len = 1;
    bool little, is_signed = false;
    if (a[0]) {
        if (!rt_is_intlike(a[0]))
            return rt_raise(rt, RT_EXC_TypeError, "'%s' object cannot be interpreted as an integer",
                            rt_type_name(a[0]));
        if (!rt_int_as_i64(a[0], &len))
            return rt_raise(
                rt, rt_bigint_sign(a[0]) < 0 ? RT_EXC_ValueError : RT_EXC_OverflowError, "%s",
                rt_bigint_sign(a[0]) < 0 ? "length argument must be non-negative"
                                         : "Python int too large to convert to C ssize_t");
    }
    if (byteorder_arg(rt, "to_bytes", a[1], &little) < 0)
        return RT_NULL;
    if (a[2]) {
        int t = rt_truthy(rt, a[2]);
        if (t < 0)
            return RT_NULL;
        is_signed = t;
    }
    if (len < 0)
        return rt_raise(rt, RT_EXC_ValueError, "length argument must be non-negative");
    bool neg = rt_bigint_sign(self) < 0;
    if (neg && !is_signed)
        return rt_raise(rt, RT_EXC_OverflowError, "can't convert negative int to unsigned");
    uint64_t bits = rt_bigint_bit_length(self);
    if (len == 0 && self == rt_smallint(-1) && is_signed) /* CPython's edge: no bytes hold -1 */
        return rt_bytes_new(rt, "", 0);
    if ((bits + 7) / 8 > (uint64_t)len) /* (len * 8 could wrap past 2**61 bytes) */
        return rt_raise(rt, RT_EXC_OverflowError, "int too big to convert");
    rt_value r = rt_bytes_new_uninit(rt, (size_t)len);
    if (!r)
        return RT_NULL;
    unsigned char *d = (unsigned char *)rt_bytes_obj_of(r)->data;
    memset(d, 0, (size_t)len);
    rt_limb buf[2];
    size_t nl;
    bool mneg;
    const rt_limb *limbs = rt_bigint_limbs(self, buf, &nl, &mneg);
    for (size_t i = 0; i < nl; i++)
        for (size_t k = 0; k < sizeof(rt_limb); k++) {
            size_t at = i * sizeof(rt_limb) + k;
            if (at < (size_t)len)
                d[at] = (unsigned char)(limbs[i] >> (8 * k));
        }
    if (neg)
        negate(d, (size_t)len);
    /* signed: the top bit must agree with the sign */
    if (is_signed && len > 0 && ((d[len - 1] & 0x80) != 0) != neg) {
        rt_decref(rt, r);
        return rt_raise(rt, RT_EXC_OverflowError, "int too big to convert");
    }
    if (!little)
        reverse(d, (size_t)len);
    return r;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False): a class method. */
rt_value rt__int_from_bytes(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                            rt_value kwnames)
{
    (void)self;
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    rt_value a[3];
    if (rt_args_parse(rt, "from_bytes", args, nargs, kwnames, 2, names, a) < 0)
        return RT_NULL;
    if (!a[0])
        return rt_raise(rt, RT_EXC_TypeError,
                        "from_bytes() missing required argument 'bytes' (pos 1)");
    bool little, is_signed = false;
    if (byteorder_arg(rt, "from_bytes", a[1], &little) < 0)
        return RT_NULL;
    if (a[2]) {
        int t = rt_truthy(rt, a[2]);
        if (t < 0)
            return RT_NULL;
        is_signed = t;
    }
    rt_value b;
    if (rt_is_bytes(a[0])) {
        b = a[0];
        rt_incref(b);
    } else if (rt_is_bytearray(a[0])) {
        b = rt_bytes_new(rt, rt_bytearray_data(a[0]), (size_t)rt_bytearray_len(a[0]));
        if (!b)
            return RT_NULL;
    } else if (rt_is_str(a[0]) || rt_is_intlike(a[0])) {
        /* not bytes(x): a str or an int is no byte string here */
        return rt_raise(rt, RT_EXC_TypeError, "cannot convert '%s' object to bytes",
                        rt_type_name(a[0]));
    } else {
        b = rt_bytes_construct(rt, a, 1, RT_NULL);
        if (!b)
            return RT_NULL;
    }
    size_t n = (size_t)rt_bytes_len(b);
    if (n == 0) {
        rt_decref(rt, b);
        return rt_smallint(0);
    }
    size_t nl = (n + sizeof(rt_limb) - 1) / sizeof(rt_limb);
    unsigned char *tmp = rt_heap_alloc(rt, NULL, n);
    rt_limb *limbs = tmp ? rt_heap_alloc(rt, NULL, nl * sizeof(rt_limb)) : NULL;
    if (!tmp || !limbs) {
        if (tmp)
            rt_heap_free(rt, NULL, tmp, n);
        if (limbs)
            rt_heap_free(rt, NULL, limbs, nl * sizeof(rt_limb));
        rt_decref(rt, b);
        return RT_NULL;
    }
    memcpy(tmp, rt_bytes_data(b), n);
    rt_decref(rt, b);
    if (!little)
        reverse(tmp, n);
    bool neg = is_signed && (tmp[n - 1] & 0x80);
    if (neg)
        negate(tmp, n);
    for (size_t i = 0; i < nl; i++) {
        rt_limb v = 0;
        for (size_t k = 0; k < sizeof(rt_limb); k++) {
            size_t at = i * sizeof(rt_limb) + k;
            if (at < n)
                v |= (rt_limb)tmp[at] << (8 * k);
        }
        limbs[i] = v;
    }
    /* a negated all-zero tail (-2**(8n-1)) stays correct: negate wraps to itself */
    rt_value r = rt_bigint_from_limbs(rt, limbs, nl, neg);
    rt_heap_free(rt, NULL, tmp, n);
    rt_heap_free(rt, NULL, limbs, nl * sizeof(rt_limb));
    return r;
}
