#pragma once

#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/Settings.h"
#include "wizard/WizardPageIds.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

class QAbstractButton;
class QLineEdit;

// A main window on fresh temporary settings, with helpers that drive it like a user.
class GuiFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    template <typename T> T* find(const QString& name) const
    {
        T* w = m_window->findChild<T*>(name);
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }

    QAbstractButton* nextButton() const;
    QAbstractButton* backButton() const;
    [[nodiscard]] int page() const;
    void clickNext();
    void clickBack();
    void click(const QString& objectName);
    void typeInto(const QString& objectName, const QString& text);
    // From the welcome page through the usage page with `millions` M tokens.
    void enterUsage(const QString& millions);
    void answer(const QString& field, bool yes); // "usageStable", "dataSensitive", "teamCanMaintain"
    // The guide's mid-band path to the costs page: `millions` M tokens, stable, not sensitive,
    // a team that can maintain it.
    void walkToCosts(const QString& millions);
    // On the costs page: size the local side for the usage, running the open model `modelId`.
    // Sizes the local side for a model, at its default quantization or the one given.
    void sizeForModel(const QString& modelId, const QString& quantization = {});
    static int id(WizardPageId page) { return static_cast<int>(page); }
    [[nodiscard]] std::string leaf() const;
    QString tempPath(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};
