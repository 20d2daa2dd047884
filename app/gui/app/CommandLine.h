#pragma once

#include "wizard/WizardPageIds.h"

#include "lowregret/io/Lang.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

// `lowregret [FILE] [--scenario FILE] [--page NAME] [--tab NAME] [--lang en|zh-Hant]
// [--import-usage FILE]... [--update-prices FILE] [--compare A.json B.json...] [--screenshot FILE.png] [--export-pdf
// OUT.pdf] [--window-size WxH] [--log-level LEVEL]`, parsed; see docs/gui.md.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString scenario;
    std::optional<WizardPageId> page;
    std::optional<int> tab; // the chart tab's index: 0 costs, 1 breakeven, 2 what-if
    std::optional<lowregret::Lang> lang;
    QString screenshot;
    QString exportPdf;
    QStringList importUsage; // --import-usage FILE, any number of times: File → Import usage…
    QString updatePrices; // --update-prices FILE: File → Update Prices…
    QStringList compare; // --compare A.json B.json [C.json D.json]: File → Compare Scenarios…
    std::optional<QSize> windowSize; // --window-size 900x600
    QString logLevel = QStringLiteral("info");
    QString error; // non-empty: print it and exit 2
    QString help; // non-empty (--help): print it on standard output and exit 0

    static CommandLine parse(const QStringList& arguments);
    // The language --lang asks for, looked for before anything else is parsed, so that --help and
    // the messages about the command line itself are in that language.
    static std::optional<lowregret::Lang> langOf(const QStringList& arguments);
    // True when argv asks for output without a window (a screenshot, a PDF, --help or
    // --version), before QApplication exists.
    static bool wantsHeadless(int argc, char* argv[]);
    static std::optional<WizardPageId> pageFromName(const QString& name);
    static std::optional<int> tabFromName(const QString& name);
};
