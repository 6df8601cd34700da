package org.casefile.packet;

import org.casefile.domain.CasefileException;

/** The packet could not be made, for a reason the buyer can act on. */
public class PacketException extends CasefileException {
    public PacketException(String message) {
        super(message);
    }

    public PacketException(String message, Throwable cause) {
        super(message, cause);
    }
}
