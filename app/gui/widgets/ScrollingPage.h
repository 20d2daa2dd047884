#pragma once

class QVBoxLayout;
class QWidget;

// Gives `page` a vertical scroll area and returns the layout inside it: a page whose fields do
// not fit a small window scrolls, instead of squashing them or growing the window past the
// screen. Lines wrap to the width; nothing scrolls sideways.
class ScrollingPage final {
public:
    ScrollingPage() = delete;

    static QVBoxLayout* layout(QWidget* page);
};
