#include "app/EditMenu.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

EditMenu::EditMenu(QMenuBar& bar, QUndoStack& stack, QObject* parent)
    : QObject(parent)
    , m_stack(stack)
{
    m_menu = bar.addMenu(QString());
    m_undo = m_menu->addAction(QString(), &stack, &QUndoStack::undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_menu->addAction(QString(), &stack, &QUndoStack::redo);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    connect(&stack, &QUndoStack::indexChanged, this, &EditMenu::retranslate);
    connect(&stack, &QUndoStack::cleanChanged, this, &EditMenu::retranslate);
    retranslate();
}

EditMenu::~EditMenu() = default;

void EditMenu::retranslate()
{
    m_menu->setTitle(tr("Edit"));
    m_undo->setEnabled(m_stack.canUndo());
    m_undo->setText(m_stack.canUndo() ? tr("&Undo %1").arg(m_stack.undoText()) : tr("&Undo"));
    m_redo->setEnabled(m_stack.canRedo());
    m_redo->setText(m_stack.canRedo() ? tr("&Redo %1").arg(m_stack.redoText()) : tr("&Redo"));
}
