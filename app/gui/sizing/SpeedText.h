#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lowregret {
struct Sizing;
} // namespace lowregret

// Core's speeds as the sizing panel and "Which hardware?" show them: decode of one stream,
// the aggregate of concurrent requests, prefill and the time to the first token, each apart
// and each said to be measured (the team's llama-bench runs) or estimated.
class SpeedText final {
    Q_DECLARE_TR_FUNCTIONS(SpeedText)

public:
    SpeedText() = delete;

    [[nodiscard]] static QString tokensPerSecond(double value);
    [[nodiscard]] static QString seconds(double value);
    // A table cell: the figure, with a check mark after a measured one.
    [[nodiscard]] static QString cell(const QString& figure, bool measured);
    [[nodiscard]] static QString cellToolTip(bool measured);
    // The sizing panel's lines about speed.
    [[nodiscard]] static QStringList lines(const lowregret::Sizing& sizing);
};
