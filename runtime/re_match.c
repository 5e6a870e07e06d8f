/* re_match.c: the backtracking matcher that runs re_compile.c's programs.
 *
 * One loop over instructions with an explicit backtrack stack: a choice
 * point (SPLIT, a repeat that may stop or go on) pushes where to resume,
 * and every change of state a later failure must undo (a capture slot, the
 * last group index, a loop counter) pushes its old value; failing pops
 * entries, undoing changes, until it finds a place to resume. So no input
 * length recurses on the C stack: only assertions and atomic groups run
 * their body as a sub-run (one C level per nesting level of the pattern,
 * bounded by the parser). The stack is charged to the heap and bounded
 * (MemoryError beyond), and each step of the matcher is a safe point of a
 * C loop (rt__vm_c_step, vm.h) that charges the slice: a catastrophic
 * pattern in a daemon workload ends its slice like any loop, and the
 * interrupt flag stops it. */
#include <string.h>

#include "runtime/re.h"
#include "runtime/state.h"
#include "runtime/unicase.h"
#include "runtime/vm.h"

/* The most backtrack entries one match may hold (24 bytes each). */
#define RE_MAX_STACK ((size_t)1 << 25)

typedef enum bt_kind {
    BT_PC,        /* resume at a with position b */
    BT_SLOT,      /* slots[a] = b */
    BT_LAST,      /* lastindex = b */
    BT_CNT,       /* cnt[a] = b, lastpos[a] = c */
    BT_REP1,      /* REP1 at a, greedy: give back one (c), down to b */
    BT_REP1_LAZY, /* REP1 at a, lazy: take one more (c), up to b */
    BT_LAZY_LOOP, /* REP_LOOP at a: run one more iteration at position b */
} bt_kind;

typedef struct bt {
    uint32_t kind, a;
    int64_t b, c;
} bt;

typedef struct run {
    rt_state *rt;
    const uint32_t *code;
    const uint8_t *s8;
    const uint32_t *s32;
    int64_t end;
    int64_t start;
    bool full, must_advance;
    int64_t *slots;
    int64_t nslots;
    int64_t lastindex;
    int64_t *cnt, *lastpos;
    bt *stack;
    size_t sp, cap;
} run;

/* ---- characters -------------------------------------------------------------------- */

uint32_t rt__re_lower(uint32_t c, bool ascii)
{
    if (ascii)
        return c < 128 && c >= 'A' && c <= 'Z' ? c + 32 : c;
    return rt_uc_lower(c);
}

uint32_t rt__re_upper(uint32_t c, bool ascii)
{
    if (ascii)
        return c < 128 && c >= 'a' && c <= 'z' ? c - 32 : c;
    return rt_uc_upper(c);
}

/* The form case-insensitive matching compares: the lower case of the upper
 * case, so that every case of a letter folds alike ('I', 'i', 'ı' and 'İ'
 * all give 'i', as CPython's case fixes make them match). */
uint32_t rt__re_fold(uint32_t c, bool ascii)
{
    if (ascii)
        return rt__re_lower(c, true);
    uint32_t f = rt_uc_lower(rt_uc_upper(c));
    return f == c ? rt_uc_lower(c) : f;
}

bool rt__re_is_word(uint32_t c, bool ascii)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    if (ascii)
        return false;
    return rt_uc_isalpha(c) || rt_uc_isdecimal(c) || rt_uc_isdigit(c) || rt_uc_isnumeric(c);
}

static bool is_digit(uint32_t c, bool ascii)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    return !ascii && rt_uc_isdecimal(c);
}

static bool is_space(uint32_t c, bool ascii)
{
    if (c < 128)
        return c == ' ' || (c >= 9 && c <= 13);
    if (ascii)
        return false;
    return rt_uc_isspace(c) || (c >= 0x1C && c <= 0x1F);
}

bool rt__re_cat_match(uint32_t cat, uint32_t c, bool ascii)
{
    switch ((rt_re_cat)cat) {
    case RE_CAT_DIGIT: return is_digit(c, ascii);
    case RE_CAT_NOT_DIGIT: return !is_digit(c, ascii);
    case RE_CAT_SPACE: return is_space(c, ascii);
    case RE_CAT_NOT_SPACE: return !is_space(c, ascii);
    case RE_CAT_WORD: return rt__re_is_word(c, ascii);
    case RE_CAT_NOT_WORD: return !rt__re_is_word(c, ascii);
    }
    return false;
}

static bool in_items(const uint32_t *items, uint32_t n, uint32_t c, bool ascii)
{
    for (uint32_t k = 0; k < n; k++) {
        uint32_t lo = items[2 * k], hi = items[2 * k + 1];
        if (lo >= RE_CAT_BASE) {
            if (rt__re_cat_match(lo - RE_CAT_BASE, c, ascii))
                return true;
        } else if (c >= lo && c <= hi) {
            return true;
        }
    }
    return false;
}

static inline uint32_t ch(const run *r, int64_t i)
{
    return r->s8 ? r->s8[i] : r->s32[i];
}

/* Whether the one-character instruction at pc accepts c. */
static bool single(const uint32_t *code, size_t pc, uint32_t c)
{
    switch ((rt_re_op)code[pc]) {
    case RE_OP_CHAR: return c == code[pc + 1];
    case RE_OP_CHAR_I:
    case RE_OP_CHAR_IA: {
        bool ascii = code[pc] == RE_OP_CHAR_IA;
        uint32_t p = code[pc + 1];
        return c == p || rt__re_fold(c, ascii) == rt__re_fold(p, ascii);
    }
    case RE_OP_ANY: return c != '\n';
    case RE_OP_ANY_ALL: return true;
    case RE_OP_SET: {
        uint32_t fl = code[pc + 1], n = code[pc + 2];
        bool ascii = (fl & RE_F_ASCII) != 0;
        const uint32_t *items = code + pc + 3;
        bool in = in_items(items, n, c, ascii);
        if (!in && (fl & RE_F_ICASE)) {
            /* any case of c: its lower and upper forms and its folded form
             * (which joins 'ı' and 'İ' to 'i', 'µ' to 'μ', 'ς' to 'σ') */
            uint32_t lo = rt__re_lower(c, ascii), up = rt__re_upper(c, ascii);
            uint32_t fo = rt__re_fold(c, ascii), fu = rt__re_upper(fo, ascii);
            in = (lo != c && in_items(items, n, lo, ascii)) ||
                 (up != c && in_items(items, n, up, ascii)) ||
                 (fo != c && fo != lo && in_items(items, n, fo, ascii)) ||
                 (fu != c && fu != up && in_items(items, n, fu, ascii));
        }
        return in != ((fl & RE_F_NEG) != 0);
    }
    default: return false;
    }
}

/* The width in words of the one-character instruction at pc. */
static size_t single_len(const uint32_t *code, size_t pc)
{
    switch ((rt_re_op)code[pc]) {
    case RE_OP_ANY:
    case RE_OP_ANY_ALL: return 1;
    case RE_OP_SET: return 3 + 2 * (size_t)code[pc + 2];
    default: return 2;
    }
}

static bool at(const run *r, uint32_t kind, bool ascii, int64_t pos)
{
    switch ((rt_re_at)kind) {
    case RE_AT_BEGIN:
    case RE_AT_BEGIN_STRING: return pos == 0;
    case RE_AT_BEGIN_LINE: return pos == 0 || ch(r, pos - 1) == '\n';
    case RE_AT_END: return pos == r->end || (pos == r->end - 1 && ch(r, pos) == '\n');
    case RE_AT_END_LINE: return pos == r->end || ch(r, pos) == '\n';
    case RE_AT_END_STRING: return pos == r->end;
    case RE_AT_BOUNDARY:
    case RE_AT_NON_BOUNDARY: {
        if (r->end == 0)
            return false;
        bool before = pos > 0 && rt__re_is_word(ch(r, pos - 1), ascii);
        bool here = pos < r->end && rt__re_is_word(ch(r, pos), ascii);
        return (before != here) == (kind == RE_AT_BOUNDARY);
    }
    }
    return false;
}

/* ---- the backtrack stack --------------------------------------------------------- */

static int push(run *r, bt_kind kind, uint32_t a, int64_t b, int64_t c)
{
    if (r->sp == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 64;
        if (cap > RE_MAX_STACK) {
            rt_raise(r->rt, RT_EXC_MemoryError, "%s", "");
            return -1;
        }
        bt *n = rt_heap_resize(r->rt, NULL, r->stack, r->cap * sizeof *n, cap * sizeof *n);
        if (!n)
            return -1;
        r->stack = n;
        r->cap = cap;
    }
    r->stack[r->sp++] = (bt){(uint32_t)kind, a, b, c};
    return 0;
}

/* Pops entries down to `to`, undoing the changes they record. */
static void unwind(run *r, size_t to)
{
    while (r->sp > to) {
        bt *e = &r->stack[--r->sp];
        if (e->kind == BT_SLOT)
            r->slots[e->a] = e->b;
        else if (e->kind == BT_LAST)
            r->lastindex = e->b;
        else if (e->kind == BT_CNT) {
            r->cnt[e->a] = e->b;
            r->lastpos[e->a] = e->c;
        }
    }
}

/* Saves every capture slot and the last index (before a sub-run whose own
 * undo entries are dropped when it succeeds). */
static int save_all(run *r)
{
    for (int64_t k = 0; k < r->nslots; k++)
        if (push(r, BT_SLOT, (uint32_t)k, r->slots[k], 0) < 0)
            return -1;
    return push(r, BT_LAST, 0, r->lastindex, 0);
}

/* A step of the matcher is a safe point of a C loop (vm.h): every
 * RT_C_STRIDE steps charge the slice, honour the interrupt flag and may
 * suspend the fiber. spend() counts the characters a step passed over in
 * bulk (a one-character repeat, a back reference, the prefix scan). */
static inline int step(run *r)
{
    return rt__vm_c_step(r->rt);
}

static inline void spend(run *r, int64_t extra)
{
    r->rt->c_steps -= (int)(extra < RT_C_STRIDE ? extra : RT_C_STRIDE);
}

/* ---- the loop -------------------------------------------------------------------- */

/* Runs from pc at pos until MATCH (1, *out = the position), failure back to
 * the stack depth `base` (0), or an error (-1). `top`: the whole pattern's
 * run, where fullmatch and must_advance apply. */
static int exec(run *r, size_t pc, int64_t pos, size_t base, bool top, int64_t *out)
{
    const uint32_t *code = r->code;
    for (;;) {
        if (step(r) < 0)
            return -1;
        switch ((rt_re_op)code[pc]) {
        case RE_OP_MATCH:
            if (top && ((r->full && pos != r->end) || (r->must_advance && pos == r->start)))
                goto fail;
            *out = pos;
            return 1;
        case RE_OP_CHAR:
            if (pos < r->end && ch(r, pos) == code[pc + 1]) {
                pos++;
                pc += 2;
                continue;
            }
            goto fail;
        case RE_OP_CHAR_I:
        case RE_OP_CHAR_IA:
        case RE_OP_SET:
        case RE_OP_ANY:
        case RE_OP_ANY_ALL:
            if (pos < r->end && single(code, pc, ch(r, pos))) {
                pos++;
                pc += single_len(code, pc);
                continue;
            }
            goto fail;
        case RE_OP_AT:
            if (at(r, code[pc + 1], code[pc + 2] != 0, pos)) {
                pc += 3;
                continue;
            }
            goto fail;
        case RE_OP_SAVE: {
            uint32_t slot = code[pc + 1];
            if (push(r, BT_SLOT, slot, r->slots[slot], 0) < 0)
                return -1;
            if ((slot & 1) && slot > 1) {
                if (push(r, BT_LAST, 0, r->lastindex, 0) < 0)
                    return -1;
                r->lastindex = slot / 2;
            }
            r->slots[slot] = pos;
            pc += 2;
            continue;
        }
        case RE_OP_SPLIT:
            if (push(r, BT_PC, code[pc + 2], pos, 0) < 0)
                return -1;
            pc = code[pc + 1];
            continue;
        case RE_OP_JMP: pc = code[pc + 1]; continue;
        case RE_OP_REP_INIT: {
            uint32_t k = code[pc + 1];
            if (push(r, BT_CNT, k, r->cnt[k], r->lastpos[k]) < 0)
                return -1;
            r->cnt[k] = 0;
            r->lastpos[k] = -1;
            pc += 2;
            continue;
        }
        case RE_OP_REP_LOOP: {
            uint32_t k = code[pc + 1];
            int64_t n = r->cnt[k];
            uint32_t min = code[pc + 2], max = code[pc + 3];
            bool lazy = code[pc + 4] != 0;
            size_t exit = code[pc + 5], body = pc + 6;
            bool unbounded = max == RT_RE_MAXREPEAT;
            if (n >= min) {
                if ((!unbounded && n >= max) || pos == r->lastpos[k]) {
                    pc = exit; /* done, or the last iteration matched nothing */
                    continue;
                }
                if (lazy) {
                    if (push(r, BT_LAZY_LOOP, (uint32_t)pc, pos, 0) < 0)
                        return -1;
                    pc = exit;
                    continue;
                }
                if (push(r, BT_PC, (uint32_t)exit, pos, 0) < 0)
                    return -1;
            }
            if (push(r, BT_CNT, k, n, r->lastpos[k]) < 0)
                return -1;
            r->cnt[k] = n + 1;
            r->lastpos[k] = pos;
            pc = body;
            continue;
        }
        case RE_OP_REP1: {
            uint32_t min = code[pc + 1], max = code[pc + 2], fl = code[pc + 3];
            size_t item = pc + 5, next = item + code[pc + 4];
            int64_t limit =
                max == RT_RE_MAXREPEAT || (int64_t)max > r->end - pos ? r->end : pos + max;
            if (fl & RE_F_LAZY) {
                int64_t need = pos + min;
                if (need > r->end)
                    goto fail;
                for (int64_t i = pos; i < need; i++)
                    if (!single(code, item, ch(r, i)))
                        goto fail;
                spend(r, min);
                pos = need;
                if (pos < limit && push(r, BT_REP1_LAZY, (uint32_t)pc, limit, pos) < 0)
                    return -1;
                pc = next;
                continue;
            }
            int64_t i = pos;
            if (code[item] == RE_OP_ANY_ALL) {
                i = limit;
            } else {
                while (i < limit && single(code, item, ch(r, i)))
                    i++;
            }
            spend(r, (i - pos) / 4);
            if (i - pos < (int64_t)min)
                goto fail;
            if (!(fl & RE_F_POSSESSIVE) && i > pos + (int64_t)min &&
                push(r, BT_REP1, (uint32_t)pc, pos + min, i) < 0)
                return -1;
            pos = i;
            pc = next;
            continue;
        }
        case RE_OP_BACKREF: {
            uint32_t g = code[pc + 1], fl = code[pc + 2];
            int64_t s = r->slots[2 * g], e = r->slots[2 * g + 1];
            if (s < 0 || e < 0 || e - s > r->end - pos)
                goto fail;
            bool icase = (fl & RE_F_ICASE) != 0, ascii = (fl & RE_F_ASCII) != 0;
            for (int64_t i = 0; i < e - s; i++) {
                uint32_t a = ch(r, s + i), b = ch(r, pos + i);
                if (a != b && !(icase && rt__re_lower(a, ascii) == rt__re_lower(b, ascii)))
                    goto fail;
            }
            spend(r, (e - s) / 4);
            pos += e - s;
            pc += 3;
            continue;
        }
        case RE_OP_LOOK:
        case RE_OP_ATOMIC: {
            bool look = code[pc] == RE_OP_LOOK;
            uint32_t fl = look ? code[pc + 1] : 0;
            size_t body = look ? pc + 4 : pc + 2, endpc = look ? code[pc + 3] : code[pc + 1];
            int64_t from = pos;
            size_t mark = r->sp;
            if (save_all(r) < 0)
                return -1;
            size_t sub = r->sp;
            int res = 0;
            int64_t got = pos;
            if (fl & RE_F_BEHIND)
                from = pos - (int64_t)code[pc + 2];
            if (from >= 0)
                res = exec(r, body, from, sub, false, &got);
            if (res < 0)
                return -1;
            if (res == ((fl & RE_F_NEG) ? 0 : 1)) {
                r->sp = sub > r->sp ? r->sp : sub; /* drop the body's choices, keep the saves */
                if (fl & RE_F_NEG)
                    unwind(r, mark);
                if (!look)
                    pos = got;
                pc = endpc;
                continue;
            }
            unwind(r, mark);
            goto fail;
        }
        case RE_OP_COND: {
            uint32_t g = code[pc + 1];
            if (r->slots[2 * g] >= 0 && r->slots[2 * g + 1] >= 0)
                pc += 3;
            else
                pc = code[pc + 2];
            continue;
        }
        case RE_OP_FAIL: goto fail;
        }
        goto fail; /* not reached: every opcode is handled above */

    fail:
        for (;;) {
            if (r->sp <= base)
                return 0;
            bt *e = &r->stack[r->sp - 1];
            switch ((bt_kind)e->kind) {
            case BT_SLOT:
                r->slots[e->a] = e->b;
                r->sp--;
                continue;
            case BT_LAST:
                r->lastindex = e->b;
                r->sp--;
                continue;
            case BT_CNT:
                r->cnt[e->a] = e->b;
                r->lastpos[e->a] = e->c;
                r->sp--;
                continue;
            case BT_PC:
                pc = e->a;
                pos = e->b;
                r->sp--;
                break;
            case BT_REP1: {
                size_t rp = e->a, next = rp + 5 + code[rp + 4];
                int64_t c = e->c - 1;
                /* a literal next: give back until it can match */
                if (code[next] == RE_OP_CHAR) {
                    uint32_t want = code[next + 1];
                    while (c > e->b && (c >= r->end || ch(r, c) != want))
                        c--;
                }
                if (c <= e->b)
                    r->sp--;
                else
                    e->c = c;
                pos = c;
                pc = next;
                break;
            }
            case BT_REP1_LAZY: {
                size_t rp = e->a, item = rp + 5, next = item + code[rp + 4];
                int64_t c = e->c;
                if (c >= e->b || !single(code, item, ch(r, c))) {
                    r->sp--;
                    continue;
                }
                c++;
                if (c >= e->b)
                    r->sp--;
                else
                    e->c = c;
                pos = c;
                pc = next;
                break;
            }
            case BT_LAZY_LOOP: {
                size_t lp = e->a;
                uint32_t k = code[lp + 1];
                pos = e->b;
                r->sp--;
                if (push(r, BT_CNT, k, r->cnt[k], r->lastpos[k]) < 0)
                    return -1;
                r->cnt[k]++;
                r->lastpos[k] = pos;
                pc = lp + 6;
                break;
            }
            }
            break;
        }
    }
}

int rt_re_run(rt_state *rt, const uint32_t *code, size_t len, const rt_re_subject *subj,
              int64_t pos, int64_t endpos, rt_re_mode mode, bool must_advance, int64_t *slots,
              int64_t *lastindex)
{
    (void)len;
    uint32_t ngroups = code[RE_H_NGROUPS], nloops = code[RE_H_NLOOPS];
    uint32_t prefix = code[RE_H_PREFIX];
    run r = {0};
    r.rt = rt;
    r.code = code;
    r.s8 = subj->s8;
    r.s32 = subj->s32;
    r.end = endpos;
    r.full = mode == RE_MODE_FULLMATCH;
    r.slots = slots;
    r.nslots = 2 * ((int64_t)ngroups + 1);
    r.lastindex = -1;
    size_t csize = (nloops ? nloops : 1) * sizeof(int64_t);
    r.cnt = rt_heap_alloc(rt, NULL, csize);
    r.lastpos = r.cnt ? rt_heap_alloc(rt, NULL, csize) : NULL;
    int res = -1;
    if (!r.lastpos)
        goto done;
    for (uint32_t k = 0; k < nloops; k++)
        r.cnt[k] = 0, r.lastpos[k] = -1;
    for (int64_t k = 0; k < r.nslots; k++)
        slots[k] = -1;
    int64_t start = pos;
    res = 0;
    for (;;) {
        if (mode == RE_MODE_SEARCH && prefix != RE_NO_PREFIX) {
            while (start < endpos && ch(&r, start) != prefix)
                start++;
            spend(&r, (start - pos) / 8);
            if (start >= endpos)
                break;
        }
        r.start = start;
        r.must_advance = must_advance && start == pos;
        int64_t got;
        res = exec(&r, RE_H_SIZE, start, 0, true, &got);
        if (res != 0)
            break;
        if (mode != RE_MODE_SEARCH || start >= endpos)
            break;
        start++;
    }
    if (res == 1)
        *lastindex = r.lastindex;
done:
    if (r.stack)
        rt_heap_free(rt, NULL, r.stack, r.cap * sizeof *r.stack);
    if (r.cnt)
        rt_heap_free(rt, NULL, r.cnt, csize);
    if (r.lastpos)
        rt_heap_free(rt, NULL, r.lastpos, csize);
    return res < 0 ? -1 : res;
}
