/* test_workload.c: the workload state machine, driven directly (no worker):
 * running -> finished, ticks, pause/resume and their wrong states, failure
 * and restart, a syntax error, the interrupt flag, the exit work (atexit,
 * finalizers) at the program's end, and the published view following every
 * change. */
#include <string.h>

#include "host/workload.h"
#include "tests/harness.h"

static d_workload_t *make(const char *name, const char *src)
{
    d_workload_options_t opt;
    memset(&opt, 0, sizeof opt);
    opt.name = name;
    opt.source = src;
    opt.source_len = strlen(src);
    opt.tick_ms = 10;
    opt.origin = D_ORIGIN_UPLOAD;
    int err = 1;
    d_workload_t *w = d_workload_new(&opt, &err);
    CHECK(w != NULL);
    CHECK_EQ_INT(err, 0);
    return w;
}

static void run_all(d_workload_t *w)
{
    rt_budget b = {.instructions = 1000, .max_ns = 0};
    for (int i = 0; i < 10000 && d_workload_run_slice(w, &b); i++)
        ;
}

static int published_state(d_workload_t *w)
{
    d_workload_publish(w);
    return d_workload_view(w)->state;
}

TEST(top_level_then_finished)
{
    d_workload_t *w = make("a", "x = 0\nfor i in range(5000):\n    x += i\nprint(x)\n");
    CHECK_EQ_INT(w->state, D_WL_RUNNING);
    CHECK_EQ_INT(w->phase, D_PHASE_TOPLEVEL);
    CHECK(d_workload_runnable(w));
    CHECK_EQ_INT(published_state(w), D_WL_RUNNING);
    run_all(w);
    CHECK_EQ_INT(w->state, D_WL_FINISHED);
    CHECK_EQ_INT(w->phase, D_PHASE_IDLE);
    CHECK(!d_workload_runnable(w));
    CHECK(w->slices_total > 1); /* the budget made it yield */
    CHECK_EQ_INT(w->line_count, 1);
    CHECK_EQ_STR(d_workload_line(w, 0)->text, "12497500");
    CHECK_EQ_INT(published_state(w), D_WL_FINISHED);
    CHECK_EQ_INT(d_workload_view(w)->output_lines, 1);
    /* Only running / paused workloads pause and resume. */
    CHECK_EQ_INT(d_workload_pause(w), -1);
    CHECK_EQ_INT(d_workload_resume(w), -1);
    d_workload_close(w);
    d_workload_free(w);
}

TEST(pause_resume_and_failure)
{
    d_workload_t *w = make("b", "n = 0\ndef tick():\n    global n\n    n += 1\n    if n == 2:\n"
                                "        1 / 0\n");
    run_all(w);
    CHECK_EQ_INT(w->state, D_WL_RUNNING); /* it has a tick(): it waits for the timer */
    CHECK(w->has_tick);
    CHECK_EQ_INT(d_workload_resume(w), -1);
    CHECK_EQ_INT(d_workload_pause(w), 0);
    CHECK_EQ_INT(w->state, D_WL_PAUSED);
    CHECK_EQ_INT(d_workload_pause(w), -1);
    CHECK_EQ_INT(published_state(w), D_WL_PAUSED);
    CHECK_EQ_INT(d_workload_resume(w), 0);
    CHECK_EQ_INT(w->state, D_WL_RUNNING);
    /* Two ticks by hand (what the timer does): the second raises. */
    for (int i = 0; i < 2; i++) {
        CHECK_EQ_INT(rt_call_global(w->rt, "tick"), RT_OK);
        w->phase = D_PHASE_TICK;
        run_all(w);
    }
    CHECK_EQ_INT(w->state, D_WL_FAILED);
    CHECK_EQ_STR(w->error_type, "ZeroDivisionError");
    CHECK_EQ_INT(w->errors_total, 1);
    d_workload_publish(w);
    const d_view_t *v = d_workload_view(w);
    CHECK_EQ_INT(v->state, D_WL_FAILED);
    CHECK_EQ_STR(v->error_type, "ZeroDivisionError");
    CHECK(strstr(v->traceback, "ZeroDivisionError") != NULL);
    CHECK_EQ_INT(v->ticks_total, 1);
    /* Restart: a new runtime, counters kept, the error gone. */
    CHECK_EQ_INT(d_workload_restart(w), 0);
    CHECK_EQ_INT(w->state, D_WL_RUNNING);
    CHECK(w->rt != NULL);
    CHECK_EQ_INT(w->restarts, 1);
    CHECK(w->error_type == NULL);
    d_workload_publish(w);
    CHECK_EQ_INT(d_workload_view(w)->error_type[0], '\0');
    CHECK_EQ_INT(d_workload_view(w)->restarts, 1);
    d_workload_close(w);
    d_workload_free(w);
}

TEST(syntax_error_fails_at_birth)
{
    d_workload_t *w = make("c", "def f(:\n    pass\n");
    CHECK(!d_workload_compiled(w));
    CHECK_EQ_INT(w->state, D_WL_FAILED);
    CHECK_EQ_STR(w->error_type, "SyntaxError");
    CHECK_EQ_INT(w->error_line, 1);
    CHECK(!d_workload_runnable(w));
    CHECK_EQ_INT(published_state(w), D_WL_FAILED);
    CHECK(d_workload_view(w)->syntax_error);
    d_workload_free(w);
}

/* The interrupt flag fails the workload with KeyboardInterrupt; a timeout
 * is cleared after the slice, so a restart runs again. */
TEST(interrupt_fails_then_restart_runs)
{
    d_workload_t *w = make("d", "while True:\n    pass\n");
    atomic_store(&w->interrupt, RT_INTERRUPT_TIMEOUT);
    rt_budget b = {.instructions = 1000, .max_ns = 0};
    CHECK(!d_workload_run_slice(w, &b));
    CHECK_EQ_INT(w->state, D_WL_FAILED);
    CHECK_EQ_STR(w->error_type, "KeyboardInterrupt");
    CHECK_EQ_INT(atomic_load(&w->interrupt), RT_INTERRUPT_NONE);
    CHECK_EQ_INT(atomic_load(&w->slice_started_ns), 0);
    CHECK_EQ_INT(d_workload_restart(w), 0);
    CHECK(d_workload_run_slice(w, &b)); /* spins again: yields at the budget */
    CHECK_EQ_INT(w->state, D_WL_RUNNING);
    /* A stop stays set: every later slice fails at once. */
    atomic_store(&w->interrupt, RT_INTERRUPT_STOP);
    CHECK(!d_workload_run_slice(w, &b));
    CHECK_EQ_INT(w->state, D_WL_FAILED);
    CHECK_EQ_STR(w->error_message, "the workload is being stopped");
    CHECK_EQ_INT(atomic_load(&w->interrupt), RT_INTERRUPT_STOP);
    d_workload_close(w);
    d_workload_free(w);
}

/* The bytes the ring holds: the texts with their NULs, and the unfinished line's buffer. */
static size_t ring_bytes(d_workload_t *w)
{
    size_t n = w->partial_size;
    for (size_t i = 0; i < w->line_count; i++)
        n += strlen(d_workload_line(w, i)->text) + 1;
    return n;
}

/* Everything charged to the limit: objects and other memory (the ring among it). */
static uint64_t charged(d_workload_t *w)
{
    rt_inspect_totals t;
    rt_inspect_totals_get(w->rt, &t);
    return t.heap_bytes + t.other_bytes;
}

static uint64_t other_bytes(d_workload_t *w)
{
    rt_inspect_totals t;
    rt_inspect_totals_get(w->rt, &t);
    return t.other_bytes;
}

/* A small heap limit bounds the output ring too: 1000 lines of 1 KB do not fit in 256 KiB, so
 * the oldest go (the newest stay, in order); the ring's bytes are in the heap's total, and a
 * restart's new runtime takes them over. */
TEST(output_ring_charged_to_the_heap_limit)
{
    const size_t limit = 256 * 1024;
    d_workload_options_t opt;
    memset(&opt, 0, sizeof opt);
    opt.name = "chatty";
    opt.source = "for i in range(1000):\n    print(str(i).rjust(4, '0') + 'x' * 1000)\n"
                 "print('partial', end='')\n";
    opt.source_len = strlen(opt.source);
    opt.tick_ms = 10;
    opt.heap_limit_bytes = limit;
    opt.origin = D_ORIGIN_UPLOAD;
    int err = 1;
    d_workload_t *w = d_workload_new(&opt, &err);
    CHECK(w != NULL);
    run_all(w);
    CHECK_EQ_INT(w->state, D_WL_FINISHED);
    CHECK(w->line_count > 10 && w->line_count < 1000);
    CHECK_EQ_INT(w->next_seq - 1, 1000); /* every line had its seq */
    const d_output_line_t *last = d_workload_line(w, w->line_count - 1);
    CHECK(strncmp(last->text, "0999x", 5) == 0);
    for (size_t i = 1; i < w->line_count; i++)
        CHECK(d_workload_line(w, i)->seq == d_workload_line(w, i - 1)->seq + 1);
    CHECK_EQ_INT(w->output_charged, ring_bytes(w));
    CHECK(other_bytes(w) >= w->output_charged);
    CHECK(charged(w) <= limit);
    uint64_t before = charged(w);

    CHECK_EQ_INT(d_workload_restart(w), 0);
    CHECK(w->line_count > 10);
    CHECK_EQ_INT(w->output_charged, ring_bytes(w));
    CHECK(other_bytes(w) >= w->output_charged); /* the new runtime holds the ring's charge */
    run_all(w);
    CHECK(charged(w) <= limit);
    CHECK(charged(w) <= before + 4096);
    d_workload_close(w);
    d_workload_free(w);
}

/* A workload closed while suspended inside try/finally: unwinding its run may print (the
 * finally block) while its runtime is freed. The output is dropped: nothing is captured
 * after the exit work, nor charged to the runtime being freed. The same for a generator
 * whose finally prints when the runtime frees it. */
TEST(output_while_closing_is_dropped)
{
    d_workload_t *w = make("e", "def g():\n    try:\n        yield 1\n    finally:\n"
                                "        print('gen bye')\n"
                                "it = g()\nnext(it)\n"
                                "try:\n    while True:\n        pass\nfinally:\n"
                                "    print('bye')\n");
    rt_budget b = {.instructions = 1000, .max_ns = 0};
    CHECK(d_workload_run_slice(w, &b)); /* suspended in the loop */
    CHECK_EQ_INT(w->state, D_WL_RUNNING);
    CHECK_EQ_INT(w->line_count, 0);
    d_workload_close(w);
    CHECK(w->rt == NULL);
    CHECK_EQ_INT(w->line_count, 0);
    CHECK_EQ_INT(w->partial_len, 0);
    CHECK_EQ_INT(w->output_charged, 0);
    d_workload_free(w);
}

/* A program that ends runs its atexit functions (last registered first) and the __del__ of
 * what is still alive, in slices, their output after the program's; the workload is finished
 * only then. */
TEST(exit_work_runs_when_the_program_ends)
{
    d_workload_t *w = make("f", "import atexit\n"
                                "class Res:\n    def __del__(self):\n        print('del res')\n"
                                "keep = Res()\n"
                                "atexit.register(print, 'first registered')\n"
                                "@atexit.register\ndef bye():\n    print('bye', sum(range(3000)))\n"
                                "print('main done')\n");
    rt_budget b = {.instructions = 1000, .max_ns = 0};
    int slices = 0;
    bool saw_exit = false;
    while (d_workload_run_slice(w, &b) && slices < 10000) {
        slices++;
        if (w->phase == D_PHASE_EXIT) {
            saw_exit = true;
            CHECK_EQ_INT(w->state, D_WL_RUNNING);
        }
    }
    CHECK(saw_exit);
    CHECK_EQ_INT(w->state, D_WL_FINISHED);
    CHECK_EQ_INT(w->phase, D_PHASE_IDLE);
    CHECK_EQ_INT(w->line_count, 4);
    CHECK_EQ_STR(d_workload_line(w, 0)->text, "main done");
    CHECK_EQ_STR(d_workload_line(w, 1)->text, "bye 4498500");
    CHECK_EQ_STR(d_workload_line(w, 2)->text, "first registered");
    CHECK_EQ_STR(d_workload_line(w, 3)->text, "del res");
    d_workload_close(w);
    d_workload_free(w);
}

/* An uncaught exception: the traceback is kept, the atexit functions still run, then the
 * workload fails. */
TEST(exit_work_after_an_uncaught_exception)
{
    d_workload_t *w = make("g", "import atexit\natexit.register(print, 'cleanup ran')\n"
                                "raise KeyError('boom')\n");
    run_all(w);
    CHECK_EQ_INT(w->state, D_WL_FAILED);
    CHECK_EQ_STR(w->error_type, "KeyError");
    CHECK_EQ_INT(w->errors_total, 1);
    CHECK_EQ_INT(w->line_count, 1);
    CHECK_EQ_STR(d_workload_line(w, 0)->text, "cleanup ran");
    d_workload_close(w);
    d_workload_free(w);
}

/* A runaway atexit function is held to the slice budget like any code: the workload stays
 * running (each slice yields), and closing it gives the exit work one more slice and frees
 * the runtime without waiting for it. */
TEST(runaway_exit_function_keeps_to_the_budget)
{
    d_workload_t *w = make("h", "import atexit\n@atexit.register\ndef spin():\n"
                                "    n = 0\n    while True:\n        n += 1\n");
    rt_budget b = {.instructions = 1000, .max_ns = 0};
    for (int i = 0; i < 50; i++)
        CHECK(d_workload_run_slice(w, &b));
    CHECK_EQ_INT(w->state, D_WL_RUNNING);
    CHECK_EQ_INT(w->phase, D_PHASE_EXIT);
    CHECK(w->slices_total >= 50);
    d_workload_close(w);
    CHECK(w->rt == NULL);
    d_workload_free(w);
}

/* A workload with tick() never ends by itself: a restart ends its program, whose atexit
 * functions print into the output the restarted program goes on with. */
TEST(restart_runs_the_exit_work_of_a_ticking_program)
{
    d_workload_t *w = make("i", "import atexit\natexit.register(print, 'old program exits')\n"
                                "def tick():\n    pass\n");
    run_all(w);
    CHECK_EQ_INT(w->state, D_WL_RUNNING);
    CHECK(w->has_tick);
    CHECK_EQ_INT(w->line_count, 0);
    CHECK_EQ_INT(d_workload_restart(w), 0);
    CHECK_EQ_INT(w->line_count, 1);
    CHECK_EQ_STR(d_workload_line(w, 0)->text, "old program exits");
    run_all(w);
    CHECK_EQ_INT(w->line_count, 1);
    d_workload_close(w);
    d_workload_free(w);
}

RUN_TESTS(CASE(top_level_then_finished), CASE(pause_resume_and_failure),
          CASE(syntax_error_fails_at_birth), CASE(interrupt_fails_then_restart_runs),
          CASE(output_ring_charged_to_the_heap_limit), CASE(output_while_closing_is_dropped),
          CASE(exit_work_runs_when_the_program_ends), CASE(exit_work_after_an_uncaught_exception),
          CASE(runaway_exit_function_keeps_to_the_budget),
          CASE(restart_runs_the_exit_work_of_a_ticking_program))
