#include "core/io/json_document.h"

#include "core/base/input_error.h"
#include "core/base/translatable.h"
#include "core/io/json_field.h"

#include <algorithm>
#include <set>
#include <vector>

namespace al {

namespace {

// nlohmann reports a byte offset; users need a line and a column.
Message describeSyntaxError(std::string_view text, const nlohmann::json::parse_error& error) {
    std::size_t line = 1, column = 1;
    const std::size_t end = std::min<std::size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    std::string detail = error.what();
    // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while
    // parsing value - invalid literal; last read: 'x'" → keep what follows "parse error…: ".
    if (auto colon = detail.find(": "); colon != std::string::npos) detail = detail.substr(colon + 2);
    return message(QT_TRANSLATE_NOOP("Message", "not valid JSON at line %1, column %2: %3"), line, column, detail);
}

// Follows the parse, one frame per open object or array, to find a key given twice and
// name it by its JSON path ("model.masks[1].kind").
class DuplicateKeyCheck {
public:
    explicit DuplicateKeyCheck(std::size_t maxValues) : maxValues_(maxValues) {}

    bool operator()(int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        using Event = nlohmann::json::parse_event_t;
        switch (event) {
        case Event::object_start:
        case Event::array_start:
            countElement();
            frames_.push_back({event == Event::object_start, {}, {}, -1});
            break;
        case Event::key: {
            Frame& frame = frames_.back();
            frame.key = parsed.get<std::string>();
            if (!frame.keys.insert(frame.key).second)
                throw InputError({}, path(),
                                 message(QT_TRANSLATE_NOOP("Message", "this key appears twice in the same object")));
            break;
        }
        case Event::value:
            countElement();
            break;
        case Event::object_end:
        case Event::array_end:
            frames_.pop_back();
            break;
        }
        return true;
    }

    // The path of the value the parser reads next: an object's current key, or an array's
    // next element.
    std::string nextValuePath() const {
        if (frames_.empty() || frames_.back().object) return path();
        std::string text = path();
        return text.substr(0, text.rfind('[')) + '[' + std::to_string(frames_.back().index + 1) + ']';
    }

private:
    struct Frame {
        bool object;
        std::set<std::string> keys; // an object's keys so far
        std::string key;            // an object's current key
        long index;                 // an array's current element
    };

    void countElement() {
        if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
        if (++values_ > maxValues_)
            throw InputError(
                {}, path(),
                message(QT_TRANSLATE_NOOP("Message", "the file holds more than %1 JSON values; that is the limit"),
                        maxValues_));
    }
    std::string path() const {
        std::string text;
        for (const Frame& frame : frames_) {
            if (!frame.object)
                text += '[' + std::to_string(frame.index) + ']';
            else
                text = jsonChildPath(text, frame.key);
        }
        return text;
    }

    std::vector<Frame> frames_;
    std::size_t values_ = 0;
    std::size_t maxValues_;
};

} // namespace

nlohmann::json parseJsonDocument(std::string_view text, const std::string& fileLabel, std::size_t maxValues) {
    if (text.empty())
        throw InputError(fileLabel, {},
                         message(QT_TRANSLATE_NOOP("Message", "the file is empty; expected a JSON object")));
    if (text.starts_with("\xff\xfe") || text.starts_with("\xfe\xff"))
        throw InputError(fileLabel, {}, message(QT_TRANSLATE_NOOP("Message", "UTF-16 text; save the file as UTF-8")));
    if (const auto zero = text.find('\0'); zero != std::string_view::npos)
        throw InputError(
            fileLabel, {},
            message(QT_TRANSLATE_NOOP("Message", "binary data (a zero byte at offset %1), not JSON text"), zero));
    DuplicateKeyCheck check(maxValues);
    try {
        return nlohmann::json::parse(text, std::ref(check));
    } catch (const nlohmann::json::parse_error& error) {
        throw InputError(fileLabel, {}, describeSyntaxError(text, error));
    } catch (const nlohmann::json::exception& error) {
        // e.g. out_of_range 406, "number overflow parsing '1e999'": nlohmann gives no position, but
        // the value it was reading is the next one after what the check has seen.
        std::string detail = error.what();
        if (auto bracket = detail.find("] "); bracket != std::string::npos) detail = detail.substr(bracket + 2);
        throw InputError(fileLabel, check.nextValuePath(),
                         message(QT_TRANSLATE_NOOP("Message", "not valid JSON: %1"), detail));
    } catch (const InputError& error) {
        throw error.inFile(fileLabel);
    }
}

} // namespace al
