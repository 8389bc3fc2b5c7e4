# The MSI, built with wixl by build_msi.py after privacy-guard.exe (MinGW
# cross-build only, ./dev.sh windows):
#   <build>/privacy-guard-<version>-x64.msi   (version from installer/product.json)
file(READ ${PROJECT_SOURCE_DIR}/installer/product.json _pg_product)
string(JSON PG_PRODUCT_VERSION GET "${_pg_product}" version)
find_program(PG_PYTHON3 NAMES python3 REQUIRED)
find_program(PG_WIXL NAMES wixl REQUIRED)
set(PG_MSI ${CMAKE_BINARY_DIR}/privacy-guard-${PG_PRODUCT_VERSION}-x64.msi)
file(GLOB _pg_msi_inputs CONFIGURE_DEPENDS
  ${PROJECT_SOURCE_DIR}/rules/data/* ${PROJECT_SOURCE_DIR}/installer/windows/*.json
  ${PROJECT_SOURCE_DIR}/installer/windows/*.conf)
add_custom_command(
  OUTPUT ${PG_MSI}
  COMMAND ${PG_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/build_msi.py
          --exe $<TARGET_FILE:privacy-guard> --out ${CMAKE_BINARY_DIR}/msi
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_BINARY_DIR}/msi/privacy-guard-${PG_PRODUCT_VERSION}-x64.msi ${PG_MSI}
  DEPENDS privacy-guard $<TARGET_FILE:privacy-guard> ${CMAKE_CURRENT_LIST_DIR}/build_msi.py ${PROJECT_SOURCE_DIR}/installer/product.json
          ${PROJECT_SOURCE_DIR}/rules/default.policy ${_pg_msi_inputs}
  COMMENT "wixl privacy-guard-${PG_PRODUCT_VERSION}-x64.msi")
add_custom_target(msi ALL DEPENDS ${PG_MSI})
