#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class NumberField;
class QComboBox;
class QLabel;

// Compare Models' filters: use case, provider, a monthly cost limit and a context minimum,
// each off by default. A cost limit that is not a number filters nothing and says why, under
// the fields; it is never replaced by a guess.
class OfferFilterBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferFilterBar)

public:
    // `providers` as the catalog names them, in the order to list them.
    explicit OfferFilterBar(const QStringList& providers, QWidget* parent = nullptr);
    ~OfferFilterBar() override;

    [[nodiscard]] QString useCase() const; // a catalog use case id; empty for any
    [[nodiscard]] QString provider() const; // empty for any
    [[nodiscard]] std::optional<double> maxMonthlyUsd() const; // none when empty or invalid
    [[nodiscard]] std::optional<long long> minContextTokens() const;
    // The last field, for the dialog's tab order.
    [[nodiscard]] QWidget* lastField() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void checkMaxPrice();

    QLabel* m_useCaseLabel = nullptr;
    QComboBox* m_useCase = nullptr;
    QLabel* m_providerLabel = nullptr;
    QComboBox* m_provider = nullptr;
    QLabel* m_maxPriceLabel = nullptr;
    NumberField* m_maxPrice = nullptr;
    QLabel* m_minContextLabel = nullptr;
    QComboBox* m_minContext = nullptr;
    QLabel* m_message = nullptr;
};
