#include "ui/widgets/matrix_table_model.h"

#include <QLocale>

#include <cmath>

namespace al {

std::optional<double> parseNumber(const QString& typed) {
    const QString text = QString(typed).trimmed().replace(QChar(0x2212), '-'); // the minus sign shown
    bool ok = false;
    double number = text.toDouble(&ok);
    if (!ok) number = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(number)) return std::nullopt;
    return number;
}

QString displayedNumber(double value) {
    return QString::number(value, 'g', 4);
}

void MatrixTableModel::setMatrix(const Matrix& matrix, const QStringList& rowLabels, const QStringList& columnLabels) {
    const bool sameShape = matrix.rows() == matrix_.rows() && matrix.cols() == matrix_.cols();
    const bool sameRowLabels = rowLabels == rowLabels_, sameColumnLabels = columnLabels == columnLabels_;
    if (!sameShape) beginResetModel();
    matrix_ = matrix;
    rowLabels_ = rowLabels;
    columnLabels_ = columnLabels;
    if (!sameShape) {
        endResetModel();
        return;
    }
    if (matrix_.size() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    // A renamed token (or its undo) keeps the shape: the header must follow all the same.
    if (!sameRowLabels && rowCount() > 0) emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (!sameColumnLabels && columnCount() > 0) emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QVariant MatrixTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const double value = matrix_(index.row(), index.column());
    if (role == Qt::DisplayRole) return displayedNumber(value);       // the tooltip and the editor are exact
    if (role == Qt::EditRole) return QString::number(value, 'g', 17); // exact: editing loses nothing
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) return QString::number(value, 'g', 17);
    return {};
}

QVariant MatrixTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    const QStringList& labels = orientation == Qt::Vertical ? rowLabels_ : columnLabels_;
    return section < labels.size() ? labels[section] : QString::number(section + 1);
}

Qt::ItemFlags MatrixTableModel::flags(const QModelIndex& index) const {
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool MatrixTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid()) return false;
    const std::optional<double> parsed = parseNumber(value.toString());
    if (!parsed) {
        emit editRefused(tr("“%1” is not a number: the cell keeps its value.").arg(value.toString()));
        return false;
    }
    const double number = *parsed;
    const QString refusal = commit_ ? commit_(index.row(), index.column(), number) : QString();
    if (!refusal.isEmpty()) {
        emit editRefused(refusal);
        return false;
    }
    matrix_(index.row(), index.column()) = number;
    emit dataChanged(index, index);
    return true;
}

} // namespace al
