# Link dependencies of the native-messaging host (native-host/src/host/).
# Included by native-host/CMakeLists.txt right after pg_host is defined:
#   include(src/host/CMakeLists.inc.cmake)
# Idempotent: tests/host/CMakeLists.txt includes it too when it was not.
if(NOT TARGET pg_sodium)
  add_library(pg_sodium INTERFACE)
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    # GLOBAL: the imported target is used by pg_host in another directory.
    pkg_check_modules(SODIUM QUIET IMPORTED_TARGET GLOBAL libsodium)
  endif()
  if(TARGET PkgConfig::SODIUM)
    target_link_libraries(pg_sodium INTERFACE PkgConfig::SODIUM)
  else()
    # Windows: vcpkg port "libsodium".
    find_package(unofficial-sodium CONFIG REQUIRED)
    target_link_libraries(pg_sodium INTERFACE unofficial-sodium::sodium)
  endif()
  target_link_libraries(pg_host PUBLIC pg_sodium)
  if(WIN32)
    # Registry (RegGetValueW) and event log (ReportEventW); the UTF-16
    # command line (CommandLineToArgvW, cli/main.cc).
    target_link_libraries(pg_host PUBLIC advapi32 shell32)
  endif()
endif()
