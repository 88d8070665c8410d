#include "core/base/message.h"

namespace al {

std::string Message::text() const {
    return text([](const std::string& word) { return word; });
}

std::string Message::text(const std::function<std::string(const std::string&)>& word) const {
    const std::string filled = word(pattern);
    std::string out;
    for (std::size_t i = 0; i < filled.size(); ++i) {
        const char next = i + 1 < filled.size() ? filled[i + 1] : '\0';
        const std::size_t index = std::size_t(next - '1');
        if (filled[i] == '%' && next >= '1' && next <= '9' && index < args.size()) {
            out += word(args[index]);
            ++i;
        } else {
            out += filled[i];
        }
    }
    return out;
}

} // namespace al
