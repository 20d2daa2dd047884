#include "usage/UsageJsonReader.h"

#include "usage/UsageImportImpl.h"
#include "usage/UsageLayout.h"
#include "usage/UsageText.h"

#include <cmath>
#include <cstdint>

namespace lowregret {

double UsageJsonReader::count(const nlohmann::json& v, bool& bad)
{
    if (v.is_null())
        return 0.0;
    if (v.is_number()) {
        const double d = v.get<double>();
        if (!std::isfinite(d) || d < 0.0 || d > UsageText::maxCount) {
            bad = true;
            return 0.0;
        }
        return d;
    }
    if (v.is_string()) {
        const auto d = UsageText::parseNumber(v.get<std::string>());
        if (!d) {
            bad = true;
            return 0.0;
        }
        return *d;
    }
    bad = true;
    return 0.0;
}

double UsageJsonReader::field(const nlohmann::json& o, const char* name, bool& bad)
{
    const auto it = o.find(name);
    return it == o.end() ? 0.0 : count(*it, bad);
}

std::string UsageJsonReader::textField(const nlohmann::json& o, const char* name)
{
    const auto it = o.find(name);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<UsageDates::Moment> UsageJsonReader::moment(const nlohmann::json& o, const char* name)
{
    const auto it = o.find(name);
    if (it == o.end())
        return std::nullopt;
    if (it->is_number())
        return UsageDates::parseMoment(it->dump()); // JSON's own digits: std::to_string follows the C locale
    if (it->is_string())
        return UsageDates::parseMoment(it->get<std::string>());
    return std::nullopt;
}

std::vector<const nlohmann::json*> UsageJsonReader::pagesOf(const nlohmann::json& root)
{
    std::vector<const nlohmann::json*> pages;
    if (root.is_object())
        pages.push_back(&root);
    else if (root.is_array())
        for (const auto& p : root)
            if (p.is_object())
                pages.push_back(&p);
    return pages;
}

void UsageJsonReader::read(const nlohmann::json& root, UsageImport::Impl& impl)
{
    const auto pages = pagesOf(root);
    const std::string layout = UsageLayout::ofJson(pages);
    impl.report.layout = layout;
    if (layout.empty())
        return;
    const UsageLayout::JsonReader readResult = UsageLayout::jsonReader(layout);
    const bool openai = layout == "openai-usage-json";
    long long index = 0; // buckets are numbered by their place in the file, from 1
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const auto* page = pages[p];
        const auto& data = (*page)["data"];
        for (std::size_t b = 0; b < data.size(); ++b) {
            const auto& bucket = data[b];
            ++index;
            // "data[3]"; in an array of pages "[1].data[3]".
            const std::string where = (pages.size() > 1 || root.is_array() ? "[" + std::to_string(p) + "]." : "")
                + "data[" + std::to_string(b) + "]";
            if (!bucket.is_object()) {
                impl.skip(index, where, UsageImport::RowNote::Reason::NotAnObject);
                continue;
            }
            const auto start = moment(bucket, openai ? "start_time" : "starting_at");
            const auto end = moment(bucket, openai ? "end_time" : "ending_at");
            if (!start) {
                impl.skip(
                    index, where + (openai ? ".start_time" : ".starting_at"), UsageImport::RowNote::Reason::NotADate);
                continue;
            }
            std::int64_t lastDay = start->day;
            if (end && end->day > start->day)
                lastDay = end->seconds > 0.0 ? end->day : end->day - 1;
            const auto results = bucket.find("results");
            bool counted = false;
            if (results != bucket.end() && results->is_array()) {
                for (const auto& r : *results) {
                    if (!r.is_object())
                        continue;
                    Entry entry;
                    const std::string provider = openai ? "openai" : "anthropic";
                    const std::string model = textField(r, "model");
                    readResult(r, entry);
                    if (!entry.otherCurrency.empty()) {
                        impl.skip(index, where + ".results.currency", UsageImport::RowNote::Reason::NotUsd,
                            entry.otherCurrency.substr(0, 10));
                        continue;
                    }
                    const UsageImport::Totals& t = entry.totals;
                    if (entry.bad || t.cachedInputTokens > t.inputTokens) {
                        impl.skip(index, where + ".results",
                            entry.bad ? UsageImport::RowNote::Reason::NotANumber
                                      : UsageImport::RowNote::Reason::MoreCachedThanInput);
                        continue;
                    }
                    impl.add(start->day, false, provider, model, t);
                    counted = true;
                }
            }
            impl.cover(start->day, lastDay);
            if (counted || results == bucket.end() || (results->is_array() && results->empty()))
                ++impl.report.rows;
        }
    }
}

} // namespace lowregret
