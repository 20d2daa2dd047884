#pragma once

#include <ostream>
#include <streambuf>

namespace lowregret::cli {

// Core joins a number and its unit with a no-break space (U+00A0) so that no renderer breaks a
// line between them. A terminal, a pipe or a script reading the command line's output expects
// plain spaces: this buffer writes each no-break space (UTF-8 C2 A0) on to `target` as one.
// The CLI lays its lines out itself, keeping those pairs together, before they get here.
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
        if (m_lead) {
            m_lead = false;
            if (byte == 0xA0)
                return put(' ') ? ch : traits_type::eof();
            if (!put(static_cast<char>(0xC2)))
                return traits_type::eof();
        }
        if (byte == 0xC2) {
            m_lead = true;
            return ch;
        }
        return put(static_cast<char>(byte)) ? ch : traits_type::eof();
    }

    int sync() override
    {
        if (m_lead) {
            m_lead = false;
            if (!put(static_cast<char>(0xC2)))
                return -1;
        }
        return m_target->pubsync();
    }

private:
    bool put(char c) { return !traits_type::eq_int_type(m_target->sputc(c), traits_type::eof()); }

    std::streambuf* m_target;
    bool m_lead = false; // a 0xC2 byte is held until the next one says what it starts
};

} // namespace lowregret::cli
