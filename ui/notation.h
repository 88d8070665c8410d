#pragma once
// The lecture's notation as rich text: indices shown from 1 (a¹ is position 0), vectors
// with superscripts, scores with subscripts. Every user-visible symbol is made here.
#include "core/attention/model.h"
#include "core/base/matrix.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace al::notation {

QString sup(const QString& base, int index0);     // "q<sup>2</sup>" for index 1
QString sub(const QString& base, int i0, int j0); // "α<sub>1,3</sub>"
// Plain-text forms for places that cannot show rich text (axis labels, plot titles):
// "q⁸", "α₈,₂", "α′₁,ⱼ" with Unicode super- and subscript digits.
QString plainSup(const QString& base, int index0);
QString plainSub(const QString& base, int i0, int j0 = -1); // j0 < 0: "α₈,ⱼ"
QString number(double value, int decimals = 2);             // "−0.31", with a real minus sign
QString vector(const RowVector& values, int decimals = 2);  // "[0.31, −1.20, 0.05]"
// "0.31×0.70 + (−0.20)×1.10 + …": products of two vectors, shortened after `limit` terms.
QString productSum(const RowVector& left, const RowVector& right, int limit = 6);
QString tokenLabel(const std::vector<std::string>& tokens, int index); // "“animal”"
QStringList tokenLabels(const std::vector<std::string>& tokens);       // "1 The", "2 animal", …
QString positionalName(PositionalEncoding encoding);                   // "sinusoidal", in the UI's language
// A bundled kernel's title in the UI's language ("edges (Laplacian)"); other titles as they are.
QString kernelTitle(const QString& title);
QStringList indexLabels(int count, const QString& prefix = {}); // "1", "2", … or "d1", "d2", …

} // namespace al::notation
