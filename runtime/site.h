/* site.h: the allocation-site table: (filename, line) -> a small id that
 * objects carry in their header. Id 0 is "<runtime>" (line 0): objects the
 * runtime makes for itself. The table lives as long as the state; filenames
 * are copied into it. */
#ifndef CLOSURED_RUNTIME_SITE_H
#define CLOSURED_RUNTIME_SITE_H

#include "runtime/object.h"
#include "runtime/state.h"

/* Creates the table with site 0. Returns 0, or -1 when out of memory. */
int rt__sites_init(rt_state *rt);
void rt__sites_dispose(rt_state *rt);

/* The id of (filename, line), creating it when new. Returns 0 ("<runtime>")
 * when the table is full (65535 sites) or the host is out of memory: sites
 * are best-effort accounting, never an error. Compilers call it once per
 * (code, line) and cache the id. */
uint16_t rt_site_intern(rt_state *rt, const char *filename, int line);

/* The site with this id (borrowed, valid while the state lives), or NULL
 * for an unknown id. */
const rt_site *rt_site_get(const rt_state *rt, uint16_t id);

/* Number of sites (ids are 0 .. count-1). */
uint32_t rt_site_count(const rt_state *rt);

#endif
