#include "lowregret/catalog/PriceImport.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/catalog/GenaiPricesImport.h"
#include "lowregret/io/JsonReader.h"

namespace lowregret {

std::string PriceImport::formatName(Format format)
{
    return format == Format::GenaiPrices ? "genai-prices" : "litellm";
}

std::optional<PriceImport::Format> PriceImport::recognise(const nlohmann::json& json)
{
    if (GenaiPricesImport::recognises(json))
        return Format::GenaiPrices;
    // LiteLLM's file is one object of models by name; its reader says what it cannot use.
    if (json.is_object())
        return Format::LiteLlm;
    return std::nullopt;
}

PriceImport::Read PriceImport::fromJson(
    const nlohmann::json& json, const std::string& asOf, const std::string& fileName)
{
    Read read;
    read.format = recognise(json);
    if (!read.format) {
        read.result.errors.push_back({ .path = "",
            .kind = Problem::Kind::UnknownPriceFile,
            .expected = "LiteLLM model_prices_and_context_window.json, genai-prices data.json" });
        return read;
    }
    if (*read.format == Format::GenaiPrices)
        read.result = GenaiPricesImport::fromJson(json, asOf, "genai-prices " + fileName);
    else
        read.result = LiteLlmImport::fromJson(json, asOf, "LiteLLM price file " + fileName);
    return read;
}

PriceImport::Read PriceImport::fromFile(const std::filesystem::path& file, const std::optional<std::string>& asOf)
{
    Problems errors;
    const auto json = JsonReader::readFile(file, { .maxBytes = LiteLlmImport::maxFileBytes, .maxDepth = 16 }, errors);
    if (!json) {
        Read read;
        read.result.errors = std::move(errors);
        return read;
    }
    // Read after the file: a file that could be read has a modification time.
    const std::string date = asOf ? *asOf : LiteLlmImport::modifiedDate(file).value_or(Catalog::today());
    auto read = fromJson(*json, date, file.filename().string());
    for (auto& p : read.result.errors)
        p.path = file.string() + (p.path.empty() ? "" : ": " + p.path);
    return read;
}

} // namespace lowregret
