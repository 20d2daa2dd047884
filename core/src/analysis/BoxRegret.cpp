#include "analysis/BoxRegret.h"

#include "analysis/HorizonTotals.h"

#include <algorithm>
#include <array>

namespace lowregret {

namespace {

using Input = ScenarioInputs::Input;
using ChoiceRegret = Sensitivity::ChoiceRegret;

} // namespace

void BoxRegret::find(Sensitivity::Analysis& a, const Scenario& scenario, const std::vector<const Input*>& box,
    const std::vector<std::pair<double, double>>& bounds)
{
    // Regret: each choice's total at the horizon minus the cheaper of the two, over the box's
    // corners and a Halton sequence through it (the mean is over the Halton points).
    Scenario scratch = scenario;
    const auto regretAt = [&](ChoiceRegret& local, ChoiceRegret& cloud, bool mean) {
        const HorizonTotals t = HorizonTotals::of(scratch);
        const double cheaper = std::min(t.local, t.cloud);
        const double rl = t.local - cheaper;
        const double rc = t.cloud - cheaper;
        const auto note = [&](ChoiceRegret& c, double r) {
            if (mean)
                c.mean += r;
            if (r > c.max) {
                c.max = r;
                c.at.clear();
                for (const Input* e : box)
                    c.at[e->path] = ScenarioInputs::get(scratch, *e);
            }
        };
        note(local, rl);
        note(cloud, rc);
    };
    const std::size_t n = box.size();
    constexpr std::size_t mostCornerInputs = 16;
    if (n <= mostCornerInputs) {
        const std::size_t corners = std::size_t(1) << n;
        for (std::size_t c = 0; c < corners; ++c) {
            for (std::size_t i = 0; i < n; ++i)
                ScenarioInputs::set(scratch, *box[i], (c >> i) & 1 ? bounds[i].second : bounds[i].first);
            regretAt(a.regret.local, a.regret.cloud, false);
        }
        a.regret.corners = corners;
    }
    static constexpr std::array<int, 16> primes { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53 };
    const auto halton = [](std::size_t index, int radix) {
        double f = 1.0;
        double r = 0.0;
        for (std::size_t i = index; i > 0; i /= std::size_t(radix)) {
            f /= radix;
            r += f * double(i % std::size_t(radix));
        }
        return r;
    };
    if (n > 0) {
        ChoiceRegret sampleLocal = a.regret.local;
        ChoiceRegret sampleCloud = a.regret.cloud;
        sampleLocal.mean = sampleCloud.mean = 0.0;
        for (std::size_t k = 1; k <= Sensitivity::regretSamples; ++k) {
            for (std::size_t i = 0; i < n; ++i) {
                const double u = halton(k, primes[i % primes.size()]);
                ScenarioInputs::set(scratch, *box[i], bounds[i].first + (bounds[i].second - bounds[i].first) * u);
            }
            regretAt(sampleLocal, sampleCloud, true);
        }
        a.regret.local = sampleLocal;
        a.regret.cloud = sampleCloud;
        a.regret.local.mean /= Sensitivity::regretSamples;
        a.regret.cloud.mean /= Sensitivity::regretSamples;
        a.regret.samples = Sensitivity::regretSamples;
    } else {
        const double rl = std::max(0.0, a.difference);
        const double rc = std::max(0.0, -a.difference);
        a.regret.local = { rl, rl, {} };
        a.regret.cloud = { rc, rc, {} };
    }
}

} // namespace lowregret
