/* re.h: the regular-expression engine under the `_re` module (mod_re.c).
 * A pattern (code points) is parsed by re_parse.c into a tree of nodes,
 * compiled by re_compile.c into a program of 32-bit words, and run by the
 * backtracking matcher of re_match.c, whose backtrack stack is an explicit,
 * heap-charged array (no C recursion per character) and which charges the
 * slice's budget as it goes. CPython 3.11's `re` syntax and semantics for
 * the subset docs/re.md lists.
 *
 * Internal to runtime/. Every function takes the runtime state first; those
 * that allocate return -1 with MemoryError (or RecursionError) set on the
 * state. A pattern error is not an exception here: it is an rt_re_error
 * (CPython's message and position), which mod_re.c turns into re.error. */
#ifndef CLOSURED_RUNTIME_RE_H
#define CLOSURED_RUNTIME_RE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/object.h"

/* CPython's flag values (re.I, re.L, ...). */
enum {
    RT_RE_TEMPLATE = 1,
    RT_RE_IGNORECASE = 2,
    RT_RE_LOCALE = 4,
    RT_RE_MULTILINE = 8,
    RT_RE_DOTALL = 16,
    RT_RE_UNICODE = 32,
    RT_RE_VERBOSE = 64,
    RT_RE_DEBUG = 128,
    RT_RE_ASCII = 256,
};

/* The largest repeat count ({m,n}) and group count CPython accepts. */
#define RT_RE_MAXREPEAT 4294967295u
#define RT_RE_MAXGROUPS 1073741823u
/* Nesting of groups and assertions the parser accepts, about where CPython's
 * recursive parser reaches its recursion limit (the compiler and the
 * matcher recurse per level: this bounds their C stack too). */
#define RT_RE_MAX_NEST 495

/* A pattern error: CPython's message (UTF-8) and the position (code points). */
typedef struct rt_re_error {
    char msg[256];
    int64_t pos;
    bool overflow; /* OverflowError "the repetition number is too large" */
} rt_re_error;

/* ---- the tree (re_parse.c) --------------------------------------------------- */

typedef enum rt_re_kind {
    RE_N_EMPTY,   /* matches "" */
    RE_N_CHAR,    /* a: the code point */
    RE_N_ANY,     /* . */
    RE_N_SET,     /* [...]: items [a, a+b) of the set item array; neg */
    RE_N_AT,      /* an anchor: a = rt_re_at */
    RE_N_CAT,     /* children in sequence */
    RE_N_ALT,     /* children as alternatives */
    RE_N_GROUP,   /* capturing group a (1-based) around the child */
    RE_N_REPEAT,  /* child {a, b} (b = RT_RE_MAXREPEAT: no bound); greedy/possessive */
    RE_N_BACKREF, /* \a */
    RE_N_LOOK,    /* (?=) (?!) (?<=) (?<!): neg, behind */
    RE_N_ATOMIC,  /* (?>...) */
    RE_N_COND,    /* (?(a)yes|no): first child yes, its sibling no */
} rt_re_kind;

typedef enum rt_re_at {
    RE_AT_BEGIN,        /* ^ */
    RE_AT_BEGIN_LINE,   /* ^ under MULTILINE */
    RE_AT_END,          /* $ */
    RE_AT_END_LINE,     /* $ under MULTILINE */
    RE_AT_BEGIN_STRING, /* \A */
    RE_AT_END_STRING,   /* \Z */
    RE_AT_BOUNDARY,     /* \b */
    RE_AT_NON_BOUNDARY, /* \B */
} rt_re_at;

/* The categories of \d \D \s \S \w \W, as set items (lo = RE_CAT_BASE + cat). */
typedef enum rt_re_cat {
    RE_CAT_DIGIT,
    RE_CAT_NOT_DIGIT,
    RE_CAT_SPACE,
    RE_CAT_NOT_SPACE,
    RE_CAT_WORD,
    RE_CAT_NOT_WORD,
} rt_re_cat;
#define RE_CAT_BASE 0xFFFFFF00u

/* Node flags: the inline flags in force where the node was parsed. */
enum {
    RE_F_ICASE = 1,
    RE_F_DOTALL = 2,
    RE_F_ASCII = 4, /* ASCII classes and case (re.A, or a bytes pattern) */
    RE_F_NEG = 8,   /* a negated set or assertion */
    RE_F_BEHIND = 16,
    RE_F_LAZY = 32,
    RE_F_POSSESSIVE = 64,
};

typedef struct rt_re_node {
    uint8_t kind;  /* rt_re_kind */
    uint8_t flags; /* RE_F_* */
    uint32_t a, b;
    int32_t child; /* first child, -1 for none */
    int32_t next;  /* next sibling, -1 for none */
} rt_re_node;

/* A set item: the range [lo, hi], or a category (lo = RE_CAT_BASE + cat). */
typedef struct rt_re_item {
    uint32_t lo, hi;
} rt_re_item;

/* A parsed pattern. Owns its arrays (rt_re_tree_dispose frees them). */
typedef struct rt_re_tree {
    rt_re_node *nodes;
    uint32_t nnodes, cap;
    rt_re_item *items;
    uint32_t nitems, items_cap;
    int32_t root;
    uint32_t ngroups; /* capturing groups (group 0 not counted) */
    uint32_t flags;   /* the pattern's flags, inline global ones added */
    uint32_t nloops;  /* repeats that need a counter (re_compile.c numbers them) */
    /* named groups: for each, the group number and the name's [start, end)
     * in the pattern's code points */
    struct {
        uint32_t group, start, end;
    } * names;
    uint32_t nnames, names_cap;
} rt_re_tree;

/* Parses pat[0..n) (code points; a bytes pattern's bytes) under flags.
 * 0 with *tree filled; 1 with *err filled for a pattern error; -1 with
 * MemoryError set. The tree is disposed of by the caller in every case. */
int rt_re_parse(rt_state *rt, const uint32_t *pat, size_t n, uint32_t flags, bool is_bytes,
                rt_re_tree *tree, rt_re_error *err);
void rt_re_tree_dispose(rt_state *rt, rt_re_tree *tree);

/* ---- the program (re_compile.c) ---------------------------------------------- */

/* Instructions: an opcode word then its operands. Targets are absolute word
 * offsets in the program. */
typedef enum rt_re_op {
    RE_OP_MATCH,    /*                     : success (a sub-run's end too) */
    RE_OP_CHAR,     /* c                   : the code point c */
    RE_OP_CHAR_I,   /* c                   : c, any case (unicode folding) */
    RE_OP_CHAR_IA,  /* c                   : c, ASCII case folding */
    RE_OP_ANY,      /*                     : any but \n */
    RE_OP_ANY_ALL,  /*                     : any */
    RE_OP_SET,      /* fl n lo0 hi0 ...    : a set of n items; fl = RE_F_NEG|ICASE|ASCII */
    RE_OP_AT,       /* at fl               : an anchor; fl RE_F_ASCII for \b \B */
    RE_OP_SAVE,     /* slot                : records the position in a capture slot */
    RE_OP_SPLIT,    /* x y                 : tries x, then y */
    RE_OP_JMP,      /* x */
    RE_OP_REP_INIT, /* k                   : counter k = 0 (saved for backtracking) */
    RE_OP_REP_LOOP, /* k min max fl exit   : one more iteration or leave (body follows) */
    RE_OP_REP1,     /* min max fl len      : a one-character item (len words) repeated */
    RE_OP_BACKREF,  /* g fl                : the text group g matched */
    RE_OP_LOOK,     /* fl width end        : an assertion whose body follows, ends in MATCH */
    RE_OP_ATOMIC,   /* end                 : an atomic group whose body follows */
    RE_OP_COND,     /* g no                : yes follows (ending in JMP past no) */
    RE_OP_FAIL,
} rt_re_op;

/* A compiled program: what the `_re` matcher objects hold (as the bytes of
 * a bytes object, so the header is words too). */
typedef struct rt_re_prog {
    uint32_t *code; /* header then instructions */
    size_t len;     /* words */
} rt_re_prog;

/* Header words of a program. */
enum {
    RE_H_NGROUPS, /* capturing groups */
    RE_H_NLOOPS,  /* counters */
    RE_H_FLAGS,
    RE_H_PREFIX, /* a code point every match starts with, or RE_NO_PREFIX */
    RE_H_SIZE,
};
#define RE_NO_PREFIX 0xFFFFFFFFu

/* Compiles the tree into *prog (code allocated with rt_heap_alloc, owner
 * NULL: free it with rt_heap_free(rt, NULL, code, len * 4)). 0; 1 with *err
 * for the errors CPython finds at compile time (a look-behind that is not of
 * fixed width); -1 with MemoryError set. */
int rt_re_compile(rt_state *rt, rt_re_tree *tree, rt_re_prog *prog, rt_re_error *err);

/* ---- the matcher (re_match.c) ------------------------------------------------ */

/* A subject: code points as bytes (a bytes object, an ASCII str) or as
 * 32-bit words (a decoded str). */
typedef struct rt_re_subject {
    const uint8_t *s8;
    const uint32_t *s32;
    int64_t len;
} rt_re_subject;

typedef enum rt_re_mode {
    RE_MODE_MATCH,
    RE_MODE_FULLMATCH,
    RE_MODE_SEARCH,
} rt_re_mode;

/* Runs program code (len words) on subj from pos, treating endpos as the
 * end of the string (both clamped by the caller). must_advance refuses an
 * empty match at pos (the scanner after an empty match). On success returns
 * 1 and fills slots[0 .. 2*(ngroups+1)) with start/end offsets (-1 when a
 * group did not take part) and *lastindex (-1 for none); 0 for no match;
 * -1 with an exception set (MemoryError: the backtrack stack passed the
 * heap limit; KeyboardInterrupt: the embedder's interrupt flag). Charges the
 * running slice and may suspend the fiber at its checks (fiber.h), so the
 * caller holds the subject and the program meanwhile. */
int rt_re_run(rt_state *rt, const uint32_t *code, size_t len, const rt_re_subject *subj,
              int64_t pos, int64_t endpos, rt_re_mode mode, bool must_advance, int64_t *slots,
              int64_t *lastindex);

/* Character predicates shared by the matcher (for set items) */
bool rt__re_cat_match(uint32_t cat, uint32_t c, bool ascii);
bool rt__re_is_word(uint32_t c, bool ascii);
uint32_t rt__re_lower(uint32_t c, bool ascii);
uint32_t rt__re_upper(uint32_t c, bool ascii);
uint32_t rt__re_fold(uint32_t c, bool ascii);

#endif
