"""test_man.py: closured(1) and `closured --help` agree: every option --help names (serve, run
and client options) and every command is in the man page, and the man page names no client
command that --help does not.

usage: test_man.py CLOSURED MAN_PAGE (the roff scdoc rendered)"""
import re
import subprocess
import sys


def main():
    binary, man_path = sys.argv[1], sys.argv[2]
    help_text = subprocess.run([binary, "--help"], capture_output=True, text=True, check=True).stdout
    roff = open(man_path).read()
    # roff writes a hyphen as \- or \(hy; make the text plain for matching.
    man = re.sub(r"\\f[BIRP]", "", roff).replace("\\-", "-").replace("\\(hy", "-").replace("\\&", "")
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-o|-h)(?![\w-])", help_text))
    assert {"--listen", "--log-format", "--access-log", "--url", "--json", "--stats", "--iterations", "-o"} <= options, options
    missing = sorted(o for o in options if not re.search(r"(?<![\w-])" + re.escape(o) + r"(?![\w-])", man))
    assert not missing, f"options in --help but not in closured(1): {missing}"
    commands = set(re.findall(r"^\s+closured ([a-z]+)\b", help_text, re.M)) | {"serve", "run"}
    assert {"ls", "top", "why", "heap"} <= commands, commands
    for c in sorted(commands):
        assert re.search(r"closured " + c + r"\b", man), f"command {c} is not in closured(1)"
    man_commands = set(re.findall(r"\\fBclosured ([a-z]+)", roff)) - {"serve", "run"}
    extra = {c for c in man_commands if c not in commands}
    assert not extra, f"closured(1) documents commands --help does not list: {extra}"
    # every client command's --help agrees with the table too
    for c in sorted(commands - {"serve", "run"}):
        out = subprocess.run([binary, c, "--help"], capture_output=True, text=True).stdout
        assert out.startswith(f"usage: closured {c}"), (c, out)
        for o in set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-o)(?![\w-])", out)):
            assert o in options, (c, o)
    print(f"{len(options)} options and {len(commands)} commands checked")
    print("ok")


if __name__ == "__main__":
    main()
