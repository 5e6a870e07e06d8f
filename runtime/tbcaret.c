/* tbcaret.c: the line of carets under a traceback entry's source line, as
 * CPython 3.11 prints it: `^` under the expression that was running, and for
 * a binary operation or a subscript `~` under its operands with `^` under the
 * operator or the brackets; nothing when the expression is the whole line. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/code.h"
#include "runtime/exc.h"
#include "runtime/parse.h"

/* The code points Unicode's East Asian Width calls Wide or Fullwidth (its
 * tables as python3's unicodedata 14.0 has them, unassigned points left
 * out): a terminal gives them two columns, and so does CPython's caret line. */
static const struct {
    uint32_t lo, hi;
} wide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA4C6},   {0xA960, 0xA97C},
    {0xAC00, 0xD7A3},   {0xF900, 0xFAD9},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6B},
    {0xFF01, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x1B2FB}, {0x1F004, 0x1F004},
    {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
    {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7F0},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAF6},
    {0x20000, 0x3134A},
};

static bool is_wide(uint32_t cp)
{
    size_t lo = 0, hi = sizeof wide / sizeof wide[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp < wide[mid].lo)
            hi = mid;
        else if (cp > wide[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

/* The next code point of s[*i..n) (UTF-8, lenient), advancing *i. */
static uint32_t next_cp(const char *s, size_t n, size_t *i)
{
    unsigned char c = (unsigned char)s[(*i)++];
    int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    uint32_t cp = more ? c & (0x3F >> more) : c;
    while (more-- > 0 && *i < n && ((unsigned char)s[*i] & 0xC0) == 0x80)
        cp = (cp << 6) | ((unsigned char)s[(*i)++] & 0x3F);
    return cp;
}

/* Code points in s[0..n) (UTF-8). */
static size_t chars_in(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* Display columns of s[0..n): two for a wide code point, one otherwise. */
static size_t width_of(const char *s, size_t n)
{
    size_t w = 0, i = 0;
    while (i < n)
        w += is_wide(next_cp(s, n, &i)) ? 2 : 1;
    return w;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n';
}

/* CPython's anchors for a one-line segment (its bytes seg[0..n)): parsed on
 * its own, a binary operation gives (end of the left operand + the
 * operator's offset, one or two characters on) and a subscript (end of the
 * value, one past the slice). Character offsets into the segment; false
 * when the segment is neither. */
static bool anchors_of(const char *seg, size_t n, size_t *left, size_t *right)
{
    rt_parse_result *r = rt_parse(seg, n, "<segment>");
    bool found = false;
    if (r && r->ok && r->module->body.n == 1 && r->module->body.v[0]->kind == RT_STMT_EXPR) {
        const rt_ast_expr *e = r->module->body.v[0]->u.expr.value;
        if (e->kind == RT_EXPR_BINOP && e->u.binop.left->pos.end_line == 1 &&
            e->u.binop.right->pos.line == 1) {
            size_t lend = (size_t)e->u.binop.left->pos.end_col - 1;
            size_t rstart = (size_t)e->u.binop.right->pos.col - 1;
            if (lend <= rstart && rstart <= n) {
                size_t off = 0;
                while (lend + off < rstart && is_space(seg[lend + off]))
                    off++;
                size_t a = lend + off, b = a + 1;
                if (off + 1 < rstart - lend && !is_space(seg[a + 1]))
                    b++;
                *left = chars_in(seg, a);
                *right = chars_in(seg, b < n ? b : n);
                found = true;
            }
        } else if (e->kind == RT_EXPR_SUBSCRIPT && e->u.subscript.value->pos.end_line == 1 &&
                   e->u.subscript.slice->pos.end_line == 1) {
            size_t vend = (size_t)e->u.subscript.value->pos.end_col - 1;
            size_t send = (size_t)e->u.subscript.slice->pos.end_col; /* one past: the ']' */
            if (vend <= send && send <= n) {
                *left = chars_in(seg, vend);
                *right = chars_in(seg, send);
                found = true;
            }
        }
    }
    rt_parse_free(r);
    return found;
}

void rt__tb_carets(rt_strbuf *sb, const char *line, size_t len, uint32_t cols)
{
    if (!cols)
        return;
    size_t col0 = cols & 0x7fff, end0 = (cols >> 15) & 0x7fff;
    bool multiline = (cols & RT_COLS_MULTILINE) != 0;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        len--;
    if (col0 > len)
        return;
    if (end0 > len)
        end0 = len;
    /* the printed line: leading blanks and trailing whitespace dropped */
    size_t lead = 0;
    while (lead < len && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f'))
        lead++;
    size_t tail = len;
    while (tail > lead && is_space(line[tail - 1]))
        tail--;
    size_t lead_c = chars_in(line, lead), stripped_c = chars_in(line + lead, tail - lead);
    size_t start_c = chars_in(line, col0), end_c;
    size_t left = 0, right = 0;
    bool anchors = false;
    if (multiline) {
        end_c = lead_c + stripped_c; /* to the end of the line */
    } else {
        end_c = chars_in(line, end0);
        anchors = end0 > col0 && anchors_of(line + col0, end0 - col0, &left, &right);
    }
    if (end_c <= start_c || start_c < lead_c)
        return;
    if (!(end_c - start_c < stripped_c || (anchors && right > left)))
        return;
    /* columns as a terminal shows them: wide characters take two */
    size_t end_b = multiline ? tail : end0;
    rt_strbuf_append(sb, "    ", 4);
    rt_strbuf_append_repeat(sb, " ", 1, width_of(line + lead, col0 - lead));
    size_t i = col0, k = 0;
    while (i < end_b) {
        char mark = anchors && (k < left || k >= right) ? '~' : '^';
        rt_strbuf_append_repeat(sb, &mark, 1, is_wide(next_cp(line, end_b, &i)) ? 2 : 1);
        k++;
    }
    rt_strbuf_append_char(sb, '\n');
}
