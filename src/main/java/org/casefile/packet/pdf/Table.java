package org.casefile.packet.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A table of wrapped text cells across the page; the header row repeats on each page it runs onto. */
public final class Table {
    private static final float SIZE = 9;
    private static final float PAD = 4;

    private final PageFlow flow;
    private final String[] headers;
    private final float[] widths;
    private final boolean[] bold;

    /** {@code fractions} of the page width, one per column; a column listed in {@code boldColumns} is in bold. */
    public Table(PageFlow flow, String[] headers, float[] fractions, int... boldColumns) {
        this.flow = flow;
        this.headers = headers;
        this.widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * PageFlow.WIDTH;
        }
        this.bold = new boolean[fractions.length];
        for (int column : boldColumns) {
            bold[column] = true;
        }
    }

    public void draw(List<String[]> rows) throws IOException {
        flow.ensure(rowHeight(headers, true) + rowHeight(rows.isEmpty() ? headers : rows.get(0), false));
        header();
        int index = 0;
        for (String[] row : rows) {
            float height = rowHeight(row, false);
            if (flow.room() < height) {
                flow.newPage();
                header();
            }
            row(row, false, index++ % 2 == 1);
        }
        flow.down(8);
    }

    private void header() throws IOException {
        row(headers, true, false);
    }

    private float rowHeight(String[] cells, boolean isHeader) {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, lines(cells[i], i, isHeader).size());
        }
        return lines * PageFlow.leading(SIZE) + 2 * PAD;
    }

    private List<String> lines(String cell, int column, boolean isHeader) {
        if (cell == null || cell.isEmpty()) {
            return new ArrayList<>();
        }
        return flow.wrap(cell, SIZE, isHeader || bold[column], widths[column] - 2 * PAD);
    }

    private void row(String[] cells, boolean isHeader, boolean shaded) throws IOException {
        float height = rowHeight(cells, isHeader);
        float top = flow.y();
        if (isHeader) {
            flow.fill(PageFlow.MARGIN, top - height, PageFlow.WIDTH, height, PageFlow.SHADE);
        } else if (shaded) {
            flow.fill(PageFlow.MARGIN, top - height, PageFlow.WIDTH, height, new float[] {0.975f, 0.98f, 0.985f});
        }
        float x = PageFlow.MARGIN;
        for (int i = 0; i < cells.length; i++) {
            float baseline = top - PAD - SIZE;
            for (String line : lines(cells[i], i, isHeader)) {
                flow.text(line, x + PAD, baseline, SIZE, isHeader || bold[i], isHeader ? PageFlow.MUTED : PageFlow.INK);
                baseline -= PageFlow.leading(SIZE);
            }
            x += widths[i];
        }
        flow.line(PageFlow.MARGIN, top - height, PageFlow.MARGIN + PageFlow.WIDTH, top - height, PageFlow.RULE, 0.5f);
        flow.moveTo(top - height);
    }
}
