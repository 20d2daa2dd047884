#include "lowregret/outcome/Evaluation.h"

namespace lowregret {

namespace {

void fail(Evaluation& e, Evaluation::Step step, Problems problems)
{
    e.failedAt = step;
    if (problems.size() > Evaluation::maxProblemsShown) {
        e.errorsLeftOut = problems.size() - Evaluation::maxProblemsShown;
        problems.resize(Evaluation::maxProblemsShown);
    }
    e.errors = std::move(problems);
}

} // namespace

Evaluation Evaluation::run(const Source& source, const Guide& guide, const CatalogSource& catalog, bool decide)
{
    Evaluation e;
    auto loaded = source.stream ? Scenario::fromStream(*source.stream, source.name, guide)
                                : Scenario::fromFile(source.file, guide);
    e.warnings = std::move(loaded.warnings);
    if (!loaded.scenario) {
        fail(e, Step::Read, std::move(loaded.errors));
        return e;
    }
    e.scenario = std::move(loaded.scenario);

    if (!e.scenario->cloud.model.empty()) {
        if (const Catalog* c = catalog ? catalog() : nullptr) {
            auto resolution = e.scenario->resolveOffer(*c);
            e.warnings.insert(e.warnings.end(), resolution.warnings.begin(), resolution.warnings.end());
            if (!resolution.errors.empty()) {
                fail(e, Step::Offer, std::move(resolution.errors));
                return e;
            }
            e.offer = resolution.offer;
        }
    }
    if (!decide)
        return e;

    auto decided = Decision::decide(guide, *e.scenario);
    if (!decided.outcome) {
        fail(e, Step::Decide, std::move(decided.errors));
        return e;
    }
    e.outcome = std::move(decided.outcome);
    return e;
}

} // namespace lowregret
