#!/usr/bin/env bash
# scripts/deps.sh: installs the Debian packages a task needs, only when some are missing.
# usage: scripts/deps.sh run|test|bench|deb|release
set -euo pipefail

# python3: the build writes the Unicode tables from its unicodedata (scripts/gen_unicode.py);
# unicode-data: the name aliases and named sequences for those tables.
run_pkgs=(libuv1-dev libcjson-dev libmicrohttpd-dev libcurl4-openssl-dev libsystemd-dev scdoc pkg-config cmake gcc make libjs-chart.js python3 unicode-data)
# deb: dpkg-dev (dpkg-shlibdeps declares the package's library dependencies).
deb_pkgs=("${run_pkgs[@]}" dpkg-dev)
# release: python3 runs the training programs of the profile-guided build.
release_pkgs=("${run_pkgs[@]}" python3)
# prometheus: promtool and the server for the API tests; systemd: systemd-analyze verify for
# the unit in the package test.
test_pkgs=("${deb_pkgs[@]}" curl python3 chromium nodejs prometheus systemd)
test_pkgs+=(clang libclang-rt-14-dev)  # the libFuzzer harnesses (tests/fuzz): clang and its fuzzer runtime
# The browser tests need npm; NodeSource's nodejs ships its own, Debian's does not.
command -v npm >/dev/null 2>&1 || test_pkgs+=(npm)
# bench: Lua 5.4, wrk and nginx are contenders or load; linux-perf profiles closured;
# valgrind (cachegrind) counts instructions.
bench_pkgs=("${run_pkgs[@]}" python3 lua5.4 wrk nginx linux-perf valgrind)

case "${1:-}" in
  run) want=("${run_pkgs[@]}") ;;
  test) want=("${test_pkgs[@]}") ;;
  bench) want=("${bench_pkgs[@]}") ;;
  deb) want=("${deb_pkgs[@]}") ;;
  release) want=("${release_pkgs[@]}") ;;
  *) echo "usage: $0 run|test|bench|deb|release" >&2; exit 2 ;;
esac

missing=()
for p in "${want[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = installed ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get update && apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "missing packages: ${missing[*]}" >&2
  echo "run as root: $line" >&2
  exit 1
fi
echo "installing: ${missing[*]}" >&2
apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
