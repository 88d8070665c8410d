#pragma once
// Marks a message pattern for Qt's lupdate in the Qt-free core: the same macro, spelt
// exactly as Qt spells it (so the two never conflict), expanding to the text itself.
// Included by core .cpp files only.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif
