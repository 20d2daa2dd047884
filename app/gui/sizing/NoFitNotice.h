#pragma once

#include "lowregret/sizing/Sizing.h"

#include <QWidget>

#include <optional>

class QPushButton;
class WrappedLabel;

// Under the sizing, when the model does not fit the device: core's sentence in the warning
// colour (the local side cannot run it, nothing local is priced, the nearest device that runs
// it), and a button that picks that device. Hidden while the model fits.
class NoFitNotice final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoFitNotice)

public:
    explicit NoFitNotice(QWidget* parent = nullptr);
    ~NoFitNotice() override;

    // Shown for `input` at this usage when its model does not fit; hidden otherwise.
    void showFor(const lowregret::SizingInput& input, double monthlyTokens, double inputShare, int months);

Q_SIGNALS:
    // The nearest device that runs the model, by its id, was chosen.
    void devicePicked(const QString& deviceId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    WrappedLabel* m_text = nullptr;
    QPushButton* m_pick = nullptr;
    std::optional<lowregret::Sizing> m_nearest;
    std::optional<lowregret::SizingInput> m_input;
    double m_tokens = 0.0;
    double m_share = 0.5;
    int m_months = 12;
};
