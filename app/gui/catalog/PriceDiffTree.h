#pragma once

#include "lowregret/catalog/CatalogDiff.h"

#include <QTreeWidget>

#include <optional>

// The offers a price file would add, change and leave out, in three groups. A changed offer
// shows its prices before and after (input / output per 1M tokens, with the day each was
// checked), and a dated price still to come where the file schedules one.
class PriceDiffTree final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceDiffTree)

public:
    enum Column { OfferColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Group { NewGroup, ChangedGroup, GoneGroup };

    explicit PriceDiffTree(QWidget* parent = nullptr);
    ~PriceDiffTree() override;

    void setDiff(const lowregret::CatalogDiff& diff);
    // The group's top-level item; its children are the offers, one a row.
    [[nodiscard]] QTreeWidgetItem* group(Group group) const;
    // "$3.0000 / $15.0000 (2026-01-05)", and the dated prices after that day; against `other`,
    // the cache prices and long-request prices too where they differ from its.
    static QString pricesText(const lowregret::Offer& offer, const lowregret::Offer* other = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fill();

    std::optional<lowregret::CatalogDiff> m_diff;
};
