#include "app/CommandLine.h"

#include <QCommandLineParser>

#include <cstring>

std::optional<WizardPageId> CommandLine::pageFromName(const QString& name)
{
    static const std::pair<const char*, WizardPageId> names[] = {
        { "welcome", WizardPageId::Welcome },
        { "usage", WizardPageId::Usage },
        { "stability", WizardPageId::Stability },
        { "sensitivity", WizardPageId::Sensitivity },
        { "skill", WizardPageId::Skill },
        { "costs", WizardPageId::Costs },
        { "result", WizardPageId::Result },
    };
    for (const auto& [n, id] : names)
        if (name == QLatin1String(n))
            return id;
    return std::nullopt;
}

std::optional<int> CommandLine::tabFromName(const QString& name)
{
    static const char* const names[] = { "costs", "breakeven", "what-if" };
    for (int i = 0; i < 3; ++i)
        if (name == QLatin1String(names[i]))
            return i;
    return std::nullopt;
}

bool CommandLine::wantsHeadless(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0
            || std::strcmp(argv[i], "--export-pdf") == 0 || std::strncmp(argv[i], "--export-pdf=", 13) == 0)
            return true;
    return false;
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Decide whether a small team should run its AI models locally or pay a cloud API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption scenario(QStringLiteral("scenario"), tr("Open the scenario FILE."), tr("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
        tr("Show the page NAME: welcome, usage, stability, sensitivity, skill, costs or result."), tr("NAME"));
    const QCommandLineOption tab(QStringLiteral("tab"),
        tr("Show the chart tab NAME beside the wizard: costs, breakeven or what-if."), tr("NAME"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Use the language LANG: en or zh-Hant."), tr("LANG"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        tr("Save the main window as the PNG image FILE and exit; needs no display."), tr("FILE"));
    const QCommandLineOption exportPdf(QStringLiteral("export-pdf"),
        tr("Write the recommendation report for the scenario as the PDF FILE and exit; "
           "needs no display."),
        tr("FILE"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
        tr("Log LEVEL: trace, debug, info, warn, error or off."), tr("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
        tr("Open the window at the SIZE WIDTHxHEIGHT in pixels, such as 900x600."), tr("SIZE"));
    const QCommandLineOption importUsage(QStringLiteral("import-usage"),
        tr("Import the usage export FILE (File > Import Usage); give it once for each file. With "
           "--screenshot, the import's summary is saved."),
        tr("FILE"));
    const QCommandLineOption compare(QStringList { QStringLiteral("compare") },
        tr("Compare the 2 to 4 scenario FILEs given as arguments side by side (File > Compare Scenarios); with "
           "--export-pdf, write the comparison report."));
    parser.addOptions({ scenario, page, tab, lang, screenshot, exportPdf, windowSize, logLevel, importUsage, compare });
    parser.addPositionalArgument(QStringLiteral("file"), tr("A scenario file to open."), tr("[FILE]"));

    if (!parser.parse(arguments)) {
        cl.error = parser.errorText();
        return cl;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0); // exits
    }
    if (parser.isSet(QStringLiteral("version"))) {
        parser.showVersion(); // exits
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(compare)) {
        if (positional.size() < 2 || positional.size() > 4 || parser.isSet(scenario)) {
            cl.error = tr("--compare needs 2 to 4 scenario files as arguments, and no --scenario.");
            return cl;
        }
        cl.compare = positional;
    } else if (positional.size() > 1) {
        cl.error = tr("Only one scenario file can be opened.");
        return cl;
    }
    cl.scenario = parser.isSet(scenario) ? parser.value(scenario)
        : cl.compare.isEmpty()           ? positional.value(0)
                                         : QString();
    if (parser.isSet(scenario) && !positional.isEmpty()) {
        cl.error = tr("Give the scenario either with --scenario or as FILE, not both.");
        return cl;
    }
    if (parser.isSet(page)) {
        cl.page = pageFromName(parser.value(page));
        if (!cl.page) {
            cl.error = tr("Unknown page \"%1\".").arg(parser.value(page));
            return cl;
        }
    }
    if (parser.isSet(tab)) {
        cl.tab = tabFromName(parser.value(tab));
        if (!cl.tab) {
            cl.error = tr("Unknown tab \"%1\"; use costs, breakeven or what-if.").arg(parser.value(tab));
            return cl;
        }
    }
    if (parser.isSet(lang)) {
        cl.lang = lowregret::parseLang(parser.value(lang).toStdString());
        if (!cl.lang) {
            cl.error = tr("Unknown language \"%1\"; use en or zh-Hant.").arg(parser.value(lang));
            return cl;
        }
    }
    cl.screenshot = parser.value(screenshot);
    cl.importUsage = parser.values(importUsage);
    cl.exportPdf = parser.value(exportPdf);
    if (!cl.exportPdf.isEmpty() && !cl.importUsage.isEmpty()) {
        cl.error = tr("--import-usage opens a summary to accept, so it cannot be used with --export-pdf: "
                      "fill a scenario with lowregret-cli usage --output first.");
        return cl;
    }
    if (!cl.exportPdf.isEmpty() && cl.scenario.isEmpty() && cl.compare.isEmpty()) {
        cl.error = tr("--export-pdf needs a scenario: give it with --scenario FILE.");
        return cl;
    }
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).split(QLatin1Char('x'));
        bool w = false;
        bool h = false;
        const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(&w), parts[1].toInt(&h)) : QSize();
        if (!w || !h || size.width() < 1 || size.height() < 1 || size.width() > 10000 || size.height() > 10000) {
            cl.error = tr("The window size \"%1\" is not WIDTHxHEIGHT in pixels, such as 900x600.")
                           .arg(parser.value(windowSize));
            return cl;
        }
        cl.windowSize = size;
    }
    cl.logLevel = parser.value(logLevel);
    return cl;
}
