#include "wizard/CostsPage.h"
#include "wizard/CloudApiGroup.h"
#include "wizard/CostsSummary.h"
#include "wizard/LocalDeploymentGroup.h"
#include "wizard/TimeAndCurrencyGroup.h"

#include "document/ScenarioDocument.h"
#include "widgets/NumberField.h"
#include "widgets/Palette.h"
#include "widgets/ScrollingPage.h"
#include "widgets/UiText.h"
#include "widgets/WrappedLabel.h"

#include "lowregret/costs/CostModel.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace lr = lowregret;

CostsPage::CostsPage(ScenarioDocument& document, QWidget* parent)
    : QWizardPage(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("costsPage"));
    m_layout = ScrollingPage::layout(this);
    connect(&m_document, &ScenarioDocument::changed, this, &CostsPage::refreshSummary);
    retranslate();
}

CostsPage::~CostsPage() = default;

// The groups are made the first time the page is needed, not with the window, which opens on
// the welcome page. Until then the page has nothing typed on it, so it is complete.
void CostsPage::build()
{
    if (m_cloud)
        return;
    // Nothing is on show yet, and the wizard asks isComplete() as it shows the page: the steps
    // through fields not yet filled are not news.
    const QSignalBlocker quiet(this);
    m_cloud = new CloudApiGroup(m_document, this);
    m_layout->addWidget(m_cloud);
    m_local = new LocalDeploymentGroup(m_document, this);
    m_layout->addWidget(m_local);
    m_time = new TimeAndCurrencyGroup(m_document, this);
    m_layout->addWidget(m_time);

    m_summary = new WrappedLabel(this);
    m_summary->setObjectName(QStringLiteral("costSummaryLabel"));
    m_layout->addWidget(m_summary);
    m_message = new WrappedLabel(this);
    m_message->setObjectName(QStringLiteral("costsMessageLabel"));
    m_message->setStyleSheet(QStringLiteral("color: ") + Palette::css(Palette::Role::Problem) + QLatin1Char(';'));
    m_layout->addWidget(m_message);
    m_layout->addStretch();

    connect(m_cloud, &CloudApiGroup::edited, this, &CostsPage::onEdited);
    connect(m_cloud, &CloudApiGroup::compareModelsRequested, this, &CostsPage::compareModelsRequested);
    connect(m_local, &LocalDeploymentGroup::edited, this, &CostsPage::onEdited);
    connect(m_time, &TimeAndCurrencyGroup::edited, this, &CostsPage::onEdited);
    connect(m_time, &TimeAndCurrencyGroup::currencyChanged, this, &CostsPage::onCurrency);
    connect(m_time, &TimeAndCurrencyGroup::rateChanged, this, &CostsPage::onRateChanged);
    keepTabOrder();

    retranslate();
    showDocument();
}

// Made later than the pages after this one and the rest of the window, the fields joined the
// window's tab chain at its end. Tab goes through the pages' fields in the wizard's order, so
// they go back to where they stood when made with the page: right after the scrolled content,
// not right after the page, or naming a field its focus proxy would move the page behind them.
void CostsPage::keepTabOrder()
{
    QList<QWidget*> fields;
    for (QWidget* w = m_cloud; w != this && isAncestorOf(w); w = w->nextInFocusChain())
        if (w->focusPolicy() != Qt::NoFocus)
            fields << w;
    // setTabOrder() places a widget after one that takes the focus: the content does, meanwhile.
    QWidget* content = m_layout->parentWidget();
    const Qt::FocusPolicy policy = content->focusPolicy();
    content->setFocusPolicy(Qt::TabFocus);
    QWidget* previous = content;
    for (QWidget* field : std::as_const(fields)) {
        setTabOrder(previous, field);
        previous = field;
    }
    content->setFocusPolicy(policy);
}

void CostsPage::retranslate()
{
    setTitle(tr("Costs"));
    setSubTitle(
        tr("Compare total cost of ownership, not monthly fees: hardware, electricity, maintenance and API fees."));
    if (!m_cloud)
        return;
    m_cloud->retranslate();
    m_local->retranslate();
    m_time->retranslate();
    onEdited();
}

void CostsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void CostsPage::syncFromDocument()
{
    if (m_cloud)
        showDocument();
    else
        build(); // which shows it
}

void CostsPage::showDocument()
{
    const auto& s = m_document.scenario();
    applyCurrency();
    showMoney();
    m_local->showFigures(s);
    m_time->showFigures(s);
    m_cloud->showShares(s);
    onEdited();
}

void CostsPage::applyCurrency()
{
    const auto& c = m_document.scenario().currency;
    UiText::setCurrency(c);
    m_cloud->setCurrency(c);
    m_local->setCurrency(c);
    m_time->setCurrency(c);
    retranslate();
}

void CostsPage::showMoney()
{
    const auto& s = m_document.scenario();
    m_cloud->showMoney(s);
    m_local->showMoney(s);
}

void CostsPage::onCurrency()
{
    applyCurrency();
    showMoney();
    onEdited();
}

void CostsPage::onRateChanged()
{
    applyCurrency();
    showMoney();
    refreshSummary();
}

void CostsPage::matchPresets()
{
    const auto& s = m_document.scenario();
    m_cloud->matchPreset(s);
    m_local->matchPreset(s);
}

void CostsPage::onEdited()
{
    const std::pair<const CostField*, QString> fields[] = {
        { &m_cloud->inputPrice(), tr("Input price") },
        { &m_cloud->outputPrice(), tr("Output price") },
        { &m_local->hardware(), tr("Hardware") },
        { &m_local->electricity(), tr("Electricity a month") },
        { &m_local->maintenanceHours(), tr("Maintenance hours a month") },
        { &m_local->hourlyRate(), tr("Hourly rate") },
        { &m_local->setupHours(), tr("Setup hours") },
        { &m_time->horizon(), tr("Horizon") },
        { &m_time->threshold(), tr("Breakeven threshold") },
        { &m_cloud->cachedShare(), tr("Cached input") },
        { &m_cloud->cachePrice(), tr("Cache-read price") },
        { &m_cloud->batchShare(), tr("Batch traffic") },
        { &m_cloud->batchDiscount(), tr("Batch discount") },
        { &m_local->resale(), tr("Resale value") },
        { &m_local->depreciation(), tr("Depreciation") },
        { &m_local->hybridShare(), tr("Hybrid share") },
        { &m_time->growth(), tr("Usage growth") },
        { &m_time->priceChange(), tr("Cloud price change") },
        { &m_time->perUsd(), tr("Exchange rate") },
    };
    QStringList problems;
    for (const auto& [field, name] : fields) {
        if (field == &m_time->perUsd() && m_document.scenario().currency.isUsd())
            continue; // hidden: the dollar has no rate
        const bool ok = field->valid();
        field->edit->markInvalid(!ok);
        if (!ok)
            problems << field->edit->problem(name);
    }
    if (m_local->sized())
        problems << m_local->sizingProblems();
    // What is typed stays out of the figures until it is valid: say what they show meanwhile.
    if (!problems.isEmpty())
        problems << tr("Until then, the figures and the charts use the last valid values.");
    m_message->setText(problems.join(QLatin1Char('\n')));

    // Only what the user typed goes into the document. A field still showing the document's
    // value (set by syncFromDocument, a preset or an offer) shows it rounded for display, and
    // writing that back would turn an offer's exact price into a typed one and drop the offer.
    m_document.edit([this](lr::Scenario& s) {
        m_cloud->write(s);
        m_local->write(s);
        m_time->write(s);
    });
    matchPresets();
    refreshSummary();

    const bool valid = problems.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT completeChanged();
    }
}

void CostsPage::refreshSummary()
{
    if (!m_cloud)
        return; // made and filled when first needed
    const auto& s = m_document.scenario();
    m_cloud->refresh();
    m_local->refresh(s);
    if (!s.answers.monthlyTokens) {
        m_summary->clear();
        return;
    }
    m_summary->setText(
        CostsSummary::text(*s.answers.monthlyTokens, lr::CostModel::summarize(s, *s.answers.monthlyTokens)));
}

bool CostsPage::isComplete() const
{
    return m_valid && QWizardPage::isComplete();
}

void CostsPage::initializePage()
{
    build();
    setFocusProxy(m_cloud->firstField());
}
