# `import a,` (no from) is a plain syntax error.
import sys,
