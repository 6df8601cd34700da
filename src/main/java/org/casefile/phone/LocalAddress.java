package org.casefile.phone;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Optional;

/** Where the upload page listens: the address asked for, else this computer's address on the local network. */
public final class LocalAddress {
    private LocalAddress() {
    }

    /**
     * The address named (an IP address, never a name to look up on the network), or the local-network one when
     * {@code wanted} is null. Empty when there is no local network.
     */
    public static Optional<InetAddress> choose(String wanted) {
        if (wanted != null) {
            return Optional.of(parse(wanted));
        }
        try {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!face.isUp() || face.isLoopback() || face.isVirtual() || face.isPointToPoint()) {
                    continue;
                }
                for (InetAddress address : Collections.list(face.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return Optional.of(address);
                    }
                }
            }
        } catch (SocketException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static InetAddress parse(String wanted) {
        String text = wanted.strip();
        if (!text.matches("[0-9.]+|[0-9a-fA-F:.\\[\\]]+")) {
            throw new IllegalArgumentException("'" + wanted + "' is not an IP address (such as 192.168.1.20 or "
                    + "127.0.0.1).");
        }
        try {
            return InetAddress.getByName(text.replace("[", "").replace("]", "")); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + wanted + "' is not an IP address.", e);
        }
    }
}
