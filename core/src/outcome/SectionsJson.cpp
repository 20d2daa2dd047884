#include "lowregret/outcome/Sections.h"

namespace lowregret {

namespace {

std::string_view kindName(Sections::Block::Kind kind)
{
    switch (kind) {
    case Sections::Block::Kind::Lead:
        return "lead";
    case Sections::Block::Kind::Summary:
        return "summary";
    case Sections::Block::Kind::Paragraph:
        return "paragraph";
    case Sections::Block::Kind::Steps:
        return "steps";
    case Sections::Block::Kind::Items:
        return "items";
    case Sections::Block::Kind::Bullets:
        return "bullets";
    case Sections::Block::Kind::Table:
        return "table";
    }
    return "paragraph";
}

nlohmann::json entryJson(const Sections::Entry& e)
{
    nlohmann::json j = { { "title", e.title } };
    if (!e.id.empty())
        j["id"] = e.id;
    if (!e.text.empty())
        j["text"] = e.text;
    if (!e.details.empty()) {
        nlohmann::json details = nlohmann::json::array();
        for (const auto& d : e.details) {
            nlohmann::json dj = { { "label", d.label }, { "text", d.text } };
            if (d.link)
                dj["link"] = true;
            details.push_back(std::move(dj));
        }
        j["details"] = std::move(details);
    }
    return j;
}

nlohmann::json blockJson(const Sections::Block& b)
{
    nlohmann::json j = { { "kind", std::string(kindName(b.kind)) } };
    switch (b.kind) {
    case Sections::Block::Kind::Lead:
    case Sections::Block::Kind::Summary:
    case Sections::Block::Kind::Paragraph:
        j["text"] = b.text;
        break;
    case Sections::Block::Kind::Steps:
    case Sections::Block::Kind::Items:
    case Sections::Block::Kind::Bullets: {
        nlohmann::json entries = nlohmann::json::array();
        for (const auto& e : b.entries)
            entries.push_back(entryJson(e));
        j["entries"] = std::move(entries);
        break;
    }
    case Sections::Block::Kind::Table:
        j["header"] = b.table.header;
        j["rows"] = b.table.rows;
        break;
    }
    return j;
}

} // namespace

nlohmann::json Sections::toJson() const
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto& s : sections) {
        nlohmann::json blocks = nlohmann::json::array();
        for (const auto& b : s.blocks)
            blocks.push_back(blockJson(b));
        nlohmann::json figures = nlohmann::json::array();
        for (const auto& f : s.figures) {
            nlohmann::json fj = { { "id", f.id }, { "label", f.label },
                { "value", f.value ? nlohmann::json(*f.value) : nlohmann::json(nullptr) }, { "unit", f.unit },
                { "text", f.text } };
            if (!f.source.empty())
                fj["source"] = f.source;
            figures.push_back(std::move(fj));
        }
        out.push_back({ { "id", s.id }, { "heading", s.heading }, { "blocks", std::move(blocks) },
            { "figures", std::move(figures) } });
    }
    return out;
}

} // namespace lowregret
