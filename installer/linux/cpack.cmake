# Debian package for privacy-guard (CPack DEB generator).
#
# Include it from the top-level CMakeLists.txt AFTER the install() rules:
#
#   include(installer/linux/cpack.cmake)
#
# then build the package with
#
#   cmake --build build --target package        # or: cd build && cpack -G DEB
#
# Layout of the package (same as installer/linux/install.sh's defaults):
#   /opt/privacy-guard/bin/privacy-guard
#   /opt/privacy-guard/share/privacy-guard/default.policy, data/...
# The maintainer scripts (installer/linux/debian/*.in) write the Edge and
# Chromium native-messaging host manifests and /etc/privacy-guard/
# privacy-guard.conf on configure, and remove them on remove/purge.
#
# Variables a caller may set before including this file:
#   PG_DEB_PREFIX       install prefix inside the package (/opt/privacy-guard)
#   PG_DEB_MAINTAINER   "Name <mail>" for the control file
if(NOT UNIX OR APPLE)
  return()
endif()

if(NOT DEFINED PG_DEB_PREFIX)
  set(PG_DEB_PREFIX "/opt/privacy-guard")
endif()
if(NOT DEFINED PG_DEB_MAINTAINER)
  set(PG_DEB_MAINTAINER "privacy-guard maintainers <privacy-guard@invalid>")
endif()
# The host name and description and the extension id: installer/product.json.
file(READ "${CMAKE_CURRENT_LIST_DIR}/../product.json" _pg_product)
set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
             "${CMAKE_CURRENT_LIST_DIR}/../product.json")
string(JSON PG_HOST_NAME GET "${_pg_product}" host name)
string(JSON PG_HOST_DESCRIPTION GET "${_pg_product}" host description)
string(JSON PG_EXTENSION_ID GET "${_pg_product}" extension id)

# Maintainer scripts, with the values above filled in.
set(_pg_deb_dir "${CMAKE_BINARY_DIR}/installer/debian")
foreach(_pg_script postinst prerm postrm)
  configure_file("${CMAKE_CURRENT_LIST_DIR}/debian/${_pg_script}.in"
                 "${_pg_deb_dir}/${_pg_script}" @ONLY
                 FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE
                                  GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endforeach()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "privacy-guard")
set(CPACK_PACKAGE_VENDOR "privacy-guard")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Checks Microsoft Copilot prompts for personal data before they are sent")
set(CPACK_PACKAGE_CONTACT "${PG_DEB_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX "${PG_DEB_PREFIX}")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "privacy-guard")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${PG_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Checks Microsoft Copilot prompts for personal data before they are sent.\n\
Native-messaging host and command-line tool of privacy-guard: the browser\n\
extension sends the prompt text to it, and it reports CPR numbers, names,\n\
addresses, health data and other personal data according to a central\n\
policy file. Registers itself for Microsoft Edge and Chromium.")
set(CPACK_DEBIAN_PACKAGE_ENHANCES "chromium, microsoft-edge-stable")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${_pg_deb_dir}/postinst;${_pg_deb_dir}/prerm;${_pg_deb_dir}/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# Library dependencies (Hyperscan, ICU, protobuf, ...) are computed by
# dpkg-shlibdeps (package dpkg-dev) from the executable.
find_program(PG_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(PG_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  message(WARNING "dpkg-shlibdeps not found (apt-get install dpkg-dev): "
                  "the .deb will have no library dependencies")
endif()

include(CPack)
