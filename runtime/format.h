/* format.h: Python's format-spec mini-language, the str.format template
 * scanner, and repr() of a str, on plain C types (UTF-8 text in, rt_strbuf out). */
#ifndef CLOSURED_RUNTIME_FORMAT_H
#define CLOSURED_RUNTIME_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/strbuf.h"

/* Result of every function here; err->msg holds CPython's message text. */
typedef enum rt_format_status {
    RT_FMT_OK = 0,
    RT_FMT_VALUE_ERROR = -1,    /* ValueError */
    RT_FMT_OVERFLOW_ERROR = -2, /* OverflowError ('c' out of range) */
    RT_FMT_NO_MEMORY = -3       /* MemoryError */
} rt_format_status;

typedef struct rt_format_err {
    rt_format_status kind;
    char msg[256];
} rt_format_err;

/* A parsed [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
typedef struct rt_format_spec {
    uint32_t fill;     /* code point; ' ' by default, '0' after a bare '0' */
    uint32_t align;    /* '<' '>' '=' '^' (the default is filled in by the parser) */
    char sign;         /* 0, '+', '-', ' ' */
    int no_neg_0;      /* 'z' */
    int alternate;     /* '#' */
    int64_t width;     /* -1 when absent */
    char grouping;     /* 0, ',', '_' */
    int group4;        /* '_' with b/o/x/X: groups of four */
    int64_t precision; /* -1 when absent */
    uint32_t type;     /* 0 when absent, else the code point */
} rt_format_spec;

/* Parses spec[0..len) (UTF-8) like CPython's parse_internal_render_format_spec.
 * default_type/default_align: ('d' or 0 or 's', '>' or '<') for int, float, str.
 * type_name only feeds the "Invalid format specifier '...' for object of
 * type 'T'" message. Returns RT_FMT_OK or RT_FMT_VALUE_ERROR with err set. */
int rt_format_spec_parse(const char *spec, size_t len, char default_type, char default_align,
                         const char *type_name, rt_format_spec *out, rt_format_err *err);

/* format(v, spec) for an int: appends to out. An empty spec gives str(v).
 * type_name is used in error messages (NULL means "int"; pass "bool" for bools
 * with a non-empty spec). Float codes e E f F g G % convert v to double. */
int rt_format_int(int64_t v, const char *spec, size_t len, rt_strbuf *out, rt_format_err *err);
int rt_format_int_spec(int64_t v, const rt_format_spec *spec, const char *type_name, rt_strbuf *out,
                       rt_format_err *err);

/* The integer presentation types for ints too large for int64 (bigint.c):
 * rt_format_int_check validates f for an int (RT_FMT_OK also for the float
 * codes e E f F g G %, which the caller converts; 'c' always fails with
 * CPython's OverflowError for a C long); rt_format_int_base is 2, 8, 16 or 10 for f's
 * type; rt_format_int_digits lays out n magnitude digits in that base (sign,
 * '#' prefix, grouping, fill, alignment). */
int rt_format_int_check(const rt_format_spec *f, const char *type_name, rt_format_err *err);
unsigned rt_format_int_base(const rt_format_spec *f);
int rt_format_int_digits(const rt_format_spec *f, int neg, const char *digits, size_t n,
                         rt_strbuf *out, rt_format_err *err);

/* format(x, spec) for a float: appends to out. An empty spec gives repr(x). */
int rt_format_float(double x, const char *spec, size_t len, rt_strbuf *out, rt_format_err *err);
int rt_format_float_spec(double x, const rt_format_spec *spec, const char *type_name,
                         rt_strbuf *out, rt_format_err *err);

/* format(s, spec) for a str of slen UTF-8 bytes: appends to out. Width and
 * precision count code points. */
int rt_format_str(const char *s, size_t slen, const char *spec, size_t len, rt_strbuf *out,
                  rt_format_err *err);
int rt_format_str_spec(const char *s, size_t slen, const rt_format_spec *spec,
                       const char *type_name, rt_strbuf *out, rt_format_err *err);

/* Appends repr(s) for a str of slen UTF-8 bytes (surrogates may appear
 * WTF-8 encoded; invalid bytes are shown as \xhh). Returns 0 or RT_FMT_NO_MEMORY. */
int rt_repr_str(const char *s, size_t slen, rt_strbuf *out);

/* ---- str.format templates ---- */

/* Auto-numbering state shared by a template and the templates nested in
 * its format specs ("{:{}}"). */
typedef struct rt_format_autonum {
    int state; /* 0 unused, 1 automatic, 2 manual */
    int64_t next;
} rt_format_autonum;

/* Scanner over a template; borrows the text, which must outlive it. */
typedef struct rt_format_template {
    const char *s;
    size_t len, pos;
    int depth; /* nesting budget: CPython allows a spec nested once */
    rt_format_autonum own;
    rt_format_autonum *an;
} rt_format_template;

/* One step of the template: literal text, then optionally a replacement field.
 * All pointers borrow from the template text. */
typedef struct rt_format_field {
    const char *literal;
    size_t literal_len;
    int has_field;
    const char *name; /* the whole field name, e.g. "0.x[1]" */
    size_t name_len;
    int64_t index;     /* >= 0: positional argument (explicit or automatic); -1: keyword */
    const char *first; /* the keyword name when index == -1 */
    size_t first_len;
    const char
        *rest; /* ".attr[key]..." after the first part; walk with rt_format_field_rest_next */
    size_t rest_len;
    uint32_t conversion; /* 0 or the character after '!'; check with rt_format_check_conversion */
    const char *spec;
    size_t spec_len;
    int spec_needs_expanding; /* spec contains '{': expand it with a nested template */
} rt_format_field;

/* Starts scanning s[0..len). Never fails. */
void rt_format_template_init(rt_format_template *t, const char *s, size_t len);
/* Starts scanning a field's spec that needs expanding, sharing parent's
 * automatic numbering. Fails with "Max string recursion exceeded". */
int rt_format_template_init_nested(rt_format_template *t, rt_format_template *parent,
                                   const char *spec, size_t len, rt_format_err *err);
/* Produces the next step into *f. Returns 1 for a step, 0 at the end, or
 * RT_FMT_VALUE_ERROR ("Single '}' encountered in format string", "cannot
 * switch from automatic field numbering to manual field specification", ...). */
int rt_format_template_next(rt_format_template *t, rt_format_field *f, rt_format_err *err);

/* Walks f->rest: on each call consumes one ".name" or "[key]" from *rest.
 * Sets *is_attr, the name/key text, and *key_index (>= 0 when a [key] is all
 * digits, else -1). Returns 1 for a part, 0 when *rest is empty, or
 * RT_FMT_VALUE_ERROR ("Empty attribute in format string", "Missing ']' in
 * format string", "Only '.' or '[' may follow ']' in format field specifier"). */
int rt_format_field_rest_next(const char **rest, size_t *rest_len, int *is_attr, const char **name,
                              size_t *name_len, int64_t *key_index, rt_format_err *err);

/* Validates a conversion: 0, 'r', 's', 'a' pass; anything else gives
 * "Unknown conversion specifier X" (CPython checks it after the lookup). */
int rt_format_check_conversion(uint32_t conversion, rt_format_err *err);

#endif
