// Names from files shown as the text they are, never as markup (a file's name cannot hold a
// slash, so its markup has no closing tags): a user catalog's model and
// provider, a scenario's provenance, its file's name in an error, a usage export's file name
// and model, compared files' names in the tables and the chart's legend. `<img src=…>` read as
// markup makes Qt load the image; `<b>` makes a name bold.
#include "GuiFixture.h"

#include "charts/CompareChartView.h"
#include "compare/CompareScenariosDialog.h"
#include "report/ResultHtml.h"
#include "usage/UsageImportDialog.h"
#include "widgets/PlainText.h"
#include "wizard/DecisionWizard.h"

#include "../core/HostileText.h"

#include "lowregret/analysis/Decision.h"
#include "lowregret/catalog/Catalog.h"
#include "lowregret/io/SafeText.h"

#include <QApplication>
#include <QChart>
#include <QDir>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <optional>

namespace {

// The markup each name carries; the image is a file that is not there.
const QString k_markup = QStringLiteral("<img src=\"no-such-image.png\"><b>bold</b><a href=\"x\">link</a>");
const std::string k_name = k_markup.toStdString();

// The guide's worked example (docs/examples/gpt4-12m.json), as a version 3 file: provenance.
nlohmann::json gpt4()
{
    std::ifstream in(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json");
    auto j = nlohmann::json::parse(in);
    j["lowregret"] = 3;
    return j;
}

void write(const QString& path, const std::string& text)
{
    std::ofstream(QFile::encodeName(path).toStdString(), std::ios::binary) << text;
}

// Rich text (a tooltip, a legend) that says `text` as text: its markup escaped, so a
// document made of it shows the characters and holds no image.
void expectEscaped(const QString& rich, const QString& text)
{
    EXPECT_FALSE(rich.contains(QStringLiteral("<img"))) << rich.toStdString();
    EXPECT_FALSE(rich.contains(QStringLiteral("<b>"))) << rich.toStdString();
    QTextDocument doc;
    doc.setHtml(rich);
    EXPECT_TRUE(doc.toRawText().contains(text)) << doc.toPlainText().toStdString(); // no-break spaces kept
    EXPECT_FALSE(doc.toPlainText().contains(QChar::ObjectReplacementCharacter));
}

} // namespace

// A user catalog with a hostile offer, there before the window loads it.
class PlainTextGui : public GuiFixture {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(QStringLiteral("data/lowregret/catalog"))));
        const nlohmann::json catalog = { { "lowregret_catalog", 1 },
            { "offers",
                { { { "id", "acme/evil" }, { "model", "Evil" + k_name }, { "provider", "Acme" + k_name },
                    { "input_usd_per_mtok", 30 }, { "output_usd_per_mtok", 60 }, { "as_of", "2026-01-01" },
                    { "source", "https://example.com/" } } } } };
        write(m_dir.filePath(QStringLiteral("data/lowregret/catalog/user.json")), catalog.dump());
        GuiFixture::SetUp();
    }
};

TEST_F(PlainTextGui, TheHelperMakesAnyNamePlain)
{
    QLabel label;
    label.setTextFormat(Qt::RichText);
    PlainText::setPlain(&label, k_markup + QStringLiteral("\n\u202e2026-01-01\x1b[31m"));
    EXPECT_EQ(label.textFormat(), Qt::PlainText);
    EXPECT_EQ(label.text(), k_markup + QStringLiteral("\n2026-01-01[31m"));
    expectEscaped(PlainText::toolTip(k_markup), k_markup);
    expectEscaped(PlainText::plain(k_markup), k_markup);
    EXPECT_TRUE(Qt::mightBeRichText(PlainText::toolTip(QStringLiteral("a\n") + k_markup)));
    EXPECT_EQ(PlainText::name(QString(300, u'x')).size(), 200);
}

TEST_F(PlainTextGui, AScenarioWithHostileNamesShowsThemAsText)
{
    auto s = gpt4();
    s["cloud"] = { { "model", "acme/evil" }, { "input_usd_per_mtok", 30 }, { "output_usd_per_mtok", 60 } };
    s["provenance"] = { { "answers.monthly_tokens",
        { { "files", { k_name + ".csv" } }, { "first_month", "2026-01" }, { "last_month", "2026-03" } } } };
    const QString file = tempPath(k_markup.left(20).replace(u'/', u'_') + QStringLiteral(".json"));
    write(file, s.dump(2));
    ASSERT_TRUE(m_window->openFile(file)) << m_window->lastError().toStdString();

    m_window->wizard()->goTo(WizardPageId::Usage);
    auto* provenance = find<QLabel>(QStringLiteral("usageProvenanceLabel"));
    ASSERT_NE(provenance, nullptr);
    EXPECT_EQ(provenance->textFormat(), Qt::PlainText);
    EXPECT_TRUE(provenance->text().contains(k_markup + QStringLiteral(".csv"))) << provenance->text().toStdString();

    m_window->wizard()->goTo(WizardPageId::Costs);
    auto* offer = find<QLabel>(QStringLiteral("cloudOfferLabel"));
    ASSERT_NE(offer, nullptr);
    EXPECT_EQ(offer->textFormat(), Qt::PlainText);
    EXPECT_TRUE(offer->text().contains(QStringLiteral("Evil") + k_markup)) << offer->text().toStdString();

    // The result page, as rich text: the names in it are text.
    m_window->wizard()->goTo(WizardPageId::Result);
    auto* result = find<QTextBrowser>(QStringLiteral("resultTextBrowser"));
    ASSERT_NE(result, nullptr);
    EXPECT_TRUE(result->toPlainText().contains(QStringLiteral("Evil") + k_markup))
        << result->toPlainText().toStdString();
    EXPECT_FALSE(result->toPlainText().contains(QChar::ObjectReplacementCharacter));
}

TEST_F(PlainTextGui, AnErrorNamingAHostileFileIsPlainText)
{
    const QString file = tempPath(QStringLiteral("<b>bad<i>\u202e.json"));
    write(file, "{ not json");
    m_window->setInteractive(true);
    QString shown;
    Qt::TextFormat format = Qt::RichText;
    QString title;
    QTimer::singleShot(0, [&] {
        for (auto* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                shown = box->text();
                format = box->textFormat();
                title = box->windowTitle();
                box->accept();
            }
    });
    EXPECT_FALSE(m_window->openFile(file));
    m_window->setInteractive(false);
    EXPECT_EQ(format, Qt::PlainText);
    EXPECT_FALSE(shown.isEmpty());
    // The bidirectional override is gone from the title, which names the file as text.
    EXPECT_EQ(title, QStringLiteral("Cannot open <b>bad<i>.json"));
}

TEST_F(PlainTextGui, AUsageExportWithHostileNamesIsListedAsText)
{
    const QString file = tempPath(QStringLiteral("<b>usage<i>.csv"));
    write(file,
        "start_time,end_time,start_time_iso,end_time_iso,project_id,num_model_requests,user_id,api_key_id,model,"
        "batch,service_tier,input_tokens,output_tokens,input_cached_tokens\n"
        "1767225600,1767312000,2026-01-01T00:00:00+00:00,2026-01-02T00:00:00+00:00,p,10,,,\""
            + k_name + "\",FALSE,default,1000,500,0\n");
    m_window->importUsageFiles({ file });
    auto* dialog = m_window->findChild<UsageImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    if (dialog->isReading()) {
        QSignalSpy done(dialog, &UsageImportDialog::finishedReading);
        done.wait(10000);
    }
    auto* item = dialog->fileTable()->item(0, 0);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->text(), QStringLiteral("<b>usage<i>.csv"));
    expectEscaped(item->toolTip(), QStringLiteral("<b>usage<i>.csv"));
    dialog->reject();
}

TEST_F(PlainTextGui, ComparedFilesWithHostileNamesAreTextInTablesAndLegend)
{
    const QString a = tempPath(QStringLiteral("<b>a<i>.json"));
    const QString b = tempPath(QStringLiteral("<img src=x>.json"));
    write(a, gpt4().dump());
    write(b, gpt4().dump());
    ASSERT_TRUE(m_window->compareScenarioFiles({ a, b }, false)) << m_window->lastError().toStdString();
    auto* dialog = m_window->findChild<CompareScenariosDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->resultTable()->horizontalHeaderItem(1)->text(), QStringLiteral("<b>a<i>.json"));
    for (int r = 0; r < dialog->resultTable()->rowCount(); ++r)
        for (int c = 0; c < dialog->resultTable()->columnCount(); ++c)
            if (auto* item = dialog->resultTable()->item(r, c); item && !item->toolTip().isEmpty())
                expectEscaped(item->toolTip(), item->text());
    QStringList labels;
    for (auto* marker : dialog->chartView()->chart()->legend()->markers())
        labels << marker->label();
    ASSERT_FALSE(labels.isEmpty());
    for (const auto& label : labels)
        EXPECT_FALSE(label.contains(QStringLiteral("<b>")) || label.contains(QStringLiteral("<img")))
            << label.toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("&lt;b&gt;a&lt;i&gt;.json"))) << labels.join(u'|').toStdString();
    dialog->reject();
}

// Every hostile name of the core tests (tests/core/HostileText.h), read from a user catalog,
// through the result's rich text (the result page and the PDF) and a label.
TEST_F(PlainTextGui, TheResultShowsEveryHostileNameAsText)
{
    const auto& guide = lowregret::Guide::builtIn();
    const auto tables = [](const QString& html) {
        QTextDocument doc;
        doc.setHtml(html);
        int n = 0;
        for (auto* frame : doc.rootFrame()->childFrames())
            n += qobject_cast<QTextTable*>(frame) ? 1 : 0;
        return std::pair { n, doc.toRawText() };
    };
    const auto resultFor = [&](const std::string& name) -> std::optional<QString> {
        const nlohmann::json file = { { "lowregret_catalog", 1 },
            { "offers",
                { { { "id", "acme/model-1" }, { "model", name }, { "provider", name }, { "input_usd_per_mtok", 30 },
                    { "output_usd_per_mtok", 60 }, { "as_of", "2026-01-01" }, { "source", name } } } } };
        const auto catalog = lowregret::Catalog::fromJson(file, lowregret::Offer::Origin::User);
        if (!catalog.catalog)
            return std::nullopt;
        const auto& offer = catalog.catalog->offers().front();
        auto s = lowregret::Scenario::fromJson(gpt4(), guide).scenario.value();
        s.useOffer(offer);
        const auto decided = lowregret::Decision::decide(guide, s);
        return ResultHtml::build(guide, s, decided.outcome.value(), &offer);
    };
    const auto [plainTables, plainText] = tables(resultFor("plain").value());
    for (const auto& name : hostile::names()) {
        const auto html = resultFor(name);
        ASSERT_TRUE(html.has_value()) << name.substr(0, 80);
        const auto [n, text] = tables(*html);
        // No table, image or link of the name's: the same tables as a plain name gives.
        EXPECT_EQ(n, plainTables) << name.substr(0, 80);
        EXPECT_FALSE(text.contains(QChar::ObjectReplacementCharacter)) << name.substr(0, 80);
        EXPECT_FALSE(html->contains(QStringLiteral("<img"))) << name.substr(0, 80);
        // The name as text, cleaned (SafeText), and nothing that acts on a terminal or turns a line round.
        EXPECT_TRUE(text.contains(QString::fromStdString(lowregret::SafeText::name(name)))) << name.substr(0, 80);
        EXPECT_TRUE(hostile::showable(
            PlainText::name(QString::fromStdString(name)).toStdString(), lowregret::SafeText::maxNameChars));
        for (const QChar c : text)
            EXPECT_FALSE((c.unicode() < 0x20 && c != u'\n' && c != u'\t')
                || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) || c == QChar(0x202E) || c == QChar(0x2066))
                << name.substr(0, 80) << " U+" << std::hex << int(c.unicode());
        QLabel label;
        PlainText::setPlain(&label, QString::fromStdString(name));
        EXPECT_EQ(label.textFormat(), Qt::PlainText);
        EXPECT_TRUE(hostile::showable(label.text().toStdString(), lowregret::SafeText::maxTextChars, true));
    }
}
