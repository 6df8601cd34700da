package org.casefile.app;

/** A picture ready for the screen: upright, at most the size asked for, as packed ARGB pixels, row by row. */
public record Picture(int width, int height, int[] argb) {
}
