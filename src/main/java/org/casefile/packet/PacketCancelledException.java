package org.casefile.packet;

/** The buyer cancelled the export; nothing is written. */
public final class PacketCancelledException extends PacketException {
    public PacketCancelledException() {
        super("The export was cancelled; no file was written.");
    }
}
