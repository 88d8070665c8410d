#pragma once
// A small streaming JSON writer: traces reach gigabytes at the size limits, so they are
// written number by number instead of being built as a document in memory first.
// Numbers are written with round-trip precision: the shortest text that reads back as
// the very same double (std::to_chars), never NaN or Inf; −0 as -0.0, which a reader takes
// for the double −0 (a bare -0 reads as the integer 0).
#include "core/base/matrix.h"

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace al {

// `text` as it reads between the quotes of a JSON string (\" \\ \n \u0001 …; UTF-8 as it is).
// Also what keeps a message quoting a token or a key on one line whatever the file holds.
std::string escapedText(std::string_view text);

class JsonWriter {
public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(std::string_view name);
    void value(double number);
    void value(std::int64_t number);
    void value(std::uint64_t number);
    void value(int number) { value(std::int64_t{number}); }
    void value(bool flag);
    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const Matrix& matrix); // rows × cols → [[…], …], one row a line
    void matrix(const double* values, Eigen::Index rows, Eigen::Index cols); // row-major, as value(Matrix)
    void numbers(const double* values, Eigen::Index count);                  // [a, b, …] on one line
    void value(const MaskMatrix& matrix);                                    // 0/1 entries
    void value(const std::vector<std::string>& texts);
    void value(const std::vector<int>& numbers);

private:
    void separate(); // writes the comma and line break a new element needs
    void newline();
    void writeString(std::string_view text); // quoted and escaped, no separator

    std::ostream& out_;
    std::vector<bool> hasElements_; // per open container: was something written yet
    bool afterKey_ = false;
};

} // namespace al
