#include "core/attention/positional_encoding.h"

#include <cmath>

namespace al {

Matrix sinusoidalPositions(int tokens, int dModel) {
    Matrix table(tokens, dModel);
    for (int column = 0; column < dModel; ++column) {
        const int twoM = column - column % 2; // 2m, shared by the sine and cosine columns
        const double frequency = 1.0 / std::pow(10000.0, double(twoM) / dModel);
        for (int i = 0; i < tokens; ++i) {
            const double angle = i * frequency;
            table(i, column) = column % 2 == 0 ? std::sin(angle) : std::cos(angle);
        }
    }
    return table;
}

Matrix positionalVectors(const Model& model, int tokens) {
    switch (model.config.positional) {
    case PositionalEncoding::Sinusoidal:
        return sinusoidalPositions(tokens, model.config.dModel);
    case PositionalEncoding::Learned:
        return model.learnedPositions;
    case PositionalEncoding::None:
        break;
    }
    return Matrix::Zero(tokens, model.config.dModel);
}

} // namespace al
