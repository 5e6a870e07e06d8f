"""test_systemd.py: the daemon under a stand-in for systemd's service manager: READY=1 (with
STATUS) once it listens, WATCHDOG=1 pings at half of $WATCHDOG_USEC from the loop,
RELOADING=1 then READY=1 on SIGHUP, STOPPING=1 on SIGTERM; the token read from
$CREDENTIALS_DIRECTORY/token (LoadCredential=); and none of it without $NOTIFY_SOCKET."""
import os
import signal
import socket
import tempfile
import time

from daemon import Daemon, binary_from_argv, example


def receive(sock, until, timeout=5):
    """Datagrams until one contains `until`; returns them all."""
    got = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        sock.settimeout(max(0.01, deadline - time.monotonic()))
        try:
            msg = sock.recv(4096).decode()
        except socket.timeout:
            break
        got.append(msg)
        if until in msg:
            return got
    raise AssertionError(f"no {until!r} from the daemon; got {got}")


def main():
    binary = binary_from_argv()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "notify")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(path)
        creds = os.path.join(tmp, "credentials")
        os.mkdir(creds)
        with open(os.path.join(creds, "token"), "w") as f:
            f.write("from-a-credential\n")
        env = {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "400000", "CREDENTIALS_DIRECTORY": creds}
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            d = Daemon(binary, "--workload", example("seed_multiplier")).start()
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        try:
            ready = receive(sock, "READY=1")
            assert f"STATUS=serving on http://127.0.0.1:{d.port}/" in ready[-1], ready
            t0 = time.monotonic()
            pings = [m for m in receive(sock, "WATCHDOG=1") if m == "WATCHDOG=1"]
            while len(pings) < 4:
                pings += [m for m in receive(sock, "WATCHDOG=1") if m == "WATCHDOG=1"]
            elapsed = time.monotonic() - t0
            assert elapsed < 2.0, f"4 watchdog pings took {elapsed:.2f}s (every 0.2 s expected)"
            assert any("systemd watchdog: pinging every 0.2 s" in l for l in d.lines), d.lines

            os.kill(d.pid(), signal.SIGHUP)
            msgs = receive(sock, "READY=1")
            assert any("RELOADING=1" in m for m in msgs), msgs

            # the credential's token guards mutations
            status, _, _ = d.post_json("/api/v1/workloads/seed_multiplier/gc", {})
            assert status == 401, status
            status, _, _ = d.post_json("/api/v1/workloads/seed_multiplier/gc", {},
                                       headers={"Authorization": "Bearer from-a-credential"})
            assert status == 200, status
            assert any("token read from the credential" in l for l in d.lines), d.lines

            assert d.stop() == 0
            assert any("STOPPING=1" in m for m in receive(sock, "STOPPING=1")), "no STOPPING=1"
        finally:
            d.kill()

        # Without $NOTIFY_SOCKET: nothing is sent, nothing breaks.
        with Daemon(binary) as plain:
            assert plain.get("/healthz")[0] == 200
            assert not any("watchdog" in l for l in plain.lines), plain.lines
        sock.settimeout(0.3)
        try:
            stray = sock.recv(4096)
            raise AssertionError(f"a daemon without NOTIFY_SOCKET notified: {stray!r}")
        except socket.timeout:
            pass
        sock.close()
    print("ok")


if __name__ == "__main__":
    main()
