#include "sizing/SizingMemory.h"

#include "lowregret/io/Format.h"
#include "lowregret/sizing/Hardware.h"
#include "lowregret/sizing/Sizing.h"

#include <QProgressBar>

#include <algorithm>
#include <cmath>

namespace lr = lowregret;

namespace {

QString gigabytes(double gb)
{
    return QString::fromStdString(lr::Format::gigabytes(gb));
}

} // namespace

void SizingMemory::show(QProgressBar* bar, const lr::Sizing& s)
{
    const auto& hw = lr::Hardware::builtIn();
    const auto* device = hw.device(s.device);
    if (s.fitChecked) {
        bar->setEnabled(true);
        const double usableOne = s.memoryUsableGb / std::max(1, s.devicesPerReplica);
        const int most = device ? lr::Sizing::maxDevicesPerReplica(*device, hw) : 1;
        // A model that does not fit: core's usable memory is already the most one host holds.
        const double ceiling = s.fits ? usableOne * most : s.memoryUsableGb;
        bar->setValue(static_cast<int>(std::round(std::min(1.0, s.memoryNeededGb / ceiling) * 1000)));
        bar->setFormat(s.fits ? tr("%1 of %2 in %3 × %4")
                                    .arg(gigabytes(s.memoryNeededGb), gigabytes(s.memoryUsableGb))
                                    .arg(s.devicesPerReplica)
                                    .arg(device ? QString::fromStdString(device->name) : QString())
                              : tr("%1: does not fit in %2").arg(gigabytes(s.memoryNeededGb), gigabytes(ceiling)));
        bar->setToolTip(tr("Weights %1 + KV cache %2 + the engine's %3, against the usable memory.")
                            .arg(gigabytes(s.weightsGb), gigabytes(s.kvCacheGb), gigabytes(s.overheadGb)));
    } else {
        bar->setValue(0);
        bar->setEnabled(false);
        bar->setFormat(tr("not checked: no model"));
    }
}
