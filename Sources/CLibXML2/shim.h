#ifndef WARTA_CLIBXML2_SHIM_H
#define WARTA_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2 may be built with ICU; its headers would then pull in the system's ICU
   headers, which clash with the copy inside Foundation. Warta never touches the
   ICU-dependent structure fields (only pointers to them), so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* Swift cannot write a C-variadic function, which the generic error handler must be;
   these no-op handlers keep libxml2 from printing recovered HTML errors to stderr. */
static inline void warta_libxml2_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

#if LIBXML_VERSION >= 21200
static inline void warta_libxml2_ignore_structured_error(void *context, const xmlError *error) {
#else
static inline void warta_libxml2_ignore_structured_error(void *context, xmlErrorPtr error) {
#endif
    (void)context;
    (void)error;
}

/* libxml2 keeps its error handlers per thread, so this is called before each parse. */
static inline void warta_libxml2_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, warta_libxml2_ignore_generic_error);
    xmlSetStructuredErrorFunc(NULL, warta_libxml2_ignore_structured_error);
}
#endif
