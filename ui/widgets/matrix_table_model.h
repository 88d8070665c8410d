#pragma once
// A matrix as an editable table (for the vectors and weights editor). Holds a copy; an
// edit is handed to `commit`, which applies it to the document (or refuses it).
#include "core/base/matrix.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <optional>

namespace al {

// A number as the user types it: "0.5", "−0,5" in a German locale, "1e-3"; nullopt for
// anything else ("abc", "1.2.3", "", "inf", "nan": only finite numbers are weights).
std::optional<double> parseNumber(const QString& text);
// How a table shows a number (4 significant digits; the tooltip and the editor are exact).
QString displayedNumber(double value);

class MatrixTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Commit = std::function<QString(int row, int column, double value)>; // "" or why not

    explicit MatrixTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setMatrix(const Matrix& matrix, const QStringList& rowLabels, const QStringList& columnLabels);
    void setCommit(Commit commit) { commit_ = std::move(commit); }
    const Matrix& matrix() const { return matrix_; }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(matrix_.rows()); }
    int columnCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : int(matrix_.cols());
    }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void editRefused(const QString& reason);

private:
    Matrix matrix_;
    QStringList rowLabels_, columnLabels_;
    Commit commit_;
};

} // namespace al
