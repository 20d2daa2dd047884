#pragma once

#include <QString>

// spdlog for the app: a rotating file under the app's data folder plus stderr, with Qt's own
// messages forwarded into it.
class Logging final {
public:
    Logging() = delete;

    // level: trace, debug, info, warn, error, critical, off. Returns false for an unknown level.
    static bool setUp(const QString& level);
};
