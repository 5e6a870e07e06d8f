/* mailbox.h: d_mailbox_t, a queue of messages into one thread's loop: any
 * thread posts, the owning loop drains them in order from a uv_async_t.
 *
 * The only lock between the loop thread and the workers is the mailbox's
 * mutex, held for a pointer swap, never while a message is handled.
 * Messages are intrusive (d_msg_t embedded first in the sender's struct);
 * the mailbox never allocates and never frees them: whoever handles a
 * message owns it from then on.
 *
 * Lifecycle (libuv's): d_mailbox_init on the owning loop -> d_mailbox_post
 * from any thread -> d_mailbox_close(cb) on the owning loop (messages still
 * queued are handed to the handler first; later posts are refused) ->
 * d_mailbox_dispose once no thread can post any more. */
#ifndef CLOSURED_HOST_MAILBOX_H
#define CLOSURED_HOST_MAILBOX_H

#include <stdbool.h>
#include <uv.h>

typedef struct d_msg {
    struct d_msg *next;
    int kind; /* the receiver's message kinds */
} d_msg_t;

typedef struct d_mailbox d_mailbox_t;
/* Called on the owning loop for each message, in posting order. */
typedef void (*d_mailbox_fn)(d_mailbox_t *mb, d_msg_t *m);

struct d_mailbox {
    uv_async_t async;
    uv_mutex_t lock;
    d_msg_t *head, *tail; /* under lock */
    bool closed;          /* under lock: posts are refused */
    d_mailbox_fn handle;
    void *data; /* the owner's */
    void (*on_closed)(d_mailbox_t *mb);
};

/* Initialises on loop (the owning thread). Returns 0 or a negative uv error. */
int d_mailbox_init(d_mailbox_t *mb, uv_loop_t *loop, d_mailbox_fn handle, void *data);

/* Appends m and wakes the owner. Any thread. Returns 0, or -1 when the
 * mailbox is closed (m stays the caller's). */
int d_mailbox_post(d_mailbox_t *mb, d_msg_t *m);

/* Handles every queued message now (the owner, between its own steps).
 * Returns how many. */
size_t d_mailbox_drain(d_mailbox_t *mb);

/* Refuses further posts, hands the queued messages to the handler, closes
 * the async handle, then on_closed(mb). Owner only. */
void d_mailbox_close(d_mailbox_t *mb, void (*on_closed)(d_mailbox_t *mb));

/* Frees the lock (after close, when no other thread holds the mailbox). */
void d_mailbox_dispose(d_mailbox_t *mb);

#endif
