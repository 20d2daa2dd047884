#include "wizard/UsagePage.h"

#include "document/ScenarioDocument.h"
#include "widgets/NumberField.h"
#include "widgets/Palette.h"
#include "widgets/PlainText.h"
#include "widgets/ScrollingPage.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/costs/CostModel.h"
#include "lowregret/io/Limits.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace {
// The units the usage is typed in: K and M in English, 萬 and 億 as Taiwan counts.
std::array<double, 3> unitMultipliers()
{
    if (UiText::lang() == lowregret::Lang::ZhHant)
        return { 1.0, 1e4, 1e8 };
    return { 1.0, 1e3, 1e6 };
}

double unitMultiplier(int index)
{
    return unitMultipliers().at(static_cast<std::size_t>(std::clamp(index, 0, 2)));
}

// The largest unit that writes the count with at most one decimal (12,000,000 is 12 M or
// 1,200 萬); the plain count otherwise.
int unitFor(double tokens)
{
    const auto units = unitMultipliers();
    for (int i = 2; i >= 1; --i) {
        const double size = units.at(static_cast<std::size_t>(i));
        if (tokens >= size && std::fmod(tokens, size / 10.0) == 0.0)
            return i;
    }
    return 0;
}
} // namespace

UsagePage::UsagePage(ScenarioDocument& document, QWidget* parent)
    : QWizardPage(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("usagePage"));
    auto* layout = ScrollingPage::layout(this);
    auto* form = new QFormLayout;

    m_tokens = new NumberField(this);
    m_tokens->setObjectName(QStringLiteral("monthlyTokensLineEdit"));
    m_tokens->setRange(0.0, lowregret::limits::maxMonthlyTokens);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("tokenUnitComboBox"));
    m_unitIndex = UiText::lang() == lowregret::Lang::ZhHant ? 1 : 2; // 萬 or M until a count says otherwise
    m_unit->addItems({ QString(), QString(), QString() });
    m_unit->setCurrentIndex(m_unitIndex);
    m_tokens->setMultiplier(unitMultiplier(m_unitIndex));
    auto* tokensRow = new QHBoxLayout;
    tokensRow->addWidget(m_tokens, 1);
    tokensRow->addWidget(m_unit);
    m_tokensLabel = new QLabel(this);
    m_tokensLabel->setBuddy(m_tokens);
    form->addRow(m_tokensLabel, tokensRow);

    m_bandLabel = new WrappedLabel(this);
    m_bandLabel->setObjectName(QStringLiteral("bandLabel"));
    form->addRow(QString(), m_bandLabel);
    m_provenance = new WrappedLabel(this);
    m_provenance->setObjectName(QStringLiteral("usageProvenanceLabel"));
    m_provenance->setStyleSheet(QStringLiteral("color: ") + Palette::css(Palette::Role::Muted) + QLatin1Char(';'));
    m_provenance->hide();
    form->addRow(QString(), m_provenance);

    m_share = new NumberField(this);
    m_share->setObjectName(QStringLiteral("inputShareLineEdit"));
    m_share->setRange(0.0, 100.0);
    m_shareLabel = new QLabel(this);
    m_shareLabel->setBuddy(m_share);
    form->addRow(m_shareLabel, m_share);
    layout->addLayout(form);

    m_estimator = new QGroupBox(this);
    m_estimator->setObjectName(QStringLiteral("estimatorGroupBox"));
    auto* estForm = new QFormLayout(m_estimator);
    m_requests = new NumberField(m_estimator);
    m_requests->setObjectName(QStringLiteral("requestsPerDayLineEdit"));
    m_requests->setRange(0.0, 1e9);
    m_perRequest = new NumberField(m_estimator);
    m_perRequest->setObjectName(QStringLiteral("tokensPerRequestLineEdit"));
    m_perRequest->setRange(0.0, 1e7);
    m_days = new NumberField(m_estimator);
    m_days->setObjectName(QStringLiteral("daysPerMonthLineEdit"));
    m_days->setRange(0.0, 31.0);
    m_days->setText(QStringLiteral("30"));
    m_requestsLabel = new QLabel(m_estimator);
    m_requestsLabel->setBuddy(m_requests);
    m_perRequestLabel = new QLabel(m_estimator);
    m_perRequestLabel->setBuddy(m_perRequest);
    m_daysLabel = new QLabel(m_estimator);
    m_daysLabel->setBuddy(m_days);
    estForm->addRow(m_requestsLabel, m_requests);
    estForm->addRow(m_perRequestLabel, m_perRequest);
    estForm->addRow(m_daysLabel, m_days);
    m_estimateLabel = new WrappedLabel(m_estimator); // a message naming a field can take two lines
    m_estimateLabel->setObjectName(QStringLiteral("estimateLabel"));
    m_useEstimate = new QPushButton(m_estimator);
    m_useEstimate->setObjectName(QStringLiteral("useEstimatePushButton"));
    estForm->addRow(m_estimateLabel);
    auto* estRow = new QHBoxLayout;
    estRow->addStretch(1);
    estRow->addWidget(m_useEstimate);
    estForm->addRow(estRow);
    layout->addWidget(m_estimator);

    m_message = new WrappedLabel(this);
    m_message->setObjectName(QStringLiteral("usageMessageLabel"));
    m_message->setStyleSheet(QStringLiteral("color: ") + Palette::css(Palette::Role::Problem) + QLatin1Char(';'));
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_tokens, &QLineEdit::textEdited, this, &UsagePage::onEdited);
    connect(m_share, &QLineEdit::textEdited, this, &UsagePage::onEdited);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &UsagePage::onUnitChanged);
    for (auto* f : { m_requests, m_perRequest, m_days })
        connect(f, &QLineEdit::textEdited, this, &UsagePage::updateEstimate);
    connect(m_useEstimate, &QPushButton::clicked, this, &UsagePage::useEstimate);
    connect(&m_document, &ScenarioDocument::changed, this, &UsagePage::refreshHints);

    retranslate();
    syncFromDocument();
}

UsagePage::~UsagePage() = default;

void UsagePage::retranslate()
{
    setTitle(tr("Monthly usage"));
    const auto* root = m_document.guide().node(m_document.guide().start());
    setSubTitle(root ? UiText::text(root->question) : QString());
    m_tokensLabel->setText(tr("&Monthly tokens:"));
    const QString tokensTip = root ? UiText::text(root->help) : QString();
    m_tokens->setToolTip(
        tokensTip + QStringLiteral("\n") + tr("Input and output tokens together, for a typical month."));
    m_unit->setItemText(0, tr("tokens"));
    if (UiText::lang() == lowregret::Lang::ZhHant) {
        // Not through tr(): these units are how the language counts, not a translation of K and M.
        m_unit->setItemText(1, QStringLiteral("萬"));
        m_unit->setItemText(2, QStringLiteral("億"));
    } else {
        m_unit->setItemText(1, tr("thousand (K)"));
        m_unit->setItemText(2, tr("million (M)"));
    }
    // The language sets the units: the count typed stays the same count in the new ones.
    if (m_tokens->multiplier() != unitMultiplier(m_unitIndex)) {
        const auto before = m_tokens->value();
        m_unitIndex = before ? unitFor(*before) : (UiText::lang() == lowregret::Lang::ZhHant ? 1 : 2);
        {
            const QSignalBlocker blocker(m_unit);
            m_unit->setCurrentIndex(m_unitIndex);
        }
        m_tokens->setMultiplier(unitMultiplier(m_unitIndex));
        if (before)
            m_tokens->setValue(*before);
    }
    m_unit->setToolTip(tr("The unit of the number on the left."));
    m_shareLabel->setText(tr("&Input share (%):"));
    m_share->setToolTip(tr("How much of the monthly tokens is input (prompts) rather than output (answers). "
                           "Providers price them differently; the guide's examples use 50%."));
    m_estimator->setTitle(tr("Don't know your tokens? Estimate them"));
    m_requestsLabel->setText(tr("&Requests a day:"));
    m_requests->setToolTip(tr("How many requests your team or product sends to the model on a working day."));
    m_perRequestLabel->setText(tr("Tok&ens a request:"));
    m_perRequest->setToolTip(
        tr("Prompt plus answer. A short chat turn is a few hundred tokens; a document summary several thousand."));
    m_daysLabel->setText(tr("&Days a month:"));
    m_days->setToolTip(tr("Days a month with that load: about 22 for working days, 30 for every day."));
    m_useEstimate->setText(tr("&Use estimate"));
    m_useEstimate->setToolTip(tr("Put the estimate into Monthly tokens."));
    updateEstimate();
    onEdited();
}

void UsagePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void UsagePage::syncFromDocument()
{
    const auto& s = m_document.scenario();
    if (s.answers.monthlyTokens) {
        const double t = *s.answers.monthlyTokens;
        const int unit = unitFor(t);
        {
            const QSignalBlocker blocker(m_unit);
            m_unit->setCurrentIndex(unit);
        }
        m_unitIndex = unit;
        m_tokens->setMultiplier(unitMultiplier(unit));
        m_tokens->setValue(t);
    } else {
        m_tokens->clear();
    }
    m_share->setValue(s.inputShare * 100.0);
    onEdited();
}

void UsagePage::onUnitChanged(int index)
{
    if (index < 0)
        return;
    // Keep the quantity: 12 M becomes 12,000 K, not 12 K.
    const auto before = m_tokens->value();
    m_unitIndex = index;
    m_tokens->setMultiplier(unitMultiplier(index));
    if (before)
        m_tokens->setValue(*before);
    onEdited();
}

void UsagePage::onEdited()
{
    QStringList problems;
    const auto tokens = m_tokens->value();
    const auto share = m_share->value();
    const bool tokensBad = !tokens && !m_tokens->text().trimmed().isEmpty();
    m_tokens->markInvalid(tokensBad);
    m_share->markInvalid(!share);
    if (tokensBad) {
        problems << m_tokens->problem(tr("Monthly tokens"));
        if (const auto& kept = m_document.scenario().answers.monthlyTokens)
            problems << tr("Until then, the figures and the charts use %1, the last valid value.")
                            .arg(UiText::tokens(*kept));
    }
    if (!share)
        problems << m_share->problem(tr("Input share (%)"));
    m_message->setText(problems.join(QLatin1Char('\n')));

    const bool valid = tokens && share;
    if (tokens || share) {
        // What the fields show of the document's own values is not an edit: a value read from
        // a usage export keeps its provenance until the user changes it.
        // The field shows six decimals of its unit (1.234568 億): within that, it is the same.
        const auto same = [](double a, double b) { return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b)); };
        const auto& current = m_document.scenario();
        const bool tokensSame
            = tokens && current.answers.monthlyTokens && same(*tokens, *current.answers.monthlyTokens);
        const bool shareSame = share && same(*share / 100.0, current.inputShare);
        m_document.edit([&](lowregret::Scenario& s) {
            if (tokens && !tokensSame)
                s.answers.monthlyTokens = *tokens;
            else if (!tokens && m_tokens->text().trimmed().isEmpty())
                s.answers.monthlyTokens.reset();
            if (share && !shareSame)
                s.inputShare = *share / 100.0;
        });
    }
    refreshHints();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

void UsagePage::refreshHints()
{
    const auto walk = m_document.walk();
    const auto* root = m_document.guide().node(m_document.guide().start());
    QString band;
    if (root && walk.band)
        for (const auto& b : root->bands)
            if (b.id == *walk.band)
                band = UiText::text(b.label);
    const auto& tokens = m_document.scenario().answers.monthlyTokens;
    m_bandLabel->setText(band.isEmpty() || !tokens
            ? tr("Enter your monthly tokens to see which band of the guide you are in.")
            : tr("%1 a month: the guide's \"%2\" band.").arg(UiText::tokens(*tokens), band));

    // The fields read from usage exports say so, and from which files and months.
    const auto& provenance = m_document.scenario().provenance;
    const std::pair<const char*, QString> fields[] = { { "answers.monthly_tokens", tr("monthly tokens") },
        { "input_share", tr("input share") }, { "answers.usage_stable", tr("the stability answer") },
        { "time.usage_growth_per_month", tr("usage growth (costs page)") },
        { "time.cached_input_share", tr("cached share (costs page)") } };
    std::vector<std::pair<lowregret::Scenario::Provenance, QStringList>> groups;
    for (const auto& [field, name] : fields) {
        const auto it = provenance.find(field);
        if (it == provenance.end())
            continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == it->second; });
        if (group == groups.end()) {
            groups.push_back({ it->second, {} });
            group = std::prev(groups.end());
        }
        group->second << name;
    }
    QStringList lines;
    for (const auto& [from, names] : groups)
        lines << tr("Read from usage exports: %1 (%2).")
                     .arg(names.join(
                              UiText::lang() == lowregret::Lang::ZhHant ? QStringLiteral("、") : QStringLiteral(", ")),
                         QString::fromStdString(from.describe(UiText::lang())));
    PlainText::setPlain(m_provenance, lines.join(QLatin1Char('\n'))); // file names
    m_provenance->setVisible(!lines.isEmpty());
}

void UsagePage::updateEstimate()
{
    const auto r = m_requests->value();
    const auto t = m_perRequest->value();
    const auto d = m_days->value();
    // A field that is filled in but wrong says which and why, with its range.
    QStringList problems;
    const auto check = [&problems](NumberField* field, bool ok, const QString& name) {
        const bool bad = !ok && !field->text().trimmed().isEmpty();
        field->markInvalid(bad);
        if (bad)
            problems << field->problem(name);
    };
    check(m_requests, r.has_value(), tr("Requests a day"));
    check(m_perRequest, t.has_value(), tr("Tokens a request"));
    check(m_days, d.has_value(), tr("Days a month"));
    m_estimateLabel->setStyleSheet(problems.isEmpty()
            ? QString()
            : QStringLiteral("color: ") + Palette::css(Palette::Role::Problem) + QLatin1Char(';'));
    if (!problems.isEmpty()) {
        m_estimateLabel->setText(problems.join(QLatin1Char('\n')));
        m_useEstimate->setEnabled(false);
    } else if (r && t && d) {
        const double estimate = lowregret::CostModel::estimateMonthlyTokens(*r, *t, *d);
        m_estimateLabel->setText(tr("Estimate: %1 a month").arg(UiText::tokens(estimate)));
        m_useEstimate->setEnabled(estimate <= lowregret::limits::maxMonthlyTokens);
    } else {
        m_estimateLabel->setText(tr("Fill in the three fields to get an estimate."));
        m_useEstimate->setEnabled(false);
    }
}

void UsagePage::useEstimate()
{
    const auto r = m_requests->value();
    const auto t = m_perRequest->value();
    const auto d = m_days->value();
    if (!r || !t || !d)
        return;
    const double estimate = lowregret::CostModel::estimateMonthlyTokens(*r, *t, *d);
    m_document.edit([&](lowregret::Scenario& s) { s.answers.monthlyTokens = estimate; });
    syncFromDocument();
}

bool UsagePage::isComplete() const
{
    return m_valid && QWizardPage::isComplete();
}

void UsagePage::initializePage()
{
    // Keyboard users start typing the number at once (the wizard focuses the page's proxy).
    setFocusProxy(m_tokens);
}
