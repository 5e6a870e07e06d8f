/* mod_os.c: `_os`, what stdlib/os.py shows of the host: the environment
 * (a dict, `environ`) and the working directory (`getcwd()`), from the
 * copies rt_state_new made of rt_config.env and .cwd. The daemon gives a
 * workload neither, so there environ is empty and getcwd() is "/"; the
 * runtime itself never reads the process's environment or directory. */
#include <stdlib.h>
#include <string.h>

#include "runtime/builtin.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/state.h"
#include "runtime/str.h"
#include "runtime/utf8.h"

/* A str from the host's bytes: invalid UTF-8 escaped as CPython does. */
static rt_value host_str(rt_state *rt, const char *s, size_t n)
{
    char *clean = rt_utf8_surrogateescape(s, n);
    if (!clean)
        return rt_raise(rt, RT_EXC_MemoryError, "%s", "");
    rt_value v = rt_str_from_cstr(rt, clean);
    free(clean);
    return v;
}

static rt_value os_getcwd(rt_state *rt, rt_value self, const rt_value *args, size_t nargs,
                          rt_value kwnames)
{
    (void)self;
    (void)args;
    if (rt_args_none(rt, "getcwd", nargs, kwnames) < 0)
        return RT_NULL;
    const char *cwd = rt->host_cwd ? rt->host_cwd : "/";
    return host_str(rt, cwd, strlen(cwd));
}

static const rt_builtin_def os_funcs[] = {
    {"getcwd", os_getcwd},
    {NULL, NULL},
};

/* environ: each "KEY=VALUE" of the copy; a string without '=' is skipped,
 * and a later duplicate key wins, as CPython's os.environ. */
static rt_value environ_dict(rt_state *rt)
{
    rt_value d = rt_dict_new(rt);
    for (char **e = rt->host_env; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        rt_value k = host_str(rt, *e, (size_t)(eq - *e));
        rt_value v = k ? host_str(rt, eq + 1, strlen(eq + 1)) : RT_NULL;
        int r = v ? rt_dict_set(rt, d, k, v) : -1;
        rt_decref(rt, k);
        rt_decref(rt, v);
        if (r < 0) {
            rt_decref(rt, d);
            return RT_NULL;
        }
    }
    return d;
}

int rt__mod_os_fill(rt_state *rt, rt_value d)
{
    if (rt__module_add_funcs(rt, d, os_funcs) < 0)
        return -1;
    rt_value env = environ_dict(rt);
    if (!env)
        return -1;
    int r = rt_dict_set_cstr(rt, d, "environ", env);
    rt_decref(rt, env);
    return r;
}
