#include "GuiFixture.h"

#include "document/Autosave.h"
#include "document/ScenarioDocument.h"
#include "wizard/DecisionWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

void GuiFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    // Each test has its own data folder (autosave, log, user catalog), so tests that run in
    // parallel never share a file.
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toLocal8Bit());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(lowregret::Lang::En);
    m_window = std::make_unique<MainWindow>(*m_settings, *m_languages);
    m_window->setInteractive(false);
    m_window->show();
    QApplication::processEvents();
}

void GuiFixture::TearDown()
{
    m_window->document().setModified(false); // no prompt on the way out
    m_window->autosave().discard();
    m_window.reset();
    m_languages.reset();
    QApplication::processEvents();
}

QAbstractButton* GuiFixture::nextButton() const
{
    return m_window->wizard()->button(QWizard::NextButton);
}

QAbstractButton* GuiFixture::backButton() const
{
    return m_window->wizard()->button(QWizard::BackButton);
}

int GuiFixture::page() const
{
    return m_window->wizard()->currentId();
}

void GuiFixture::clickNext()
{
    ASSERT_TRUE(nextButton()->isVisible());
    ASSERT_TRUE(nextButton()->isEnabled()) << "Next is disabled on page " << page();
    QTest::mouseClick(nextButton(), Qt::LeftButton);
    QApplication::processEvents();
}

void GuiFixture::clickBack()
{
    ASSERT_TRUE(backButton()->isEnabled());
    QTest::mouseClick(backButton(), Qt::LeftButton);
    QApplication::processEvents();
}

void GuiFixture::click(const QString& objectName)
{
    auto* button = find<QAbstractButton>(objectName);
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible()) << objectName.toStdString();
    // Check boxes and radio buttons take clicks on their indicator and text only, as a user
    // clicks them, not on the empty width a layout gives them.
    const bool indicator = button->inherits("QCheckBox") || button->inherits("QRadioButton");
    const QPoint at = indicator ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, at);
    QApplication::processEvents();
}

void GuiFixture::typeInto(const QString& objectName, const QString& text)
{
    auto* edit = find<QLineEdit>(objectName);
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QApplication::processEvents();
}

void GuiFixture::enterUsage(const QString& millions)
{
    ASSERT_EQ(page(), static_cast<int>(WizardPageId::Welcome));
    clickNext();
    ASSERT_EQ(page(), static_cast<int>(WizardPageId::Usage));
    typeInto(QStringLiteral("monthlyTokensLineEdit"), millions);
}

void GuiFixture::walkToCosts(const QString& millions)
{
    enterUsage(millions);
    clickNext();
    answer(QStringLiteral("usageStable"), true);
    clickNext();
    answer(QStringLiteral("dataSensitive"), false);
    clickNext();
    answer(QStringLiteral("teamCanMaintain"), true);
    clickNext();
    ASSERT_EQ(page(), static_cast<int>(WizardPageId::Costs));
}

void GuiFixture::sizeForModel(const QString& modelId, const QString& quantization)
{
    auto* mode = find<QComboBox>(QStringLiteral("localModeComboBox"));
    ASSERT_NE(mode, nullptr);
    mode->setCurrentIndex(1);
    Q_EMIT mode->activated(1);
    auto* model = find<QComboBox>(QStringLiteral("sizingModelComboBox"));
    ASSERT_NE(model, nullptr);
    model->setCurrentIndex(model->findData(modelId));
    Q_EMIT model->activated(model->currentIndex());
    QApplication::processEvents();
    if (quantization.isEmpty())
        return;
    auto* quant = find<QComboBox>(QStringLiteral("sizingQuantizationComboBox"));
    ASSERT_NE(quant, nullptr);
    quant->setCurrentIndex(quant->findData(quantization));
    Q_EMIT quant->activated(quant->currentIndex());
    QApplication::processEvents();
}

void GuiFixture::answer(const QString& field, bool yes)
{
    click(field + (yes ? QStringLiteral("YesRadioButton") : QStringLiteral("NoRadioButton")));
}

std::string GuiFixture::leaf() const
{
    const auto result = m_window->document().decide();
    return result.outcome ? result.outcome->leaf : std::string("<none>");
}
