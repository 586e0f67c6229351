// OpenCC (Open Chinese Convert) from the system's libopencc, for reading plans written in traditional characters.
// Debian: apt-get install libopencc-dev. Only the C API is used (opencc_open, opencc_convert_utf8).
#ifndef REFORM_COPENCC_SHIM_H
#define REFORM_COPENCC_SHIM_H
#include <opencc/opencc.h>
#endif
