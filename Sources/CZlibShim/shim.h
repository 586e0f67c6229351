// zlib for ReformSpreadsheet's zip writer (deflate and crc32), from the system's libz.
#ifndef REFORM_CZLIB_SHIM_H
#define REFORM_CZLIB_SHIM_H
#include <zlib.h>
#endif
