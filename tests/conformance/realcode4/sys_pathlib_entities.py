# Module-level names libraries read at import: sys.warnoptions,
# html.entities' tables, importlib.resources (its use needs files on disk).
import sys
import html.entities as ent
from importlib import resources
import json

print(sys.warnoptions, type(sys.warnoptions).__name__)
print(ent.name2codepoint["eacute"], ent.codepoint2name[0xe9], ent.entitydefs["copy"])
print(ent.html5["amp;"], ent.html5["lt"], len(ent.name2codepoint), len(ent.codepoint2name))
print(ent.name2codepoint["lang"], ent.name2codepoint["rang"])
print(callable(resources.files), callable(resources.read_text))
