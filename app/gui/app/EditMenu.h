#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QUndoStack;

// Edit → Undo and Redo of the scenario's undoable edits (ScenarioDocument::editUndoably),
// each naming the edit it takes back or makes again. The menu has no letter: Alt+E is the
// costs page's cloud example.
class EditMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditMenu)

public:
    EditMenu(QMenuBar& bar, QUndoStack& stack, QObject* parent = nullptr);
    ~EditMenu() override;

    void retranslate();
    [[nodiscard]] QAction* undoAction() const { return m_undo; }

private:
    QUndoStack& m_stack;
    QMenu* m_menu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
};
