#pragma once

#include "lowregret/guide/Guide.h"

#include <QCoreApplication>
#include <QString>

// The in-app guide, as rich text in the UI language: how the flowchart decides (from the
// guide's own questions and help), what each input means, and where each default comes from.
// Its parts have anchors, one for each wizard page: "welcome", "usage", "questions", "costs",
// "result".
class HelpHtml final {
    Q_DECLARE_TR_FUNCTIONS(HelpHtml)

public:
    HelpHtml() = delete;

    static QString build(const lowregret::Guide& guide);
};
