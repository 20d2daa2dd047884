#pragma once

#include "wizard/CostField.h"

#include <QGroupBox>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class ScenarioDocument;

namespace lowregret {
struct Currency;
struct Scenario;
} // namespace lowregret

// The costs page's cloud side: an example's prices or the offer chosen from the catalog, the
// input and output prices, and how the traffic is billed (cached input, batch).
class CloudApiGroup final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudApiGroup)

public:
    explicit CloudApiGroup(ScenarioDocument& document, QWidget* parent = nullptr);
    ~CloudApiGroup() override;

    void retranslate();
    [[nodiscard]] QWidget* firstField() const;

    // The prices are typed in `currency` and kept in US dollars.
    void setCurrency(const lowregret::Currency& currency);
    void showMoney(const lowregret::Scenario& s);
    void showShares(const lowregret::Scenario& s);
    // The example whose prices the scenario has, or Custom.
    void matchPreset(const lowregret::Scenario& s);
    // What the user typed, into `s`.
    void write(lowregret::Scenario& s) const;
    // The offer named, and the cache-read price that follows it.
    void refresh();

    [[nodiscard]] const CostField& inputPrice() const { return m_inputPrice; }
    [[nodiscard]] const CostField& outputPrice() const { return m_outputPrice; }
    [[nodiscard]] const CostField& cachedShare() const { return m_cachedShare; }
    [[nodiscard]] const CostField& cachePrice() const { return m_cachePrice; }
    [[nodiscard]] const CostField& batchShare() const { return m_batchShare; }
    [[nodiscard]] const CostField& batchDiscount() const { return m_batchDiscount; }

Q_SIGNALS:
    // A field was typed in, or an example chosen (already in the document).
    void edited();
    // The user asked to pick the cloud option from the model catalog.
    void compareModelsRequested();

private:
    void onPreset(int index);

    ScenarioDocument& m_document;
    QComboBox* m_preset = nullptr;
    QLabel* m_presetLabel = nullptr;
    QPushButton* m_compare = nullptr;
    QLabel* m_offerLabel = nullptr;
    CostField m_inputPrice;
    CostField m_outputPrice;
    CostField m_cachedShare;
    CostField m_cachePrice;
    CostField m_batchShare;
    CostField m_batchDiscount;
};
