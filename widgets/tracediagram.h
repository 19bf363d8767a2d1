// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <vector>

#include <QRectF>
#include <QWidget>

#include "model/teaching/connectiontrace.h"

namespace sd {

/**
 * The picture of one traced connection (traceConnection()): the client outside the cluster, or
 * a client pod on its node; the load balancer when the connection goes through one; each node of
 * the example cluster as a box with its endpoint pods inside; and the hops as numbered arrows
 * between the places, which it tells apart by TracePlace::id(). An address translation is a
 * badge at its place ("DNAT", "SNAT"), the chosen endpoint is marked, and a connection that does
 * not arrive ends in a red cross; the line under the picture says how it ends and why.
 *
 * It draws every hop, or the hops up to the current one with that one highlighted. Left and
 * Right ask for the previous and the next hop (stepRequested()). Object name "traceDiagram".
 */
class TraceDiagram final : public QWidget
{
    Q_OBJECT

public:
    explicit TraceDiagram(QWidget *parent = nullptr);
    ~TraceDiagram() override;

    /** Draws this trace; a result with a problem draws the problem's message instead. */
    void setTrace(const TraceRequest &request, const TraceResult &result);
    /** Draws nothing but `message`. */
    void clear(const QString &message);
    /** Draws the hops up to `hop` (from 0), that one highlighted; -1 draws every hop. */
    void setCurrentHop(int hop);
    int currentHop() const { return m_current; }

    /** Where a place (TracePlace::id()) is drawn; an empty rectangle when it is not. */
    QRectF placeRect(const QString &id) const;
    /** The place the chosen endpoint is, when the connection arrives; else empty. */
    QString endpointPlace() const;
    /** The place the connection stops at, when it does not arrive; else empty. */
    QString stopPlace() const;
    /** The line under the picture: how the connection ends. */
    QString caption() const { return m_caption; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** Left (-1) or Right (+1) was pressed on the picture. */
    void stepRequested(int delta);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Box
    {
        QRectF rect;
        QString title;
        QString detail;
        /** A node's header (its badges, and the arrows between it and its own pods), else the
         *  box itself. */
        QRectF anchor;
    };

    /** An address translation's mark at its place. */
    struct Badge
    {
        int hop = -1;
        TraceNat nat = TraceNat::None;
        QString place;
        QString text;
        QRectF rect;
    };

    void updateCaption();
    void layoutPlaces();
    void layoutNode(int index, const QRectF &rect);
    bool drawn(int hop) const;
    void paintBoxes(QPainter &painter) const;
    void paintHops(QPainter &painter) const;
    std::vector<Badge> badges() const;
    /** How much of a node's header its badges take, from the right. */
    qreal badgeRoom(const QString &place) const;
    void paintBadges(QPainter &painter) const;
    void paintEnd(QPainter &painter) const;

    TraceRequest m_request;
    TraceResult m_result;
    bool m_traced = false;
    QString m_message;
    QString m_caption;
    int m_current = -1;
    std::map<QString, Box> m_boxes; ///< by place id: outside places, nodes, pods
    QRectF m_captionRect;
};

} // namespace sd
