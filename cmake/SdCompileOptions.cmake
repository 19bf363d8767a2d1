# One place for the compile options every target of ours gets.
add_library(sd_compile_options INTERFACE)
target_compile_definitions(sd_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SD_VERSION="${PROJECT_VERSION}")
target_compile_options(sd_compile_options INTERFACE -Wall -Wextra -pedantic)

option(SD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SD_SANITIZE)
    target_compile_options(sd_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(sd_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# yaml-cpp 0.8+ exports yaml-cpp::yaml-cpp; Debian 12's 0.7 exports plain yaml-cpp.
if(TARGET yaml-cpp::yaml-cpp)
    set(SD_YAML_CPP_TARGET yaml-cpp::yaml-cpp)
else()
    set(SD_YAML_CPP_TARGET yaml-cpp)
endif()
