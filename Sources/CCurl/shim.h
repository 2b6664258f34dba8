#ifndef WARTA_CCURL_SHIM_H
#define WARTA_CCURL_SHIM_H

#include <curl/curl.h>

/*
 * curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic (and macros when the
 * compiler supports type checking), so Swift cannot call them. These typed wrappers pass one
 * argument of a known type each. A system-library target cannot hold .c files, hence
 * `static inline`.
 */

static inline CURLcode warta_curl_global_init_all(void) {
    return curl_global_init(CURL_GLOBAL_ALL);
}

static inline CURLcode warta_curl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode warta_curl_easy_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode warta_curl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode warta_curl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode warta_curl_easy_setopt_list(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

/* Both CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION take this signature. */
static inline CURLcode warta_curl_easy_setopt_write_callback(CURL *handle, CURLoption option, curl_write_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode warta_curl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode warta_curl_easy_getinfo_offset(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode warta_curl_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}

/* The value libcurl's write callbacks return to ask for a pause (a macro Swift may not import). */
static inline size_t warta_curl_write_pause(void) {
    return CURL_WRITEFUNC_PAUSE;
}

#endif
