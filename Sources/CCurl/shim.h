#ifndef WARTA_CCURL_SHIM_H
#define WARTA_CCURL_SHIM_H
#include <curl/curl.h>
#endif
