#pragma once
// A matrix as an editable table (for the vectors and weights editor). Holds a copy; an
// edit is handed to `commit`, which applies it to the document (or refuses it).
#include "core/matrix.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace al {

class MatrixTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Commit = std::function<QString(int row, int column, double value)>; // "" or why not

    explicit MatrixTableModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setMatrix(const Matrix& matrix, const QStringList& rowLabels, const QStringList& columnLabels);
    void setCommit(Commit commit) { commit_ = std::move(commit); }

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(matrix_.rows()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(matrix_.cols()); }
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
