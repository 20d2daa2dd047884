// The app under a C locale that writes a decimal comma (de_DE.UTF-8), as QApplication installs
// it for a German user: the costs page, its fields and the PDF must show the figures as in any
// other locale ("$4,570.26", "12"), and a field must refuse a decimal comma rather than read it
// as a thousands separator.
#include "GuiFixture.h"
#include "RunProgram.h"

#include "widgets/NumberField.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cstdio>
#include <string>

namespace {

class CommaLocale : public GuiFixture {
protected:
    void SetUp() override
    {
        m_saved = std::setlocale(LC_ALL, nullptr);
        ASSERT_NE(std::setlocale(LC_ALL, "de_DE.UTF-8"), nullptr) << "run .ci/install-deps";
        char probe[16];
        std::snprintf(probe, sizeof probe, "%.1f", 2.5);
        ASSERT_EQ(std::string(probe), "2,5");
        GuiFixture::SetUp();
    }
    void TearDown() override
    {
        GuiFixture::TearDown();
        std::setlocale(LC_ALL, m_saved.c_str());
    }

private:
    std::string m_saved;
};

// Money as core writes it in English: "$" then comma-grouped digits, a dot and two decimals.
const QRegularExpression k_dollars(QStringLiteral("\\$[0-9]{1,3}(,[0-9]{3})*\\.[0-9]{2}(?![0-9,])"));

} // namespace

TEST_F(CommaLocale, TheCostsPageShowsItsFiguresAsEverywhere)
{
    walkToCosts(QStringLiteral("12"));
    // The guide's defaults: a 12-month horizon and threshold, written as whole months.
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("horizonLineEdit"))->text(), QStringLiteral("12"));
    EXPECT_EQ(find<QLineEdit>(QStringLiteral("thresholdLineEdit"))->text(), QStringLiteral("12"));
    // Every field shows what it holds in a form it accepts back.
    for (auto* field : find<QWidget>(QStringLiteral("costsPage"))->findChildren<NumberField*>()) {
        if (!field->isVisible() || field->text().isEmpty()) // an optional field left empty
            continue;
        EXPECT_TRUE(field->value().has_value())
            << field->objectName().toStdString() << " shows " << field->text().toStdString();
        EXPECT_FALSE(field->text().contains(QLatin1Char(',')) && !field->value()) << field->text().toStdString();
    }
    // 2,000 of hardware is the guide's example; written by core as "$2,000.00".
    typeInto(QStringLiteral("hardwareLineEdit"), QStringLiteral("2000"));
    typeInto(QStringLiteral("electricityLineEdit"), QStringLiteral("30"));
    const QString summary = find<QLabel>(QStringLiteral("costSummaryLabel"))->text();
    EXPECT_TRUE(k_dollars.match(summary).hasMatch()) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral(",,"))) << summary.toStdString();
    EXPECT_TRUE(nextButton()->isEnabled());
    clickNext();
    EXPECT_EQ(page(), id(WizardPageId::Result));
}

TEST_F(CommaLocale, ADecimalCommaIsRefusedNamingTheField)
{
    walkToCosts(QStringLiteral("12"));
    typeInto(QStringLiteral("maintenanceHoursLineEdit"), QStringLiteral("30,5"));
    auto* field = find<NumberField>(QStringLiteral("maintenanceHoursLineEdit"));
    EXPECT_FALSE(field->value().has_value()); // not 305
    EXPECT_FALSE(nextButton()->isEnabled());
    const QString message = find<QLabel>(QStringLiteral("costsMessageLabel"))->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Maintenance hours a month"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("30.5"))) << message.toStdString();
    typeInto(QStringLiteral("maintenanceHoursLineEdit"), QStringLiteral("30.5"));
    EXPECT_EQ(field->value(), 30.5);
    // A comma between thousands is still read as the app writes it: 1,500 dollars of hardware.
    typeInto(QStringLiteral("hardwareLineEdit"), QStringLiteral("1,500"));
    EXPECT_EQ(find<NumberField>(QStringLiteral("hardwareLineEdit"))->value(), 1500.0);
}

TEST(CommaLocaleReport, ThePdfKeepsTheGuidesFigures)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    // Nothing of the user's own: no catalog, settings or autosave of theirs.
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOWREGRET_GUI),
        { QStringLiteral("--scenario"), QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json"),
            QStringLiteral("--export-pdf"), pdf, QStringLiteral("--lang"), QStringLiteral("en") });
    ASSERT_TRUE(p.waitForFinished(120000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QString text
        = runProgram(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
              .normalized(QString::NormalizationForm_KC);
    EXPECT_TRUE(text.contains(QStringLiteral("$6,480.00"))) << text.toStdString(); // 540 × 12
    EXPECT_TRUE(text.contains(QStringLiteral("$2,360.00"))); // 2,000 + 30 × 12
    EXPECT_TRUE(text.contains(QStringLiteral("3.9 months"))); // 2,000 / (540 − 30)
    EXPECT_FALSE(text.contains(QStringLiteral(",,")));
}
