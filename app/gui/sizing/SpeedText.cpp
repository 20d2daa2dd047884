#include "sizing/SpeedText.h"

#include "widgets/UiText.h"

#include "lowregret/sizing/Sizing.h"

QString SpeedText::tokensPerSecond(double value)
{
    return UiText::number(value, value < 10 ? 1 : 0);
}

QString SpeedText::seconds(double value)
{
    return UiText::number(value, value < 1 ? 2 : value < 10 ? 1 : 0);
}

QString SpeedText::cell(const QString& figure, bool measured)
{
    return measured ? tr("%1 ✓").arg(figure) : figure;
}

QString SpeedText::cellToolTip(bool measured)
{
    return measured ? tr("Measured: from your llama-bench runs of this model, quantization and device.")
                    : tr("Estimated from the device's memory bandwidth and compute.");
}

QStringList SpeedText::lines(const lowregret::Sizing& s)
{
    const auto source = [](bool measured) { return measured ? tr("measured") : tr("estimated"); };
    // A decode measured at another depth, or for one stream where several run, the formula moved.
    const QString decodeSource = s.decodeScaled ? tr("scaled from your measured run") : source(s.decodeMeasured);
    QStringList out;
    out << tr("Decode: %1 tokens/s a request at a context of %2 (%3).")
               .arg(tokensPerSecond(s.decodeTokensPerSecond), UiText::tokens(s.decodeDepth), decodeSource);
    if (s.concurrency > 1)
        out << tr("Together: %1 tokens/s for %2 concurrent requests (%3).")
                   .arg(tokensPerSecond(s.aggregateTokensPerSecond))
                   .arg(s.concurrency)
                   .arg(s.decodeMeasured ? tr("from the measured decode") : tr("estimated"));
    out << tr("Prefill: %1 tokens/s (%2); the first token after %3 s for a prompt of %4.")
               .arg(tokensPerSecond(s.prefillTokensPerSecond), source(s.prefillMeasured), seconds(s.timeToFirstTokenS),
                   UiText::tokens(s.promptTokens));
    return out;
}
