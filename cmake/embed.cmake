# cmake/embed.cmake: turns every file under web/ into one generated C source in the build dir.
#
# embed_web_assets(OUT_VAR WEB_DIR) sets OUT_VAR to the generated file
# (<build>/generated/web_assets.c). It is regenerated whenever a file under
# WEB_DIR changes or is added (CONFIGURE_DEPENDS glob). The generator is
# cmake/embed_gen.cmake, run in script mode; the output is never checked in.
set(EMBED_GEN_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_gen.cmake)

# Libraries the dashboard takes from Debian's packages (scripts/deps.sh installs
# them), embedded as URL=FILE beside web/; never checked in. A missing one is a
# warning: the dashboard then shows its numbers without charts.
set(EMBED_VENDOR_FILES "/vendor/chart.js=/usr/share/javascript/chart.js/chart.min.js")

function(embed_web_assets OUT_VAR WEB_DIR)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS LIST_DIRECTORIES false ${WEB_DIR}/*)
  set(out ${CMAKE_BINARY_DIR}/generated/web_assets.c)
  set(vendor "")
  foreach(pair IN LISTS EMBED_VENDOR_FILES)
    string(REGEX REPLACE "^[^=]*=" "" src "${pair}")
    if(EXISTS ${src})
      list(APPEND vendor ${pair})
      list(APPEND files ${src})
    else()
      message(WARNING "${src} is missing (scripts/deps.sh run installs it); not embedded")
    endif()
  endforeach()
  string(REPLACE ";" "|" vendor "${vendor}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DWEB_DIR=${WEB_DIR} -DOUT=${out} "-DVENDOR=${vendor}"
            -P ${EMBED_GEN_SCRIPT}
    DEPENDS ${files} ${EMBED_GEN_SCRIPT}
    COMMENT "Embedding web assets"
    VERBATIM)
  set(${OUT_VAR} ${out} PARENT_SCOPE)
endfunction()
