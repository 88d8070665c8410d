#include "core/io/json_writer.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace al {

void JsonWriter::newline() {
    out_ << '\n';
    for (std::size_t i = 0; i < hasElements_.size(); ++i)
        out_ << "  ";
}

void JsonWriter::separate() {
    if (afterKey_) {
        afterKey_ = false;
        return;
    }
    if (hasElements_.empty()) return;
    if (hasElements_.back()) out_ << ',';
    hasElements_.back() = true;
    newline();
}

void JsonWriter::beginObject() {
    separate();
    out_ << '{';
    hasElements_.push_back(false);
}
void JsonWriter::beginArray() {
    separate();
    out_ << '[';
    hasElements_.push_back(false);
}

void JsonWriter::endObject() {
    const bool hadElements = hasElements_.back();
    hasElements_.pop_back();
    if (hadElements) newline();
    out_ << '}';
}

void JsonWriter::endArray() {
    const bool hadElements = hasElements_.back();
    hasElements_.pop_back();
    if (hadElements) newline();
    out_ << ']';
}

void JsonWriter::key(std::string_view name) {
    separate();
    writeString(name);
    out_ << ": ";
    afterKey_ = true;
}

namespace {
void writeNumber(std::ostream& out, double number) {
    if (!std::isfinite(number)) throw std::domain_error("a non-finite number cannot be written as JSON");
    if (number == 0 && std::signbit(number)) {
        out << "-0.0";
        return;
    }
    char buffer[32];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
    out.write(buffer, end - buffer);
}
} // namespace

void JsonWriter::value(double number) {
    separate();
    writeNumber(out_, number);
}
void JsonWriter::value(std::int64_t number) {
    separate();
    out_ << number;
}
void JsonWriter::value(std::uint64_t number) {
    separate();
    out_ << number;
}
void JsonWriter::value(bool flag) {
    separate();
    out_ << (flag ? "true" : "false");
}

void JsonWriter::value(std::string_view text) {
    separate();
    writeString(text);
}

void JsonWriter::writeString(std::string_view text) {
    out_ << '"' << escapedText(text) << '"';
}

std::string escapedText(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const unsigned char ch : text) {
        switch (ch) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (ch < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[ch >> 4];
                out += hex[ch & 15];
            } else {
                out += char(ch); // UTF-8 passes through unchanged
            }
        }
    }
    return out;
}

void JsonWriter::value(const Matrix& matrix) {
    this->matrix(matrix.data(), matrix.rows(), matrix.cols());
}

void JsonWriter::matrix(const double* values, Eigen::Index rows, Eigen::Index cols) {
    // Each row on one line: readable in an editor and in a diff.
    beginArray();
    for (Eigen::Index r = 0; r < rows; ++r)
        numbers(values + r * cols, cols);
    endArray();
}

void JsonWriter::numbers(const double* values, Eigen::Index count) {
    separate();
    out_ << '[';
    for (Eigen::Index c = 0; c < count; ++c) {
        if (c > 0) out_ << ", ";
        writeNumber(out_, values[c]);
    }
    out_ << ']';
}

void JsonWriter::value(const MaskMatrix& matrix) {
    beginArray();
    for (Eigen::Index r = 0; r < matrix.rows(); ++r) {
        separate();
        out_ << '[';
        for (Eigen::Index c = 0; c < matrix.cols(); ++c)
            out_ << (c > 0 ? ", " : "") << int(matrix(r, c));
        out_ << ']';
    }
    endArray();
}

void JsonWriter::value(const std::vector<std::string>& texts) {
    beginArray();
    for (const std::string& text : texts)
        value(std::string_view(text));
    endArray();
}

void JsonWriter::value(const std::vector<int>& numbers) {
    beginArray();
    for (int number : numbers)
        value(number);
    endArray();
}

} // namespace al
