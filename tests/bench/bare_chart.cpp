// Baseline for the app's start-up (docs/performance.md): the least a Qt Widgets program with
// one QtCharts chart costs. It opens a main window the size of LowRegret's with one line chart,
// grabs itself to an image and exits, as `lowregret --screenshot` does: a BMP for a name ending
// in .bmp (no encoding cost, the start-up target), any other a PNG.
//   QT_QPA_PLATFORM=offscreen bare_chart_bench /tmp/bare.bmp
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLineSeries>
#include <QMainWindow>
#include <QScreen>
#include <QValueAxis>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bare_chart_bench OUT.bmp|OUT.png\n");
        return 2;
    }
    qputenv("QT_SCALE_FACTOR", "1");
    QApplication app(argc, argv);

    // Cumulative cost over 12 months, like the app's cost chart: 13 points.
    auto* series = new QLineSeries;
    for (int month = 0; month <= 12; ++month)
        series->append(month, 2000.0 + 30.0 * month);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(QStringLiteral("Cumulative cost"));

    QMainWindow window;
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    window.setCentralWidget(view);
    window.resize(1280, 860);
    window.show();

    QApplication::processEvents();
    // The pixels of the first paint, taken as lowregret --screenshot takes them (main.cpp).
    QImage image;
    if (QGuiApplication::platformName() == QLatin1String("offscreen") && window.screen())
        image = window.screen()->grabWindow(window.winId()).toImage();
    if (image.isNull())
        image = window.grab().toImage();
    const QString target = QString::fromLocal8Bit(argv[1]);
    const bool bmp = target.endsWith(QLatin1String(".bmp"), Qt::CaseInsensitive);
    if (!image.save(target, bmp ? "BMP" : "PNG")) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 3;
    }
    return 0;
}
