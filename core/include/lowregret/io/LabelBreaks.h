#pragma once

#include <string>
#include <vector>

namespace lowregret {

// Where a flowchart label may break across lines. A line holds whole segments, so a label is
// never cut inside a word: "本地部署：|資料完全自主" breaks only after the colon.
class LabelBreaks final {
public:
    LabelBreaks() = delete;

    // The mark a guide's hint puts at each place its label may break.
    static constexpr char mark = '|';

    // The hint cut at its marks: "本地部署：|資料完全自主" -> "本地部署：", "資料完全自主".
    static std::vector<std::string> fromHint(const std::string& hint);
    // The hint without its marks: the label it is for.
    static std::string unmarked(const std::string& hint);
    // A label without a hint, cut where any reader would break it: after a space (not one
    // that follows a digit, which joins a number to its unit), after closing punctuation
    // (：，、；。？！）」), before opening punctuation (（「). Never inside a run of Han
    // characters or of Latin letters, so no two-character word is split.
    static std::vector<std::string> byRule(const std::string& label);
};

} // namespace lowregret
