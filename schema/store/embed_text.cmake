# Build-time step: embeds one text file as a C++ raw string literal named
# NAME in a header, so the binary carries it (docs/schema.md: the column
# descriptions `afstem datasette-metadata` writes).
# Usage: cmake -DINPUT=... -DOUTPUT=... -DNAME=... -P embed_text.cmake
file(READ "${INPUT}" text)
string(FIND "${text}" ")afstem_text\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
get_filename_component(input_name "${INPUT}" NAME)
set(body "// Generated from ${input_name} by schema/store/embed_text.cmake. Do not edit.\n")
string(APPEND body "constexpr char ${NAME}[] = R\"afstem_text(${text})afstem_text\";\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
