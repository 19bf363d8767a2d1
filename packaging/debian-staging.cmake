# Run by CPack (CPACK_PRE_BUILD_SCRIPTS, packaging/CMakeLists.txt) on the staged files before it
# packs the .deb: what Debian's policy asks of a package beyond what `cmake --install` lays out.
#   - manual pages compressed with `gzip -9n` (no name or time stamp: the same bytes every build);
#   - /usr/share/doc/<package>/changelog.gz, one entry for this version, dated as the newest
#     release in the AppStream metainfo (tests/install checks that it is this version).

file(GLOB_RECURSE _pages "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/man/man*/*.[1-9]")
foreach(_page IN LISTS _pages)
    execute_process(COMMAND gzip -9nf "${_page}" COMMAND_ERROR_IS_FATAL ANY)
endforeach()

file(GLOB_RECURSE _copyright "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/share/doc/${CPACK_PACKAGE_NAME}/copyright")
if(NOT _copyright)
    message(FATAL_ERROR "no share/doc/${CPACK_PACKAGE_NAME}/copyright in the staged files")
endif()
get_filename_component(_doc "${_copyright}" DIRECTORY)
file(STRINGS "${CPACK_SD_METAINFO}" _release REGEX "<release version=\"${CPACK_PACKAGE_VERSION}\"")
if(NOT _release MATCHES "date=\"([0-9-]+)\"")
    message(FATAL_ERROR "${CPACK_SD_METAINFO} has no dated release ${CPACK_PACKAGE_VERSION}")
endif()
execute_process(COMMAND date --utc --rfc-email --date "${CMAKE_MATCH_1}"
                OUTPUT_VARIABLE _date OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
file(WRITE "${_doc}/changelog"
"${CPACK_PACKAGE_NAME} (${CPACK_PACKAGE_VERSION}) unstable; urgency=medium

  * Release ${CPACK_PACKAGE_VERSION}. What it brings is in
    /usr/share/metainfo/${CPACK_SD_APP_ID}.metainfo.xml

 -- ${CPACK_PACKAGE_CONTACT}  ${_date}
")
execute_process(COMMAND gzip -9nf "${_doc}/changelog" COMMAND_ERROR_IS_FATAL ANY)
