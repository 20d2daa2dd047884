#include "MainWindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("LowRegret"));
    setCentralWidget(new QLabel(tr("LowRegret"), this));
}

MainWindow::~MainWindow() = default;
