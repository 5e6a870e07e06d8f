/* vm_budget.c: the slice budget of the dispatch loop (vm_budget.h): the
 * clock, the checkpoint at the end of each chunk, the suspension of a nested
 * loop whose slice is over, and the safe points of loops written in C and
 * the interrupt's KeyboardInterrupt (vm.h). */
#include "runtime/vm_budget.h"

#include <time.h>

#include "runtime/fiber.h"
#include "runtime/ops.h"
#include "runtime/vm.h"

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void rt__vm_slice_start(rt_state *rt, const rt_budget *budget)
{
    rt->slice.remaining =
        budget && budget->instructions ? (int64_t)budget->instructions : INT64_MAX;
    rt->slice.deadline = budget && budget->max_ns ? now_ns() + budget->max_ns : 0;
}

bool rt__vm_checkpoint(rt_state *rt, rt_slice_view *s, int64_t *tick)
{
    int64_t used = s->chunk - *tick;
    if (used < 0)
        used = 0;
    rt->instructions += (uint64_t)used;
    if (*s->remaining != INT64_MAX)
        *s->remaining -= used;
    bool over = *s->remaining <= 0 || (*s->deadline && now_ns() >= *s->deadline);
    s->chunk = rt__vm_chunk_size(*s->remaining);
    *tick = s->chunk;
    return over;
}

void rt__vm_suspend_nested(rt_state *rt, rt_slice_view *s, int64_t *tick)
{
    rt__fiber_suspend(rt);
    s->chunk = rt__vm_chunk_size(*s->remaining);
    *tick = s->chunk;
}

void rt__vm_raise_interrupt(rt_state *rt)
{
    if (atomic_load_explicit(rt->cfg.interrupt, memory_order_relaxed) == RT_INTERRUPT_TIMEOUT)
        rt_raise(rt, RT_EXC_KeyboardInterrupt, "the slice ran longer than the time limit");
    else
        rt_raise(rt, RT_EXC_KeyboardInterrupt, "the workload is being stopped");
}

int rt__vm_c_check(rt_state *rt)
{
    if (!rt__vm_interrupted(rt))
        return 0;
    rt__vm_raise_interrupt(rt);
    return -1;
}

int rt__vm_c_point(rt_state *rt)
{
    rt->c_steps = RT_C_STRIDE;
    if (rt__vm_interrupted(rt)) {
        rt__vm_raise_interrupt(rt);
        return -1;
    }
    if (rt->slice.remaining != INT64_MAX)
        rt->slice.remaining -= RT_C_STRIDE;
    bool over = rt->slice.remaining <= 0 || (rt->slice.deadline && now_ns() >= rt->slice.deadline);
    if (over && rt__fiber_can_suspend(rt)) {
        rt__fiber_suspend(rt);
        if (rt__vm_interrupted(rt)) { /* resumed to be unwound (rt__fiber_dispose) */
            rt__vm_raise_interrupt(rt);
            return -1;
        }
    }
    return 0;
}

void rt__vm_account(rt_state *rt, const rt_slice_view *s, int64_t tick)
{
    if (s->chunk > tick) {
        rt->instructions += (uint64_t)(s->chunk - tick);
        if (*s->remaining != INT64_MAX)
            *s->remaining -= s->chunk - tick;
    }
}
