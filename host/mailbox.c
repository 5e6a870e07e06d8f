/* mailbox.c: a mutex-guarded FIFO of intrusive messages woken by uv_async_t (mailbox.h). */
#include "host/mailbox.h"

#include <stddef.h>

static void on_async(uv_async_t *a)
{
    d_mailbox_drain(a->data);
}

int d_mailbox_init(d_mailbox_t *mb, uv_loop_t *loop, d_mailbox_fn handle, void *data)
{
    mb->head = mb->tail = NULL;
    mb->closed = false;
    mb->handle = handle;
    mb->data = data;
    mb->on_closed = NULL;
    int rc = uv_mutex_init(&mb->lock);
    if (rc != 0)
        return rc;
    rc = uv_async_init(loop, &mb->async, on_async);
    if (rc != 0) {
        uv_mutex_destroy(&mb->lock);
        return rc;
    }
    mb->async.data = mb;
    return 0;
}

int d_mailbox_post(d_mailbox_t *mb, d_msg_t *m)
{
    m->next = NULL;
    uv_mutex_lock(&mb->lock);
    if (mb->closed) {
        uv_mutex_unlock(&mb->lock);
        return -1;
    }
    if (mb->tail)
        mb->tail->next = m;
    else
        mb->head = m;
    mb->tail = m;
    uv_mutex_unlock(&mb->lock);
    uv_async_send(&mb->async);
    return 0;
}

size_t d_mailbox_drain(d_mailbox_t *mb)
{
    uv_mutex_lock(&mb->lock);
    d_msg_t *m = mb->head;
    mb->head = mb->tail = NULL;
    uv_mutex_unlock(&mb->lock);
    size_t n = 0;
    while (m) {
        d_msg_t *next = m->next;
        mb->handle(mb, m);
        m = next;
        n++;
    }
    return n;
}

static void on_async_closed(uv_handle_t *h)
{
    d_mailbox_t *mb = h->data;
    if (mb->on_closed)
        mb->on_closed(mb);
}

void d_mailbox_close(d_mailbox_t *mb, void (*on_closed)(d_mailbox_t *mb))
{
    uv_mutex_lock(&mb->lock);
    mb->closed = true;
    uv_mutex_unlock(&mb->lock);
    d_mailbox_drain(mb);
    mb->on_closed = on_closed;
    uv_close((uv_handle_t *)&mb->async, on_async_closed);
}

void d_mailbox_dispose(d_mailbox_t *mb)
{
    uv_mutex_destroy(&mb->lock);
}
