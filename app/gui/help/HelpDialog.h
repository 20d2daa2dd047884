#pragma once

#include "lowregret/guide/Guide.h"

#include <QDialog>

class QTextBrowser;

// Help → LowRegret Guide (F1), and each wizard page's Help button: the in-app guide
// (HelpHtml), opened at the part about the page on show.
class HelpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDialog)

public:
    explicit HelpDialog(const lowregret::Guide& guide, QWidget* parent = nullptr);
    ~HelpDialog() override;

    // "welcome", "usage", "questions", "costs" or "result".
    void showPart(const QString& anchor);
    [[nodiscard]] QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const lowregret::Guide& m_guide;
    QTextBrowser* m_browser = nullptr;
    QString m_anchor;
};
