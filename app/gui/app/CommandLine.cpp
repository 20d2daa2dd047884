#include "app/CommandLine.h"

#include "cli/TextLayout.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstring>

namespace {

using lowregret::cli::TextLayout;

constexpr std::size_t k_width = 80;
constexpr std::size_t k_widestNames = 30; // wider option names put their description below

// "-h, --help", "--scenario <檔案>".
std::string namesOf(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <") + option.valueName() + QLatin1Char('>');
    return text.toStdString();
}

// --help as the command line's own help is laid out (TextLayout): a Han character is two
// columns wide, and a description breaks at a space, after 、 or between Han characters, never
// inside a word, its lines aligned in one column.
QString helpText(const QString& usage, const QString& description,
    const std::vector<std::pair<std::string, QString>>& entries, const QString& optionsHeading)
{
    std::size_t column = 0;
    for (const auto& [names, text] : entries)
        if (TextLayout::displayWidth(names) + 4 <= k_widestNames + 2)
            column = std::max(column, TextLayout::displayWidth(names) + 4);
    std::string out = usage.toStdString() + "\n";
    for (const auto& line : TextLayout::wrap(description.toStdString(), k_width))
        out += line + "\n";
    out += "\n" + optionsHeading.toStdString() + "\n";
    for (const auto& [names, text] : entries) {
        const std::string left = "  " + names;
        const auto lines = TextLayout::wrap(text.toStdString(), k_width - column);
        std::size_t first = 0;
        if (TextLayout::displayWidth(left) + 2 <= column) {
            out += TextLayout::padRight(left, column) + lines.front() + "\n";
            first = 1;
        } else {
            out += left + "\n";
        }
        for (std::size_t i = first; i < lines.size(); ++i)
            out += std::string(column, ' ') + lines[i] + "\n";
    }
    return QString::fromStdString(out);
}

} // namespace

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
    // --help and --version print their text and exit: they need no display either.
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0
            || std::strcmp(argv[i], "--help-all") == 0 || std::strcmp(argv[i], "-v") == 0
            || std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "--screenshot") == 0
            || std::strncmp(argv[i], "--screenshot=", 13) == 0 || std::strcmp(argv[i], "--export-pdf") == 0
            || std::strncmp(argv[i], "--export-pdf=", 13) == 0)
            return true;
    return false;
}

std::optional<lowregret::Lang> CommandLine::langOf(const QStringList& arguments)
{
    std::optional<lowregret::Lang> lang;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--"))
            break;
        const QString value = a == QLatin1String("--lang") && i + 1 < arguments.size() ? arguments[++i]
            : a.startsWith(QLatin1String("--lang="))                                   ? a.mid(7)
                                                                                       : QString();
        if (const auto parsed = lowregret::parseLang(value.toStdString()))
            lang = parsed; // an unknown one is parse()'s error, in the language before it
    }
    return lang;
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
        tr("Save the main window as the image FILE and exit: a PNG, or a BMP for a name ending in .bmp; needs no "
           "display."),
        tr("FILE"));
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
    const QCommandLineOption updatePrices(QStringLiteral("update-prices"),
        tr("Show what the price file FILE would change (File > Update Prices); nothing is written until you "
           "accept. With --screenshot, that summary is saved."),
        tr("FILE"));
    const QList<QCommandLineOption> options { scenario, page, tab, lang, screenshot, exportPdf, windowSize, logLevel,
        importUsage, compare, updatePrices };
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("file"), tr("A scenario file to open."), tr("[FILE]"));

    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        const QString dashes
            = !unknown.isEmpty() && unknown.front().size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
        cl.error = unknown.isEmpty()
            ? parser.errorText()
            : tr("Unknown option \"%1\"; --help lists the options.").arg(dashes + unknown.front());
        return cl;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::vector<std::pair<std::string, QString>> entries { { "-h, --help", tr("Show this help.") },
            { "-v, --version", tr("Show the version.") } };
        for (const auto& option : options)
            entries.emplace_back(namesOf(option), option.description());
        entries.emplace_back(tr("[FILE]").toStdString(), tr("A scenario file to open."));
        cl.help = helpText(
            tr("Usage: lowregret [OPTIONS] [FILE]"), parser.applicationDescription(), entries, tr("Options:"));
        return cl;
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
    cl.updatePrices = parser.value(updatePrices);
    cl.exportPdf = parser.value(exportPdf);
    if (!cl.exportPdf.isEmpty() && !cl.updatePrices.isEmpty()) {
        cl.error = tr("--update-prices opens a summary to accept, so it cannot be used with --export-pdf.");
        return cl;
    }
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
