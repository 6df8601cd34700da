package org.casefile.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Gives each column of a table at least the width its header's words need, measured in the header's own font once
 * its style is known, so no header is drawn cut ("Plattfo…") in any language. Rows may still give way: they hold
 * the buyer's data, whole in the case itself.
 */
public final class HeaderWidths {
    /** Room for the sort arrow a header shows once its column sorts the table. */
    private static final double SORT_ARROW = 18;
    /** Where a column keeps the minimum width its code gave it, below which its header's words never take it. */
    private static final String FLOOR = "casefile.minWidthFloor";
    /** Room for the vertical scroll bar a long list shows. */
    private static final double SCROLL_BAR = 14;

    private HeaderWidths() {
    }

    /**
     * Sets each column's minimum width to its header's need (never below the floor the code gave it), the sort
     * arrow counted only where it shows; true when one changed (lay out again).
     */
    public static boolean fit(TableView<?> table) {
        boolean changed = false;
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() != null
                    && header.lookup(".label") instanceof Label label) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                double floor = (double) column.getProperties().computeIfAbsent(FLOOR, key -> column.getMinWidth());
                double arrow = table.getSortOrder().contains(column) ? SORT_ARROW : 0;
                double need = Math.max(floor, Math.ceil(header.snappedLeftInset() + label.prefWidth(-1) + arrow
                        + header.snappedRightInset()));
                if (column.getMinWidth() != need) {
                    column.setMinWidth(need);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** The width the table needs to show every column at its minimum, with room for the vertical scroll bar. */
    public static double floor(TableView<?> table) {
        return table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getMinWidth).sum()
                + table.snappedLeftInset() + table.snappedRightInset() + SCROLL_BAR;
    }
}
