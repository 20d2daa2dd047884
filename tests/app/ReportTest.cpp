// The recommendation report, end to end: the real `lowregret --export-pdf`, checked with
// poppler's tools the way a reader would check the PDF.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Ran {
    int status = -1;
    QString out;
    QString err;
};

Ran runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the program picks offscreen itself
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

const QString k_example = QStringLiteral(LOWREGRET_SOURCE_DIR "/docs/examples/gpt4-12m.json");

class Report : public ::testing::Test {
protected:
    QString exportPdf(const QString& lang)
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report-") + lang + QStringLiteral(".pdf"));
        const Ran r = runTool(QStringLiteral(LOWREGRET_GUI),
            { QStringLiteral("--scenario"), k_example, QStringLiteral("--export-pdf"), pdf, QStringLiteral("--lang"),
                lang });
        EXPECT_EQ(r.status, 0) << r.err.toStdString();
        return pdf;
    }
    // pdftotext, NFKC-normalised so that compatibility forms compare as the text was written.
    static QString text(const QString& pdf)
    {
        const Ran r = runTool(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
        EXPECT_EQ(r.status, 0) << r.err.toStdString();
        return r.out.normalized(QString::NormalizationForm_KC);
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(Report, EnglishReportHasTheGuidesGpt4Figures)
{
    const QString pdf = exportPdf(QStringLiteral("en"));
    const Ran info = runTool(QStringLiteral("pdfinfo"), { pdf });
    ASSERT_EQ(info.status, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("LowRegret recommendation report"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("Creator:"))) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("A4"))) << info.out.toStdString();

    const QString t = text(pdf);
    EXPECT_TRUE(t.contains(QStringLiteral("Local deployment"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("Local: lower long-run cost"))); // the leaf, by its name in guide.json
    EXPECT_TRUE(t.contains(QStringLiteral("Ollama")));
    EXPECT_TRUE(t.contains(QStringLiteral("LM Studio")));
    EXPECT_TRUE(t.contains(QStringLiteral("6,480.00"))); // 540 × 12
    EXPECT_TRUE(t.contains(QStringLiteral("2,360.00"))); // 2,000 + 30 × 12
    EXPECT_TRUE(t.contains(QStringLiteral("3.9 months"))); // 2,000 / (540 − 30)
    EXPECT_TRUE(t.contains(QStringLiteral("Page 1 of")));
}

TEST_F(Report, ChineseReportUsesTheTaiwanFaceAndKeepsTheDigits)
{
    const QString pdf = exportPdf(QStringLiteral("zh-Hant"));
    const Ran fonts = runTool(QStringLiteral("pdffonts"), { pdf });
    ASSERT_EQ(fonts.status, 0);
    EXPECT_TRUE(fonts.out.contains(QStringLiteral("NotoSansCJKtc"))) << fonts.out.toStdString();
    EXPECT_TRUE(fonts.out.contains(QStringLiteral("DejaVuSans"))) << fonts.out.toStdString();
    // Every font is embedded: the "emb" column never says "no".
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    for (const QString& line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 5);
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }

    const QString t = text(pdf);
    EXPECT_TRUE(t.contains(QStringLiteral("本地部署"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("回本期")));
    EXPECT_TRUE(t.contains(QStringLiteral("6,480.00")));
    EXPECT_TRUE(t.contains(QStringLiteral("2,360.00")));
    EXPECT_TRUE(t.contains(QStringLiteral("3.9 個月")));
}

// The text layer carries the characters that were drawn, not look-alikes: the Noto CJK cmap
// also maps the Kangxi radicals (U+2F00…) and the compatibility ideographs to the glyphs of
// 月, 用, 門 …, and a PDF writer that takes the first code point per glyph picked those. A
// reader searching for 月 must find it without normalising the text.
TEST_F(Report, ChineseTextLayerCarriesTheIdeographsAsWritten)
{
    const QString pdf = exportPdf(QStringLiteral("zh-Hant"));
    const Ran r = runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QString& t = r.out;
    QString lookAlikes;
    for (const char32_t c : t.toUcs4())
        if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF))
            lookAlikes += QString::fromUcs4(&c, 1);
    EXPECT_TRUE(lookAlikes.isEmpty()) << lookAlikes.size()
                                      << " radicals or compatibility ideographs: " << lookAlikes.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("月"))) << t.toStdString();
    EXPECT_TRUE(t.contains(QStringLiteral("用")));
    EXPECT_TRUE(t.contains(QStringLiteral("門")));
    EXPECT_TRUE(t.contains(QStringLiteral("本地部署")));

    const Ran fonts = runTool(QStringLiteral("pdffonts"), { pdf });
    ASSERT_EQ(fonts.status, 0);
    const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    EXPECT_FALSE(lines.isEmpty()) << fonts.out.toStdString();
    for (const QString& line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ASSERT_GE(cols.size(), 5);
        EXPECT_EQ(cols.at(cols.size() - 5), QStringLiteral("yes")) << line.toStdString();
    }
}

TEST_F(Report, TheScenarioIsAttached)
{
    const QString pdf = exportPdf(QStringLiteral("en"));
    const Ran list = runTool(QStringLiteral("pdfdetach"), { QStringLiteral("-list"), pdf });
    ASSERT_EQ(list.status, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("scenario.json"))) << list.out.toStdString();
    const QString saved = m_dir.filePath(QStringLiteral("attached.json"));
    ASSERT_EQ(runTool(QStringLiteral("pdfdetach"),
                  { QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), saved, pdf })
                  .status,
        0);
    QFile f(saved);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().contains("\"monthly_tokens\": 12000000"));
}

TEST_F(Report, AnUnwritableTargetFailsCleanlyWithExitThree)
{
    const QString target = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const Ran r = runTool(QStringLiteral(LOWREGRET_GUI),
        { QStringLiteral("--scenario"), k_example, QStringLiteral("--export-pdf"), target });
    EXPECT_EQ(r.status, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("report.pdf"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_TRUE(QDir(m_dir.path()).entryList(QDir::Files).isEmpty()); // no temporary left over
}

TEST_F(Report, ABadScenarioExitsTwoAndWritesNothing)
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"lowregret": 1, "answers": {"monthly_tokens": 12000000}})"); // stability unanswered
    f.close();
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    const Ran r = runTool(
        QStringLiteral(LOWREGRET_GUI), { QStringLiteral("--scenario"), bad, QStringLiteral("--export-pdf"), pdf });
    EXPECT_EQ(r.status, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("answers.usage_stable"))) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}
