/* fiber.c: a runtime's own C stack and the switches to and from it (fiber.h),
 * with the annotations AddressSanitizer and ThreadSanitizer need to follow a
 * thread that changes stacks. ucontext is glibc's; it is the one part of the
 * runtime beyond C11 and the POSIX clock. */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS, MAP_NORESERVE, MAP_STACK */
#include "runtime/fiber.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime/gc.h"
#include "runtime/nest.h"
#include "runtime/state.h"
#include "runtime/vm.h"

#if defined(__SANITIZE_ADDRESS__)
#define RT_FIBER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RT_FIBER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define RT_FIBER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define RT_FIBER_TSAN 1
#endif
#endif
#ifdef RT_FIBER_ASAN
#include <sanitizer/common_interface_defs.h>
#endif
#ifdef RT_FIBER_TSAN
#include <sanitizer/tsan_interface.h>
#endif

/* The fiber's stack: the recursive walks' budget (nest.h) plus the 2 MiB a
 * workload thread needs beyond it, and the same again under ThreadSanitizer,
 * whose frames nest.h does not size. Reserved, not committed: only the
 * pages a run touches cost memory. One guard page below it. */
#ifdef RT_FIBER_TSAN
#define RT_FIBER_STACK (2 * (RT_STACK_BUDGET + ((size_t)2 << 20)))
#else
#define RT_FIBER_STACK (RT_STACK_BUDGET + ((size_t)2 << 20))
#endif

struct rt_fiber {
    rt_state *rt;
    ucontext_t host; /* the embedder's context while the fiber runs */
    ucontext_t self; /* the fiber's context while it waits */
    char *map;       /* the mapping: guard page, then the stack */
    size_t map_len;
    size_t page;
    void (*body)(void *arg); /* the work in progress (busy) */
    void *arg;
    bool busy;            /* a body is on the fiber (executing or suspended) */
    bool on;              /* executing on the fiber now */
    uintptr_t stack_base; /* rt->stack_base of the body: restored at each resume */
    /* the run layer (rt__fiber_run): the body rt_run gave, and what it returned */
    rt_fiber_body run;
    const rt_budget *budget;
    rt_status status;
#ifdef RT_FIBER_ASAN
    void *fake_self, *fake_host;
    const void *host_bottom;
    size_t host_size;
#endif
#ifdef RT_FIBER_TSAN
    void *tsan_self, *tsan_host;
#endif
};

static char *stack_bottom(const rt_fiber *fb)
{
    return fb->map + fb->page;
}

/* ---- the two switches ---------------------------------------------------------- */

/* Embedder -> fiber; returns when the fiber switches back. */
static void enter(rt_fiber *fb)
{
    uintptr_t base = fb->rt->stack_base; /* the embedder's stack: back to it after */
#ifdef RT_FIBER_TSAN
    fb->tsan_host = __tsan_get_current_fiber();
    __tsan_switch_to_fiber(fb->tsan_self, 0);
#endif
#ifdef RT_FIBER_ASAN
    __sanitizer_start_switch_fiber(&fb->fake_host, stack_bottom(fb), fb->map_len - fb->page);
#endif
    swapcontext(&fb->host, &fb->self);
#ifdef RT_FIBER_ASAN
    __sanitizer_finish_switch_fiber(fb->fake_host, NULL, NULL);
#endif
    fb->rt->stack_base = base;
}

/* Called on the fiber when it has just been entered. */
static void entered(rt_fiber *fb)
{
#ifdef RT_FIBER_ASAN
    __sanitizer_finish_switch_fiber(fb->fake_self, &fb->host_bottom, &fb->host_size);
#endif
    fb->on = true;
    fb->rt->stack_base = fb->stack_base;
}

/* Fiber -> embedder; returns when the embedder enters the fiber again. */
static void leave(rt_fiber *fb)
{
    fb->on = false;
#ifdef RT_FIBER_TSAN
    __tsan_switch_to_fiber(fb->tsan_host, 0);
#endif
#ifdef RT_FIBER_ASAN
    __sanitizer_start_switch_fiber(&fb->fake_self, fb->host_bottom, fb->host_size);
#endif
    swapcontext(&fb->self, &fb->host);
    entered(fb);
}

/* The fiber's one C function: runs each body it is given, then waits for
 * the next. It never returns, so no uc_link is needed; a freed fiber is
 * abandoned while it waits (it holds nothing then). makecontext passes ints:
 * the fiber's address comes in two halves. */
static void fiber_main(unsigned hi, unsigned lo)
{
    rt_fiber *fb = (rt_fiber *)(((uintptr_t)hi << 32) | (uintptr_t)lo);
    entered(fb);
    for (;;) {
        fb->stack_base = RT_STACK_HERE();
        fb->rt->stack_base = fb->stack_base;
        fb->body(fb->arg);
        fb->busy = false;
        leave(fb);
    }
}

/* getcontext returns twice (for a context that is later set, which the
 * fiber's never is): kept out of rt__fiber_new so no local of it is at risk. */
__attribute__((noinline)) static int context_init(ucontext_t *c)
{
    return getcontext(c);
}

/* ---- fibers (fiber.h) ---------------------------------------------------------- */

rt_fiber *rt__fiber_new(rt_state *rt)
{
    rt_fiber *fb = calloc(1, sizeof *fb);
    if (!fb)
        return NULL;
    long page = sysconf(_SC_PAGESIZE);
    fb->page = page > 0 ? (size_t)page : 4096;
    fb->map_len = fb->page + RT_FIBER_STACK;
    void *m = mmap(NULL, fb->map_len, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (m == MAP_FAILED) {
        free(fb);
        return NULL;
    }
    fb->map = m;
    mprotect(fb->map, fb->page, PROT_NONE); /* best effort: a guard, not a need */
    fb->rt = rt;
    if (context_init(&fb->self) < 0) {
        munmap(fb->map, fb->map_len);
        free(fb);
        return NULL;
    }
    fb->self.uc_stack.ss_sp = stack_bottom(fb);
    fb->self.uc_stack.ss_size = fb->map_len - fb->page;
    fb->self.uc_link = NULL;
    uintptr_t p = (uintptr_t)fb;
    makecontext(&fb->self, (void (*)(void))fiber_main, 2, (unsigned)(p >> 32),
                (unsigned)(p & 0xffffffffu));
#ifdef RT_FIBER_TSAN
    fb->tsan_self = __tsan_create_fiber(0);
#endif
    return fb;
}

void rt__fiber_free(rt_fiber *fb)
{
    if (!fb)
        return;
#ifdef RT_FIBER_TSAN
    __tsan_destroy_fiber(fb->tsan_self);
#endif
    munmap(fb->map, fb->map_len);
    free(fb);
}

void rt__fiber_start(rt_fiber *fb, void (*body)(void *arg), void *arg)
{
    fb->body = body;
    fb->arg = arg;
    fb->busy = true;
    enter(fb);
}

void rt__fiber_continue(rt_fiber *fb)
{
    enter(fb);
}

bool rt__fiber_busy(const rt_fiber *fb)
{
    return fb && fb->busy;
}

bool rt__fiber_on(const rt_fiber *fb)
{
    return fb && fb->on;
}

void rt__fiber_leave(rt_fiber *fb)
{
    leave(fb);
}

/* ---- the run fiber: budgeted rt_run ------------------------------------------- */

static void run_body(void *arg)
{
    rt_fiber *fb = arg;
    fb->status = fb->run(fb->rt, fb->budget);
}

int rt__fiber_run(rt_state *rt, rt_fiber_body body, const rt_budget *budget, rt_status *status)
{
    if (!rt->fiber && !(rt->fiber = rt__fiber_new(rt)))
        return -1;
    rt_fiber *fb = rt->fiber;
    fb->run = body;
    fb->budget = budget;
    rt__fiber_start(fb, run_body, fb);
    *status = fb->busy ? RT_YIELD : fb->status;
    return 0;
}

bool rt__fiber_suspended(const rt_state *rt)
{
    return rt->fiber && rt->fiber->busy && !rt->fiber->on;
}

rt_status rt__fiber_resume(rt_state *rt, const rt_budget *budget)
{
    rt_fiber *fb = rt->fiber;
    rt__vm_slice_start(rt, budget);
    fb->budget = NULL; /* the body's own copy is gone; the slice is in rt->slice */
    enter(fb);
    return fb->busy ? RT_YIELD : fb->status;
}

bool rt__fiber_can_suspend(const rt_state *rt)
{
    const rt_gc_state *g = rt->gc;
    bool in_collection = g && g->collecting && g->phase != RT_GC_CALLBACKS;
    return rt->fiber && rt->fiber->on && !in_collection && !rt->heap.dealloc_depth;
}

void rt__fiber_suspend(rt_state *rt)
{
    leave(rt->fiber);
}

void rt__fiber_dispose(rt_state *rt)
{
    rt_fiber *fb = rt->fiber;
    if (!fb)
        return;
    if (fb->busy) {
        int was = atomic_exchange(rt->cfg.interrupt, RT_INTERRUPT_STOP);
        while (fb->busy)
            rt__fiber_resume(rt, NULL);
        atomic_store(rt->cfg.interrupt, was);
    }
    rt__fiber_free(fb);
    rt->fiber = NULL;
}
