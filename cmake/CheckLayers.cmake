# Checks that every include of our own headers stays in its layer, as the libraries do:
#
#   model/domain      (the Service and its values)  may include domain
#   model/io          reading and writing           + io
#   model/providers   provider profiles             + providers
#   model/validation  the validator                 + validation
#   model/teaching    explanations, PROXY headers   + teaching       (all of this is sd_core)
#   model/document, model/itemmodels  the editor    + the editor      (sd_editor)
#   widgets           the views                     everything but io: they go through the editor
#   app/cli           the command-line tool         the core, resources and translations only
#   app/gui           the window's main()           widgets, resources, translations, the heap's setup
#
# Run as a test: cmake -DSD_SOURCE_DIR=<source> -P CheckLayers.cmake. It names every include that
# reaches above its layer, and fails if there is one.
cmake_minimum_required(VERSION 3.25)

set(core_domain "model/tr.h;model/domain/")
set(core_io "${core_domain};model/io/")
set(core_providers "${core_io};model/providers/")
set(core_validation "${core_providers};model/validation/")
set(core "${core_validation};model/teaching/")
set(editor "${core};model/document/;model/itemmodels/")
set(views "model/tr.h;model/domain/;model/providers/;model/validation/;model/teaching/;model/document/;model/itemmodels/;widgets/;resources/;translations/")

# Each folder and what it may include.
set(folders model/domain model/io model/providers model/validation model/teaching model/document
            model/itemmodels widgets app/cli app/gui)
set(allowed_model/domain "${core_domain}")
set(allowed_model/io "${core_io}")
set(allowed_model/providers "${core_providers}")
set(allowed_model/validation "${core_validation}")
set(allowed_model/teaching "${core}")
set(allowed_model/document "${editor}")
set(allowed_model/itemmodels "${editor}")
set(allowed_widgets "${views}")
set(allowed_app/cli "${core};app/cli/;resources/;translations/")
# main() sets up the process: the heap too (model/io/heapsetup.h), before any file is read.
set(allowed_app/gui "widgets/;model/tr.h;model/io/heapsetup.h;resources/;translations/")

set(violations "")
foreach(folder IN LISTS folders)
    set(allowed "${allowed_${folder}}")
    file(GLOB_RECURSE files "${SD_SOURCE_DIR}/${folder}/*.h" "${SD_SOURCE_DIR}/${folder}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" includes REGEX "^#include \"(model|widgets|app|resources|translations)/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
            set(ok FALSE)
            foreach(prefix IN LISTS allowed)
                string(FIND "${header}" "${prefix}" at)
                if(at EQUAL 0)
                    set(ok TRUE)
                endif()
            endforeach()
            if(NOT ok)
                file(RELATIVE_PATH shown "${SD_SOURCE_DIR}" "${file}")
                string(APPEND violations "  ${shown} includes ${header}, above its layer\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "Includes that reach above their layer:\n${violations}")
endif()
message(STATUS "Every include stays in its layer")
