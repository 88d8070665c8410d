#pragma once
// Every lesson, in the order of the lecture. The lesson list, the number keys, File → Export
// and the command line's `export` and `screenshot` all read this one list.
#include "ui/lessons/lesson.h"

#include <QString>

#include <memory>
#include <vector>

namespace al {

const std::vector<std::shared_ptr<const Lesson>>& lessonRegistry();
// The lesson with this id, or null.
std::shared_ptr<const Lesson> findLesson(const QString& id);

} // namespace al
