#pragma once
// A whole lesson page as one picture, for slides and handouts: the lesson and step title,
// the step's plots in a grid (each at the export size), and the explanation under them.
// Drawn with the painter it is given, so the same page becomes PNG, SVG or PDF.
#include <QSize>
#include <QString>

class QCPPainter;

namespace al {

class LessonPage;

inline constexpr QSize plotExportSize{560, 500}; // one plot, in pixels at scale 1

QSize lessonPageSize(const LessonPage& lesson);
void paintLessonPage(QCPPainter& painter, LessonPage& lesson);
QString lessonPageTitle(const LessonPage& lesson); // "Computing b⁸ step by step — 4. Scores …"

} // namespace al
