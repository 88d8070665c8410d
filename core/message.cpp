#include "core/message.h"

namespace al {

std::string Message::text() const {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] == '%' && next >= '1' && next <= '9') {
            const std::size_t index = std::size_t(next - '1');
            out += index < args.size() ? args[index] : std::string("%") + next;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace al
