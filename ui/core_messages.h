#pragma once
// The core's messages (refused files, refused edits) in the interface's language: the
// English pattern and any argument that is itself a marked word ("a string", "image")
// are looked up in the translation, then the values are filled in.
#include "core/base/input_error.h"
#include "core/base/message.h"

#include <QString>

namespace al {

QString translated(const Message& message);
// "FILE: FIELD: problem", the problem translated; the same line what() gives in English.
QString describe(const InputError& error);

} // namespace al
