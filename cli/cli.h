/* cli.h: the terminal client (`closured ls`, `closured top`, ...): the command table, the
 * context every command gets, and the helpers they share (fetch JSON, report a problem).
 *
 * Exit statuses, documented in closured(1) and `closured --help`:
 *   0  done
 *   1  the daemon refused the request (4xx other than 404, or 5xx): the problem is printed
 *      as one line "closured NAME: TITLE: DETAIL (STATUS)"; a syntax error in an upload is
 *      printed as python3 prints it, with the caret
 *   2  usage: an unknown option, a missing or malformed argument
 *   3  the daemon could not be reached (connection refused, timeout, bad URL)
 *   4  not found: no such workload, closure, mark or route (404)
 *
 * Ownership: cli_t lives on cli_main's stack; commands borrow it. JSON trees returned by
 * cli_get are owned by the caller (cJSON_Delete). */
#ifndef CLOSURED_CLI_CLI_H
#define CLOSURED_CLI_CLI_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdio.h>

#include "cli/http.h"

enum { CLI_OK = 0, CLI_REFUSED = 1, CLI_USAGE = 2, CLI_UNREACHABLE = 3, CLI_NOT_FOUND = 4 };

#define CLI_DEFAULT_URL "http://127.0.0.1:8321"
#define CLI_MAX_ARGS 8
#define CLI_MAX_OPTS 8

/* One option a command takes besides the global ones: "--sort" with a value, "--force" without. */
typedef struct cli_option {
    const char *name;
    const char *value_name; /* NULL for a flag */
    const char *help;
} cli_option_t;

typedef struct cli cli_t;

typedef struct cli_command {
    const char *name;
    const char *args; /* "NAME ID" */
    const char *summary;
    int min_args, max_args;
    cli_option_t options[CLI_MAX_OPTS]; /* ends at name == NULL */
    int (*run)(cli_t *c);
} cli_command_t;

struct cli {
    const cli_command_t *cmd;
    cli_http_t http;
    bool json;  /* --json: the daemon's JSON, pretty-printed, instead of tables */
    bool color; /* stdout is a terminal and NO_COLOR is unset, unless --no-color */
    FILE *out;
    const char *args[CLI_MAX_ARGS]; /* positional arguments */
    int nargs;
    const char *opt_values[CLI_MAX_OPTS]; /* by index in cmd->options; "" for a set flag */
};

/* Every command, in the order --help lists them. */
extern const cli_command_t cli_commands[];
extern const size_t cli_command_count;

/* The command named name, or NULL. */
const cli_command_t *cli_command_find(const char *name);

/* Runs `closured CMD ARGS...` (argv[0] is CMD). Returns the exit status. */
int cli_main(int argc, char **argv);

/* Writes the client's part of the usage text (commands and options). */
void cli_print_usage(FILE *out);

/* The value of the command's option name, or NULL when not given ("" for a flag). */
const char *cli_opt(const cli_t *c, const char *name);

/* Parses the option name as an integer in [min, max] into *out (untouched when absent).
 * Returns 0, or CLI_USAGE after printing why. */
int cli_opt_int(const cli_t *c, const char *name, long min, long max, long *out);

/* Prints "closured CMD: message" on stderr; returns status. */
int cli_fail(const cli_t *c, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* method path [body]: on 2xx returns CLI_OK with *json the parsed body (NULL for an empty
 * body); otherwise prints the problem (or the transport error) as one line and returns the
 * exit status. json may be NULL when the answer is not wanted. */
int cli_call(cli_t *c, const char *method, const char *path, const char *body, cJSON **json);

/* GET path: cli_call for reads. */
int cli_get(cli_t *c, const char *path, cJSON **json);

/* Prints a reply that is not 2xx as one line; returns its exit status (1 or 4). */
int cli_report(const cli_t *c, const cli_reply_t *r);

/* With --json, prints json pretty and returns 1; else 0 (the command prints a table). */
int cli_json_out(cli_t *c, const cJSON *json);

/* o[key] as a number (NAN when absent or not a number) / a string (NULL when not one). */
double cli_num(const cJSON *o, const char *key);
const char *cli_str(const cJSON *o, const char *key);

/* "/api/v1/workloads/NAME" with NAME escaped into buf. Returns buf, or NULL when too long. */
const char *cli_workload_path(const char *name, const char *suffix, char *buf, size_t n);

#endif
