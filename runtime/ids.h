/* ids.h: the identifiers the runtime looks up by name on every class
 * (special methods and class attributes), interned once per state so a
 * lookup compares pointers. rt->ids[RT_ID_x] owns one reference to each. */
#ifndef CLOSURED_RUNTIME_IDS_H
#define CLOSURED_RUNTIME_IDS_H

/* clang-format off */
#define RT_IDS(X)                                                                                  \
    X(init, "__init__") X(new, "__new__") X(call, "__call__") X(repr, "__repr__")                  \
    X(str, "__str__") X(format, "__format__") X(hash, "__hash__") X(bool, "__bool__")              \
    X(len, "__len__") X(contains, "__contains__") X(getitem, "__getitem__")                        \
    X(setitem, "__setitem__") X(delitem, "__delitem__") X(iter, "__iter__") X(next, "__next__")    \
    X(getattr, "__getattr__") X(getattribute, "__getattribute__") X(setattr, "__setattr__")        \
    X(delattr, "__delattr__") X(del, "__del__") X(get, "__get__") X(set, "__set__") X(delete, "__delete__")          \
    X(enter, "__enter__") X(exit, "__exit__") X(module, "__module__") X(qualname, "__qualname__")  \
    X(name, "__name__") X(doc, "__doc__") X(dict, "__dict__") X(class, "__class__")                \
    X(classcell, "__classcell__") X(slots, "__slots__") X(mro, "__mro__") X(bases, "__bases__")    \
    X(base, "__base__") X(annotations, "__annotations__") X(weakref, "__weakref__")               \
    X(init_subclass, "__init_subclass__") X(set_name, "__set_name__") X(index, "__index__")       \
    X(class_getitem, "__class_getitem__")                                                          \
    X(eq, "__eq__") X(ne, "__ne__") X(lt, "__lt__") X(le, "__le__") X(gt, "__gt__")                \
    X(ge, "__ge__") X(neg, "__neg__") X(pos, "__pos__") X(invert, "__invert__") X(abs, "__abs__")  \
    X(int, "__int__") X(float, "__float__") X(round, "__round__") X(reversed, "__reversed__")      \
    X(add, "__add__") X(sub, "__sub__") X(mul, "__mul__") X(truediv, "__truediv__")                \
    X(floordiv, "__floordiv__") X(mod, "__mod__") X(pow, "__pow__") X(lshift, "__lshift__")        \
    X(rshift, "__rshift__") X(and, "__and__") X(or, "__or__") X(xor, "__xor__")                    \
    X(radd, "__radd__") X(rsub, "__rsub__") X(rmul, "__rmul__") X(rtruediv, "__rtruediv__")        \
    X(rfloordiv, "__rfloordiv__") X(rmod, "__rmod__") X(rpow, "__rpow__")                          \
    X(rlshift, "__rlshift__") X(rrshift, "__rrshift__") X(rand, "__rand__") X(ror, "__ror__")      \
    X(rxor, "__rxor__") X(iadd, "__iadd__") X(isub, "__isub__") X(imul, "__imul__")                \
    X(itruediv, "__itruediv__") X(ifloordiv, "__ifloordiv__") X(imod, "__imod__")                  \
    X(ipow, "__ipow__") X(ilshift, "__ilshift__") X(irshift, "__irshift__") X(iand, "__iand__")    \
    X(ior, "__ior__") X(ixor, "__ixor__") X(args, "args") X(self, "self")      \
    X(matmul, "__matmul__") X(rmatmul, "__rmatmul__") X(imatmul, "__imatmul__")         \
    X(missing, "__missing__") X(prepare, "__prepare__")         \
    X(abstractmethods, "__abstractmethods__") X(instancecheck, "__instancecheck__")              \
    X(subclasscheck, "__subclasscheck__") X(dir, "__dir__") X(complex, "__complex__")          \
    X(await, "__await__") X(aenter, "__aenter__") X(aexit, "__aexit__") X(aiter, "__aiter__")    \
    X(anext, "__anext__") X(divmod, "__divmod__") X(rdivmod, "__rdivmod__") X(trunc, "__trunc__")  \
    X(floor, "__floor__") X(ceil, "__ceil__")
/* clang-format on */

typedef enum rt_id {
#define RT_X_ID(id, s) RT_ID_##id,
    RT_IDS(RT_X_ID)
#undef RT_X_ID
        RT_ID_COUNT
} rt_id;

#endif
