#!/usr/bin/env python3
"""Measures how much of closured's Python standard library (stdlib/) repeats CPython's Lib
word for word: for each module that CPython also has (same relative path), the lines that
sit in runs of at least MIN_RUN consecutive identical lines (stripped, blank lines ignored).

    python3 scripts/own_words.py [--lib DIR] [--min-run N] [--show] [--max N] [MODULE...]

Modules holding part of a CPython module under another name (_datetime_cal.py, _iobase.py...)
are compared with that module (COUNTERPARTS). Prints one row per module with such runs, worst
first: lines in runs, lines in the module, longest run. --show prints the runs themselves;
--max N exits 1 when some module has a run longer than N lines (a check to run by hand; it
is not part of the test suite, because it needs CPython's Lib). MODULE filters by relative
path (substring)."""

import argparse
import difflib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# closured modules holding CPython modules' code under other names: each is compared with
# those modules (a str: one) instead of a file of its own name.
COUNTERPARTS = {
    '_datetime_cal.py': 'datetime.py', '_datetime_delta.py': 'datetime.py',
    '_datetime_text.py': 'datetime.py',
    'decimal.py': '_pydecimal.py', '_decimal_context.py': '_pydecimal.py',
    '_decimal_fixed.py': '_pydecimal.py', '_decimal_more.py': '_pydecimal.py',
    '_decimal_power.py': '_pydecimal.py', '_decimal_text.py': '_pydecimal.py',
    'io.py': '_pyio.py', '_iobase.py': '_pyio.py', '_iowrap.py': '_pyio.py',
    '_pickle.py': 'pickle.py',
    'weakref.py': ('weakref.py', '_weakrefset.py'),
    'asyncio/__init__.py': ('asyncio/__init__.py', 'asyncio/locks.py', 'asyncio/tasks.py',
                            'asyncio/futures.py', 'asyncio/queues.py', 'asyncio/events.py',
                            'asyncio/base_events.py', 'asyncio/runners.py'),
    'importlib/machinery.py': ('importlib/machinery.py', 'importlib/_bootstrap.py',
                               'importlib/_bootstrap_external.py'),
}


def significant_lines(path):
    with open(path, encoding='utf-8') as handle:
        return [text.strip() for text in handle if text.strip()]


def shared_runs(ours, theirs, min_run):
    """The (start in ours, length) of each block of at least min_run equal lines."""
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    return [(block.a, block.size) for block in matcher.get_matching_blocks()
            if block.size >= min_run]


def main(argv):
    parser = argparse.ArgumentParser(description='stdlib lines shared with CPython Lib')
    parser.add_argument('--stdlib', default=os.path.join(HERE, '..', 'stdlib'))
    parser.add_argument('--lib', default='/usr/lib/python3.11', help="CPython's Lib")
    parser.add_argument('--min-run', type=int, default=6)
    parser.add_argument('--show', action='store_true', help='print the shared runs')
    parser.add_argument('--max', type=int, default=None,
                        help='exit 1 when a run is longer than this')
    parser.add_argument('modules', nargs='*')
    args = parser.parse_args(argv)
    if not os.path.isdir(args.lib):
        print('own_words: no CPython Lib at %s' % args.lib, file=sys.stderr)
        return 2
    report = []
    for folder, _, names in os.walk(args.stdlib):
        for name in names:
            if not name.endswith('.py'):
                continue
            mine = os.path.join(folder, name)
            rel = os.path.relpath(mine, args.stdlib)
            if args.modules and not any(want in rel for want in args.modules):
                continue
            theirs = COUNTERPARTS.get(rel, rel)
            theirs = (theirs,) if isinstance(theirs, str) else theirs
            others = [os.path.join(args.lib, t) for t in theirs
                      if os.path.exists(os.path.join(args.lib, t))]
            ours = significant_lines(mine)
            runs = sorted(set(run for other in others
                              for run in shared_runs(ours, significant_lines(other),
                                                     args.min_run)))
            if runs:
                shared = len(set(i for start, length in runs
                                 for i in range(start, start + length)))
                longest = max(length for _, length in runs)
                shown = rel if theirs == (rel,) else '%s (vs %s)' % (rel, ', '.join(theirs))
                report.append((shared, len(ours), longest, shown, ours, runs))
    report.sort(key=lambda row: (-row[0], row[3]))
    too_long = 0
    for shared, total, longest, rel, ours, runs in report:
        print('%5d of %5d lines in runs >= %d (longest %d)  %s'
              % (shared, total, args.min_run, longest, rel))
        if args.show:
            for start, length in runs:
                print('    --- %d lines' % length)
                for text in ours[start:start + length]:
                    print('    | ' + text)
        if args.max is not None and longest > args.max:
            too_long += 1
    if too_long:
        print('own_words: %d module(s) with a run longer than %d lines' % (too_long, args.max))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
