/* test_config.c: defaults, --listen parsing, JSON config file keys, and the command line winning.
 */
#include <stdio.h>
#include <string.h>

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
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"lisen\": \"x\"}", err, sizeof err), -1);
    CHECK(strstr(err, "lisen") != NULL);
    CHECK_EQ_INT(d_config_apply_json(&c, "[1]", err, sizeof err), -1);
    CHECK_EQ_INT(d_config_apply_json(&c, "{", err, sizeof err), -1);
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
                                     err, sizeof err),
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
                                     err, sizeof err),
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
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"allow_origin\": \"x\"}", err, sizeof err), -1);
    CHECK_EQ_INT(d_config_apply_json(&c, "{\"max_connections\": 1.5}", err, sizeof err), -1);
    d_config_dispose(&c);
}

RUN_TESTS(CASE(defaults), CASE(listen), CASE(file_then_cli), CASE(errors), CASE(log_options),
          CASE(cross_site_options))
