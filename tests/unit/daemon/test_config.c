/* test_config.c: defaults, --listen parsing, JSON config file keys, and the command line winning.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "daemon/config.h"
#include "tests/harness.h"

TEST(defaults)
{
    d_config_t c;
    d_config_init(&c);
    CHECK_EQ_STR(c.listen_host, "127.0.0.1");
    CHECK_EQ_INT(c.listen_port, 8321);
    CHECK_EQ_INT(c.log_level, D_LOG_INFO);
    CHECK_EQ_INT(c.workload_count, 0);
    d_config_dispose(&c);
}

TEST(listen)
{
    d_config_t c;
    d_config_init(&c);
    CHECK_EQ_INT(d_config_set_listen(&c, "0.0.0.0:0"), 0);
    CHECK_EQ_STR(c.listen_host, "0.0.0.0");
    CHECK_EQ_INT(c.listen_port, 0);
    CHECK_EQ_INT(d_config_set_listen(&c, "[::1]:9000"), 0);
    CHECK_EQ_STR(c.listen_host, "::1");
    CHECK_EQ_INT(c.listen_port, 9000);
    CHECK_EQ_INT(d_config_set_listen(&c, "nohost"), -1);
    CHECK_EQ_INT(d_config_set_listen(&c, "h:70000"), -1);
    CHECK_EQ_INT(d_config_set_listen(&c, "::1:80"), -1);
    d_config_dispose(&c);
}

TEST(file_then_cli)
{
    const char *path = "test_config.json";
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f)
        return;
    fputs("{\"listen\": \"127.0.0.1:9999\", \"log_level\": \"warn\", \"workloads\": [\"a.py\"],"
          " \"state_dir\": \"/tmp/s\"}",
          f);
    fclose(f);

    char *argv[] = {"--log-level", "debug", "--config",   (char *)path,
                    "--workload",  "b.py",  "--workload", "c.py"};
    char err[256] = "";
    d_config_t c;
    d_config_init(&c);
    CHECK_EQ_INT(d_config_from_args(&c, 8, argv, err, sizeof err), 0);
    CHECK_EQ_INT(c.listen_port, 9999);
    CHECK_EQ_INT(c.log_level, D_LOG_DEBUG); /* the command line wins */
    CHECK_EQ_INT(c.workload_count, 2);
    if (c.workload_count == 2) {
        CHECK_EQ_STR(c.workloads[0], "b.py");
        CHECK_EQ_STR(c.workloads[1], "c.py");
    }
    CHECK_EQ_STR(c.state_dir, "/tmp/s");
    d_config_dispose(&c);
    remove(path);
}

TEST(errors)
{
    char err[256];
    d_config_t c;
    d_config_init(&c);
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"lisen\": \"x\"}", NULL, err, sizeof err), -1);
    CHECK(strstr(err, "lisen") != NULL);
    CHECK_EQ_INT(d_config_apply_json(&c, "[1]", NULL, err, sizeof err), -1);
    CHECK_EQ_INT(d_config_apply_json(&c, "{", NULL, err, sizeof err), -1);
    char *argv[] = {"--listen"};
    CHECK_EQ_INT(d_config_from_args(&c, 1, argv, err, sizeof err), -1);
    CHECK(strstr(err, "needs a value") != NULL);
    d_config_dispose(&c);
}

TEST(log_options)
{
    d_config_t c;
    char err[256];
    d_config_init(&c);
    CHECK_EQ_INT(c.log_format, D_LOG_TEXT);
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"log_format\": \"json\", \"access_log\": \"a.log\"}",
                                     NULL, err, sizeof err),
                 0);
    CHECK_EQ_INT(c.log_format, D_LOG_JSON);
    CHECK_EQ_STR(c.access_log, "a.log");
    char *argv[] = {"--log-format", "text", "--access-log", "-"};
    CHECK_EQ_INT(d_config_from_args(&c, 4, argv, err, sizeof err), 0);
    CHECK_EQ_INT(c.log_format, D_LOG_TEXT);
    CHECK_EQ_STR(c.access_log, "-");
    char *bad[] = {"--log-format", "xml"};
    CHECK_EQ_INT(d_config_from_args(&c, 2, bad, err, sizeof err), -1);
    CHECK(strstr(err, "text or json") != NULL);
    d_config_dispose(&c);

    /* JSON escaping of log values: quotes, backslashes, control characters; cut, never split. */
    char buf[12];
    size_t len = 0;
    d_log_json_escape(buf, sizeof buf, &len, "a\"b\\c\n\x01");
    CHECK_EQ_STR(buf, "a\\\"b\\\\c\\n");
    CHECK_EQ_INT(len, strlen(buf));
}

TEST(cross_site_options)
{
    d_config_t c;
    d_config_init(&c);
    CHECK_EQ_INT(c.max_connections, D_CONFIG_DEFAULT_MAX_CONNECTIONS);
    char err[256];
    CHECK_EQ_INT(d_config_apply_json(&c,
                                     "{\"allow_host\": [\"a.example\"], \"allow_origin\": "
                                     "[\"https://o.example\"], \"max_connections\": 10}",
                                     NULL, err, sizeof err),
                 0);
    CHECK_EQ_INT(c.allow_host_count, 1);
    CHECK_EQ_STR(c.allow_hosts[0], "a.example");
    CHECK_EQ_STR(c.allow_origins[0], "https://o.example");
    CHECK_EQ_INT(c.max_connections, 10);
    char *argv[] = {"--allow-host", "b.example",         "--allow-host",
                    "c.example",    "--max-connections", "20000"};
    CHECK_EQ_INT(d_config_from_args(&c, 6, argv, err, sizeof err), 0);
    CHECK_EQ_INT(c.allow_host_count, 2); /* the command line replaced the file's list */
    CHECK_EQ_STR(c.allow_hosts[1], "c.example");
    CHECK_EQ_INT(c.allow_origin_count, 1);
    CHECK_EQ_INT(c.max_connections, 20000);
    char *bad[] = {"--max-connections", "0"};
    CHECK_EQ_INT(d_config_from_args(&c, 2, bad, err, sizeof err), -1);
    CHECK(strstr(err, "--max-connections") != NULL);
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"allow_origin\": \"x\"}", NULL, err, sizeof err), -1);
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"max_connections\": 1.5}", NULL, err, sizeof err), -1);
    d_config_dispose(&c);
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* Relative paths in a config file are relative to the file, not to the
 * current directory; errors name the key the user wrote. */
TEST(config_paths_relative_to_file)
{
    char dir[] = "/tmp/closured-config-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char sub[64], cfgpath[128], wl[128], tok[128], want[128];
    snprintf(sub, sizeof sub, "%s/etc", dir);
    CHECK_EQ_INT(mkdir(sub, 0700), 0);
    snprintf(cfgpath, sizeof cfgpath, "%s/closured.json", sub);
    snprintf(wl, sizeof wl, "%s/a.py", sub);
    snprintf(tok, sizeof tok, "%s/token", sub);
    write_text(cfgpath, "{\"workloads\": [\"a.py\", \"/abs/b.py\"], \"workloads_dir\": \"wl\","
                        " \"state_dir\": \"../state\", \"token_file\": \"token\"}");
    char *argv[] = {"--config", cfgpath};
    char err[512] = "";
    d_config_t c;
    d_config_init(&c);
    CHECK_EQ_INT(d_config_from_args(&c, 2, argv, err, sizeof err), 0);
    CHECK_EQ_INT(c.workload_count, 2);
    if (c.workload_count == 2) {
        CHECK_EQ_STR(c.workloads[0], wl);
        CHECK_EQ_STR(c.workloads[1], "/abs/b.py");
    }
    snprintf(want, sizeof want, "%s/wl", sub);
    CHECK_EQ_STR(c.workloads_dir, want);
    snprintf(want, sizeof want, "%s/../state", sub);
    CHECK_EQ_STR(c.state_dir, want);
    CHECK_EQ_STR(c.token_file, tok);
    CHECK_EQ_STR(c.token_file_from, "config key \"token_file\"");
    /* a missing workload file is named with the key that listed it */
    CHECK_EQ_INT(d_config_check_paths(&c, err, sizeof err), -1);
    CHECK(strstr(err, "config key \"workloads\"") != NULL);
    CHECK(strstr(err, wl) != NULL);
    CHECK(strstr(err, "--workload") == NULL);
    write_text(wl, "x = 1\n");
    CHECK_EQ_INT(d_config_check_paths(&c, err, sizeof err), -1); /* /abs/b.py */
    CHECK(strstr(err, "/abs/b.py") != NULL);
    d_config_dispose(&c);

    /* the command line's --workload FILE replaces the list and is named as such */
    char *argv2[] = {"--config", cfgpath, "--workload=/missing/x.py"};
    d_config_init(&c);
    CHECK_EQ_INT(d_config_from_args(&c, 3, argv2, err, sizeof err), 0);
    CHECK_EQ_INT(d_config_check_paths(&c, err, sizeof err), -1);
    CHECK(strstr(err, "--workload /missing/x.py: cannot read it") != NULL);
    d_config_dispose(&c);

    /* a bad value names the key and the file */
    write_text(cfgpath, "{\"state_dir\": 5}");
    d_config_init(&c);
    CHECK_EQ_INT(d_config_from_args(&c, 2, argv, err, sizeof err), -1);
    CHECK(strstr(err, "config key \"state_dir\"") != NULL);
    CHECK(strstr(err, cfgpath) != NULL);
    d_config_dispose(&c);

    remove(wl);
    remove(cfgpath);
    rmdir(sub);
    rmdir(dir);
}

/* Reads that need a token without a token to check are refused, whichever
 * way they were asked for. */
TEST(token_for_reads_needs_token)
{
    char err[512] = "";
    d_config_t c;
    char *argv[] = {"--token-required-for-reads"};
    d_config_init(&c);
    CHECK_EQ_INT(d_config_from_args(&c, 1, argv, err, sizeof err), 0);
    CHECK_EQ_INT(d_config_check_token(&c, 0, err, sizeof err), -1);
    CHECK(strstr(err, "--token-required-for-reads needs a token") != NULL);
    CHECK(strstr(err, "--token-file") != NULL);
    CHECK_EQ_INT(d_config_check_token(&c, 1, err, sizeof err), 0); /* e.g. a credential */
    d_config_dispose(&c);

    char *argv2[] = {"--token-required-for-reads", "--token-file=/some/token"};
    d_config_init(&c);
    CHECK_EQ_INT(d_config_from_args(&c, 2, argv2, err, sizeof err), 0);
    CHECK_EQ_INT(c.token_for_reads, 1);
    CHECK_EQ_STR(c.token_file, "/some/token");
    d_config_dispose(&c);

    d_config_init(&c);
    CHECK_EQ_INT(
        d_config_apply_json(&c, "{\"token_required_for_reads\": true}", NULL, err, sizeof err), 0);
    CHECK_EQ_INT(d_config_check_token(&c, 0, err, sizeof err), -1);
    CHECK(strstr(err, "config key \"token_required_for_reads\" needs a token") != NULL);
    d_config_dispose(&c);
    char *argv3[] = {"--token-required-for-reads=yes"};
    d_config_init(&c);
    CHECK_EQ_INT(d_config_from_args(&c, 1, argv3, err, sizeof err), -1);
    CHECK(strstr(err, "takes no value") != NULL);
    d_config_dispose(&c);
}

TEST(worker_options)
{
    d_config_t c;
    d_config_init(&c);
    CHECK_EQ_INT(c.workers, 0); /* one per CPU */
    CHECK_EQ_INT(c.slice_timeout_ms, D_CONFIG_DEFAULT_SLICE_TIMEOUT_MS);
    char err[256];
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"workers\": 3, \"slice_timeout_ms\": 250}", NULL, err,
                                     sizeof err),
                 0);
    CHECK_EQ_INT(c.workers, 3);
    CHECK_EQ_INT(c.slice_timeout_ms, 250);
    char *argv[] = {"--workers", "2", "--slice-timeout", "5000"};
    CHECK_EQ_INT(d_config_from_args(&c, 4, argv, err, sizeof err), 0);
    CHECK_EQ_INT(c.workers, 2);
    CHECK_EQ_INT(c.slice_timeout_ms, 5000);
    char *zero[] = {"--workers", "0"};
    CHECK_EQ_INT(d_config_from_args(&c, 2, zero, err, sizeof err), -1);
    CHECK(strstr(err, "--workers") != NULL);
    char *junk[] = {"--slice-timeout", "1s"};
    CHECK_EQ_INT(d_config_from_args(&c, 2, junk, err, sizeof err), -1);
    CHECK(strstr(err, "milliseconds") != NULL);
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"workers\": 1.5}", NULL, err, sizeof err), -1);
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"slice_timeout_ms\": 0}", NULL, err, sizeof err), -1);
    d_config_dispose(&c);
}

RUN_TESTS(CASE(defaults), CASE(listen), CASE(file_then_cli), CASE(errors), CASE(log_options),
          CASE(cross_site_options), CASE(config_paths_relative_to_file),
          CASE(token_for_reads_needs_token), CASE(worker_options))
