#include "lowregret/outcome/InputText.h"

#include "outcome/OutcomeText.h"
#include "outcome/SectionsBuilder.h"

#include "lowregret/io/Format.h"
#include "lowregret/outcome/Sections.h"
#include "lowregret/scenario/ScenarioInputs.h"

namespace lowregret {

std::string InputText::label(std::string_view path, Lang lang)
{
    return OutcomeText::get("label." + std::string(path), lang);
}

std::string InputText::valueText(std::string_view path, double value, Lang lang, const Currency& currency)
{
    const ScenarioInputs::Input* in = ScenarioInputs::input(path);
    return in ? SectionsBuilder::inputValueText(*in, value, lang, currency) : Format::compactNumber(value);
}

std::string InputText::choiceName(Recommendation choice, Lang lang)
{
    return Sections::recommendationName(choice, lang);
}

} // namespace lowregret
