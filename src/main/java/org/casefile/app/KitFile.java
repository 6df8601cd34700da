package org.casefile.app;

/** One file of an upload kit: its name in the kit folder, its size, and what it is, in the buyer's words. */
public record KitFile(String name, long bytes, String what) {
}
