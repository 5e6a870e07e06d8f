/* httpload.c: a closed-loop HTTP/1.1 load client for the bench's server section: CONNS
 * keep-alive connections on loopback, each sending GET PATH again as soon as the previous
 * answer is in, for SECONDS; every answer's latency (request written to the answer's last
 * byte, CLOCK_MONOTONIC) is kept, and the percentiles are of those latencies as measured.
 *
 * Why not only wrk: wrk corrects its latency histogram for coordinated omission (after the
 * run, every latency L longer than the mean interval between a connection's requests adds
 * samples L - i, L - 2i, ... for requests a constant-rate client would have sent). On a
 * machine where other processes take the CPU for tens of milliseconds at a time, each such
 * pause of either the server or wrk itself adds hundreds of samples, and wrk's p99 becomes
 * the share of time the machine was elsewhere (nginx's as much as closured's). This client
 * reports what each request took, nothing added.
 *
 * usage: httpload PORT PATH CONNS SECONDS
 * prints one JSON object: requests, seconds, rps, p50_ms, p90_ms, p99_ms, p999_ms, max_ms,
 * errors (answers other than 200, broken connections). Exits 1 on bad arguments or when no
 * connection could be made. */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define HEAD_MAX 16384

typedef struct conn {
    int fd;
    uint64_t start;      /* ns: when the request was written */
    char head[HEAD_MAX]; /* the answer's header so far */
    size_t head_len;
    int in_body;
    size_t body_left;
    int status;
} conn_t;

typedef struct run {
    uint32_t *lat_us; /* every answer's latency */
    size_t n, cap;
    uint64_t errors;
    const char *request;
    size_t request_len;
} run_t;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int record(run_t *r, uint64_t ns)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 65536;
        uint32_t *p = realloc(r->lat_us, cap * sizeof *p);
        if (!p)
            return -1;
        r->lat_us = p;
        r->cap = cap;
    }
    uint64_t us = ns / 1000u;
    r->lat_us[r->n++] = us > UINT32_MAX ? UINT32_MAX : (uint32_t)us;
    return 0;
}

static int open_conn(conn_t *c, int port, int ep)
{
    memset(c, 0, sizeof *c);
    c->fd = socket(AF_INET, SOCK_STREAM, 0);
    if (c->fd < 0)
        return -1;
    struct sockaddr_in a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(c->fd, (struct sockaddr *)&a, sizeof a) != 0) {
        close(c->fd);
        c->fd = -1;
        return -1;
    }
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
    return epoll_ctl(ep, EPOLL_CTL_ADD, c->fd, &ev);
}

/* Writes the request (a few dozen bytes: one write on a connection with nothing pending). */
static int send_request(conn_t *c, const run_t *r)
{
    c->head_len = 0;
    c->in_body = 0;
    c->start = now_ns();
    return write(c->fd, r->request, r->request_len) == (ssize_t)r->request_len ? 0 : -1;
}

/* The header is complete: status and Content-Length. */
static int parse_head(conn_t *c, size_t head_end)
{
    c->head[head_end] = '\0';
    if (sscanf(c->head, "HTTP/1.%*d %d", &c->status) != 1)
        return -1;
    const char *p = c->head;
    long long len = -1;
    while ((p = strchr(p, '\n')) != NULL) {
        p++;
        if (strncasecmp(p, "content-length:", 15) == 0)
            len = strtoll(p + 15, NULL, 10);
    }
    if (len < 0)
        return -1;
    c->body_left = (size_t)len;
    c->in_body = 1;
    return 0;
}

/* Takes n bytes of the answer; 1 when the answer is complete, 0 for more, -1 on a bad one. */
static int take(conn_t *c, const char *buf, size_t n)
{
    size_t body = n; /* the bytes of buf that belong to the body */
    if (!c->in_body) {
        size_t room = HEAD_MAX - 1 - c->head_len;
        size_t k = n < room ? n : room;
        memcpy(c->head + c->head_len, buf, k);
        size_t old = c->head_len;
        c->head_len += k;
        c->head[c->head_len] = '\0';
        const char *end = strstr(c->head + (old > 3 ? old - 3 : 0), "\r\n\r\n");
        if (!end)
            return c->head_len >= HEAD_MAX - 1 ? -1 : 0;
        size_t head_end = (size_t)(end - c->head) + 4;
        size_t past = c->head_len - head_end; /* body bytes read with the header */
        if (parse_head(c, head_end) != 0)
            return -1;
        body = n - k + past;
    }
    if (body > c->body_left)
        return -1; /* more than the answer: nothing was pipelined */
    c->body_left -= body;
    return c->body_left == 0 ? 1 : 0;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

static double pct_ms(const run_t *r, double p)
{
    if (!r->n)
        return 0.0;
    size_t i = (size_t)(p / 100.0 * (double)(r->n - 1) + 0.5);
    return r->lat_us[i] / 1000.0;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: httpload PORT PATH CONNS SECONDS\n");
        return 1;
    }
    int port = atoi(argv[1]), nconns = atoi(argv[3]);
    double seconds = atof(argv[4]);
    if (port <= 0 || port > 65535 || nconns <= 0 || nconns > 1024 || seconds <= 0) {
        fprintf(stderr, "httpload: bad arguments\n");
        return 1;
    }
    char request[1024];
    int len = snprintf(request, sizeof request, "GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n",
                       argv[2], port);
    if (len <= 0 || (size_t)len >= sizeof request)
        return 1;
    run_t r = {.request = request, .request_len = (size_t)len};
    int ep = epoll_create1(0);
    conn_t *conns = calloc((size_t)nconns, sizeof *conns);
    if (ep < 0 || !conns)
        return 1;
    int open = 0;
    for (int i = 0; i < nconns; i++)
        if (open_conn(&conns[i], port, ep) == 0 && send_request(&conns[i], &r) == 0)
            open++;
    if (!open) {
        fprintf(stderr, "httpload: cannot connect to 127.0.0.1:%d\n", port);
        return 1;
    }
    static char buf[262144];
    struct epoll_event evs[64];
    uint64_t t0 = now_ns(), end = t0 + (uint64_t)(seconds * 1e9);
    while (open > 0) {
        uint64_t t = now_ns();
        if (t >= end)
            break;
        int k = epoll_wait(ep, evs, 64, (int)((end - t) / 1000000u) + 1);
        if (k < 0 && errno != EINTR)
            break;
        for (int i = 0; i < k; i++) {
            conn_t *c = evs[i].data.ptr;
            ssize_t got = read(c->fd, buf, sizeof buf);
            if (got == 0 || (got < 0 && errno != EAGAIN && errno != EINTR)) {
                r.errors++;
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
                close(c->fd);
                c->fd = -1;
                open--;
                continue;
            }
            if (got < 0)
                continue;
            int done = take(c, buf, (size_t)got);
            if (done < 0) {
                r.errors++;
                epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
                close(c->fd);
                c->fd = -1;
                open--;
            } else if (done) {
                if (c->status != 200)
                    r.errors++;
                if (record(&r, now_ns() - c->start) != 0)
                    return 1;
                if (send_request(c, &r) != 0)
                    r.errors++;
            }
        }
    }
    double took = (double)(now_ns() - t0) / 1e9;
    qsort(r.lat_us, r.n, sizeof *r.lat_us, cmp_u32);
    printf("{\"requests\": %zu, \"seconds\": %.3f, \"rps\": %.1f, \"p50_ms\": %.3f, "
           "\"p90_ms\": %.3f, \"p99_ms\": %.3f, \"p999_ms\": %.3f, \"max_ms\": %.3f, "
           "\"errors\": %llu}\n",
           r.n, took, (double)r.n / took, pct_ms(&r, 50), pct_ms(&r, 90), pct_ms(&r, 99),
           pct_ms(&r, 99.9), r.n ? r.lat_us[r.n - 1] / 1000.0 : 0.0, (unsigned long long)r.errors);
    for (int i = 0; i < nconns; i++)
        if (conns[i].fd >= 0)
            close(conns[i].fd);
    free(conns);
    free(r.lat_us);
    close(ep);
    return 0;
}
