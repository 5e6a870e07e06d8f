# api/openapi_gen.cmake: script mode (-DIN=api/openapi.json -DOUT=<build>/generated/openapi_json.c):
# turns the OpenAPI document into a C byte array. Run by api/CMakeLists.txt; output never checked in.
file(READ ${IN} hex HEX)
string(LENGTH "${hex}" hexlen)
math(EXPR size "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n  " bytes "${bytes}")
file(WRITE ${OUT}.tmp
"/* openapi_json.c: GENERATED from api/openapi.json by api/openapi_gen.cmake; do not edit. */\n"
"#include \"api/openapi.h\"\n\n"
"const unsigned char api_openapi_json[] = {\n  ${bytes}0x00};\n"
"const size_t api_openapi_json_len = ${size};\n")
file(RENAME ${OUT}.tmp ${OUT})
