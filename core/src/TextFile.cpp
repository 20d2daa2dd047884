#include "lowregret/TextFile.h"

#include <fstream>

namespace lowregret {

std::string writeTextFileAtomically(const std::filesystem::path& file, std::string_view text)
{
    std::error_code ec;
    if (file.has_parent_path()) {
        std::filesystem::create_directories(file.parent_path(), ec);
        if (ec)
            return ec.message();
    }
    const auto temp = file.string() + ".tmp";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            return "cannot write " + temp;
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) {
            out.close();
            std::filesystem::remove(temp, ec);
            return "cannot write " + temp + " (disk full?)";
        }
    }
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        return ec.message();
    }
    return {};
}

} // namespace lowregret
