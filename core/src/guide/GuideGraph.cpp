#include "lowregret/guide/Guide.h"
#include "lowregret/io/LabelBreaks.h"

#include "guide/GuideReading.h"

#include "lowregret/guide/FigureNames.h"

#include <map>
#include <string>
#include <vector>

namespace lowregret {

using guide_reading::indexPath;

// Every reference resolves, and the node graph has no cycle (a cycle would make the walk loop).
void Guide::validateGraph(Problems& errors) const
{
    const auto exists = [this](const std::string& id) { return node(id) != nullptr || leaf(id) != nullptr; };
    for (const auto& n : m_nodes) {
        if (leaf(n.id))
            errors.push_back({ .path = "nodes." + n.id, .kind = Problem::Kind::Duplicate, .value = n.id });
    }
    if (!node(m_start))
        errors.push_back({ .path = "start", .kind = Problem::Kind::UnknownReference, .value = m_start });
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const auto& n = m_nodes[i];
        const auto p = indexPath("nodes", i);
        if (n.kind == Node::Kind::UsageBand) {
            for (std::size_t b = 0; b < n.bands.size(); ++b)
                if (!exists(n.bands[b].next))
                    errors.push_back({ .path = p + ".bands[" + std::to_string(b) + "].next",
                        .kind = Problem::Kind::UnknownReference,
                        .value = n.bands[b].next });
        } else {
            if (!exists(n.yes))
                errors.push_back({ .path = p + ".yes", .kind = Problem::Kind::UnknownReference, .value = n.yes });
            if (!exists(n.no))
                errors.push_back({ .path = p + ".no", .kind = Problem::Kind::UnknownReference, .value = n.no });
        }
    }
    for (std::size_t i = 0; i < m_leaves.size(); ++i)
        for (const auto& p : m_leaves[i].products)
            if (!product(p))
                errors.push_back({ .path = indexPath("leaves", i) + ".products",
                    .kind = Problem::Kind::UnknownReference,
                    .value = p });
    if (!errors.empty())
        return;

    // A cycle would make the walk loop forever. Kahn's algorithm over the node graph, without
    // recursion, so a hostile chain of thousands of nodes cannot overflow the stack.
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        index.emplace(m_nodes[i].id, i);
    std::vector<std::vector<std::size_t>> next(m_nodes.size());
    std::vector<std::size_t> incoming(m_nodes.size(), 0);
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const auto& n = m_nodes[i];
        std::vector<std::string> targets;
        if (n.kind == Node::Kind::UsageBand)
            for (const auto& b : n.bands)
                targets.push_back(b.next);
        else
            targets = { n.yes, n.no };
        for (const auto& t : targets)
            if (const auto it = index.find(t); it != index.end()) {
                next[i].push_back(it->second);
                ++incoming[it->second];
            }
    }
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < m_nodes.size(); ++i)
        if (incoming[i] == 0)
            ready.push_back(i);
    std::size_t visited = 0;
    while (!ready.empty()) {
        const std::size_t i = ready.back();
        ready.pop_back();
        ++visited;
        for (const std::size_t j : next[i])
            if (--incoming[j] == 0)
                ready.push_back(j);
    }
    if (visited != m_nodes.size()) {
        for (std::size_t i = 0; i < m_nodes.size(); ++i)
            if (incoming[i] > 0) {
                errors.push_back({ .path = "nodes." + m_nodes[i].id, .kind = Problem::Kind::Cycle });
                break;
            }
    }
}

// The figures a text quotes must be ones FigureNames knows; a leaf's summary, which the
// flowchart also shows outside any scenario, may name only {cloud}.
void Guide::validateTexts(Problems& errors) const
{
    std::string known;
    for (const auto& n : FigureNames::names())
        known += (known.empty() ? "{" : ", {") + n + "}";
    const auto check = [&](const LocalizedText& text, const std::string& path, bool figuresAllowed) {
        for (const auto& [lang, t] : { std::pair { "en", &text.en }, std::pair { "zh-Hant", &text.zhHant } }) {
            for (const auto& name : FigureNames::unknownNames(*t))
                errors.push_back({ .path = path + "." + lang,
                    .kind = Problem::Kind::UnknownValue,
                    .expected = known,
                    .value = "{" + name + "}" });
            if (!figuresAllowed && FigureNames::usesFigures(*t))
                errors.push_back({ .path = path + "." + lang,
                    .kind = Problem::Kind::UnknownValue,
                    .expected = "{cloud}",
                    .value = *t });
        }
    };
    for (std::size_t i = 0; i < m_leaves.size(); ++i) {
        check(m_leaves[i].summary, indexPath("leaves", i) + ".summary", false);
        check(m_leaves[i].reason, indexPath("leaves", i) + ".reason", true);
    }
    for (const auto& [list, name] : { std::pair { &m_warnings, "warnings" }, std::pair { &m_advice, "advice" } })
        for (std::size_t i = 0; i < list->size(); ++i)
            check((*list)[i].text, indexPath(name, i) + ".text", true);
}

} // namespace lowregret

namespace lowregret {

const LocalizedText* Guide::flowchartLabel(const std::string& key) const
{
    if (const auto* n = node(key))
        return &n->question;
    if (const auto* l = leaf(key))
        return &l->label;
    const auto slash = key.rfind('/');
    if (slash == std::string::npos)
        return nullptr;
    const auto* n = node(key.substr(0, slash));
    if (!n)
        return nullptr;
    const std::string answer = key.substr(slash + 1);
    if (n->kind == Node::Kind::UsageBand) {
        for (const auto& band : n->bands)
            if (band.id == answer)
                return &band.label;
        return nullptr;
    }
    if (answer == "yes")
        return &n->yesLabel;
    if (answer == "no")
        return &n->noLabel;
    return nullptr;
}

std::vector<std::string> Guide::labelSegments(const std::string& key, Lang lang) const
{
    if (const auto it = m_labelBreaks.find(key); it != m_labelBreaks.end())
        if (const auto hint = it->second.find(lang); hint != it->second.end())
            return LabelBreaks::fromHint(hint->second);
    const auto* label = flowchartLabel(key);
    return label ? LabelBreaks::byRule(label->in(lang)) : std::vector<std::string> {};
}

// A hint is the label with its break marks: one that names no label, or whose text is not the
// label's, would break a text nobody shows.
void Guide::validateLabelBreaks(Problems& errors) const
{
    for (const auto& [key, hints] : m_labelBreaks) {
        const auto* label = flowchartLabel(key);
        if (!label) {
            errors.push_back({ .path = "label_breaks." + key, .kind = Problem::Kind::UnknownReference, .value = key });
            continue;
        }
        for (const auto& [lang, hint] : hints)
            if (LabelBreaks::unmarked(hint) != label->in(lang))
                errors.push_back({ .path = "label_breaks." + key + "." + std::string(langCode(lang)),
                    .kind = Problem::Kind::UnknownValue,
                    .expected = label->in(lang),
                    .value = hint });
    }
}

} // namespace lowregret
