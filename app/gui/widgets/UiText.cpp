#include "widgets/UiText.h"

#include "lowregret/io/Format.h"

#include <QStringList>

namespace {
lowregret::Lang g_lang = lowregret::Lang::En;
lowregret::Currency g_currency;
QString g_hanFamily;
} // namespace

lowregret::Lang UiText::lang()
{
    return g_lang;
}

void UiText::setLang(lowregret::Lang lang)
{
    g_lang = lang;
}

QString UiText::text(const lowregret::LocalizedText& text)
{
    return QString::fromStdString(text.in(g_lang));
}

const lowregret::Currency& UiText::currency()
{
    return g_currency;
}

void UiText::setCurrency(const lowregret::Currency& currency)
{
    g_currency = currency;
}

QString UiText::money(double usd)
{
    return QString::fromStdString(lowregret::Format::money(usd, g_lang, g_currency));
}

QString UiText::unitPrice(double usd, int usdDecimals)
{
    return QString::fromStdString(lowregret::Format::unitPrice(usd, g_lang, g_currency, usdDecimals));
}

QString UiText::currencyUnit()
{
    return QString::fromStdString(lowregret::Format::currencyUnit(g_currency, g_lang));
}

QString UiText::months(std::optional<double> months)
{
    return QString::fromStdString(lowregret::Format::months(months, g_lang));
}

QString UiText::tokens(double tokens)
{
    return QString::fromStdString(lowregret::Format::tokens(tokens, g_lang));
}

QString UiText::shortTokens(double tokens)
{
    return QString::fromStdString(lowregret::Format::shortTokens(tokens, g_lang));
}

QString UiText::number(double value, int decimals)
{
    return QString::fromStdString(lowregret::Format::number(value, decimals));
}

QString UiText::percent(double share)
{
    return QString::fromStdString(lowregret::Format::percent(share));
}

QString UiText::colon()
{
    return g_lang == lowregret::Lang::ZhHant ? QStringLiteral("：") : QStringLiteral(": ");
}

QString UiText::parenthesized(const QString& text)
{
    return g_lang == lowregret::Lang::ZhHant ? QStringLiteral("（") + text + QStringLiteral("）")
                                             : QStringLiteral(" (") + text + QStringLiteral(")");
}

QFont UiText::font(qreal points, bool bold)
{
    QFont f;
    f.setFamilies(QStringList { QStringLiteral("DejaVu Sans"), hanFamily() });
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString UiText::hanFamily()
{
    return g_hanFamily.isEmpty() ? QStringLiteral("Noto Sans CJK TC") : g_hanFamily;
}

void UiText::setHanFamily(const QString& family)
{
    g_hanFamily = family;
}
