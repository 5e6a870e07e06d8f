/* codec.h: the codecs' shared declarations between codec.c (utf-8, ascii,
 * latin-1 and the name lookup) and codec_utf16.c (utf-16 and utf-32). */
#ifndef CLOSURED_RUNTIME_CODEC_H
#define CLOSURED_RUNTIME_CODEC_H

#include "runtime/object.h"

/* The byte order of a utf-16/utf-32 codec: with a byte order mark ("utf-16":
 * written little-endian when encoding, read from the data when decoding,
 * little-endian without one), or fixed ("utf-16-le", "utf-16-be"). */
typedef enum rt_codec_order { RT_ORDER_BOM, RT_ORDER_LE, RT_ORDER_BE } rt_codec_order;

/* s encoded in UTF-16 (width 2) or UTF-32 (width 4): a new bytes, or RT_NULL
 * with UnicodeEncodeError (lone surrogates, unless errors allows them) or
 * LookupError (an unknown handler, when needed) set. */
rt_value rt__utf16_encode(rt_state *rt, rt_value s, int width, rt_codec_order order,
                          rt_value errors);
/* p[0..n) decoded from UTF-16 or UTF-32: a new str, or RT_NULL with
 * UnicodeDecodeError or LookupError set. */
rt_value rt__utf16_decode(rt_state *rt, const char *p, size_t n, int width, rt_codec_order order,
                          rt_value errors);

/* str.encode and bytes.decode with a codec written in Python (codec_py.c), for a
 * name codec.c does not know: encodings.search_function(encoding) finds it. A new
 * bytes (encode) or str (decode), or RT_NULL with LookupError "unknown encoding: x"
 * when no codec has that name, or the codec's own error (a UnicodeError worded
 * "encoding with 'x' codec failed (UnicodeError: ...)"). */
rt_value rt__codec_python_encode(rt_state *rt, rt_value s, rt_value encoding, rt_value errors);
rt_value rt__codec_python_decode(rt_state *rt, const char *s, size_t n, rt_value encoding,
                                 rt_value errors);

#endif
