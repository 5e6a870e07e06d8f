/* v1_workloads.c: /api/v1/workloads: list, upload, get, delete, pause, resume, restart. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/app.h"
#include "api/json.h"
#include "api/problem.h"
#include "api/v1.h"
#include "host/host.h"
#include "runtime/rt_inspect.h"

#define TICK_MS_MAX 86400000.0
#define HEAP_LIMIT_MIN 65536.0
#define HEAP_LIMIT_MAX 1099511627776.0 /* 1 TiB */

d_workload_t *api_v1_workload_of(const api_request_t *req, api_response_t *res)
{
    if (req->target)
        return req->target; /* found by the router; this handler runs on its worker */
    api_app_t *app = api_app_of(req);
    const char *name = api_request_param(req, "name");
    d_workload_t *w = app && name ? d_host_find(app->host, name) : NULL;
    if (!w)
        api_problem(res, 404, NULL, NULL,
                    "no workload named \"%s\" (GET /api/v1/workloads lists them)",
                    name ? name : "");
    return w;
}

cJSON *api_v1_workload_json(const d_workload_t *w, const d_view_t *v, bool detail)
{
    cJSON *o = cJSON_CreateObject();
    double now = d_now_unix();
    cJSON_AddStringToObject(o, "name", w->name);
    cJSON_AddStringToObject(o, "state", d_workload_state_name((d_workload_state_t)v->state));
    cJSON_AddStringToObject(o, "origin", d_workload_origin_name(w->origin));
    cJSON_AddStringToObject(o, "filename", w->filename);
    api_json_add_str(o, "path", w->path);
    cJSON_AddNumberToObject(o, "tick_ms", w->tick_ms);
    api_json_add_u64(o, "heap_limit_bytes", w->heap_limit_bytes);
    cJSON_AddBoolToObject(o, "has_tick", v->has_tick);
    cJSON_AddNumberToObject(o, "created", w->created);
    cJSON_AddNumberToObject(o, "started", v->started);
    cJSON_AddNumberToObject(o, "uptime_seconds", v->started > 0 ? now - v->started : 0);
    api_json_add_u64(o, "ticks_total", v->ticks_total);
    api_json_add_u64(o, "errors_total", v->errors_total);
    api_json_add_u64(o, "restarts", v->restarts);
    api_json_add_u64(o, "slices_total", v->slices_total);
    cJSON_AddNumberToObject(o, "run_seconds_total", (double)v->run_ns_total / 1e9);
    cJSON_AddNumberToObject(o, "published", v->published);

    const rt_inspect_totals *t = &v->totals;
    const d_workload_counters_t *c = &v->counters;
    api_json_add_u64(o, "heap_bytes", t->heap_bytes);
    api_json_add_u64(o, "heap_objects", t->heap_objects);
    api_json_add_u64(o, "heap_peak_bytes", t->heap_peak_bytes);
    api_json_add_u64(o, "closures", t->closures);
    api_json_add_u64(o, "functions", t->functions);
    api_json_add_u64(o, "instructions_total", c->instructions);
    uint64_t collections = 0;
    for (int g = 0; g < RT_GC_GENERATIONS; g++)
        collections += c->gc_collections[g];
    api_json_add_u64(o, "collections", collections);
    uint64_t longest = 0;
    for (int g = 0; g < RT_GC_GENERATIONS; g++)
        if (v->gc.gen[g].pause_ns_max > longest)
            longest = v->gc.gen[g].pause_ns_max;
    cJSON_AddNumberToObject(o, "longest_pause_seconds", (double)longest / 1e9);
    api_json_add_u64(o, "env_bytes", v->last.env_bytes);
    api_json_add_u64(o, "env_shallow_bytes", v->last.env_shallow_bytes);
    api_json_add_u64(o, "output_lines", v->output_lines);
    api_json_add_u64(o, "output_last_seq", v->output_last_seq);

    if (v->state == D_WL_FAILED && v->error_type[0]) {
        cJSON *e = cJSON_AddObjectToObject(o, "error");
        api_json_add_str(e, "type", v->error_type);
        api_json_add_str(e, "message", v->error_message);
        api_json_add_str(e, "file", v->error_file[0] ? v->error_file : NULL);
        cJSON_AddNumberToObject(e, "line", v->error_line);
        cJSON_AddNumberToObject(e, "column", v->error_column);
        api_json_add_str(e, "traceback", v->traceback[0] ? v->traceback : NULL);
    } else {
        cJSON_AddNullToObject(o, "error");
    }
    if (detail) {
        /* The loop thread's copy of the source ([loop] in workload.h). */
        char *src = d_strndup(w->source, w->source_len);
        if (src) {
            cJSON_AddStringToObject(o, "source", src);
            free(src);
        }
        /* the files import reads ([fixed]): the dashboard shows a site's file */
        cJSON *files = cJSON_AddObjectToObject(o, "files");
        for (size_t i = 0; files && i < w->files.count; i++)
            cJSON_AddStringToObject(files, w->files.items[i].name, w->files.items[i].text);
    }
    return o;
}

void api_v1_workloads_list(const api_request_t *req, api_response_t *res)
{
    api_app_t *app = api_app_of(req);
    cJSON *o = cJSON_CreateObject();
    cJSON *arr = cJSON_AddArrayToObject(o, "workloads");
    for (d_workload_t *w = d_host_first(app->host); w; w = w->next)
        cJSON_AddItemToArray(arr, api_v1_workload_json(w, d_workload_view(w), false));
    api_json_add_u64(o, "count", d_host_count(app->host));
    api_response_set_json(res, 200, o);
}

/* An upload of several files: {"files": {"main.py": "...", "pkg/__init__.py":
 * "..."}, "main": "main.py"}. Checks every name and text, fills fs and
 * points opt at it (the main file's text is the workload's source). 0, or
 * -1 after answering 400 (413 past the limits of files.h). */
static int parse_files(const cJSON *files, const cJSON *main, const cJSON *source, d_files_t *fs,
                       d_workload_options_t *opt, api_response_t *res)
{
    if (source) {
        api_problem(res, 400, NULL, NULL,
                    "give either \"source\" (one script) or \"files\" (several), not both");
        return -1;
    }
    if (!cJSON_IsObject(files) || !files->child) {
        api_problem(res, 400, NULL, NULL,
                    "\"files\" must be a non-empty object of relative file name -> source text, "
                    "e.g. {\"main.py\": \"import util\", \"util.py\": \"...\"}");
        return -1;
    }
    if (main && !cJSON_IsString(main)) {
        api_problem(res, 400, NULL, NULL, "\"main\" must be the name of one of \"files\"");
        return -1;
    }
    const cJSON *f;
    cJSON_ArrayForEach(f, files)
    {
        const char *why = d_files_name_check(f->string);
        if (why) {
            api_problem(res, 400, NULL, NULL, "file name \"%.200s\" %s", f->string, why);
            return -1;
        }
        if (!cJSON_IsString(f)) {
            api_problem(res, 400, NULL, NULL, "file \"%s\" must be a string of source text",
                        f->string);
            return -1;
        }
        size_t len = strlen(f->valuestring);
        why = d_files_text_check(f->valuestring, len);
        if (why) {
            api_problem(res, 400, NULL, NULL, "file \"%s\" %s", f->string, why);
            return -1;
        }
        int rc = d_files_add(fs, f->string, f->valuestring, len);
        if (rc == -EEXIST) {
            api_problem(res, 400, NULL, NULL, "file \"%s\" is given twice", f->string);
            return -1;
        }
        if (rc == -E2BIG) {
            api_problem(res, 413, NULL, NULL,
                        "too many files or too much source: at most %d files and %u bytes in all",
                        D_FILES_MAX, D_FILES_MAX_BYTES);
            return -1;
        }
        if (rc != 0) {
            api_problem(res, 500, NULL, NULL, "out of memory");
            return -1;
        }
    }
    const char *main_name = main ? main->valuestring : "main.py";
    const d_file_t *m = d_files_find(fs, main_name);
    if (!m) {
        api_problem(res, 400, NULL, NULL,
                    "the main file \"%.200s\" is not among \"files\" (\"main\" names it; the "
                    "default is main.py)",
                    main_name);
        return -1;
    }
    opt->files = fs;
    opt->filename = m->name;
    opt->source = m->text;
    opt->source_len = m->len;
    return 0;
}

/* Validates the upload body; fills opt (strings borrowed from body and fs).
 * Returns 0, or -1 after answering 400. */
static int parse_upload(const cJSON *body, d_workload_options_t *opt, d_files_t *fs,
                        api_response_t *res)
{
    const cJSON *item;
    cJSON_ArrayForEach(item, body)
    {
        const char *k = item->string;
        if (strcmp(k, "name") != 0 && strcmp(k, "source") != 0 && strcmp(k, "tick_ms") != 0 &&
            strcmp(k, "heap_limit_bytes") != 0 && strcmp(k, "files") != 0 &&
            strcmp(k, "main") != 0) {
            api_problem(res, 400, NULL, NULL,
                        "unknown field \"%s\"; a workload is {name, source or files (+ main?), "
                        "tick_ms?, heap_limit_bytes?}",
                        k);
            return -1;
        }
    }
    const cJSON *name = cJSON_GetObjectItemCaseSensitive(body, "name");
    const cJSON *source = cJSON_GetObjectItemCaseSensitive(body, "source");
    const cJSON *tick = cJSON_GetObjectItemCaseSensitive(body, "tick_ms");
    const cJSON *limit = cJSON_GetObjectItemCaseSensitive(body, "heap_limit_bytes");
    if (!cJSON_IsString(name)) {
        api_problem(res, 400, NULL, NULL, "\"name\" is required and must be a string");
        return -1;
    }
    if (!d_workload_name_valid(name->valuestring)) {
        api_problem(res, 400, NULL, NULL,
                    "\"name\" must be 1 to %d characters from A-Z a-z 0-9 _ . - and must not "
                    "start with . or -",
                    D_WORKLOAD_NAME_MAX);
        return -1;
    }
    const cJSON *files = cJSON_GetObjectItemCaseSensitive(body, "files");
    const cJSON *main = cJSON_GetObjectItemCaseSensitive(body, "main");
    if (files || main) {
        if (parse_files(files, main, source, fs, opt, res) != 0)
            return -1;
    } else if (!cJSON_IsString(source)) {
        api_problem(res, 400, NULL, NULL,
                    "\"source\" (one script) or \"files\" (a script and its modules) is "
                    "required");
        return -1;
    }
    if (tick && !api_json_is_int(tick, 1, TICK_MS_MAX)) {
        api_problem(res, 400, NULL, NULL, "\"tick_ms\" must be an integer from 1 to %.0f",
                    TICK_MS_MAX);
        return -1;
    }
    if (limit && !api_json_is_int(limit, HEAP_LIMIT_MIN, HEAP_LIMIT_MAX)) {
        api_problem(res, 400, NULL, NULL,
                    "\"heap_limit_bytes\" must be an integer from %.0f to %.0f", HEAP_LIMIT_MIN,
                    HEAP_LIMIT_MAX);
        return -1;
    }
    opt->name = name->valuestring;
    if (!opt->files) {
        opt->source = source->valuestring;
        opt->source_len = strlen(source->valuestring);
    }
    opt->tick_ms = tick ? (int)tick->valuedouble : 0;
    opt->heap_limit_bytes = limit ? (size_t)limit->valuedouble : 0;
    opt->origin = D_ORIGIN_UPLOAD;
    return 0;
}

static void answer_syntax_error(api_response_t *res, d_workload_t *failed)
{
    cJSON *ext = cJSON_CreateObject();
    cJSON *e = cJSON_AddObjectToObject(ext, "error");
    api_json_add_str(e, "type", failed->error_type);
    api_json_add_str(e, "message", failed->error_message);
    api_json_add_str(e, "file", failed->error_file);
    cJSON_AddNumberToObject(e, "line", failed->error_line);
    cJSON_AddNumberToObject(e, "column", failed->error_column);
    cJSON_AddNumberToObject(ext, "line", failed->error_line);
    cJSON_AddNumberToObject(ext, "column", failed->error_column);
    api_problem_ext(res, 400, NULL, "Syntax error in the workload source", ext,
                    "the source does not compile: %s: %s at line %d, column %d",
                    failed->error_type ? failed->error_type : "SyntaxError",
                    failed->error_message ? failed->error_message : "invalid syntax",
                    failed->error_line, failed->error_column);
}

cJSON *api_v1_upload_parse(const api_request_t *req, api_response_t *res, d_workload_options_t *opt,
                           d_files_t *fs)
{
    memset(fs, 0, sizeof *fs);
    cJSON *body = api_json_body(req, res, false);
    if (!body)
        return NULL;
    memset(opt, 0, sizeof *opt);
    if (parse_upload(body, opt, fs, res) != 0) {
        d_files_dispose(fs);
        cJSON_Delete(body);
        return NULL;
    }
    return body;
}

int api_v1_upload_check(const api_request_t *req, api_response_t *res)
{
    d_workload_options_t opt;
    d_files_t fs;
    cJSON *body = api_v1_upload_parse(req, res, &opt, &fs);
    d_files_dispose(&fs);
    cJSON_Delete(body);
    return body ? 0 : -1;
}

void api_v1_workloads_create(const api_request_t *req, api_response_t *res)
{
    api_app_t *app = api_app_of(req);
    d_workload_options_t opt;
    d_files_t fs;
    cJSON *body = api_v1_upload_parse(req, res, &opt, &fs);
    if (!body)
        return;
    char filename[D_WORKLOAD_NAME_MAX + 8];
    snprintf(filename, sizeof filename, "%s.py", opt.name);
    if (!opt.files)
        opt.filename = filename;

    d_workload_t *w = NULL, *failed = NULL;
    int save_err = 0;
    d_host_add_result_t r = d_host_add(app->host, &opt, true, &w, &failed, &save_err);
    switch (r) {
    case D_HOST_ADD_OK: {
        char location[128];
        snprintf(location, sizeof location, "/api/v1/workloads/%s", w->name);
        api_response_set_json(res, 201, api_v1_workload_json(w, d_workload_view(w), true));
        api_response_add_header(res, "Location", location);
        break;
    }
    case D_HOST_ADD_EXISTS:
        api_problem(res, 409, NULL, NULL,
                    "a workload named \"%s\" already exists; DELETE it first or pick another name",
                    opt.name);
        break;
    case D_HOST_ADD_SYNTAX:
        answer_syntax_error(res, failed);
        d_workload_free(failed);
        break;
    case D_HOST_ADD_BAD_NAME:
        api_problem(res, 400, NULL, NULL, "\"name\" is not a usable workload name");
        break;
    case D_HOST_ADD_NOT_SAVED:
        api_problem(res, 500, NULL, NULL, "the upload could not be persisted in the state dir: %s",
                    strerror(-save_err));
        break;
    case D_HOST_ADD_CLOSING: api_problem(res, 503, NULL, NULL, "the daemon is stopping"); break;
    default: api_problem(res, 500, NULL, NULL, "out of memory"); break;
    }
    d_files_dispose(&fs);
    cJSON_Delete(body);
}

void api_v1_workload_get(const api_request_t *req, api_response_t *res)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (w)
        api_response_set_json(res, 200, api_v1_workload_json(w, d_workload_view(w), true));
}

void api_v1_workload_delete(const api_request_t *req, api_response_t *res)
{
    api_app_t *app = api_app_of(req);
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    d_host_remove(app->host, w);
    api_response_set_static(res, 204, NULL, NULL, 0);
}

typedef int (*action_fn)(d_workload_t *w);

/* On w's worker (the route is API_ROUTE_WORKER): the action, then the
 * workload as it is now. */
static void act(const api_request_t *req, api_response_t *res, action_fn fn, const char *verb,
                const char *needs)
{
    d_workload_t *w = api_v1_workload_of(req, res);
    if (!w)
        return;
    if (fn(w) != 0) {
        api_problem(res, 409, NULL, NULL, "cannot %s workload \"%s\": it is %s, and %s", verb,
                    w->name, d_workload_state_name(w->state), needs);
        return;
    }
    d_view_t *v = malloc(sizeof *v);
    if (!v) {
        api_problem(res, 500, NULL, NULL, "out of memory");
        return;
    }
    d_workload_view_fill(w, v);
    api_response_set_json(res, 200, api_v1_workload_json(w, v, false));
    free(v);
}

void api_v1_workload_pause(const api_request_t *req, api_response_t *res)
{
    act(req, res, d_host_pause, "pause", "only a running workload can be paused");
}

void api_v1_workload_resume(const api_request_t *req, api_response_t *res)
{
    act(req, res, d_host_resume, "resume", "only a paused workload can be resumed");
}

void api_v1_workload_restart(const api_request_t *req, api_response_t *res)
{
    act(req, res, d_host_restart_now, "restart", "the host is out of memory");
}
