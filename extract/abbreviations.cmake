# Writes the tokenizer's abbreviations (data/lexicons/abbreviations.tsv) as a C++ initializer
# list: one quoted word a line. Run by extract/CMakeLists.txt at build time.
#   cmake -DIN=abbreviations.tsv -DOUT=abbreviations.inc -P abbreviations.cmake
file(STRINGS "${IN}" lines)
set(body "// GENERATED from data/lexicons/abbreviations.tsv by extract/abbreviations.cmake; do not edit.\n")
foreach(line IN LISTS lines)
  string(STRIP "${line}" word)
  if(word STREQUAL "" OR word MATCHES "^#")
    continue()
  endif()
  if(NOT word MATCHES "^[A-Za-z]+$")
    message(FATAL_ERROR "${IN}: '${word}' is no abbreviation (letters only, without the period)")
  endif()
  string(APPEND body "\"${word}\",\n")
endforeach()
file(WRITE "${OUT}.tmp" "${body}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
