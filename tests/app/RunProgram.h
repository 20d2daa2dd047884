#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

// Runs one of the built programs (or a tool such as pdftotext) without a display, and returns
// what it wrote on standard output (and then on standard error, with `withErrors`); a failure
// is a test failure. expectedExit: the status the run must end with.
inline QString runProgram(
    const QString& program, const QStringList& args, int expectedExit = 0, bool withErrors = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the app picks offscreen itself
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != expectedExit) {
        ADD_FAILURE() << program.toStdString() << " failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    return withErrors ? out + QString::fromUtf8(p.readAllStandardError()) : out;
}
