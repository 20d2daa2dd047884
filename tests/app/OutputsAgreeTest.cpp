// One outcome, four renderers: for the same scenario, the result page, the PDF report, the
// CLI's text and its JSON show the same section headings, in core's order, and the same
// figures, in both languages. The expected sections come from core (lowregret::Sections).
#include "GuiFixture.h"
#include "RunProgram.h"
#include "Spacing.h"

#include "wizard/ResultPage.h"
#include "wizard/WizardPageIds.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/outcome/Evaluation.h"
#include "lowregret/outcome/Sections.h"

#include <QApplication>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>

#include <nlohmann/json.hpp>

namespace lr = lowregret;

namespace {

// Layouts break lines and pad columns differently; the words and digits must still agree.
// NFKC, because pdftotext may give a compatibility form of a character.
QString squeezed(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    s.remove(QChar(0x2060)); // the word joiners inside Chinese units draw nothing
    return s;
}

QString squeezed(const std::string& text)
{
    return squeezed(QString::fromStdString(text));
}

struct Output {
    const char* name;
    QString text;
};

class OutputsAgree : public GuiFixture, public ::testing::WithParamInterface<std::tuple<const char*, lr::Lang>> {
protected:
    [[nodiscard]] lr::Sections expected(const QString& file) const
    {
        std::optional<lr::Catalog> catalog;
        const auto evaluation
            = lr::Evaluation::run({ .file = file.toStdString() }, lr::Guide::builtIn(), [&]() -> const lr::Catalog* {
                  lr::Problems problems;
                  catalog = lr::Catalog::load(lr::Catalog::userDirectory(), problems);
                  return &*catalog;
              });
        EXPECT_TRUE(evaluation.ok());
        if (!evaluation.ok())
            return {};
        return lr::Sections::build(
            lr::Guide::builtIn(), *evaluation.scenario, *evaluation.outcome, evaluation.offer, std::get<1>(GetParam()));
    }

    // The scenario opened in the app and walked with Next to the result page.
    QString resultPage(const QString& file, lr::Lang lang)
    {
        m_languages->apply(lang);
        EXPECT_TRUE(m_window->openFile(file)) << m_window->lastError().toStdString();
        for (int i = 0; i < 10 && page() != static_cast<int>(WizardPageId::Result); ++i)
            clickNext();
        EXPECT_EQ(page(), static_cast<int>(WizardPageId::Result));
        // Laid out to the page's width: nothing runs off to the right.
        auto* browser = find<QTextBrowser>(QStringLiteral("resultTextBrowser"));
        QApplication::processEvents();
        EXPECT_EQ(browser->horizontalScrollBar()->maximum(), 0) << "the result is wider than its page";
        return find<ResultPage>(QStringLiteral("resultPage"))->resultText();
    }
};

TEST_P(OutputsAgree, SameHeadingsInOrderAndSameFigures)
{
    const auto [name, lang] = GetParam();
    const QString file = QStringLiteral(LOWREGRET_SOURCE_DIR "/") + QString::fromLatin1(name);
    const auto code = lr::langCode(lang);
    const QString langCode = QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    const lr::Sections sections = expected(file);
    ASSERT_FALSE(sections.sections.empty());

    const QString pdf = tempPath(QStringLiteral("report.pdf"));
    runProgram(QStringLiteral(LOWREGRET_GUI),
        { QStringLiteral("--scenario"), file, QStringLiteral("--export-pdf"), pdf, QStringLiteral("--lang"),
            langCode });
    const QString json = runProgram(QStringLiteral(LOWREGRET_CLI),
        { QStringLiteral("decide"), file, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang"),
            langCode });
    const std::vector<Output> outputs = {
        { "result page", squeezed(resultPage(file, lang)) },
        { "PDF", squeezed(runProgram(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })) },
        { "CLI text",
            squeezed(runProgram(QStringLiteral(LOWREGRET_CLI),
                { QStringLiteral("decide"), file, QStringLiteral("--lang"), langCode })) },
    };

    for (const auto& out : outputs) {
        ASSERT_FALSE(out.text.isEmpty()) << out.name;
        qsizetype at = 0;
        for (const auto& section : sections.sections) {
            const qsizetype found = out.text.indexOf(squeezed(section.heading), at);
            EXPECT_GE(found, 0) << out.name << ": heading \"" << section.heading << "\" missing or out of order";
            if (found >= 0)
                at = found;
            for (const auto& figure : section.figures)
                EXPECT_TRUE(out.text.contains(squeezed(figure.text)))
                    << out.name << ": " << figure.id << " \"" << figure.text << "\" missing";
        }
    }

    // The JSON is the same data: the sections with their headings and figures, in order…
    const auto j = nlohmann::json::parse(json.toStdString(), nullptr, false);
    ASSERT_TRUE(j.is_object()) << json.toStdString();
    ASSERT_TRUE(j["sections"].is_array());
    ASSERT_EQ(j["sections"].size(), sections.sections.size());
    for (std::size_t i = 0; i < sections.sections.size(); ++i) {
        const auto& s = sections.sections[i];
        EXPECT_EQ(j["sections"][i]["id"], s.id);
        EXPECT_EQ(j["sections"][i]["heading"], s.heading);
        ASSERT_EQ(j["sections"][i]["figures"].size(), s.figures.size()) << s.id;
        for (std::size_t f = 0; f < s.figures.size(); ++f) {
            EXPECT_EQ(j["sections"][i]["figures"][f]["id"], s.figures[f].id);
            // The command line writes the no-break spaces between numbers and units as spaces.
            EXPECT_EQ(QString::fromStdString(j["sections"][i]["figures"][f]["text"].get<std::string>()),
                spacing::spaced(QString::fromStdString(s.figures[f].text)));
        }
    }
    // …and the fields it had before the sections say the same numbers.
    if (const auto* costs = sections.find("costs"); costs && !costs->figures.empty()) {
        const auto value = [&](const std::string& id) {
            for (const auto& f : costs->figures)
                if (f.id == id)
                    return f.value;
            return std::optional<double>();
        };
        EXPECT_DOUBLE_EQ(j["costs"]["cloud"]["monthly"].get<double>(), *value("cloud_monthly_usd"));
        EXPECT_DOUBLE_EQ(j["costs"]["cloud"]["total"].get<double>(), *value("cloud_total_usd"));
        EXPECT_DOUBLE_EQ(j["costs"]["local"]["upfront"].get<double>(), *value("local_upfront_usd"));
        EXPECT_DOUBLE_EQ(j["costs"]["local"]["monthly"].get<double>(), *value("local_monthly_usd"));
        EXPECT_DOUBLE_EQ(j["costs"]["local"]["total"].get<double>(), *value("local_total_usd"));
        EXPECT_EQ(j["costs"]["breakeven_months"].is_null(), !value("breakeven_months").has_value());
    }
}

INSTANTIATE_TEST_SUITE_P(Scenarios, OutputsAgree,
    ::testing::Combine(::testing::Values("docs/examples/gpt4-12m.json", "docs/examples/sized-4090.json",
                           "tests/data/outputs-catalog-offer.json", "tests/data/outputs-out-of-scope.json",
                           "tests/data/outputs-warnings.json"),
        ::testing::Values(lr::Lang::En, lr::Lang::ZhHant)),
    [](const ::testing::TestParamInfo<OutputsAgree::ParamType>& param) {
        std::string name = std::get<0>(param.param);
        name = name.substr(name.rfind('/') + 1);
        name = name.substr(0, name.find('.'));
        for (char& c : name)
            if (c == '-')
                c = '_';
        return name + (std::get<1>(param.param) == lr::Lang::En ? "_en" : "_zh_Hant");
    });

} // namespace
