# Validates every rule package in DIRS ("|"-separated) against XSD with
# xmllint, and checks that INVALID is rejected. Prints "SKIPPED:" when
# xmllint is not installed (Debian: libxml2-utils).
if(NOT XMLLINT)
  message("SKIPPED: xmllint not found (apt-get install libxml2-utils)")
  return()
endif()
string(REPLACE "|" ";" dirs "${DIRS}")
set(count 0)
foreach(dir IN LISTS dirs)
  file(GLOB packages "${dir}/privacy-guard-rulepack*.xml")
  if(NOT packages)
    message(FATAL_ERROR "no rule package in ${dir}")
  endif()
  foreach(p IN LISTS packages)
    execute_process(COMMAND ${XMLLINT} --noout --schema ${XSD} ${p}
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "${p} does not validate against ${XSD}:\n${err}")
    endif()
    math(EXPR count "${count} + 1")
  endforeach()
endforeach()
execute_process(COMMAND ${XMLLINT} --noout --schema ${XSD} ${INVALID}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "${INVALID} validates, but must not: the schema does not bite")
endif()
message("${count} rule package(s) validate; the invalid sample is rejected")
