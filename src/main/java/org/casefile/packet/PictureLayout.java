package org.casefile.packet;

/**
 * How densely pictures are laid out: a pair's image height, and the grid of the other evidence. The dense layout
 * fits a strict page budget (chargebacks: 17 pages).
 */
public record PictureLayout(String name, float pairImageHeight, int pairsPerPage, int columns, float cellImageHeight) {
    /** Pairs as tall as the page allows (60 % of its height): one pair a page when the pictures are portrait. */
    public static final PictureLayout ROOMY = new PictureLayout("roomy", 505, 1, 2, 250);
    public static final PictureLayout DENSE = new PictureLayout("dense", 250, 2, 3, 150);
    public static final PictureLayout COMPACT = new PictureLayout("compact", 170, 3, 4, 112);

    /** From roomiest to tightest: a page budget walks down this. */
    public static java.util.List<PictureLayout> ladder() {
        return java.util.List.of(ROOMY, DENSE, COMPACT);
    }
}
