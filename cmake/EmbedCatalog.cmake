# Turns every resources/catalog/*.json into one C++ source, so the programs carry the price
# book with them wherever they are installed.
# Usage: cmake -DINPUT_DIR=... -DOUTPUT=... -P EmbedCatalog.cmake
file(GLOB files "${INPUT_DIR}/*.json")
list(SORT files)
set(body "")
set(entries "")
set(index 0)
foreach(f IN LISTS files)
    file(READ "${f}" hex HEX)
    string(LENGTH "${hex}" hex_length)
    math(EXPR size "${hex_length} / 2")
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
    string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n" bytes "${bytes}")
    get_filename_component(name "${f}" NAME)
    string(APPEND body "constexpr char k_file${index}[] = {\n${bytes}'\\0'};\n")
    string(APPEND entries "        {\"${name}\", {k_file${index}, ${size}}},\n")
    math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from resources/catalog/*.json; do not edit.\n#include <string_view>\n#include <utility>\n#include <vector>\n\nnamespace lowregret::embedded {\nnamespace {\n${body}}\nstd::vector<std::pair<std::string_view, std::string_view>> catalogFiles()\n{\n    return {\n${entries}    };\n}\n}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
