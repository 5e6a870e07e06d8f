# cmake/package.cmake: the man page (scdoc), install rules and the Debian package (CPack DEB).
# `make deb` builds build/release/closured_VERSION_ARCH.deb; tests/contrib checks it.
include(GNUInstallDirs)

# closured(1), from docs/man/closured.1.scd: plain for the tests, gzipped for the package.
find_program(SCDOC_EXECUTABLE scdoc REQUIRED)
set(MAN_SRC ${CMAKE_SOURCE_DIR}/docs/man/closured.1.scd)
set(MAN_OUT ${CMAKE_BINARY_DIR}/man/closured.1)
add_custom_command(
  OUTPUT ${MAN_OUT} ${MAN_OUT}.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND sh -c "${SCDOC_EXECUTABLE} < '${MAN_SRC}' > '${MAN_OUT}' && gzip -9nc '${MAN_OUT}' > '${MAN_OUT}.gz'"
  DEPENDS ${MAN_SRC}
  COMMENT "Rendering closured(1) with scdoc"
  VERBATIM)
add_custom_target(man ALL DEPENDS ${MAN_OUT} ${MAN_OUT}.gz)

# Paths under /etc are absolute on purpose: a package's configuration lives there whatever the
# prefix (CPack installs them into the package's root).
set(CLOSURED_SYSCONFDIR /etc/closured)
install(TARGETS closured RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${MAN_OUT}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES contrib/systemd/closured.service DESTINATION lib/systemd/system)
install(FILES contrib/bash-completion/closured
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES contrib/config/closured.json DESTINATION ${CLOSURED_SYSCONFDIR})
install(DIRECTORY DESTINATION ${CLOSURED_SYSCONFDIR}/workloads)
install(FILES contrib/prometheus/closured.rules.yml contrib/prometheus/closured.rules.test.yml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/closured/prometheus)
install(FILES contrib/grafana/closured.json DESTINATION ${CMAKE_INSTALL_DATADIR}/closured/grafana)
install(FILES README.md docs/api.md docs/monitoring.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples FILES_MATCHING PATTERN "*.py")

# --- the Debian package ---------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME closured)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "closured maintainers <closured@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "runs closure-heavy Python workloads and shows what their closures keep alive")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "closured runs programs written in a Python subset on its own runtime (reference counting
plus a generational cycle collector) and serves, over HTTP, which closures are alive, what
they capture and retain, why they are alive, and what the collector does: a JSON API, a
dashboard, an event stream and Prometheus metrics. The package brings a hardened systemd
unit, a terminal client, Prometheus alerting rules and a Grafana dashboard.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Library dependencies from the binary's ELF needs (dpkg-shlibdeps): libuv1, libcjson1,
# libmicrohttpd12, libsystemd0, libc6; and libcurl4, which the terminal client loads when it
# first talks to a daemon (cli/curl_load.h), so no ELF need names it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libcurl4 (>= 7.85)")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "prometheus, python3")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_SOURCE_DIR}/contrib/debian/conffiles ${CMAKE_SOURCE_DIR}/contrib/debian/postinst
    ${CMAKE_SOURCE_DIR}/contrib/debian/prerm ${CMAKE_SOURCE_DIR}/contrib/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
