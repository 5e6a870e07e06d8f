/* commands.h: the client's command handlers, one file per concept (cmd_*.c); the table that
 * names them is in commands.c. Each returns an exit status (cli.h). */
#ifndef CLOSURED_CLI_COMMANDS_H
#define CLOSURED_CLI_COMMANDS_H

#include "cli/cli.h"

int cli_cmd_ls(cli_t *c);
int cli_cmd_upload(cli_t *c);
int cli_cmd_rm(cli_t *c);
int cli_cmd_top(cli_t *c);
int cli_cmd_closures(cli_t *c);
int cli_cmd_why(cli_t *c);
int cli_cmd_sites(cli_t *c);
int cli_cmd_gc(cli_t *c);
int cli_cmd_mark(cli_t *c);
int cli_cmd_diff(cli_t *c);
int cli_cmd_heap(cli_t *c);

#endif
