#pragma once

#include <ostream>
#include <streambuf>
#include <string>

namespace lowregret::cli {

// Core joins a number and its unit with a no-break space (U+00A0) and a Chinese unit's two
// characters with a word joiner (U+2060), so that no renderer breaks a line inside "3.9 個月".
// A terminal, a pipe or a script reading the command line's output expects plain text: this
// buffer writes each no-break space on to `target` as a space and drops each word joiner. The
// CLI lays its lines out itself, keeping those pairs together, before they get here.
class PlainSpacesBuffer final : public std::streambuf {
public:
    explicit PlainSpacesBuffer(std::streambuf* target)
        : m_target(target)
    {
    }
    PlainSpacesBuffer(const PlainSpacesBuffer&) = delete;
    PlainSpacesBuffer& operator=(const PlainSpacesBuffer&) = delete;
    ~PlainSpacesBuffer() override { sync(); }

protected:
    int_type overflow(int_type ch) override
    {
        if (traits_type::eq_int_type(ch, traits_type::eof()))
            return sync() == 0 ? traits_type::not_eof(ch) : traits_type::eof();
        const auto byte = static_cast<unsigned char>(traits_type::to_char_type(ch));
        // Only the lead bytes of the two characters are held, with what follows them.
        if (m_held.empty() && byte != 0xC2 && byte != 0xE2)
            return put(static_cast<char>(byte)) ? ch : traits_type::eof();
        m_held.push_back(static_cast<char>(byte));
        if (m_held == "\xC2\xA0") {
            m_held.clear();
            return put(' ') ? ch : traits_type::eof();
        }
        if (m_held == "\xE2\x81\xA0") {
            m_held.clear();
            return ch;
        }
        const bool mayStillMatch = m_held == "\xC2" || m_held == "\xE2" || m_held == "\xE2\x81";
        return mayStillMatch || release() ? ch : traits_type::eof();
    }

    int sync() override { return release() ? m_target->pubsync() : -1; }

private:
    bool put(char c) { return !traits_type::eq_int_type(m_target->sputc(c), traits_type::eof()); }

    bool release()
    {
        const auto size = static_cast<std::streamsize>(m_held.size());
        const bool ok = m_target->sputn(m_held.data(), size) == size;
        m_held.clear();
        return ok;
    }

    std::streambuf* m_target;
    std::string m_held; // the start of a no-break space or word joiner, until it is one or not
};

} // namespace lowregret::cli
