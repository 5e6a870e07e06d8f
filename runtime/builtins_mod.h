/* builtins_mod.h: the `builtins` namespace (print, len, sorted, the type
 * objects and exception classes ...) and calling a type object. */
#ifndef CLOSURED_RUNTIME_BUILTINS_MOD_H
#define CLOSURED_RUNTIME_BUILTINS_MOD_H

#include "runtime/object.h"

/* Fills rt->builtins (a new dict) with every builtin function, the builtin
 * type objects (rt->type_objs) and the exception classes (rt->exc_types,
 * which must exist already), and interns the method names for
 * rt_method_find. Called by state.c after rt__exc_init. 0, or -1 with
 * MemoryError set. */
int rt__builtins_init(rt_state *rt);
/* Releases rt->builtins and the interned method names. */
void rt__builtins_dispose(rt_state *rt);

/* Calling the iterator type t (RT_T_ITER instances): enumerate(...), zip(...),
 * map(...), filter(...), reversed(...) build their iterators; the others
 * (list_iterator, ...) are TypeError "cannot create 'list_iterator'
 * instances", as in CPython. */
rt_value rt__iter_type_call(rt_state *rt, rt_value t, const rt_value *args, size_t nargs,
                            rt_value kwnames);
/* Whether t is one of those iterator types a call builds (and a class may derive from). */
bool rt__iter_type_constructible(rt_state *rt, rt_value t);

/* The builtin isinstance (its rt_builtin_def's function): the VM's CALL
 * recognises it by this address to decide the common case inline. */
/* Whether an instance of cls reads its class the plain way (cls defines neither
 * __class__ nor __getattribute__): isinstance needs no attribute lookup then. */
bool rt__class_attr_plain(rt_state *rt, rt_value cls);
/* isinstance(v, spec) and issubclass(c, spec), the builtins (builtins_isinstance.c). */
rt_value rt__bi_isinstance(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames);
rt_value rt__bi_issubclass(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                           rt_value kwnames);

/* sorted(), the builtin: the VM recognises it by this address (the fused
 * `sorted(x.items())`, vm_fused.h). */
rt_value rt__bi_sorted(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                       rt_value kwnames);
/* sorted(d.items()) for an exact dict d, or tuple(sorted(d.items())) when
 * as_tuple, made from d's entries without the items view (and, for the
 * tuple, without the list when there are fewer than two pairs): the
 * (key, value) pairs in the order sorted() gives them. New reference, or
 * RT_NULL with an exception set (a comparison of two keys that raised, or
 * MemoryError). */
rt_value rt__sorted_dict_items(rt_state *rt, rt_value d, bool as_tuple);

/* sum(), the builtin: SUM_ENTER recognises it by this address (a generator
 * expression summed in place, compile_genexpr.c). */
rt_value rt__bi_sum(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                    rt_value kwnames);

/* SUM_ENTER (sum) and LIST_ENTER (not sum): sp ends [NULL, f, it]; when f
 * is the builtin the generator expression's loop was compiled for (sum; or
 * list, tuple or sorted) the NULL becomes the result being made (0; a new
 * list) and 1 is returned; 0 when f is anything else (the general call),
 * -1 with MemoryError. */
int rt__genexpr_enter(rt_state *rt, bool sum, rt_value *sp);
/* SUM_ADD's general case: *acc = *acc + v (v stolen), the addition sum()
 * makes there (its float path adds the same doubles in the same order). 0,
 * or -1 with an exception set (*acc unchanged). */
int rt__sum_add(rt_state *rt, rt_value *acc, rt_value v);
/* LIST_END: what fn (list, tuple or sorted) makes of the list l of a
 * generator expression's items (both stolen): l itself, a tuple of its
 * items, or l sorted as sorted() sorts. RT_NULL with an exception set. */
rt_value rt__genexpr_list_end(rt_state *rt, rt_value fn, rt_value l);

/* The standard streams (builtins_io.c). print() and input(), the builtins. */
rt_value rt__bi_print(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames);
rt_value rt__bi_input(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                      rt_value kwnames);
/* print()'s output path: rt->cfg.write_out, or stdout when it is NULL. */
void rt__write_out(rt_state *rt, const char *data, size_t len);
/* Writes str s through sys.stdout as the program left it (its write, or
 * straight to the embedder for the real one); nothing when it is None. 0,
 * or -1 with an exception set. */
int rt__stdout_write(rt_state *rt, rt_value s);
/* p[0..n) (UTF-8 as a str holds it) written as CPython's sys.stdout writes
 * text here (utf-8, surrogateescape): as is, or with each surrogate escaping
 * a byte written as that byte; UnicodeEncodeError (and nothing written) for
 * any other lone surrogate. 0 or -1. */
int rt__write_out_text(rt_state *rt, const char *data, size_t len);
/* Writes to the program's standard error (rt_config.write_err, else stderr),
 * a lone surrogate as \\udxxx (CPython's stderr is backslashreplace). */
void rt__write_err(rt_state *rt, const char *data, size_t len);
/* True when p[0..n) (a str's UTF-8) holds a lone surrogate. */
bool rt__has_surrogate(const char *p, size_t n);
/* callable(v): whether calling v can work (a function, class, method, or an
 * instance whose class has __call__). */
bool rt__callable(rt_state *rt, rt_value v);

#endif
