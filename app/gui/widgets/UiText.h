#pragma once

#include "lowregret/io/Currency.h"
#include "lowregret/io/Lang.h"
#include "lowregret/io/LocalizedText.h"

#include <QFont>
#include <QString>

#include <optional>

// The app's bridge to core's formatting and bilingual guide texts: every amount, duration and
// guide sentence the app shows goes through here, in the language the user picked.
class UiText final {
public:
    UiText() = delete;

    static lowregret::Lang lang();
    static void setLang(lowregret::Lang lang);

    // The currency amounts are shown in: the open scenario's (ScenarioDocument sets it).
    static const lowregret::Currency& currency();
    static void setCurrency(const lowregret::Currency& currency);

    static QString text(const lowregret::LocalizedText& text);
    // An amount kept in US dollars, in the current currency: "$6,480.00" or "NT$203,718".
    static QString money(double usd);
    // A price of one unit, which keeps its cents in NT$: "$0.1648" (usdDecimals 4) or "NT$5.18".
    static QString unitPrice(double usd, int usdDecimals = 2);
    // "USD" / "美元" / "NT$", for a field's label.
    static QString currencyUnit();
    static QString months(std::optional<double> months);
    static QString tokens(double tokens);
    static QString shortTokens(double tokens);
    static QString number(double value, int decimals);
    static QString percent(double share);
    // ": " in English, a full-width colon in Chinese; " (text)" or a full-width "（text）".
    static QString colon();
    static QString parenthesized(const QString& text);
    // The face for charts and the report, set explicitly: Latin text and digits from DejaVu,
    // Han characters from Noto Sans CJK TC (left alone, Qt picks the Japanese face), or from
    // the family set with setHanFamily: the report sets its own copy of it while it is written.
    static QFont font(qreal points, bool bold = false);
    static QString hanFamily();
    static void setHanFamily(const QString& family); // empty: Noto Sans CJK TC again
};
