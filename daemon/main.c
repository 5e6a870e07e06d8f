/* main.c: argv -> subcommand (serve | run FILE | --help | --version); nothing else. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "daemon/config.h"
#include "daemon/daemon.h"
#include "daemon/run.h"
#include "runtime/rt.h"

#if defined(__SANITIZE_ADDRESS__)
/* Under AddressSanitizer a malloc that cannot be served returns NULL, as
 * the host's does, instead of aborting: the runtime turns it into the
 * program's MemoryError ('x' * 10**11 with no heap limit). */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    return "allocator_may_return_null=1";
}
#endif

static void usage(FILE *out)
{
    fprintf(out, "usage: closured serve [OPTIONS]     serve workloads, the API and the dashboard\n"
                 "       closured run [--stats] [--heap-limit SIZE] [--slice N] FILE.py [ARGS...]\n"
                 "                                     run a script once, like python3 FILE.py\n"
                 "       closured --help | --version\n"
                 "       closured COMMAND [ARGS] [--url URL]  talk to a running daemon (below)\n"
                 "\nserve options:\n");
    d_config_print_usage(out);
    cli_print_usage(out);
}

static int serve(int argc, char **argv)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        }
    }
    d_config_t cfg;
    char err[512];
    d_config_init(&cfg);
    if (d_config_from_args(&cfg, argc, argv, err, sizeof err) != 0) {
        fprintf(stderr, "closured serve: %s\n", err);
        d_config_dispose(&cfg);
        return 2;
    }
    if (d_config_check_paths(&cfg, err, sizeof err) != 0) {
        fprintf(stderr, "closured serve: %s\n", err);
        d_config_dispose(&cfg);
        return 1;
    }
    d_daemon_t d;
    int rc = d_daemon_init(&d, &cfg);
    if (rc != 0) {
        fprintf(stderr, "closured serve: cannot create the event loop: %s\n", uv_strerror(rc));
        d_config_dispose(&cfg);
        return 1;
    }
    rc = d_daemon_run(&d);
    d_daemon_dispose(&d);
    return rc;
}

int main(int argc, char **argv)
{
    const char *cmd = argc > 1 ? argv[1] : NULL;
    if (!cmd) {
        usage(stderr);
        return 2;
    }
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("closured %s\n", rt_version());
        return 0;
    }
    if (strcmp(cmd, "serve") == 0)
        return serve(argc - 2, argv + 2);
    if (strcmp(cmd, "run") == 0) {
        return d_run_file(argc - 2, argv + 2);
    }
    if (cli_command_find(cmd))
        return cli_main(argc - 1, argv + 1);
    fprintf(stderr, "closured: unknown command \"%s\"\n", cmd);
    usage(stderr);
    return 2;
}
