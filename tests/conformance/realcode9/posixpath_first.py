# posixpath imported before os (zoneinfo does so): os.path's file questions come from
# genericpath, which needs os, which reads posixpath's names; the import order must not
# matter.
import posixpath
import zoneinfo
print(posixpath.exists('/no/such/path/here'), posixpath.isdir('/no/such/path/here'))
import os
print(os.path is posixpath, os.path.join('a', 'b'), zoneinfo.ZoneInfo('UTC'))
