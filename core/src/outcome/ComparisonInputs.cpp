#include "outcome/ComparisonInputs.h"

#include "outcome/OutcomeText.h"

#include "lowregret/io/Format.h"
#include "lowregret/outcome/Comparison.h"
#include "lowregret/sizing/Hardware.h"

#include <map>
#include <string_view>

namespace lowregret {

namespace {

enum class Unit { Plain, Tokens, Share, Usd, UsdPerMtok, UsdPerHour, UsdPerKwh, Hours, Months, Watts, Years };

struct Field {
    const char* key; // OutcomeText
    Unit unit;
};

const std::map<std::string_view, Field>& fields()
{
    static const std::map<std::string_view, Field> table = {
        { "answers.monthly_tokens", { "in.monthly_tokens", Unit::Tokens } },
        { "answers.usage_stable", { "field.usage_stable", Unit::Plain } },
        { "answers.data_sensitive", { "field.data_sensitive", Unit::Plain } },
        { "answers.team_can_maintain", { "field.team_can_maintain", Unit::Plain } },
        { "answers.exclusions", { "field.exclusions", Unit::Plain } },
        { "input_share", { "in.input_share", Unit::Share } },
        { "cloud.model", { "field.cloud_model", Unit::Plain } },
        { "cloud.input_usd_per_mtok", { "in.cloud_input", Unit::UsdPerMtok } },
        { "cloud.output_usd_per_mtok", { "in.cloud_output", Unit::UsdPerMtok } },
        { "local.hardware_usd", { "in.hardware", Unit::Usd } },
        { "local.electricity_usd_per_month", { "in.electricity", Unit::Usd } },
        { "local.maintenance_hours_per_month", { "in.maintenance", Unit::Hours } },
        { "local.hourly_rate_usd", { "in.hourly_rate", Unit::UsdPerHour } },
        { "local.setup_hours", { "in.setup_hours", Unit::Hours } },
        { "local.sizing.device", { "in.device", Unit::Plain } },
        { "local.sizing.model", { "in.model", Unit::Plain } },
        { "local.sizing.quantization", { "field.quantization", Unit::Plain } },
        { "local.sizing.engine", { "in.engine", Unit::Plain } },
        { "local.sizing.context_tokens", { "in.context", Unit::Tokens } },
        { "local.sizing.concurrency", { "in.concurrency", Unit::Plain } },
        { "local.sizing.units", { "in.units", Unit::Plain } },
        { "local.sizing.powered_hours_per_month", { "in.powered", Unit::Hours } },
        { "local.sizing.electricity_usd_per_kwh", { "in.kwh", Unit::UsdPerKwh } },
        { "local.sizing.max_utilisation", { "in.max_utilisation", Unit::Share } },
        { "local.sizing.measured_tokens_per_second", { "in.measured", Unit::Plain } },
        { "local.sizing.measured_runs", { "in.measured_runs", Unit::Plain } },
        { "local.sizing.device_usd", { "label.local.sizing.device_usd", Unit::Usd } },
        { "local.sizing.host_usd", { "label.local.sizing.host_usd", Unit::Usd } },
        { "local.sizing.active_w", { "label.local.sizing.active_w", Unit::Watts } },
        { "local.sizing.idle_w", { "field.idle_w", Unit::Watts } },
        { "time.usage_growth_per_month", { "in.usage_growth", Unit::Share } },
        { "time.cloud_price_change_per_year", { "field.price_change", Unit::Share } },
        { "time.cached_input_share", { "in.cached_share", Unit::Share } },
        { "time.cache_read_usd_per_mtok", { "field.cache_read", Unit::UsdPerMtok } },
        { "time.batch_share", { "field.batch_share", Unit::Share } },
        { "time.batch_discount", { "field.batch_discount", Unit::Share } },
        { "time.hardware_resale_share", { "field.resale", Unit::Share } },
        { "time.hardware_depreciation_years", { "field.depreciation", Unit::Years } },
        { "hybrid.local_share", { "field.hybrid_share", Unit::Share } },
        { "currency.code", { "field.currency", Unit::Plain } },
        { "currency.per_usd", { "in.per_usd", Unit::Plain } },
        { "currency.as_of", { "field.rate_date", Unit::Plain } },
        { "horizon_months", { "in.horizon", Unit::Months } },
        { "breakeven_threshold_months", { "in.threshold", Unit::Months } },
    };
    return table;
}

} // namespace

std::string ComparisonInputs::label(const std::string& field, Lang lang)
{
    const auto it = fields().find(field);
    return it == fields().end() ? field : OutcomeText::get(it->second.key, lang);
}

std::string ComparisonInputs::text(
    const std::string& field, const std::optional<nlohmann::json>& value, Lang lang, const Currency& currency)
{
    const auto it = fields().find(field);
    if (!value || !value->is_number() || it == fields().end()) {
        // A device or model by its name, not its id.
        const auto& hw = Hardware::builtIn();
        if (value && value->is_string() && field == "local.sizing.device")
            if (const auto* d = hw.device(value->get<std::string>()))
                return d->name;
        if (value && value->is_string() && field == "local.sizing.model")
            if (const auto* m = hw.model(value->get<std::string>()))
                return m->name;
        if (value && value->is_string() && field == "local.sizing.engine")
            if (const auto* g = hw.engine(value->get<std::string>()))
                return g->name;
        if (value && value->is_string() && field == "local.sizing.quantization")
            if (const auto* q = hw.quantization(value->get<std::string>()))
                return q->name;
        return Comparison::valueText(value, lang);
    }
    const double v = value->get<double>();
    switch (it->second.unit) {
    case Unit::Tokens:
        return Format::tokens(v, lang);
    case Unit::Share:
        return Format::percent(v);
    case Unit::Usd:
        return Format::money(v, lang, currency);
    case Unit::UsdPerMtok:
        return Format::unitPrice(v, lang, currency);
    case Unit::UsdPerHour:
        return OutcomeText::format("field.per_hour", lang, { Format::unitPrice(v, lang, currency) });
    case Unit::UsdPerKwh:
        return Format::unitPrice(v, lang, currency, 4);
    case Unit::Hours:
        return Format::hours(v, lang);
    case Unit::Months:
        return Format::months(v, lang);
    case Unit::Watts:
        return Format::compactNumber(v) + Format::nbsp + "W";
    case Unit::Years:
        return OutcomeText::format("compare.unit_years", lang, { Format::compactNumber(v) });
    case Unit::Plain:
        break;
    }
    return Comparison::valueText(value, lang);
}

} // namespace lowregret
