#include "TextReport.h"

#include "CliText.h"
#include "TextLayout.h"

#include <algorithm>
#include <sstream>

namespace lowregret::cli {

namespace {

constexpr std::size_t k_width = 80;
constexpr std::size_t k_gap = 3; // between table columns

using Block = Sections::Block;

void heading(std::ostringstream& out, const std::string& title)
{
    out << "\n" << title << "\n" << std::string(TextLayout::displayWidth(title), '-') << "\n";
}

// Writes `text` wrapped, each line indented; the first line may carry a prefix such as "• ".
void paragraph(
    std::ostringstream& out, const std::string& text, std::size_t indent, const std::string& firstPrefix = {})
{
    const auto prefixWidth = TextLayout::displayWidth(firstPrefix);
    const auto lines = TextLayout::wrap(text, k_width - indent - prefixWidth);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        out << std::string(indent, ' ') << (i == 0 ? firstPrefix : std::string(prefixWidth, ' ')) << lines[i] << "\n";
    }
}

// Columns when they fit in the width; otherwise each row as one wrapped line.
void table(std::ostringstream& out, const Sections::Table& t, Lang lang)
{
    std::vector<std::size_t> widths(t.header.size(), 0);
    const auto measure = [&widths](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], TextLayout::displayWidth(row[i]));
    };
    measure(t.header);
    for (const auto& row : t.rows)
        measure(row);
    std::size_t total = 2;
    for (const auto w : widths)
        total += w;
    total += k_gap * (widths.empty() ? 0 : widths.size() - 1);
    if (total <= k_width) {
        const auto line = [&](const std::vector<std::string>& row) {
            std::string text = "  ";
            for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
                const bool numeric = t.firstNumericColumn > 0 && i >= t.firstNumericColumn;
                text += numeric
                    ? TextLayout::padLeft(row[i], widths[i] + (i > 0 ? k_gap : 0))
                    : (i > 0 ? std::string(k_gap, ' ') : std::string()) + TextLayout::padRight(row[i], widths[i]);
            }
            while (!text.empty() && text.back() == ' ')
                text.pop_back();
            out << text << "\n";
        };
        line(t.header);
        for (const auto& row : t.rows)
            line(row);
        return;
    }
    // Too wide: a row as an item, its first cell the title and the others below it, each named
    // by its header ("A month: $540.00"), as the products' details are; in Chinese a header
    // meets its value at a colon, never at a space between two Han characters.
    for (const auto& row : t.rows) {
        if (row.empty())
            continue;
        paragraph(out, row[0], 2, "• ");
        std::string text;
        for (std::size_t i = 1; i < row.size(); ++i) {
            if (i > 1)
                text += CliText::get(";", lang);
            if (i < t.header.size() && !t.header[i].empty())
                text += t.header[i] + CliText::get(":", lang);
            text += row[i];
        }
        if (!text.empty())
            paragraph(out, text, 4);
    }
}

void section(std::ostringstream& out, const Sections& sections, const Sections::Section& s)
{
    auto block = s.blocks.begin();
    if (block != s.blocks.end() && block->kind == Block::Kind::Lead)
        ++block; // in the title
    heading(out, sections.title(s));
    for (; block != s.blocks.end(); ++block) {
        switch (block->kind) {
        case Block::Kind::Lead:
        case Block::Kind::Summary:
        case Block::Kind::Paragraph:
            paragraph(out, block->text, 2);
            break;
        case Block::Kind::Steps: {
            int n = 1;
            for (const auto& e : block->entries)
                paragraph(out, e.title + " → " + e.text, 2, std::to_string(n++) + ". ");
            break;
        }
        case Block::Kind::Items:
            for (const auto& e : block->entries) {
                paragraph(out, e.title, 2, s.id == "warnings" ? "! " : "• ");
                if (!e.text.empty())
                    paragraph(out, e.text, 4);
                for (const auto& d : e.details)
                    paragraph(out, d.label + CliText::get(":", sections.lang) + d.text, 4);
            }
            break;
        case Block::Kind::Bullets:
            for (const auto& e : block->entries)
                paragraph(out, e.title, 2, "• ");
            break;
        case Block::Kind::Table:
            table(out, block->table, sections.lang);
            break;
        }
    }
}

} // namespace

std::string TextReport::render(const std::string& title, const Sections& sections)
{
    std::ostringstream out;
    out << title << "\n";
    for (const auto& s : sections.sections)
        section(out, sections, s);
    return out.str();
}

} // namespace lowregret::cli
