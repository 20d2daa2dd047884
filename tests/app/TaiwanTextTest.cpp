// Everything LowRegret writes in Traditional Chinese, read as a reader in Taiwan would: every
// widget's text on every page of the app, the charts, the help, Compare Models, the command
// line's output and messages, and the PDF report, for a set of scenarios. It fails on
//   - K, M or B after a digit (Taiwan counts in 萬 and 億);
//   - an ASCII colon or parenthesis next to a Han character (full-width ones belong there);
//   - a term docs/glossary.md forbids.
// (That no flowchart label breaks inside a word is FlowchartTextTest's.)
#include "GuiFixture.h"
#include "RunProgram.h"

#include "catalog/CompareModelsDialog.h"
#include "document/ScenarioDocument.h"
#include "help/HelpDialog.h"
#include "widgets/UiText.h"
#include "wizard/WizardPageIds.h"

#include "lowregret/catalog/Catalog.h"
#include "lowregret/sizing/Hardware.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QWizardPage>

#include <set>

namespace {

// The glossary's "not" column, and the phrases the Taiwanese reading found: a short deny-list.
const QStringList kForbidden = { QStringLiteral("運行"), QStringLiteral("圖像"), QStringLiteral("推薦方案"),
    QStringLiteral("數據"), QStringLiteral("默認"), QStringLiteral("信息"), QStringLiteral("軟件"),
    QStringLiteral("硬件"), QStringLiteral("內存"), QStringLiteral("網絡"), QStringLiteral("保存"),
    QStringLiteral("打開"), QStringLiteral("導出"), QStringLiteral("導入"), QStringLiteral("設置"),
    QStringLiteral("嚮導"), QStringLiteral("回收期"), QStringLiteral("盈虧平衡點"), QStringLiteral("閾值"),
    QStringLiteral("權杖"), QStringLiteral("詞元"), QStringLiteral("本地化部署"), QStringLiteral("云"),
    QStringLiteral("場景"), QStringLiteral("用戶"), QStringLiteral("上下文窗口"), QStringLiteral("提供商"),
    QStringLiteral("每百萬"), QStringLiteral("美元/"), QStringLiteral("開放模型"), QStringLiteral("正式服務"),
    QStringLiteral("程式與代理模型"), QStringLiteral("總擁有成本"), QStringLiteral("流程圖結論"),
    QStringLiteral("逐月變動"), QStringLiteral("變動係數"), QStringLiteral("提示語"), QStringLiteral("提示開頭") };

const QString kHan = QStringLiteral("[\\x{3400}-\\x{9FFF}\\x{F900}-\\x{FAFF}]");

struct Finding {
    QString where;
    QString problem;
    QString text;
};

class Reader {
public:
    // Model and offer names keep their own spelling ("Llama 3.1 8B"): they are names, not counts.
    explicit Reader(const lowregret::Catalog& catalog)
    {
        for (const auto& offer : catalog.offers()) {
            m_names << QString::fromStdString(offer.id) << QString::fromStdString(offer.model);
        }
        for (const auto& model : lowregret::Hardware::builtIn().models)
            m_names << QString::fromStdString(model.name);
        for (const auto& device : lowregret::Hardware::builtIn().devices)
            m_names << QString::fromStdString(device.name);
        std::sort(
            m_names.begin(), m_names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        m_names.removeDuplicates();
    }

    void read(const QString& where, QString text)
    {
        if (text.trimmed().isEmpty())
            return;
        const QString original = text;
        for (const auto& name : m_names)
            if (!name.isEmpty())
                text.replace(name, QStringLiteral("▢"));
        // Keyboard mnemonics (and the "(O)" Qt makes of them in a tooltip), file-dialog
        // filters and URLs keep their ASCII form (glossary).
        text.remove(QRegularExpression(QStringLiteral("\\(&?[A-Z]\\)")));
        text.remove(QRegularExpression(QStringLiteral("\\(\\*[^)]*\\)")));
        text.remove(QRegularExpression(QStringLiteral("https?://\\S+")));
        static const QRegularExpression unit(QStringLiteral("(?<![\\w.\\-])\\d[\\d,.]*\\s?[KMB](?![A-Za-z])"));
        static const QRegularExpression asciiNextToHan(
            QStringLiteral("%1\\s?[:()]|[:()]\\s?%1").arg(kHan), QRegularExpression::UseUnicodePropertiesOption);
        if (const auto m = unit.match(text); m.hasMatch())
            m_findings.push_back({ where, QStringLiteral("K/M/B after a digit: ") + m.captured(), original });
        if (const auto m = asciiNextToHan.match(text); m.hasMatch())
            m_findings.push_back({ where, QStringLiteral("ASCII punctuation next to Han: ") + m.captured(), original });
        for (const auto& word : kForbidden)
            if (text.contains(word))
                m_findings.push_back({ where, QStringLiteral("forbidden term: ") + word, original });
        ++m_texts;
    }

    // Every text a widget and its children show or say: labels, buttons, titles, items,
    // tooltips, documents, tabs, menus and charts.
    void readWidget(const QString& where, QWidget* root)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (auto* w : widgets) {
            const QString at = where + QStringLiteral(" / ") + QString::fromLatin1(w->metaObject()->className())
                + QStringLiteral(" ") + w->objectName();
            read(at, w->toolTip());
            read(at, w->accessibleName());
            read(at, w->windowTitle());
            if (auto* label = qobject_cast<QLabel*>(w))
                read(at, plain(label->text()));
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                read(at, button->text());
            if (auto* box = qobject_cast<QGroupBox*>(w))
                read(at, box->title());
            if (auto* combo = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < combo->count(); ++i) {
                    read(at, combo->itemText(i));
                    read(at, combo->itemData(i, Qt::ToolTipRole).toString());
                }
            if (auto* edit = qobject_cast<QLineEdit*>(w))
                read(at, edit->placeholderText());
            if (auto* browser = qobject_cast<QTextBrowser*>(w))
                read(at, browser->toPlainText());
            if (auto* tabs = qobject_cast<QTabWidget*>(w))
                for (int i = 0; i < tabs->count(); ++i)
                    read(at, tabs->tabText(i));
            if (auto* page = qobject_cast<QWizardPage*>(w)) {
                read(at, page->title());
                read(at, page->subTitle());
            }
            if (auto* menu = qobject_cast<QMenu*>(w)) {
                read(at, menu->title());
                for (auto* action : menu->actions()) {
                    read(at, action->text());
                    read(at, action->toolTip());
                    read(at, action->statusTip());
                }
            }
            if (auto* view = qobject_cast<QChartView*>(w))
                readChart(at, view->chart());
        }
    }

    [[nodiscard]] const std::vector<Finding>& findings() const { return m_findings; }
    [[nodiscard]] int texts() const { return m_texts; }

private:
    static QString plain(const QString& text)
    {
        if (!Qt::mightBeRichText(text))
            return text;
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }

    void readChart(const QString& at, QChart* chart)
    {
        if (!chart)
            return;
        read(at, chart->title());
        for (auto* axis : chart->axes()) {
            read(at, axis->titleText());
            if (auto* categories = qobject_cast<QCategoryAxis*>(axis))
                for (const auto& label : categories->categoriesLabels())
                    read(at, label);
        }
        for (auto* marker : chart->legend()->markers())
            read(at, marker->label());
    }

    QStringList m_names;
    std::vector<Finding> m_findings;
    int m_texts = 0;
};

class TaiwanText : public GuiFixture {
protected:
    void SetUp() override
    {
        GuiFixture::SetUp();
        lowregret::Problems problems;
        m_catalog = lowregret::Catalog::load(lowregret::Catalog::userDirectory(), problems);
        m_reader = std::make_unique<Reader>(m_catalog);
    }

    void expectNoFindings()
    {
        for (const auto& f : m_reader->findings())
            ADD_FAILURE() << f.where.toStdString() << ": " << f.problem.toStdString() << "\n  in: \""
                          << f.text.left(300).toStdString() << "\"";
    }

    lowregret::Catalog m_catalog;
    std::unique_ptr<Reader> m_reader;
};

const char* const kScenarios[]
    = { "docs/examples/gpt4-12m.json", "docs/examples/sized-4090.json", "tests/data/outputs-catalog-offer.json",
          "tests/data/outputs-out-of-scope.json", "tests/data/outputs-warnings.json" };

QString source(const char* path)
{
    return QStringLiteral(LOWREGRET_SOURCE_DIR "/") + QString::fromLatin1(path);
}

} // namespace

TEST_F(TaiwanText, EveryPageOfTheAppReadsAsTaiwanWritesIt)
{
    m_window->setLanguage(lowregret::Lang::ZhHant);
    QApplication::processEvents();
    m_reader->readWidget(QStringLiteral("new scenario"), m_window.get());
    for (const char* file : kScenarios) {
        ASSERT_TRUE(m_window->openFile(source(file))) << m_window->lastError().toStdString();
        QApplication::processEvents();
        // Every page on the way back from the result, then the charts' other tab.
        for (int i = 0; i < 10; ++i) {
            m_reader->readWidget(
                QString::fromLatin1(file) + QStringLiteral(" page ") + QString::number(page()), m_window.get());
            if (!backButton()->isVisible() || !backButton()->isEnabled())
                break;
            clickBack();
        }
        if (auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("chartTabWidget"))) {
            tabs->setCurrentIndex(1);
            QApplication::processEvents();
            m_reader->readWidget(QString::fromLatin1(file) + QStringLiteral(" charts"), tabs);
            tabs->setCurrentIndex(0);
        }
        m_window->document().setModified(false);
    }
    // The help, and Compare Models with the whole catalog.
    m_window->findChild<QAction*>(QStringLiteral("guideAction"))->trigger();
    QApplication::processEvents();
    if (auto* help = m_window->findChild<HelpDialog*>())
        m_reader->readWidget(QStringLiteral("help"), help);
    CompareModelsDialog compare(m_catalog, 6e6, 6e6, m_window.get());
    compare.show();
    QApplication::processEvents();
    m_reader->readWidget(QStringLiteral("compare models"), &compare);
    compare.close();
    m_window->setLanguage(lowregret::Lang::En);
    EXPECT_GT(m_reader->texts(), 300);
    expectNoFindings();
}

TEST_F(TaiwanText, TheCommandLineAndTheReportReadAsTaiwanWritesThem)
{
    const QString cli = QStringLiteral(LOWREGRET_CLI);
    const QString lang = QStringLiteral("zh-Hant");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const char* file : kScenarios) {
        const QString name = QString::fromLatin1(file);
        m_reader->read(name + QStringLiteral(" CLI text"),
            runProgram(cli, { QStringLiteral("decide"), source(file), QStringLiteral("--lang"), lang }));
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        runProgram(QStringLiteral(LOWREGRET_GUI),
            { QStringLiteral("--scenario"), source(file), QStringLiteral("--export-pdf"), pdf, QStringLiteral("--lang"),
                lang });
        m_reader->read(
            name + QStringLiteral(" PDF"), runProgram(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
    }
    m_reader->read(
        QStringLiteral("CLI help"), runProgram(cli, { QStringLiteral("--help"), QStringLiteral("--lang"), lang }));
    m_reader->read(
        QStringLiteral("CLI prices"), runProgram(cli, { QStringLiteral("prices"), QStringLiteral("--lang"), lang }));
    // Messages: a bad value, a missing file, an unknown option.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"lowregret": 1, "answers": {"monthly_tokens": "many"}, "input_share": 7})");
    }
    m_reader->read(QStringLiteral("CLI bad value"),
        runProgram(cli, { QStringLiteral("decide"), bad, QStringLiteral("--lang"), lang }, 2, true));
    m_reader->read(QStringLiteral("CLI missing file"),
        runProgram(cli,
            { QStringLiteral("decide"), dir.filePath(QStringLiteral("none.json")), QStringLiteral("--lang"), lang }, 2,
            true));
    m_reader->read(QStringLiteral("CLI unknown option"),
        runProgram(cli, { QStringLiteral("decide"), bad, QStringLiteral("--colour"), QStringLiteral("--lang"), lang },
            2, true));
    expectNoFindings();
}

// The reader itself: each rule catches what it is for, so a clean run means something.
TEST(TaiwanTextReader, EachRuleCatchesWhatItIsFor)
{
    const lowregret::Catalog catalog = lowregret::Catalog::builtIn();
    Reader reader(catalog);
    reader.read(QStringLiteral("k"), QStringLiteral("你：12M tokens"));
    reader.read(QStringLiteral("colon"), QStringLiteral("回本期: 3.9 個月"));
    reader.read(QStringLiteral("paren"), QStringLiteral("每月 tokens (估計)"));
    reader.read(QStringLiteral("term"), QStringLiteral("自行運行模型"));
    reader.read(
        QStringLiteral("fine"), QStringLiteral("每月 1,200 萬 tokens：開啟(&O)… GPT-4（30 / 60）https://ollama.com"));
    std::set<QString> caught;
    for (const auto& f : reader.findings())
        caught.insert(f.where);
    EXPECT_EQ(caught,
        (std::set<QString> {
            QStringLiteral("k"), QStringLiteral("colon"), QStringLiteral("paren"), QStringLiteral("term") }));
}
