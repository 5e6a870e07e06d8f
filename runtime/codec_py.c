/* codec_py.c: str.encode and bytes.decode with the codecs written in Python
 * (stdlib/encodings: idna, punycode). A name codec.c does not know is asked of
 * encodings.search_function; the codec's result is checked and a UnicodeError
 * it raises is worded as CPython's codec registry words it: "encoding with
 * 'idna' codec failed (UnicodeError: label empty or too long)", the original
 * as its __cause__. */
#include <string.h>

#include "runtime/bytes.h"
#include "runtime/codec.h"
#include "runtime/dict.h"
#include "runtime/exc.h"
#include "runtime/module.h"
#include "runtime/ops.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"

/* encodings.search_function(encoding): a new reference to the CodecInfo, or
 * RT_NULL with LookupError "unknown encoding: x" when it answers None (or with
 * whatever importing or asking raised). */
static rt_value python_codec_info(rt_state *rt, rt_value encoding)
{
    rt_value fn = rt_import_attr(rt, "encodings", "search_function");
    if (!fn)
        return RT_NULL;
    rt_value info = rt_call(rt, fn, &encoding, 1, RT_NULL);
    rt_decref(rt, fn);
    if (info == RT_NONE) {
        rt_decref(rt, info);
        return rt_raise(rt, RT_EXC_LookupError, "unknown encoding: %s", rt_str_data(encoding));
    }
    return info;
}

/* The current exception, when it is exactly a UnicodeError with one message and
 * no attributes, replaced by one naming the codec (its cause the original). */
static void wrap_codec_error(rt_state *rt, const char *verb, rt_value encoding)
{
    rt_value cause = rt_exc_fetch(rt);
    if (!cause)
        return;
    rt_exc *e = rt_is_exc(cause) ? rt_exc_of(cause) : NULL;
    /* only an error carrying nothing but its message can be worded anew */
    if (!e || e->cls != rt->exc_types[RT_EXC_UnicodeError] ||
        (e->args && rt_tuple_len(e->args) > 1) || (e->dict && rt_dict_len(e->dict) > 0)) {
        rt__exc_restore(rt, cause);
        return;
    }
    rt_value text = rt_str(rt, cause);
    if (!text) {
        rt_decref(rt, cause);
        return;
    }
    rt_raise(rt, RT_EXC_UnicodeError, "%s with '%s' codec failed (UnicodeError: %s)", verb,
             rt_str_data(encoding), rt_str_data(text));
    rt_decref(rt, text);
    rt__exc_set_cause(rt, cause);
}

/* Runs the Python codec's encode or decode (its CodecInfo's attributes) on obj and returns the
 * first item of its (result, consumed) answer, which must be bytes for an encoder and str for a
 * decoder. New reference or RT_NULL. */
static rt_value run_python_codec(rt_state *rt, rt_value obj, rt_value encoding, rt_value errors,
                                 bool encoding_side)
{
    const char *verb = encoding_side ? "encoding" : "decoding";
    rt_value info = python_codec_info(rt, encoding);
    rt_value name = info ? rt_str_intern(rt, encoding_side ? "encode" : "decode", 6) : RT_NULL;
    rt_value fn = name ? rt_getattr(rt, info, name) : RT_NULL;
    rt_decref(rt, name);
    rt_decref(rt, info);
    if (!fn)
        return RT_NULL;
    rt_value strict = errors ? RT_NULL : rt_str_intern(rt, "strict", 6);
    rt_value args[2] = {obj, errors ? errors : strict};
    rt_value r = args[1] ? rt_call(rt, fn, args, 2, RT_NULL) : RT_NULL;
    rt_decref(rt, strict);
    rt_decref(rt, fn);
    if (!r) {
        wrap_codec_error(rt, verb, encoding);
        return RT_NULL;
    }
    if (!rt_is_tuple(r) || rt_tuple_len(r) != 2) {
        rt_decref(rt, r);
        return rt_raise(rt, RT_EXC_TypeError, "%s must return a tuple (object, integer)",
                        encoding_side ? "encoder" : "decoder");
    }
    rt_value out = rt_tuple_get(r, 0);
    bool right = encoding_side ? rt_is_bytes(out) : rt_is_str(out);
    if (!right) {
        rt_raise(rt, RT_EXC_TypeError,
                 "'%s' %s returned '%s' instead of '%s'; use codecs.%s() to %s to arbitrary "
                 "types",
                 rt_str_data(encoding), encoding_side ? "encoder" : "decoder", rt_type_name(out),
                 encoding_side ? "bytes" : "str", encoding_side ? "encode" : "decode",
                 encoding_side ? "encode" : "decode");
        rt_decref(rt, r);
        return RT_NULL;
    }
    rt_incref(out);
    rt_decref(rt, r);
    return out;
}

rt_value rt__codec_python_encode(rt_state *rt, rt_value s, rt_value encoding, rt_value errors)
{
    return run_python_codec(rt, s, encoding, errors, true);
}

rt_value rt__codec_python_decode(rt_state *rt, const char *s, size_t n, rt_value encoding,
                                 rt_value errors)
{
    rt_value data = rt_bytes_new(rt, s, n);
    if (!data)
        return RT_NULL;
    rt_value r = run_python_codec(rt, data, encoding, errors, false);
    rt_decref(rt, data);
    return r;
}
