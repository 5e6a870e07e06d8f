# cmake/embed.cmake: turns every file under web/ into one generated C source in the build dir.
#
# embed_web_assets(OUT_VAR WEB_DIR) sets OUT_VAR to the generated file
# (<build>/generated/web_assets.c). It is regenerated whenever a file under
# WEB_DIR changes or is added (CONFIGURE_DEPENDS glob). The generator is
# cmake/embed_gen.cmake, run in script mode; the output is never checked in.
set(EMBED_GEN_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_gen.cmake)

function(embed_web_assets OUT_VAR WEB_DIR)
  file(GLOB_RECURSE files CONFIGURE_DEPENDS LIST_DIRECTORIES false ${WEB_DIR}/*)
  set(out ${CMAKE_BINARY_DIR}/generated/web_assets.c)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DWEB_DIR=${WEB_DIR} -DOUT=${out} -P ${EMBED_GEN_SCRIPT}
    DEPENDS ${files} ${EMBED_GEN_SCRIPT}
    COMMENT "Embedding web assets"
    VERBATIM)
  set(${OUT_VAR} ${out} PARENT_SCOPE)
endfunction()
