// GUI tests run the real wizard on the offscreen platform, each from fresh settings.
#include <QApplication>

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

namespace {

// Unexpected Qt warnings fail the test that caused them.
void failOnWarning(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    const std::string text = message.toStdString();
    // The offscreen platform has no font database of its own and says so once.
    if (text.find("propagateSizeHints") != std::string::npos)
        return;
    ADD_FAILURE() << "Qt message: " << text;
}

} // namespace

int main(int argc, char* argv[])
{
    // gtest_discover_tests runs this binary without the tests' environment (CMake 3.25).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_SCALE_FACTOR", "1");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lowregret-tests"));
    QApplication::setOrganizationName(QStringLiteral("lowregret-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    qInstallMessageHandler(failOnWarning);
    return RUN_ALL_TESTS();
}
