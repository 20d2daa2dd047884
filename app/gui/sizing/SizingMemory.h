#pragma once

#include <QCoreApplication>

class QProgressBar;

namespace lowregret {
struct Sizing;
} // namespace lowregret

// The sizing panel's memory bar: what one replica needs against what its devices hold (or the
// most one host holds, for a model that does not fit), and what the need is made of.
class SizingMemory final {
    Q_DECLARE_TR_FUNCTIONS(SizingPanel)

public:
    SizingMemory() = delete;

    static void show(QProgressBar* bar, const lowregret::Sizing& sizing);
};
