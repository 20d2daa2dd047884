// Baseline for the app's PDF report (docs/performance.md): the least a Qt program writing a
// one-page PDF of text costs, with the report's page size, resolution and fonts.
//   QT_QPA_PLATFORM=offscreen bare_pdf_bench /tmp/bare.pdf
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bare_pdf_bench OUT.pdf\n");
        return 2;
    }
    QGuiApplication app(argc, argv);

    QPdfWriter writer(QString::fromLocal8Bit(argv[1]));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
    writer.setTitle(QStringLiteral("One page of text"));

    QPainter painter;
    if (!painter.begin(&writer)) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 3;
    }
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK TC") });
    font.setPointSizeF(10.0);
    painter.setFont(font);
    const QString paragraph = QStringLiteral(
        "Compare total cost of ownership (hardware, electricity, maintenance and API fees), not just monthly "
        "fees or per-token prices. With 12,000,000 tokens a month at 30 / 60 USD per 1M tokens, the cloud costs "
        "540.00 USD a month; a 2,000 USD machine drawing 30 USD of power pays back in 3.9 months.\n\n");
    QString text;
    for (int i = 0; i < 12; ++i)
        text += paragraph;
    painter.drawText(painter.viewport(), Qt::TextWordWrap, text);
    painter.end();
    return 0;
}
