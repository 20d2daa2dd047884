#pragma once

#include "lowregret/sizing/Sizing.h"

#include <QWidget>

#include <optional>

class MeasuredRunsAction;
class NoFitNotice;
class NumberField;
class QComboBox;
class QLabel;
class QProgressBar;

// "Size it for my usage": the device, the open model and how it runs, with what core's sizing
// makes of them at the user's usage, live: the memory needed against what the devices hold,
// the capacity against the demand, the device count and the electricity.
class SizingPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizingPanel)

public:
    explicit SizingPanel(QWidget* parent = nullptr);
    ~SizingPanel() override;

    // Shows `input`, and the sizing at `monthlyTokens` (none: not known yet); a model that does
    // not fit names the nearest device that runs it, the cheapest over `months`.
    void setInput(const lowregret::SizingInput& input);
    void showSizing(std::optional<double> monthlyTokens, double inputShare, int months = 12);
    // What the fields say; nullopt while one of them is not valid (problems() says why).
    [[nodiscard]] std::optional<lowregret::SizingInput> input() const;
    [[nodiscard]] QStringList problems() const;
    // "Use My Measurements…" on `path`, as if the file had been chosen (MeasuredRunsAction).
    bool useMeasurements(const QString& path);
    // The currency the electricity price is typed in; the presets convert at its rate.
    void setCurrency(const lowregret::Currency& currency);

Q_SIGNALS:
    void edited();
    // "Use My Measurements…" or "Forget Measurements": the runs the scenario is to hold.
    void measurementsChanged(const lowregret::MeasuredRuns& runs);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillQuantizations();
    void onElectricityPreset(int index);
    void matchElectricityPreset();
    void pickDevice(const QString& deviceId);

    lowregret::SizingInput m_base; // the fields the panel does not show keep their values
    QComboBox* m_device = nullptr;
    QComboBox* m_model = nullptr;
    QComboBox* m_quantization = nullptr;
    QComboBox* m_engine = nullptr;
    NumberField* m_context = nullptr;
    NumberField* m_concurrency = nullptr;
    NumberField* m_hoursOn = nullptr;
    NumberField* m_kwhPrice = nullptr;
    QComboBox* m_kwhPreset = nullptr; // resources/hardware.json, electricity_prices; last: custom
    QLabel* m_kwhPresetLabel = nullptr;
    lowregret::Currency m_currency;
    NumberField* m_measured = nullptr;
    QLabel* m_deviceLabel = nullptr;
    QLabel* m_modelLabel = nullptr;
    QLabel* m_quantizationLabel = nullptr;
    QLabel* m_engineLabel = nullptr;
    QLabel* m_contextLabel = nullptr;
    QLabel* m_concurrencyLabel = nullptr;
    QLabel* m_hoursOnLabel = nullptr;
    QLabel* m_kwhPriceLabel = nullptr;
    QLabel* m_measuredLabel = nullptr;
    MeasuredRunsAction* m_runs = nullptr;
    QProgressBar* m_memory = nullptr;
    QLabel* m_memoryLabel = nullptr;
    QLabel* m_result = nullptr;
    NoFitNotice* m_noFit = nullptr;
    std::optional<double> m_tokens;
    int m_months = 12;
    double m_share = 0.5;
};
