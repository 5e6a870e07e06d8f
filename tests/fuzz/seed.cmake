# seed.cmake: copies seed files into a fuzz corpus folder (cmake -P).
# -DDEST=folder -DROOT=source root -DLIST=a file holding the list of files:
# each file is copied as its path below ROOT with '/' turned into '_', so
# same-named files of different folders stay distinct.
file(READ ${LIST} FILES)
file(REMOVE_RECURSE ${DEST})
file(MAKE_DIRECTORY ${DEST})
foreach(f IN LISTS FILES)
  file(RELATIVE_PATH rel ${ROOT} ${f})
  string(REPLACE "/" "_" flat ${rel})
  configure_file(${f} ${DEST}/${flat} COPYONLY)
endforeach()
