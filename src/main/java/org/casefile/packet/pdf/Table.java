package org.casefile.packet.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of wrapped text cells across the page. It breaks pages between rows the way a reader expects: never fewer
 * than {@link #LONE_ROWS} body rows before or after a break, the header repeated on the continued page, and only a
 * row taller than a page is cut inside.
 */
public final class Table {
    private static final float SIZE = 9;
    private static final float PAD = 4;
    /** Body rows a page break may leave alone at the foot or the top of a page: fewer read as a stray. */
    static final int LONE_ROWS = 2;

    private final PageFlow flow;
    private final String[] headers;
    private final float[] widths;
    private final boolean[] bold;

    /** The fraction of the page width a column needs to hold {@code text} (not bold) on one line. */
    public static float fractionFor(PageFlow flow, String text) {
        return (flow.fonts().width(text, false, SIZE) + 2 * PAD + 1) / PageFlow.WIDTH;
    }

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

    /** A row as the lines of each cell, wrapped once; a row cut at a page break goes on as a row of the rest. */
    private record Row(List<List<String>> cells, boolean header, boolean shaded) {
        float height() {
            int lines = 1;
            for (List<String> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            return lines * PageFlow.leading(SIZE) + 2 * PAD;
        }
    }

    /**
     * The height the table needs on the page it starts on: its header and the first rows a break may follow, or the
     * whole table when it is too short to break well. A heading above the table asks for this much room with it.
     */
    public float opening(List<String[]> rows) {
        return openingOf(wrap(rows));
    }

    private float openingOf(List<Row> body) {
        int kept = body.size() < 2 * LONE_ROWS ? body.size() : LONE_ROWS;
        float height = header().height();
        for (int i = 0; i < kept; i++) {
            height += body.get(i).height();
        }
        return height;
    }

    public void draw(List<String[]> rows) throws IOException {
        List<Row> left = wrap(rows);
        flow.ensure(openingOf(left));
        while (true) {
            row(header());
            int take = rowsForThisPage(left);
            for (int i = 0; i < take; i++) {
                row(left.remove(0));
            }
            if (left.isEmpty()) {
                break;
            }
            if (take == 0) {
                cutFirst(left);
            }
            flow.newPage();
        }
        flow.down(8);
    }

    /**
     * How many of the rows left go on this page: all if they fit; else as many as fit but leaving two for the next
     * page, and never a lone row before the break. Only on a page too short for that (rows as tall as a third of a
     * page) does it settle for what fits; 0 means even the first row does not fit and must be cut.
     */
    private int rowsForThisPage(List<Row> left) {
        float room = flow.room();
        int fit = 0;
        while (fit < left.size() && left.get(fit).height() <= room) {
            room -= left.get(fit).height();
            fit++;
        }
        if (fit == left.size()) {
            return fit;
        }
        int take = Math.min(fit, left.size() - LONE_ROWS);
        return take >= LONE_ROWS ? take : fit;
    }

    /** Draws the top of a row taller than the room left, and puts the rest of it first among the rows left. */
    private void cutFirst(List<Row> left) throws IOException {
        int lines = Math.max(1, (int) Math.floor((flow.room() - 2 * PAD) / PageFlow.leading(SIZE)));
        Row row = left.remove(0);
        List<List<String>> top = new ArrayList<>();
        List<List<String>> rest = new ArrayList<>();
        for (List<String> cell : row.cells()) {
            top.add(cell.subList(0, Math.min(lines, cell.size())));
            rest.add(cell.subList(Math.min(lines, cell.size()), cell.size()));
        }
        row(new Row(top, false, row.shaded()));
        left.add(0, new Row(rest, false, row.shaded()));
    }

    private List<Row> wrap(List<String[]> rows) {
        List<Row> wrapped = new ArrayList<>();
        for (String[] row : rows) {
            wrapped.add(new Row(lines(row, false), false, wrapped.size() % 2 == 1));
        }
        return wrapped;
    }

    private Row header() {
        return new Row(lines(headers, true), true, false);
    }

    private List<List<String>> lines(String[] cells, boolean isHeader) {
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            lines.add(cell == null || cell.isEmpty() ? List.of()
                    : flow.wrap(cell, SIZE, isHeader || bold[i], widths[i] - 2 * PAD));
        }
        return lines;
    }

    private void row(Row row) throws IOException {
        float height = row.height();
        float top = flow.y();
        if (row.header()) {
            flow.fill(PageFlow.MARGIN, top - height, PageFlow.WIDTH, height, PageFlow.SHADE);
        } else if (row.shaded()) {
            flow.fill(PageFlow.MARGIN, top - height, PageFlow.WIDTH, height, new float[] {0.975f, 0.98f, 0.985f});
        }
        float x = PageFlow.MARGIN;
        for (int i = 0; i < row.cells().size(); i++) {
            boolean strong = row.header() || bold[i];
            float baseline = top - PAD - SIZE;
            for (String line : row.cells().get(i)) {
                flow.text(line, x + PAD, baseline, SIZE, strong, row.header() ? PageFlow.MUTED : PageFlow.INK);
                baseline -= PageFlow.leading(SIZE);
            }
            x += widths[i];
        }
        flow.line(PageFlow.MARGIN, top - height, PageFlow.MARGIN + PageFlow.WIDTH, top - height, PageFlow.RULE, 0.5f);
        flow.moveTo(top - height);
    }
}
