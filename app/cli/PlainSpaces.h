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
//
// It also keeps a name from a file (or a file's own name) from acting on the terminal: it
// drops the control characters (C0 but tab and line feed, DEL, C1: escape sequences, bell,
// backspace), a carriage return not followed by a line feed, and the bidirectional controls
// (U+061C, U+200E/F, U+202A–E, U+2066–9), which would reorder the line they are in.
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
        if (m_held == "\r") {
            m_held.clear();
            if (byte == '\n')
                return put('\r') && put('\n') ? ch : traits_type::eof();
            // A lone carriage return is dropped; what follows it is looked at afresh.
        }
        if (m_held.empty()) {
            if (byte == '\r' || byte == 0xC2 || byte == 0xD8 || byte == 0xE2) {
                m_held.push_back(static_cast<char>(byte));
                return ch;
            }
            if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F)
                return ch;
            return put(static_cast<char>(byte)) ? ch : traits_type::eof();
        }
        m_held.push_back(static_cast<char>(byte));
        if (m_held == "\xC2\xA0") {
            m_held.clear();
            return put(' ') ? ch : traits_type::eof();
        }
        if (dropped(m_held)) {
            m_held.clear();
            return ch;
        }
        if (m_held == "\xE2\x80" || m_held == "\xE2\x81")
            return ch;
        // Not one of those characters: what was held goes on, and the last byte is looked at
        // afresh (it may start one).
        m_held.pop_back();
        if (!release())
            return traits_type::eof();
        return overflow(ch);
    }

    int sync() override
    {
        if (m_held == "\r")
            m_held.clear();
        return release() ? m_target->pubsync() : -1;
    }

private:
    static bool dropped(const std::string& s)
    {
        if (s.size() == 2) {
            const auto second = static_cast<unsigned char>(s[1]);
            return (s[0] == '\xC2' && second >= 0x80 && second <= 0x9F) || s == "\xD8\x9C";
        }
        if (s.size() != 3)
            return false;
        const auto third = static_cast<unsigned char>(s[2]);
        if (s[1] == '\x80')
            return third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE);
        return third == 0xA0 || (third >= 0xA6 && third <= 0xA9); // word joiner; isolates
    }

    bool put(char c) { return !traits_type::eq_int_type(m_target->sputc(c), traits_type::eof()); }

    bool release()
    {
        const auto size = static_cast<std::streamsize>(m_held.size());
        const bool ok = m_target->sputn(m_held.data(), size) == size;
        m_held.clear();
        return ok;
    }

    std::streambuf* m_target;
    std::string m_held; // the start of a character to replace or drop, until it is one or not
};

} // namespace lowregret::cli
