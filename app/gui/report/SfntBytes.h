#pragma once

// Big-endian reading and writing for SfntFont's two source files. Every read is bounds-checked
// and throws Malformed, which the public functions catch and turn into their error message.
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace sfnt::detail {

struct Malformed : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Reader {
public:
    Reader(std::span<const std::uint8_t> data, const char* what)
        : m_data(data)
        , m_what(what)
    {
    }

    [[nodiscard]] std::size_t size() const { return m_data.size(); }
    [[nodiscard]] bool has(std::size_t offset, std::size_t count) const
    {
        return offset <= m_data.size() && count <= m_data.size() - offset;
    }
    void need(std::size_t offset, std::size_t count) const
    {
        if (!has(offset, count))
            fail("truncated");
    }
    [[noreturn]] void fail(const std::string& why) const { throw Malformed(std::string(m_what) + ": " + why); }

    [[nodiscard]] std::uint16_t u16(std::size_t at) const
    {
        need(at, 2);
        return static_cast<std::uint16_t>(m_data[at] << 8 | m_data[at + 1]);
    }
    [[nodiscard]] std::uint32_t u32(std::size_t at) const
    {
        need(at, 4);
        return std::uint32_t(m_data[at]) << 24 | std::uint32_t(m_data[at + 1]) << 16
            | std::uint32_t(m_data[at + 2]) << 8 | std::uint32_t(m_data[at + 3]);
    }
    [[nodiscard]] std::span<const std::uint8_t> slice(std::size_t at, std::size_t count) const
    {
        need(at, count);
        return m_data.subspan(at, count);
    }

private:
    std::span<const std::uint8_t> m_data;
    const char* m_what;
};

inline void put16(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    out.push_back(static_cast<std::uint8_t>(v >> 8));
    out.push_back(static_cast<std::uint8_t>(v));
}

inline void put32(std::vector<std::uint8_t>& out, std::uint32_t v)
{
    put16(out, v >> 16);
    put16(out, v & 0xFFFF);
}

inline void set16(std::span<std::uint8_t> out, std::size_t at, std::uint32_t v)
{
    out[at] = static_cast<std::uint8_t>(v >> 8);
    out[at + 1] = static_cast<std::uint8_t>(v);
}

inline void set32(std::span<std::uint8_t> out, std::size_t at, std::uint32_t v)
{
    set16(out, at, v >> 16);
    set16(out, at + 2, v & 0xFFFF);
}

// The sfnt checksum: the sum of the data as big-endian 32-bit words, zero-padded.
inline std::uint32_t checksum(std::span<const std::uint8_t> data)
{
    std::uint32_t sum = 0;
    const std::size_t whole = data.size() & ~std::size_t(3);
    for (std::size_t i = 0; i < whole; i += 4)
        sum += std::uint32_t(data[i]) << 24 | std::uint32_t(data[i + 1]) << 16 | std::uint32_t(data[i + 2]) << 8
            | std::uint32_t(data[i + 3]);
    for (std::size_t i = whole; i < data.size(); ++i)
        sum += std::uint32_t(data[i]) << (24 - 8 * (i - whole));
    return sum;
}

inline void align4(std::vector<std::uint8_t>& out)
{
    while (out.size() % 4 != 0)
        out.push_back(0);
}

} // namespace sfnt::detail
